package io.ismskit.pdca;

import io.ismskit.core.base.Checks;
import java.time.Period;

/**
 * How long each step of a nonconformity's life cycle may take (clause 10.2 asks to react without
 * naming a period; these are the organization's own, set per {@link Profile}), as {@code
 * io.ismskit.pdca.nonconformity.NonconformityLifecycle} applies them.
 *
 * @param correctionWithin from being raised to its correction
 * @param causeAnalysisWithin from the correction (or a reopening) to the cause analysis
 * @param actionPlanningWithin from the cause analysis to a planned corrective action
 * @param effectivenessReviewWithin from the action done to the review of its effectiveness
 * @param closureWithin from the effectiveness verified to the closure
 * @implSpec This class is immutable and thread-safe.
 */
public record NonconformityPolicy(Period correctionWithin, Period causeAnalysisWithin, Period actionPlanningWithin,
    Period effectivenessReviewWithin, Period closureWithin) {

  /**
   * The strict periods: correction within 30 days, cause analysis within 30 days of it, an action
   * planned within 14 days of that, effectiveness reviewed within 90 days of the action done (long
   * enough to see whether the cause recurs in a quarter), closure within 14 days.
   */
  public static final NonconformityPolicy STRICT = new NonconformityPolicy(Period.ofDays(30), Period.ofDays(30),
      Period.ofDays(14), Period.ofDays(90), Period.ofDays(14));

  /**
   * The lean periods, for an organization of about ten people where the same two or three do all
   * ISMS work beside their jobs: each period doubled (60, 60, 30 days), effectiveness reviewed within
   * 180 days (a small organization sees a recurrence less often, so it needs longer to judge), and
   * closure within 30 days.
   */
  public static final NonconformityPolicy LEAN = new NonconformityPolicy(Period.ofDays(60), Period.ofDays(60),
      Period.ofDays(30), Period.ofDays(180), Period.ofDays(30));

  /** Refuses zero, negative and unsupported periods. */
  public NonconformityPolicy {
    String t = "NonconformityPolicy";
    Checks.positive(t, "correctionWithin", correctionWithin);
    Checks.positive(t, "causeAnalysisWithin", causeAnalysisWithin);
    Checks.positive(t, "actionPlanningWithin", actionPlanningWithin);
    Checks.positive(t, "effectivenessReviewWithin", effectivenessReviewWithin);
    Checks.positive(t, "closureWithin", closureWithin);
  }
}
