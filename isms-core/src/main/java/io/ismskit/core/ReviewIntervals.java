package io.ismskit.core;

import io.ismskit.core.base.Checks;
import java.time.Period;

/**
 * The planned intervals of the ISMS's recurring activities: management review (9.3.1), the
 * internal audit cycle (9.2.1) and the review of context issues and interested parties (4.1, 4.2).
 * Risk assessment intervals are part of the {@link io.ismskit.core.risk.RiskCriteria}.
 *
 * @param managementReview how often top management reviews the ISMS
 * @param internalAudit how often the ISMS is audited internally
 * @param contextReview how often context issues and interested parties are reviewed
 */
public record ReviewIntervals(Period managementReview, Period internalAudit, Period contextReview) {
  /** Twelve months each: the common practice. */
  public static final ReviewIntervals ANNUAL =
      new ReviewIntervals(Period.ofMonths(12), Period.ofMonths(12), Period.ofMonths(12));

  /** Refuses zero, negative and {@linkplain io.ismskit.core.base.Dates unsupported} periods. */
  public ReviewIntervals {
    Checks.positive("ReviewIntervals", "managementReview", managementReview);
    Checks.positive("ReviewIntervals", "internalAudit", internalAudit);
    Checks.positive("ReviewIntervals", "contextReview", contextReview);
  }

  /** These intervals with another management review interval. */
  public ReviewIntervals withManagementReview(Period managementReview) {
    return new ReviewIntervals(managementReview, internalAudit, contextReview);
  }

  /** These intervals with another internal audit interval. */
  public ReviewIntervals withInternalAudit(Period internalAudit) {
    return new ReviewIntervals(managementReview, internalAudit, contextReview);
  }

  /** These intervals with another context review interval. */
  public ReviewIntervals withContextReview(Period contextReview) {
    return new ReviewIntervals(managementReview, internalAudit, contextReview);
  }
}
