package io.ismskit.core.certification;

/** The kinds of audit a certification body carries out over a three-year certification cycle. */
public enum ExternalAuditType {
  /**
   * Stage 1 of the initial audit: a review of the documented ISMS and of the readiness for stage 2,
   * often partly remote.
   */
  STAGE_1,
  /** Stage 2 of the initial audit: the implementation and effectiveness of the ISMS, on site. */
  STAGE_2,
  /**
   * A surveillance audit: at least once per calendar year, the first within twelve months of the
   * certification decision.
   */
  SURVEILLANCE,
  /** The recertification audit of the third year, decided before the certificate expires. */
  RECERTIFICATION,
  /**
   * A special or short-notice audit: after a complaint, a significant change, a scope extension,
   * or to follow up a suspension.
   */
  SPECIAL;

  /** Whether a certification decision follows this audit: {@link #STAGE_2} and {@link #RECERTIFICATION}. */
  public boolean leadsToDecision() {
    return this == STAGE_2 || this == RECERTIFICATION;
  }
}
