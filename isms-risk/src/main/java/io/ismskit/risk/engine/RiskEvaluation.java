package io.ismskit.risk.engine;

import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of one risk against the risk criteria (clause 6.1.2 e) as of a date.
 *
 * <p>Levels are recomputed from the stored normalized scores with {@link
 * RiskCriteria#levelOf(double)}, so they follow the criteria in force even when the stored level
 * was computed under earlier criteria. The {@link #decision()} compares the <em>inherent</em>
 * level with the acceptance level: {@link RiskDecision#ACCEPT} when {@link
 * RiskCriteria#acceptable(RiskLevel)}, else {@link RiskDecision#TREAT} ({@link
 * RiskCriteria#decisionFor(RiskLevel)}). Whether the risk left after
 * treatment is acceptable is {@link #residualAcceptable()}; the appetite {@link #band()} is that of
 * the residual score. A risk with no residual assessment is taken to have a residual equal to its
 * inherent risk. An assessment is overdue when its last date plus the criteria's assessment
 * interval is before {@code asOf}.
 *
 * @param risk the risk
 * @param inherent the inherent normalized score
 * @param inherentLevel the criteria level of {@code inherent}
 * @param residual the residual normalized score (the inherent one when there is no residual)
 * @param residualLevel the criteria level of {@code residual}
 * @param residualAssessed whether the risk has a residual assessment
 * @param decision ACCEPT or TREAT, by the inherent level
 * @param residualAcceptable whether the residual level meets the acceptance criteria
 * @param band the appetite band of the residual score
 * @param lastAssessedOn the date of the latest assessment, inherent or residual
 * @param nextAssessmentDue {@code lastAssessedOn} plus the assessment interval
 * @param overdue whether {@code nextAssessmentDue} is before the evaluation date
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskEvaluation(
    RiskId risk,
    double inherent,
    RiskLevel inherentLevel,
    double residual,
    RiskLevel residualLevel,
    boolean residualAssessed,
    RiskDecision decision,
    boolean residualAcceptable,
    AppetiteBand band,
    LocalDate lastAssessedOn,
    LocalDate nextAssessmentDue,
    boolean overdue) {

  /** Requires all parts. */
  public RiskEvaluation {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherentLevel, "inherentLevel");
    Objects.requireNonNull(residualLevel, "residualLevel");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(lastAssessedOn, "lastAssessedOn");
    Objects.requireNonNull(nextAssessmentDue, "nextAssessmentDue");
  }

  /**
   * Evaluates {@code risk} under {@code criteria} as of {@code asOf}, or returns empty when the
   * risk has no inherent assessment yet.
   */
  public static Optional<RiskEvaluation> of(Risk risk, RiskCriteria criteria, LocalDate asOf) {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(asOf, "asOf");
    Optional<RiskAssessment> in = risk.inherent();
    if (in.isEmpty()) {
      return Optional.empty();
    }
    RiskAssessment i = in.get();
    double inherent = i.normalized();
    RiskLevel inherentLevel = criteria.levelOf(inherent);
    boolean residualAssessed = risk.residual().isPresent();
    double residual = residualAssessed ? risk.residual().get().normalized() : inherent;
    RiskLevel residualLevel = residualAssessed ? criteria.levelOf(residual) : inherentLevel;
    LocalDate last = risk.lastAssessedOn().orElse(i.assessedOn());
    LocalDate due = criteria.nextAssessmentDue(risk).orElseThrow();
    return Optional.of(
        new RiskEvaluation(
            risk.id(),
            inherent,
            inherentLevel,
            residual,
            residualLevel,
            residualAssessed,
            criteria.decisionFor(inherentLevel),
            criteria.acceptable(residualLevel),
            AppetiteBand.of(residual, criteria),
            last,
            due,
            criteria.assessmentOverdue(risk, asOf)));
  }
}
