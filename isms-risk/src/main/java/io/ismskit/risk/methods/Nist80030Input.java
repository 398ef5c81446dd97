package io.ismskit.risk.methods;

import java.util.Objects;

/**
 * The input of a {@link Nist80030Method}: the three qualitative assessments of NIST SP 800-30 Rev.
 * 1 that determine a level of risk.
 *
 * @param initiationLikelihood likelihood of threat event initiation (adversarial, Table G-2) or
 *     occurrence (non-adversarial, Table G-3)
 * @param adverseImpactLikelihood likelihood that the threat event, once initiated or occurring,
 *     results in adverse impacts (Table G-4)
 * @param impact level of impact of the threat event (Table H-3)
 * @implSpec This class is immutable and thread-safe.
 */
public record Nist80030Input(
    Nist80030Level initiationLikelihood,
    Nist80030Level adverseImpactLikelihood,
    Nist80030Level impact) {
  /** Requires all parts. */
  public Nist80030Input {
    Objects.requireNonNull(initiationLikelihood, "initiationLikelihood");
    Objects.requireNonNull(adverseImpactLikelihood, "adverseImpactLikelihood");
    Objects.requireNonNull(impact, "impact");
  }

  /** Returns the input of the three assessments. */
  public static Nist80030Input of(
      Nist80030Level initiationLikelihood,
      Nist80030Level adverseImpactLikelihood,
      Nist80030Level impact) {
    return new Nist80030Input(initiationLikelihood, adverseImpactLikelihood, impact);
  }
}
