package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import java.util.List;
import java.util.Objects;

/**
 * A value on a scale, as a risk analysis states a risk's likelihood or its consequence (clause
 * 6.1.2 d: both are assessed; ISO/IEC 27005 determines the level of risk from them): the value, its
 * label, the range of the scale and, for an ordinal scale, the labels of its levels.
 *
 * <p>Examples: likelihood {@code 3 "Possible"} on {@code 1..5} with the levels Rare … Almost
 * certain (a risk matrix); consequence {@code 8 "High"} on {@code 0..10} with the levels Very Low …
 * Very High (NIST SP 800-30, whose levels are the semi-quantitative values 0, 2, 5, 8, 10); FAIR's
 * loss event frequency {@code 0.4 "0.4 loss events per year"} on {@code 0..∞} (a continuous scale,
 * no levels).
 *
 * @param value the value, finite and within {@code [min, max]}
 * @param label a label of the value for people, such as {@code "Possible"} or {@code "0.4 loss
 *     events per year"}
 * @param min the lowest value of the scale, finite
 * @param max the highest value of the scale, not below {@code min}; {@link Double#POSITIVE_INFINITY}
 *     for an unbounded quantity
 * @param levels the labels of an ordinal scale's levels, lowest first; empty for a continuous scale
 * @implSpec This class is immutable and thread-safe.
 */
public record ScaleValue(double value, String label, double min, double max, List<String> levels) {
  private static final String TYPE = "ScaleValue";

  /**
   * Refuses a non-finite value or minimum, a maximum below the minimum, a value off the scale and a
   * blank label or level label, with an {@link InvalidValueException}.
   */
  public ScaleValue {
    Checks.finite(TYPE, "value", value);
    Checks.finite(TYPE, "min", min);
    if (!(max >= min)) { // the message is built only for a refusal: scoring and reading make many values
      throw Checks.refusal(ModelCode.INCONSISTENT, TYPE, "max", max, "must not be below min " + min);
    }
    Checks.range(TYPE, "value", value, min, max);
    Checks.notBlank(TYPE, "label", label);
    Objects.requireNonNull(levels, "ScaleValue.levels: must not be null");
    for (int i = 0; i < levels.size(); i++) {
      String level = levels.get(i);
      if (level == null) {
        throw Checks.refusal(ModelCode.REQUIRED, TYPE, "levels[" + i + "]", null, "must not be null");
      }
      if (level.isBlank()) { // the field's name is built only for a refusal: scoring makes many values
        Checks.notBlank(TYPE, "levels[" + i + "]", level);
      }
    }
    levels = List.copyOf(levels);
  }

  /**
   * Level {@code level} (1-based) of the ordinal scale {@code levels}: value {@code level},
   * labelled with its level's label, on {@code 1..levels.size()}.
   *
   * @throws InvalidValueException when {@code level} is not a level of the scale
   */
  public static ScaleValue level(int level, List<String> levels) {
    Objects.requireNonNull(levels, "ScaleValue.levels: must not be null");
    Checks.range(TYPE, "value", level, 1, Math.max(1, levels.size()));
    Checks.notEmpty(TYPE, "levels", levels);
    return new ScaleValue(level, levels.get(level - 1), 1, levels.size(), levels);
  }

  /** {@code value} labelled {@code label} on the continuous scale {@code [min, max]}. */
  public static ScaleValue of(double value, String label, double min, double max) {
    return new ScaleValue(value, label, min, max, List.of());
  }

  /** Whether the scale is ordinal: it has labelled levels. */
  public boolean ordinal() {
    return !levels.isEmpty();
  }

  /** The value, its label and the scale, such as {@code "3 (Possible) on 1..5"}. */
  @Override
  public String toString() {
    return format(value) + " (" + label + ") on " + format(min) + ".." + format(max);
  }

  private static String format(double x) {
    if (x == Double.POSITIVE_INFINITY) {
      return "∞";
    }
    return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
  }
}
