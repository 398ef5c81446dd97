package io.ismskit.core.certification;

/** The status of a certificate, as its certification body declares it. */
public enum CertificateStatus {
  /** In force. */
  ACTIVE,
  /**
   * Temporarily invalid, for a set period: after a missed surveillance audit or major
   * nonconformities not closed in time. Withdrawn when the period runs out unresolved.
   */
  SUSPENDED,
  /** Withdrawn by the certification body. */
  WITHDRAWN,
  /** Past its expiry date without recertification. */
  EXPIRED
}
