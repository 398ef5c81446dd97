package io.ismskit.core.certification;

/** The audit team's recommendation at the end of an external audit. */
public enum AuditRecommendation {
  /**
   * Recommended: ready for stage 2 (after stage 1), certification (after stage 2 or
   * recertification) or continued certification (after surveillance).
   */
  RECOMMENDED,
  /** Recommended once the corrections and corrective actions of the major findings are accepted. */
  RECOMMENDED_AFTER_CLOSURE,
  /** Not recommended. */
  NOT_RECOMMENDED
}
