package io.ismskit.risk.engine;

import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskLevel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happened to one risk in an assessment run: its inherent and residual assessments before and
 * after, and why they changed. A risk that could not be scored has reason {@link
 * ChangeReason#NOT_SCORED}, an {@link #error()}, and equal before and after assessments.
 *
 * @param risk the risk
 * @param inherentBefore the inherent assessment before the run
 * @param inherentAfter the inherent assessment after the run
 * @param residualBefore the residual assessment before the run
 * @param residualAfter the residual assessment after the run
 * @param reasons why, never empty
 * @param error why the risk was not scored, when it was not
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskChange(
    RiskId risk,
    Optional<RiskAssessment> inherentBefore,
    Optional<RiskAssessment> inherentAfter,
    Optional<RiskAssessment> residualBefore,
    Optional<RiskAssessment> residualAfter,
    Set<ChangeReason> reasons,
    Optional<RiskError> error) {

  /** Requires all parts and at least one reason; keeps the reasons in their declared order. */
  public RiskChange {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherentBefore, "inherentBefore");
    Objects.requireNonNull(inherentAfter, "inherentAfter");
    Objects.requireNonNull(residualBefore, "residualBefore");
    Objects.requireNonNull(residualAfter, "residualAfter");
    Objects.requireNonNull(error, "error");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("RiskChange.reasons: must not be empty for risk " + risk);
    }
    reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }

  /** Whether the risk was scored and changed. */
  public boolean changed() {
    return error.isEmpty();
  }

  /** The inherent level before the run, if there was an inherent assessment. */
  public Optional<RiskLevel> inherentLevelBefore() {
    return inherentBefore.map(RiskAssessment::level);
  }

  /** The inherent level after the run, if there is an inherent assessment. */
  public Optional<RiskLevel> inherentLevelAfter() {
    return inherentAfter.map(RiskAssessment::level);
  }

  /** The residual level before the run, if there was a residual assessment. */
  public Optional<RiskLevel> residualLevelBefore() {
    return residualBefore.map(RiskAssessment::level);
  }

  /** The residual level after the run, if there is a residual assessment. */
  public Optional<RiskLevel> residualLevelAfter() {
    return residualAfter.map(RiskAssessment::level);
  }
}
