package io.ismskit.core.catalog;

/**
 * Whether mandatory documented information is a living document or a record (ISO/IEC 27000:
 * "maintain" versus "retain").
 */
public enum DocumentedInformationKind {
  /** A current document kept up to date, such as the policy or the scope. */
  MAINTAINED,
  /** A record kept as evidence of what was done or decided, such as audit results. */
  RETAINED,
  /** Whatever the organization itself decides is needed for its ISMS to be effective (7.5.1 b). */
  ORGANIZATION_DEFINED
}
