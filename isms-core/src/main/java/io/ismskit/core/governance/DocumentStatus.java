package io.ismskit.core.governance;

/** The life-cycle status of a version of documented information (clause 7.5.2, 7.5.3). */
public enum DocumentStatus {
  /** Being written. */
  DRAFT,
  /** Approved and in force. */
  APPROVED,
  /** Superseded or withdrawn; kept for retention. */
  OBSOLETE,
  /** A retained record kept as evidence: records are created, not approved (only for {@link DocumentKind#RETAINED}). */
  RECORDED
}
