package io.ismskit.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One ISO/IEC 27001:2013 Annex A control and the ISO/IEC 27001:2022 Annex A control(s) it
 * corresponds to (ISO/IEC 27002:2022 Table B.2).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the 2013 control id, such as {@code A.9.4.2}
 * @param title the 2013 control title (ISO/IEC 27002:2013 wording)
 * @param domainId the 2013 domain id, such as {@code A.9}: the id without its last two parts
 * @param successors the 2022 control(s) it corresponds to, never empty
 */
public record Control2013(String id, String title, String domainId, List<ControlId> successors) {
  private static final Pattern ID = Pattern.compile("(A\\.(?:[5-9]|1[0-8]))\\.[1-9]\\.[1-9]");

  /**
   * Refuses a malformed id, a blank title, a domain that does not match the id and empty
   * successors.
   */
  public Control2013 {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(domainId, "domainId");
    successors = List.copyOf(Objects.requireNonNull(successors, "successors"));
    var m = ID.matcher(id);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Control2013.id: invalid ISO/IEC 27001:2013 control id '"
              + id
              + "': expected A.5.1.1 .. A.18.9.9");
    }
    if (!m.group(1).equals(domainId)) {
      throw new IllegalArgumentException(
          "Control2013.domainId: '" + domainId + "' does not match id " + id);
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("Control2013.title: must not be blank for " + id);
    }
    if (successors.isEmpty()) {
      throw new IllegalArgumentException("Control2013.successors: must not be empty for " + id);
    }
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
