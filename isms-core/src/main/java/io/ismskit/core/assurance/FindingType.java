package io.ismskit.core.assurance;

/** The classification of an audit finding. */
public enum FindingType {
  /** A requirement absent or systematically unmet. */
  MAJOR_NONCONFORMITY,
  /** An isolated lapse. */
  MINOR_NONCONFORMITY,
  /** A weakness that is not yet a nonconformity. */
  OBSERVATION,
  /** A chance to improve. */
  OPPORTUNITY_FOR_IMPROVEMENT,
  /** Good practice worth keeping. */
  POSITIVE;

  /** Whether the finding is a nonconformity. */
  public boolean nonconformity() {
    return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
  }
}
