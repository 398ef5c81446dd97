package io.ismskit.core.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One control of a catalog, such as ISO/IEC 27001:2022 Annex A control {@code A.5.7 Threat
 * intelligence}, with its theme and ISO/IEC 27002:2022 attributes.
 *
 * <p>This record is immutable and thread-safe; its lists are unmodifiable copies.
 *
 * @param id the control id, such as {@code A.5.7}
 * @param title the control title, never blank
 * @param theme the theme the control belongs to; for an Annex A id it matches the id's theme number
 * @param attributes the ISO/IEC 27002:2022 attribute values
 * @param newIn2022 whether the control was introduced by the 2022 edition (it has no 2013
 *     predecessor)
 * @param aliases other accepted spellings of the title (older or ISO/IEC 27002 wording), possibly
 *     empty
 * @param predecessors2013 the ISO/IEC 27001:2013 Annex A control ids this control succeeds, such as
 *     {@code A.5.1.1}; empty for a new control
 */
public record CatalogControl(
    ControlId id,
    String title,
    Theme theme,
    ControlAttributes attributes,
    boolean newIn2022,
    List<String> aliases,
    List<String> predecessors2013) {

  private static final Pattern ID_2013 = Pattern.compile("A\\.(5|6|7|8|9|1[0-8])\\.[1-9]\\.[1-9]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * Refuses null components, a blank title or alias, a theme that contradicts an Annex A id and a
   * malformed 2013 control id; copies the lists.
   */
  public CatalogControl {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(theme, "theme");
    Objects.requireNonNull(attributes, "attributes");
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    predecessors2013 = List.copyOf(Objects.requireNonNull(predecessors2013, "predecessors2013"));
    if (title.isBlank()) {
      throw new IllegalArgumentException("CatalogControl.title: must not be blank for " + id);
    }
    for (String a : aliases) {
      if (a.isBlank()) {
        throw new IllegalArgumentException("CatalogControl.aliases: blank alias for " + id);
      }
    }
    Optional<Theme> idTheme = Theme.of(id);
    if (idTheme.isPresent() && idTheme.get() != theme) {
      throw new IllegalArgumentException(
          "CatalogControl.theme: "
              + theme
              + " contradicts id "
              + id
              + " (theme "
              + idTheme.get()
              + ")");
    }
    for (String p : predecessors2013) {
      if (!ID_2013.matcher(p).matches()) {
        throw new IllegalArgumentException(
            "CatalogControl.predecessors2013: invalid ISO/IEC 27001:2013 control id '"
                + p
                + "' for "
                + id
                + ": expected A.5.1.1 .. A.18.9.9");
      }
    }
  }

  /**
   * Whether {@code text} names this control: it equals the title or one of the aliases, ignoring
   * case and differences in white space.
   */
  public boolean matchesTitle(String text) {
    String t = normalize(Objects.requireNonNull(text, "text"));
    if (normalize(title).equals(t)) {
      return true;
    }
    for (String a : aliases) {
      if (normalize(a).equals(t)) {
        return true;
      }
    }
    return false;
  }

  static String normalize(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
