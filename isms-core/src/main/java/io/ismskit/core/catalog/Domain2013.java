package io.ismskit.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One of the 14 control domains ({@code A.5} to {@code A.18}) of ISO/IEC 27001:2013 Annex A with
 * its controls.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param id the domain id, such as {@code A.9}
 * @param title the domain title, such as {@code Access control}
 * @param controls the domain's controls in numeric order
 */
public record Domain2013(String id, String title, List<Control2013> controls) {
  /** Refuses a blank title and controls of another domain; copies the list. */
  public Domain2013 {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    controls = List.copyOf(Objects.requireNonNull(controls, "controls"));
    if (title.isBlank()) {
      throw new IllegalArgumentException("Domain2013.title: must not be blank for " + id);
    }
    for (Control2013 c : controls) {
      if (!c.domainId().equals(id)) {
        throw new IllegalArgumentException(
            "Domain2013.controls: " + c.id() + " is not in domain " + id);
      }
    }
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
