package io.ismskit.core.context;

/** Whether a context issue (clause 4.1) arises inside or outside the organization. */
public enum IssueKind {
  /** An internal issue: culture, structure, capabilities, systems. */
  INTERNAL,
  /** An external issue: legal, market, technological, environmental. */
  EXTERNAL
}
