package io.ismskit.core.context;

/** Where a requirement of an interested party comes from (clause 4.2 b). */
public enum RequirementType {
  /** A statute. */
  LEGAL,
  /** A regulation or a regulator's rule. */
  REGULATORY,
  /** A contract. */
  CONTRACTUAL,
  /** An expectation that is not binding. */
  EXPECTATION,
  /** Anything else. */
  OTHER;

  /** Whether the requirement is binding (legal, regulatory or contractual): such requirements are linked to control A.5.31. */
  public boolean binding() {
    return this == LEGAL || this == REGULATORY || this == CONTRACTUAL;
  }
}
