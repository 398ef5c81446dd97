package io.ismskit.risk.spi;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;

/**
 * The combined effect of the controls that treat a risk, as fractions of reduction: how much the
 * controls lower the likelihood (or frequency) and the impact (or magnitude) of the risk. A method
 * turns it into a residual input in its own terms (fewer likelihood levels for a matrix, an
 * environmental override for CVSS, a scaled frequency for FAIR).
 *
 * @param likelihoodReduction fraction in {@code [0, 1]} by which likelihood or frequency is reduced
 * @param impactReduction fraction in {@code [0, 1]} by which impact or magnitude is reduced
 */
public record Mitigation(double likelihoodReduction, double impactReduction) {
  /** No reduction at all. */
  public static final Mitigation NONE = new Mitigation(0, 0);

  /**
   * Refuses fractions outside {@code [0, 1]} and NaN with an {@link InvalidValueException} of code
   * {@link ScoringCode#MITIGATION_INVALID}.
   */
  public Mitigation {
    if (!(likelihoodReduction >= 0 && likelihoodReduction <= 1)) {
      throw invalid("likelihoodReduction", likelihoodReduction);
    }
    if (!(impactReduction >= 0 && impactReduction <= 1)) {
      throw invalid("impactReduction", impactReduction);
    }
  }

  private static InvalidValueException invalid(String field, double value) {
    return new InvalidValueException(
        Problem.of(ScoringCode.MITIGATION_INVALID, "Mitigation", "", field, value, "must be in 0..1"));
  }

  /** Returns the mitigation with the given reductions. */
  public static Mitigation of(double likelihoodReduction, double impactReduction) {
    return new Mitigation(likelihoodReduction, impactReduction);
  }
}
