package io.ismskit.core.control;

/** Why a control is included in the Statement of Applicability (clause 6.1.3 d). */
public enum InclusionReason {
  /** It treats one or more risks. */
  RISK_TREATMENT,
  /** The law or a regulation requires it. */
  LEGAL,
  /** A contract requires it. */
  CONTRACTUAL,
  /** The business requires it. */
  BUSINESS,
  /** Good practice. */
  BEST_PRACTICE
}
