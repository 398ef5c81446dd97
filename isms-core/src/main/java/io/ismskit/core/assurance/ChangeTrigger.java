package io.ismskit.core.assurance;

/** What made a change to the ISMS necessary (clause 6.3). */
public enum ChangeTrigger {
  /** A management review decision. */
  MANAGEMENT_REVIEW,
  /** A corrective action. */
  CORRECTIVE_ACTION,
  /** A risk assessment result. */
  RISK_ASSESSMENT,
  /** A change in context or requirements. */
  CONTEXT_CHANGE,
  /** An organizational or technical change. */
  ORGANIZATIONAL,
  /** Anything else. */
  OTHER
}
