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
import java.time.LocalDate;
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
    assertThat(medium.decision()).isEqualTo(RiskDecision.ACCEPT);

    RiskEvaluation high = eval(withScores(0.51, 0.2, on), on);
    assertThat(high.inherentLevel()).isEqualTo(RiskLevel.of("High"));
    assertThat(high.decision()).isEqualTo(RiskDecision.TREAT);
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
  void unassessedRisk_isNotEvaluated() {
    assertThat(RiskEvaluation.of(unassessed("R9"), criteria, Fixtures.AS_OF)).isEmpty();
  }
}
