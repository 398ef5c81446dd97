package io.ismskit.core.governance;

/** The two responsibilities that top management must assign (clause 5.3 a and b). */
public enum IsmsDuty {
  /** Making sure the ISMS conforms to the requirements of ISO/IEC 27001 (5.3 a). */
  ENSURE_CONFORMITY,
  /** Reporting on the performance of the ISMS to top management (5.3 b). */
  REPORT_PERFORMANCE
}
