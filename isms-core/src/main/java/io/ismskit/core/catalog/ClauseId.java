package io.ismskit.core.catalog;

import io.ismskit.core.base.Checks;
import java.util.regex.Pattern;

/**
 * Identifies a clause or sub-clause of ISO/IEC 27001:2022 clauses 4 to 10, such as {@code "6.1.2"}.
 *
 * @param value the clause id text: {@code 4..10} optionally followed by one or two {@code .n} parts
 */
public record ClauseId(String value) implements Comparable<ClauseId> {
  private static final Pattern P = Pattern.compile("(4|5|6|7|8|9|10)(\\.[1-9]){0,2}");

  /** Refuses a null or malformed clause id. */
  public ClauseId {
    Checks.matches("ClauseId", "value", value, P, "a clause id 4..10[.n[.n]]");
  }

  /** Returns the clause id for {@code value}. */
  public static ClauseId of(String value) {
    return new ClauseId(value);
  }

  /** Parses {@code text}, ignoring surrounding white space. */
  public static ClauseId parse(String text) {
    return new ClauseId(text.strip());
  }

  /** The top-level clause number, 4 to 10. */
  public int topLevel() {
    int dot = value.indexOf('.');
    return Integer.parseInt(dot < 0 ? value : value.substring(0, dot));
  }

  /** Whether {@code other} is this clause or one of its sub-clauses. */
  public boolean contains(ClauseId other) {
    return other.value.equals(value) || other.value.startsWith(value + ".");
  }

  /** Orders clause ids numerically part by part ({@code 9.2 < 9.10 < 10}). */
  @Override
  public int compareTo(ClauseId o) {
    String[] a = value.split("\\.", -1);
    String[] b = o.value.split("\\.", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i]));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  @Override
  public String toString() {
    return value;
  }
}
