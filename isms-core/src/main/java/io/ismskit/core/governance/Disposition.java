package io.ismskit.core.governance;

/** What happens to documented information when its retention period ends (clause 7.5.3). */
public enum Disposition {
  /** Destroyed securely. */
  DESTROY,
  /** Moved to a long-term archive. */
  ARCHIVE,
  /** Returned to whoever provided it, such as a customer or a supplier. */
  RETURN,
  /** Reviewed, and kept longer or disposed of as the review decides. */
  REVIEW
}
