package io.ismskit.core.certification;

/**
 * The grade of a certification body's finding, as ISO/IEC 17021-1 practice has it.
 */
public enum FindingGrade {
  /**
   * A nonconformity that affects the capability of the ISMS to achieve its intended results: a
   * requirement not addressed at all, or systematically unmet. At initial certification and
   * recertification, its correction and corrective action must be verified before the decision.
   */
  MAJOR,
  /** A nonconformity that does not affect that capability: an isolated lapse. */
  MINOR,
  /** An opportunity for improvement: not a nonconformity; no formal response is required. */
  OPPORTUNITY;

  /** Whether the finding is a nonconformity ({@link #MAJOR} or {@link #MINOR}). */
  public boolean nonconformity() {
    return this != OPPORTUNITY;
  }
}
