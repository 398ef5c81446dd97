package io.ismskit.core.governance;

/** The kind of a resource provided for the ISMS (clause 7.1). */
public enum ResourceKind {
  /** People or working time. */
  PEOPLE,
  /** Money. */
  BUDGET,
  /** Tools and technology. */
  TOOLING,
  /** External services. */
  SERVICE,
  /** Anything else. */
  OTHER
}
