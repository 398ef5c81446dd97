package io.ismskit.core.assurance;

/** The part a member of an audit team plays. */
public enum AuditorRole {
  /** Leads the audit and signs the report. */
  LEAD,
  /** Audits. */
  AUDITOR,
  /** Brings knowledge of a subject, such as cloud security, without auditing on their own. */
  TECHNICAL_EXPERT
}
