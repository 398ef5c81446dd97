package io.ismskit.core.assurance;

/** Where a nonconformity stands in its life cycle (clause 10.2). */
public enum NonconformityStatus {
  /** Raised; nothing done yet. */
  OPEN,
  /** Corrected; causes under analysis. */
  CORRECTED,
  /** Corrective action under way. */
  ACTION_IN_PROGRESS,
  /** Corrective action done; effectiveness being verified. */
  VERIFYING,
  /** Closed after an effectiveness review. */
  CLOSED
}
