package io.ismskit.core.supplier;

/** The outcome of a supplier assessment. */
public enum AssessmentOutcome {
  /** The supplier meets the organization's requirements. */
  ACCEPTABLE,
  /** The supplier meets them once the agreed actions are done. */
  ACCEPTABLE_WITH_ACTIONS,
  /** The supplier does not meet them. */
  NOT_ACCEPTABLE
}
