package io.ismskit.risk.spi;

import java.util.Objects;

/**
 * One factor of a score's explanation: a named input or intermediate value and its contribution.
 *
 * @param name the factor name, such as {@code "likelihood"}, {@code "AV"} or {@code "ISS"}
 * @param value the numeric value used in the computation
 * @param label a human label of the value, such as {@code "Network"} or {@code "High"}
 */
public record ScoreFactor(String name, double value, String label) {
  /** Requires all parts. */
  public ScoreFactor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
  }

  /** A factor whose label is its value. */
  public static ScoreFactor of(String name, double value) {
    return new ScoreFactor(name, value, String.valueOf(value));
  }
}
