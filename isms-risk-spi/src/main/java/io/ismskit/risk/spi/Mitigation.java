package io.ismskit.risk.spi;

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

  /** Refuses fractions outside {@code [0, 1]} and NaN. */
  public Mitigation {
    if (!(likelihoodReduction >= 0 && likelihoodReduction <= 1)) {
      throw new IllegalArgumentException(
          "Mitigation.likelihoodReduction: must be in 0..1, was " + likelihoodReduction);
    }
    if (!(impactReduction >= 0 && impactReduction <= 1)) {
      throw new IllegalArgumentException(
          "Mitigation.impactReduction: must be in 0..1, was " + impactReduction);
    }
  }

  /** Returns the mitigation with the given reductions. */
  public static Mitigation of(double likelihoodReduction, double impactReduction) {
    return new Mitigation(likelihoodReduction, impactReduction);
  }
}
