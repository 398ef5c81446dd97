package io.ismskit.export.report;

/** The sections a report can hold, in the order they are written. */
public enum Section {
  /** The conformance report: certification readiness, findings by clause family and by clause with remedies. */
  CONFORMANCE("Conformance"),
  /** The Statement of Applicability, one row per control. */
  SOA("Statement of Applicability"),
  /** The risk register with the likelihood × impact heat maps and, when given, FAIR loss exceedance curves. */
  RISK_REGISTER("Risk register"),
  /** The risk treatment plan: every treatment action with owner, due date and status. */
  TREATMENT_PLAN("Risk treatment plan"),
  /** The status of the plan-do-check-act cycle and what is due. */
  PDCA_STATUS("PDCA status and what is due");

  private final String title;

  Section(String title) {
    this.title = title;
  }

  /** The section's heading, such as {@code "Risk register"}. */
  public String title() {
    return title;
  }
}
