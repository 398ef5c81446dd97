package io.ismskit.core.governance;

/** How a competence was obtained (clause 7.2 b). */
public enum EvidenceType {
  /** Formal education. */
  EDUCATION,
  /** A training course. */
  TRAINING,
  /** Work experience. */
  EXPERIENCE,
  /** A professional certification. */
  CERTIFICATION
}
