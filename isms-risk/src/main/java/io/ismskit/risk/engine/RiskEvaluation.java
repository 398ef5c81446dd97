package io.ismskit.risk.engine;

import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.ScaleValue;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The evaluation of one risk against the risk criteria (clause 6.1.2 e) as of a date.
 *
 * <p>Levels are recomputed from the stored normalized scores with {@link
 * RiskCriteria#levelOf(double)}, so they follow the criteria in force even when the stored level
 * was computed under earlier criteria. The {@link #likelihood()} and {@link #consequence()} are those
 * the inherent analysis states (6.1.2 d), on its method's scales.
 *
 * <p><b>Decision.</b> The {@link #proposedDecision()} is the engine's proposal from the
 * <em>inherent</em> level: {@link RiskDecision#ACCEPT} when {@link RiskCriteria#acceptable(RiskLevel)},
 * else {@link RiskDecision#TREAT} ({@link RiskCriteria#decisionFor(RiskLevel)}). The {@link
 * #recordedDecision()} is the organization's own ({@link Risk#decision()}); the engine never
 * overwrites it, and both are shown so that a reviewer sees where they part ({@link
 * #decisionDiffers()}).
 *
 * <p><b>Residual risk.</b> The current {@link #residual()} is that of the stored residual
 * assessment, the inherent risk when there is none; the {@link #targetResidual()} that of the
 * stored target residual assessment (what the treatment plan will leave once complete), the
 * current residual when there is none. Whether each is acceptable is {@link #residualAcceptable()}
 * and {@link #targetAcceptable()}; the appetite {@link #band()} is that of the current residual
 * score. An assessment is overdue when its last date plus the criteria's assessment interval is
 * before {@code asOf}.
 *
 * @param risk the risk
 * @param inherent the inherent normalized score
 * @param inherentLevel the criteria level of {@code inherent}
 * @param likelihood the likelihood the inherent analysis states, on its method's scale
 * @param consequence the consequence the inherent analysis states, on its method's scale
 * @param residual the current residual normalized score (the inherent one when there is no residual)
 * @param residualLevel the criteria level of {@code residual}
 * @param residualAssessed whether the risk has a residual assessment
 * @param targetResidual the target residual normalized score (the current residual one when there is
 *     no target)
 * @param targetResidualLevel the criteria level of {@code targetResidual}
 * @param targetAssessed whether the risk has a target residual assessment
 * @param proposedDecision ACCEPT or TREAT, by the inherent level: the engine's proposal
 * @param recordedDecision the decision the organization recorded, if any
 * @param residualAcceptable whether the current residual level meets the acceptance criteria
 * @param targetAcceptable whether the target residual level meets the acceptance criteria
 * @param band the appetite band of the current residual score
 * @param lastAssessedOn the date of the latest assessment, inherent or residual
 * @param nextAssessmentDue {@code lastAssessedOn} plus the assessment interval
 * @param overdue whether {@code nextAssessmentDue} is before the evaluation date
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskEvaluation(
    RiskId risk,
    double inherent,
    RiskLevel inherentLevel,
    Optional<ScaleValue> likelihood,
    Optional<ScaleValue> consequence,
    double residual,
    RiskLevel residualLevel,
    boolean residualAssessed,
    double targetResidual,
    RiskLevel targetResidualLevel,
    boolean targetAssessed,
    RiskDecision proposedDecision,
    Optional<RiskDecision> recordedDecision,
    boolean residualAcceptable,
    boolean targetAcceptable,
    AppetiteBand band,
    LocalDate lastAssessedOn,
    LocalDate nextAssessmentDue,
    boolean overdue) {

  /** Requires all parts. */
  public RiskEvaluation {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherentLevel, "inherentLevel");
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(consequence, "consequence");
    Objects.requireNonNull(residualLevel, "residualLevel");
    Objects.requireNonNull(targetResidualLevel, "targetResidualLevel");
    Objects.requireNonNull(proposedDecision, "proposedDecision");
    Objects.requireNonNull(recordedDecision, "recordedDecision");
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
    RiskAssessment i = risk.inherent().orElse(null);
    if (i == null) {
      return Optional.empty();
    }
    double inherent = i.normalized();
    RiskLevel inherentLevel = criteria.levelOf(inherent);
    RiskAssessment r = risk.residual().orElse(null);
    double residual = r == null ? inherent : r.normalized();
    RiskLevel residualLevel = r == null ? inherentLevel : criteria.levelOf(residual);
    RiskAssessment t = risk.targetResidual().orElse(null);
    double target = t == null ? residual : t.normalized();
    RiskLevel targetLevel = t == null ? residualLevel : criteria.levelOf(target);
    LocalDate last = risk.lastAssessedOn().orElse(i.assessedOn());
    LocalDate due = criteria.nextAssessmentDue(risk).orElseThrow();
    return Optional.of(new RiskEvaluation(risk.id(), inherent, inherentLevel, i.likelihood(), i.consequence(),
        residual, residualLevel, r != null, target, targetLevel, t != null,
        criteria.decisionFor(inherentLevel), risk.decision(),
        criteria.acceptable(residualLevel), criteria.acceptable(targetLevel),
        AppetiteBand.of(residual, criteria), last, due, criteria.assessmentOverdue(risk, asOf)));
  }

  /** Whether the organization recorded a decision that differs from the engine's proposal. */
  public boolean decisionDiffers() {
    return recordedDecision.isPresent() && recordedDecision.get() != proposedDecision;
  }

  /**
   * Whether the risk must be treated: the recorded decision or the proposal says TREAT (a
   * recorded ACCEPT of a risk above the acceptance criteria does not lift the need to treat it).
   */
  public boolean needsTreatment() {
    return proposedDecision == RiskDecision.TREAT || recordedDecision.orElse(null) == RiskDecision.TREAT;
  }
}
