package io.ismskit.core.evidence;

/** What kind of thing an item of evidence is. */
public enum EvidenceKind {
  /** A record kept by a process, such as a signed access review. */
  RECORD,
  /** An extract of system or security logs. */
  LOG_EXTRACT,
  /** A report, such as a scan, test or service report. */
  REPORT,
  /** A screenshot of a setting or a screen. */
  SCREENSHOT,
  /** An export of a system's configuration. */
  CONFIGURATION_EXPORT,
  /** A ticket or change record. */
  TICKET,
  /** A certificate or attestation issued by a third party. */
  CERTIFICATE,
  /** Notes of an interview. */
  INTERVIEW_NOTES,
  /** Notes of something observed on site or in a system. */
  OBSERVATION
}
