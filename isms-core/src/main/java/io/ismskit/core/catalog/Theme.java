package io.ismskit.core.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four themes that group the ISO/IEC 27001:2022 Annex A controls. The theme number is the first
 * number of a control id ({@code A.5.x} is organizational, {@code A.8.x} technological).
 */
public enum Theme {
  /** Organizational controls, {@code A.5.1} to {@code A.5.37}. */
  ORGANIZATIONAL(5, "Organizational"),
  /** People controls, {@code A.6.1} to {@code A.6.8}. */
  PEOPLE(6, "People"),
  /** Physical controls, {@code A.7.1} to {@code A.7.14}. */
  PHYSICAL(7, "Physical"),
  /** Technological controls, {@code A.8.1} to {@code A.8.34}. */
  TECHNOLOGICAL(8, "Technological");

  private static final Pattern ANNEX_A = Pattern.compile("A\\.([5-8])\\.[1-9][0-9]?");

  private final int number;
  private final String displayName;

  Theme(int number, String displayName) {
    this.number = number;
    this.displayName = displayName;
  }

  /** The theme number, 5 to 8, as used in control ids. */
  public int number() {
    return number;
  }

  /** The id prefix of the theme's controls, such as {@code "A.5"}. */
  public String prefix() {
    return "A." + number;
  }

  /** The theme name as printed in the standard, such as {@code "Organizational"}. */
  public String displayName() {
    return displayName;
  }

  /** The theme with the given number, or empty if {@code number} is not 5 to 8. */
  public static Optional<Theme> ofNumber(int number) {
    for (Theme t : values()) {
      if (t.number == number) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The theme an Annex A control id belongs to, or empty if {@code id} does not have the shape
   * {@code A.5.n} to {@code A.8.n}.
   */
  public static Optional<Theme> of(ControlId id) {
    Objects.requireNonNull(id, "id");
    Matcher m = ANNEX_A.matcher(id.value());
    return m.matches() ? ofNumber(m.group(1).charAt(0) - '0') : Optional.empty();
  }

  /**
   * The theme whose display name equals {@code name}, ignoring case and surrounding white space;
   * empty if there is none.
   */
  public static Optional<Theme> ofDisplayName(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.strip();
    for (Theme t : values()) {
      if (t.displayName.equalsIgnoreCase(n)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
