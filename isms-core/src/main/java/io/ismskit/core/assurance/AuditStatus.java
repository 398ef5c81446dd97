package io.ismskit.core.assurance;

/** The status of an internal audit. */
public enum AuditStatus {
  /** Planned. */
  PLANNED,
  /** Fieldwork done, report pending. */
  PERFORMED,
  /** Report issued to the managers concerned. */
  REPORTED,
  /** Cancelled. */
  CANCELLED
}
