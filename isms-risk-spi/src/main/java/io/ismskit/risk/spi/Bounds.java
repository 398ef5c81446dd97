package io.ismskit.risk.spi;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;

/**
 * The closed range a method's raw score lies in, such as {@code [0, 10]} for CVSS or {@code [1, 25]}
 * for a 5×5 product matrix. Quantitative methods without a natural maximum use
 * {@link Double#POSITIVE_INFINITY}.
 *
 * @param min the lowest possible score, finite
 * @param max the highest possible score, greater than or equal to {@code min}
 */
public record Bounds(double min, double max) {
  /**
   * Refuses NaN, an infinite minimum and {@code max < min} with an {@link InvalidValueException} of
   * code {@link ScoringCode#BOUNDS_INVALID}.
   */
  public Bounds {
    if (Double.isNaN(min) || Double.isInfinite(min) || Double.isNaN(max) || max < min) {
      throw new InvalidValueException(Problem.of(ScoringCode.BOUNDS_INVALID, "Bounds", "", "",
          "[" + min + ", " + max + "]", "must be a range with a finite minimum and a maximum not below it"));
    }
  }

  /** Returns the bounds {@code [min, max]}. */
  public static Bounds of(double min, double max) {
    return new Bounds(min, max);
  }

  /** Whether {@code value} lies within these bounds. */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }
}
