package io.ismskit.core.assurance;

/** The inputs a management review must consider (clause 9.3.2 a to g). */
public enum ReviewInput {
  /** Status of actions from previous management reviews (a). */
  PREVIOUS_ACTIONS,
  /** Changes in external and internal issues (b). */
  ISSUE_CHANGES,
  /** Changes in the needs and expectations of interested parties (c). */
  INTERESTED_PARTY_CHANGES,
  /** Trends in nonconformities and corrective actions (d 1). */
  NONCONFORMITY_TRENDS,
  /** Monitoring and measurement results (d 2). */
  MONITORING_RESULTS,
  /** Audit results (d 3). */
  AUDIT_RESULTS,
  /** Fulfilment of information security objectives (d 4). */
  OBJECTIVE_FULFILMENT,
  /** Feedback from interested parties (e). */
  INTERESTED_PARTY_FEEDBACK,
  /** Results of risk assessment and status of the risk treatment plan (f). */
  RISK_STATUS,
  /** Opportunities for continual improvement (g). */
  IMPROVEMENT_OPPORTUNITIES
}
