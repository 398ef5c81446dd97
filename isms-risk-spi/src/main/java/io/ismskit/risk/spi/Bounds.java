package io.ismskit.risk.spi;

/**
 * The closed range a method's raw score lies in, such as {@code [0, 10]} for CVSS or {@code [1, 25]}
 * for a 5×5 product matrix. Quantitative methods without a natural maximum use
 * {@link Double#POSITIVE_INFINITY}.
 *
 * @param min the lowest possible score, finite
 * @param max the highest possible score, greater than or equal to {@code min}
 */
public record Bounds(double min, double max) {
  /** Refuses NaN, an infinite minimum and {@code max < min}. */
  public Bounds {
    if (Double.isNaN(min) || Double.isInfinite(min) || Double.isNaN(max) || max < min) {
      throw new IllegalArgumentException("Bounds: invalid range [" + min + ", " + max + "]");
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
