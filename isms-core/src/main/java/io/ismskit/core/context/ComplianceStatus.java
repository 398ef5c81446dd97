package io.ismskit.core.context;

/** Whether the organization complies with a requirement, as last evaluated (controls A.5.31, A.5.36). */
public enum ComplianceStatus {
  /** Complies. */
  COMPLIANT,
  /** Complies in part; work is under way. */
  PARTIALLY_COMPLIANT,
  /** Does not comply. */
  NON_COMPLIANT
}
