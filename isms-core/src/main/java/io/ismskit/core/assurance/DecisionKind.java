package io.ismskit.core.assurance;

/** The kind of a management review decision (clause 9.3.3). */
public enum DecisionKind {
  /** Pursue a continual improvement opportunity. */
  IMPROVEMENT,
  /** Change the ISMS. */
  CHANGE,
  /** Provide or change resources. */
  RESOURCE,
  /** Any other decision. */
  OTHER
}
