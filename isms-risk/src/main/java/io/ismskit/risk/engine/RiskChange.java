package io.ismskit.risk.engine;

import io.ismskit.core.base.Problem;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskLevel;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What happened to one risk in an assessment run: its inherent, current residual and target
 * residual assessments before and after, and why they changed. A risk that could not be scored has
 * reason {@link ChangeReason#NOT_SCORED}, an {@link #error()} (an {@link EngineCode} problem),
 * possibly the scoring method's own problem as its {@link #cause()}, and equal before and after
 * assessments.
 *
 * @param risk the risk
 * @param inherentBefore the inherent assessment before the run
 * @param inherentAfter the inherent assessment after the run
 * @param residualBefore the current residual assessment before the run
 * @param residualAfter the current residual assessment after the run
 * @param targetBefore the target residual assessment before the run
 * @param targetAfter the target residual assessment after the run
 * @param reasons why, never empty
 * @param error why the risk was not scored, when it was not: a problem with an {@link EngineCode}
 *     that names the risk, the field and the value
 * @param cause the scoring method's own problem behind {@code error}, when the method refused the
 *     input (its code is the method's, such as {@code scoring.value.out-of-range})
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskChange(
    RiskId risk,
    Optional<RiskAssessment> inherentBefore,
    Optional<RiskAssessment> inherentAfter,
    Optional<RiskAssessment> residualBefore,
    Optional<RiskAssessment> residualAfter,
    Optional<RiskAssessment> targetBefore,
    Optional<RiskAssessment> targetAfter,
    Set<ChangeReason> reasons,
    Optional<Problem> error,
    Optional<Problem> cause) {

  /**
   * Requires all parts and at least one reason, and a cause only with an error; keeps the reasons
   * in their declared order.
   */
  public RiskChange {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherentBefore, "inherentBefore");
    Objects.requireNonNull(inherentAfter, "inherentAfter");
    Objects.requireNonNull(residualBefore, "residualBefore");
    Objects.requireNonNull(residualAfter, "residualAfter");
    Objects.requireNonNull(targetBefore, "targetBefore");
    Objects.requireNonNull(targetAfter, "targetAfter");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("RiskChange.reasons: must not be empty for risk " + risk);
    }
    if (cause.isPresent() && error.isEmpty()) {
      throw new IllegalArgumentException("RiskChange.cause: needs an error, for risk " + risk);
    }
    reasons = Collections.unmodifiableSet(EnumSet.copyOf(reasons));
  }

  /** The record of {@code risk} left unchanged because of {@code error} (and its {@code cause}). */
  static RiskChange notScored(Risk risk, Problem error, Optional<Problem> cause) {
    return new RiskChange(risk.id(), risk.inherent(), risk.inherent(), risk.residual(), risk.residual(),
        risk.targetResidual(), risk.targetResidual(), EnumSet.of(ChangeReason.NOT_SCORED),
        Optional.of(error), cause);
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
