package io.ismskit.core.governance;

/** Whether documented information is maintained (a living document) or retained (a record). */
public enum DocumentKind {
  /** A document that is kept up to date: a policy, a procedure, a methodology. */
  MAINTAINED,
  /** A record kept as evidence: audit results, minutes, measurement results. */
  RETAINED
}
