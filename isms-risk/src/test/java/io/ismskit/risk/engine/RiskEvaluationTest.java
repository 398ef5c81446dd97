package io.ismskit.risk.engine;

import static io.ismskit.risk.engine.Fixtures.criteria;
import static io.ismskit.risk.engine.Fixtures.risk;
import static io.ismskit.risk.engine.Fixtures.unassessed;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.ScaleValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskEvaluationTest {
  private final RiskCriteria criteria = criteria(); // appetite 0.3, tolerance 0.6, accept <= Medium

  private static RiskAssessment scored(double normalized, String level, LocalDate on) {
    return scored(normalized, RiskLevel.of(level), on);
  }

  private static RiskAssessment scored(double normalized, RiskLevel level, LocalDate on) {
    return RiskAssessment.builder()
        .method(MethodId.of("toy"))
        .methodVersion("1")
        .putAllInputs(Map.of("likelihood", "1", "impact", "1"))
        .score(normalized)
        .normalized(normalized)
        .level(level)
        .assessedOn(on)
        .build();
  }

  private static Risk withScores(double inherent, double residual, LocalDate on) {
    return risk("R1", 1, 1)
        .withInherent(scored(inherent, "whatever", on))
        .withResidual(scored(residual, "whatever", on));
  }

  private RiskEvaluation eval(Risk r, LocalDate asOf) {
    return RiskEvaluation.of(r, criteria, asOf).orElseThrow();
  }

  @Test
  void appetiteBands_followAppetiteAndTolerance() {
    assertThat(AppetiteBand.of(0.0, criteria)).isEqualTo(AppetiteBand.WITHIN_APPETITE);
    assertThat(AppetiteBand.of(0.3, criteria)).isEqualTo(AppetiteBand.WITHIN_APPETITE);
    assertThat(AppetiteBand.of(0.31, criteria)).isEqualTo(AppetiteBand.ABOVE_APPETITE_TOLERABLE);
    assertThat(AppetiteBand.of(0.6, criteria)).isEqualTo(AppetiteBand.ABOVE_APPETITE_TOLERABLE);
    assertThat(AppetiteBand.of(0.61, criteria)).isEqualTo(AppetiteBand.INTOLERABLE);
    assertThat(AppetiteBand.of(1.0, criteria)).isEqualTo(AppetiteBand.INTOLERABLE);
  }

  @Test
  void decision_comparesTheInherentLevelWithTheAcceptanceLevel() {
    LocalDate on = Fixtures.ASSESSED;
    RiskEvaluation medium = eval(withScores(0.5, 0.1, on), on); // 0.5 is the Medium upper bound
    assertThat(medium.inherentLevel()).isEqualTo(RiskLevel.of("Medium"));
    assertThat(medium.proposedDecision()).isEqualTo(RiskDecision.ACCEPT);

    RiskEvaluation high = eval(withScores(0.51, 0.2, on), on);
    assertThat(high.inherentLevel()).isEqualTo(RiskLevel.of("High"));
    assertThat(high.proposedDecision()).isEqualTo(RiskDecision.TREAT);
    assertThat(high.residualLevel()).isEqualTo(RiskLevel.of("Low"));
    assertThat(high.residualAcceptable()).isTrue();
    assertThat(high.band()).isEqualTo(AppetiteBand.WITHIN_APPETITE);
  }

  @Test
  void levels_comeFromTheCriteria_notFromTheStoredLabel() {
    RiskEvaluation e = eval(withScores(0.9, 0.7, Fixtures.ASSESSED), Fixtures.ASSESSED);
    assertThat(e.inherentLevel()).isEqualTo(RiskLevel.of("Critical"));
    assertThat(e.residualLevel()).isEqualTo(RiskLevel.of("High"));
    assertThat(e.residualAcceptable()).isFalse();
    assertThat(e.band()).isEqualTo(AppetiteBand.INTOLERABLE);
  }

  @Test
  void overdue_whenTheLastAssessmentPlusTheIntervalIsBeforeTheDate() {
    LocalDate on = LocalDate.of(2025, 1, 10);
    Risk r = withScores(0.4, 0.2, on);
    RiskEvaluation due = eval(r, LocalDate.of(2026, 1, 10));
    assertThat(due.nextAssessmentDue()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(due.overdue()).isFalse();
    assertThat(eval(r, LocalDate.of(2026, 1, 11)).overdue()).isTrue();
  }

  @Test
  void withoutResidual_theResidualIsTheInherentRisk() {
    Risk r = risk("R1", 1, 1).withInherent(scored(0.7, "x", Fixtures.ASSESSED));
    RiskEvaluation e = eval(r, Fixtures.ASSESSED);
    assertThat(e.residualAssessed()).isFalse();
    assertThat(e.residual()).isEqualTo(0.7);
    assertThat(e.residualLevel()).isEqualTo(e.inherentLevel());
    assertThat(e.band()).isEqualTo(AppetiteBand.INTOLERABLE);
  }

  @Test
  void recordedDecision_isShownBesideTheProposal_neverReplacedByIt() {
    LocalDate on = Fixtures.ASSESSED;
    Risk high = withScores(0.9, 0.2, on); // inherent Critical: the criteria say TREAT
    RiskEvaluation undecided = eval(high, on);
    assertThat(undecided.proposedDecision()).isEqualTo(RiskDecision.TREAT);
    assertThat(undecided.recordedDecision()).isEmpty();
    assertThat(undecided.decisionDiffers()).isFalse();
    assertThat(undecided.needsTreatment()).isTrue();

    RiskEvaluation accepted = eval(high.withDecision(RiskDecision.ACCEPT), on);
    assertThat(accepted.recordedDecision()).contains(RiskDecision.ACCEPT);
    assertThat(accepted.proposedDecision()).isEqualTo(RiskDecision.TREAT);
    assertThat(accepted.decisionDiffers()).isTrue();
    assertThat(accepted.needsTreatment()).as("an ACCEPT above the criteria does not lift the need").isTrue();

    RiskEvaluation treatLow = eval(withScores(0.1, 0.1, on).withDecision(RiskDecision.TREAT), on);
    assertThat(treatLow.proposedDecision()).isEqualTo(RiskDecision.ACCEPT);
    assertThat(treatLow.decisionDiffers()).isTrue();
    assertThat(treatLow.needsTreatment()).as("the organization may treat what it could accept").isTrue();
  }

  @Test
  void targetResidual_isEvaluatedBesideTheCurrentOne_andDefaultsToIt() {
    LocalDate on = Fixtures.ASSESSED;
    Risk r = withScores(0.9, 0.7, on); // residual High, not acceptable
    RiskEvaluation noTarget = eval(r, on);
    assertThat(noTarget.targetAssessed()).isFalse();
    assertThat(noTarget.targetResidual()).isEqualTo(0.7);
    assertThat(noTarget.targetResidualLevel()).isEqualTo(RiskLevel.of("High"));
    assertThat(noTarget.targetAcceptable()).isFalse();

    RiskEvaluation withTarget = eval(r.withTargetResidual(scored(0.2, "x", on)), on);
    assertThat(withTarget.targetAssessed()).isTrue();
    assertThat(withTarget.targetResidual()).isEqualTo(0.2);
    assertThat(withTarget.targetResidualLevel()).isEqualTo(RiskLevel.of("Low"));
    assertThat(withTarget.targetAcceptable()).isTrue();
    assertThat(withTarget.residualAcceptable()).as("the current residual is still High").isFalse();
    assertThat(withTarget.band()).as("the band is the current residual's").isEqualTo(AppetiteBand.INTOLERABLE);
  }

  @Test
  void likelihoodAndConsequence_areThoseTheInherentAnalysisStates() {
    ScaleValue l = ScaleValue.level(4, List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"));
    ScaleValue c = ScaleValue.of(250_000, "250000 per loss event", 0, Double.POSITIVE_INFINITY);
    Risk r = risk("R1", 1, 1).withInherent(scored(0.7, "x", Fixtures.ASSESSED).withLikelihood(l).withConsequence(c));
    RiskEvaluation e = eval(r, Fixtures.ASSESSED);
    assertThat(e.likelihood()).contains(l);
    assertThat(e.consequence()).contains(c);
    assertThat(eval(withScores(0.7, 0.1, Fixtures.ASSESSED), Fixtures.ASSESSED).likelihood()).isEmpty();
  }

  @Test
  void unassessedRisk_isNotEvaluated() {
    assertThat(RiskEvaluation.of(unassessed("R9"), criteria, Fixtures.AS_OF)).isEmpty();
  }
}
