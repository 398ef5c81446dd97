package io.ismskit.core.assurance;

/** How important a process is to the ISMS, for weighting the audit programme (clause 9.2.2), lowest first. */
public enum Importance {
  /** Low. */
  LOW,
  /** Medium. */
  MEDIUM,
  /** High. */
  HIGH
}
