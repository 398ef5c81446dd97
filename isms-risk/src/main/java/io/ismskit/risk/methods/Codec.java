package io.ismskit.risk.methods;

import io.ismskit.core.base.Text;
import java.util.List;
import java.util.Locale;

/** Shared helpers of the built-in methods' flat forms (the checks themselves are in FlatForm). */
final class Codec {
  private Codec() {}

  /**
   * A label normalized for lenient matching: lower case, {@code _} and {@code -} as spaces, runs of
   * spaces collapsed, trimmed.
   */
  static String normalizeLabel(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
  }

  /** Steps of reduction on a scale with {@code steps} steps: {@code round(fraction * steps)}. */
  static int reductionSteps(double fraction, int steps) {
    return (int) Math.round(fraction * steps);
  }

  /** Whether {@code s} (stripped) reads as a whole number or NaN, the forms of a level number. */
  static boolean numeric(String s) {
    String t = s.strip();
    return t.matches("[+-]?\\d+") || t.equalsIgnoreCase("nan");
  }

  /**
   * Labels for a message: each {@linkplain Text#shorten(Object) shortened}, at most ten of them,
   * then how many there are: {@code [Rare, Unlikely, Possible]}.
   */
  static String labels(List<String> labels) {
    StringBuilder b = new StringBuilder("[");
    int shown = Math.min(labels.size(), 10);
    for (int j = 0; j < shown; j++) {
      b.append(j == 0 ? "" : ", ").append(Text.shorten(labels.get(j)));
    }
    if (shown < labels.size()) {
      b.append(", … (").append(labels.size()).append(" labels)");
    }
    return b.append(']').toString();
  }
}
