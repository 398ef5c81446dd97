package io.ismskit.export.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Conversions between cells and values, and the neutralisation of formulas. */
final class Cells {
  /** Between the items of a list in one cell. */
  static final String LIST_SEPARATOR = "; ";

  private static final Pattern LIST_SPLIT = Pattern.compile("\\s*;\\s*");

  private Cells() {}

  private static boolean trigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * {@code cell} made safe for spreadsheets: a cell that starts with {@code = + - @}, tab or carriage
   * return (or with apostrophes followed by one of them) gets an apostrophe in front, so that no
   * spreadsheet runs it as a formula. {@link #restore(String)} undoes it exactly.
   */
  static String neutralize(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i < cell.length() && trigger(cell.charAt(i)) ? "'" + cell : cell;
  }

  /** The inverse of {@link #neutralize(String)}. */
  static String restore(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    return i > 0 && i < cell.length() && trigger(cell.charAt(i)) ? cell.substring(1) : cell;
  }

  static String list(List<?> items) {
    List<String> s = new ArrayList<>(items.size());
    for (Object o : items) {
      s.add(o.toString());
    }
    return String.join(LIST_SEPARATOR, s);
  }

  static List<String> splitList(String cell) {
    String t = cell.strip();
    if (t.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : LIST_SPLIT.split(t, -1)) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }
}
