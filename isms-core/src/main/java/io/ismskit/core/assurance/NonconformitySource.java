package io.ismskit.core.assurance;

/** Where a nonconformity was detected. */
public enum NonconformitySource {
  /** An internal audit (9.2). */
  INTERNAL_AUDIT,
  /** A certification body's or customer's audit. */
  EXTERNAL_AUDIT,
  /** An information security incident. */
  INCIDENT,
  /** A management review (9.3). */
  MANAGEMENT_REVIEW,
  /** Monitoring and measurement (9.1). */
  MONITORING,
  /** A complaint of an interested party. */
  COMPLAINT,
  /** Anything else. */
  OTHER
}
