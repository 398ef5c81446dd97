package io.ismskit.core.supplier;

/** How a supplier was assessed or monitored (controls A.5.19, A.5.22). */
public enum AssessmentKind {
  /** Due diligence before the agreement. */
  DUE_DILIGENCE,
  /** A periodic review of the relationship and its security performance. */
  PERIODIC_REVIEW,
  /** An audit of the supplier, by the organization or on its behalf. */
  AUDIT,
  /** A review of the supplier's certificates and independent reports, such as ISO/IEC 27001 or SOC 2. */
  CERTIFICATE_REVIEW,
  /** Monitoring of the service delivered against the agreement. */
  SERVICE_MONITORING
}
