package io.ismskit.export.csv;

import io.ismskit.core.risk.ScaleValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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

  /** What {@link #parseScale(String)} reads, for messages. */
  static final String SCALE_FORM = "a value on a scale, such as '3 (Possible) on 1..5: Rare; Unlikely; Possible;"
      + " Likely; Almost certain' or '0.3 (0.3 loss events per year) on 0..∞'";

  private static final Pattern SCALE = Pattern.compile("(\\S+) \\(([^()]*)\\) on (\\S+?)\\.\\.(\\S+?)(?:: (.*))?");

  /**
   * A likelihood or consequence as one cell: {@code 3 (Possible) on 1..5: Rare; Unlikely; Possible;
   * Likely; Almost certain} (the level labels only for an ordinal scale), with {@code % ( ) ; :} in
   * the labels percent-encoded and an unbounded maximum written {@code ∞}.
   */
  static String scale(ScaleValue v) {
    StringBuilder b = new StringBuilder(64).append(scaleNumber(v.value())).append(" (").append(escapeLabel(v.label()))
        .append(") on ").append(scaleNumber(v.min())).append("..").append(scaleNumber(v.max()));
    if (v.ordinal()) {
      b.append(": ");
      for (int i = 0; i < v.levels().size(); i++) {
        b.append(i == 0 ? "" : LIST_SEPARATOR).append(escapeLabel(v.levels().get(i)));
      }
    }
    return b.toString();
  }

  /**
   * The inverse of {@link #scale(ScaleValue)}.
   *
   * @throws IllegalArgumentException if {@code cell} is not of that form or the model refuses the value
   */
  static ScaleValue parseScale(String cell) {
    Matcher m = SCALE.matcher(cell.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(cell);
    }
    List<String> levels = new ArrayList<>();
    if (m.group(5) != null) {
      for (String l : splitList(m.group(5))) {
        levels.add(unescapeLabel(l));
      }
    }
    return new ScaleValue(parseScaleNumber(m.group(1)), unescapeLabel(m.group(2)), parseScaleNumber(m.group(3)),
        parseScaleNumber(m.group(4)), levels);
  }

  private static String scaleNumber(double d) {
    return d == Double.POSITIVE_INFINITY ? "∞" : number(d);
  }

  private static double parseScaleNumber(String s) {
    if (s.equals("∞")) {
      return Double.POSITIVE_INFINITY;
    }
    double d = Double.parseDouble(s);
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(s);
    }
    return d;
  }

  private static String escapeLabel(String s) {
    return s.replace("%", "%25").replace("(", "%28").replace(")", "%29").replace(";", "%3B").replace(":", "%3A");
  }

  private static String unescapeLabel(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        String hex = s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT);
        String decoded = switch (hex) {
          case "25" -> "%";
          case "28" -> "(";
          case "29" -> ")";
          case "3B" -> ";";
          case "3A" -> ":";
          default -> null;
        };
        if (decoded != null) {
          b.append(decoded);
          i += 2;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }
}
