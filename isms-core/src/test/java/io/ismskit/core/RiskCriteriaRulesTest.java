package io.ismskit.core;

import static io.ismskit.core.Samples.D;
import static io.ismskit.core.Samples.HIGH;
import static io.ismskit.core.Samples.LOW;
import static io.ismskit.core.Samples.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The one place of the decision rule, "needs treatment" and "next assessment due": {@link RiskCriteria}. */
class RiskCriteriaRulesTest {
  static final RiskCriteria C = Samples.criteria(); // Low, Medium (acceptance), High; yearly

  @Test
  void rank_refusesAnUnknownLevel_neverMinusOne() {
    assertThat(C.rank(LOW)).isZero();
    assertThat(C.rank(HIGH)).isEqualTo(2);
    assertThatThrownBy(() -> C.rank(RiskLevel.of("Severe")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("RiskCriteria.levels: has no such level (criteria 1 have [Low, Medium, High]), was 'Severe'")
        .satisfies(e -> assertThat(((InvalidValueException) e).problem().code()).isEqualTo(ModelCode.UNKNOWN_LEVEL));
    assertThatThrownBy(() -> C.acceptable(RiskLevel.of("high"))).isInstanceOf(InvalidValueException.class);
    assertThat(C.knows(MEDIUM)).isTrue();
    assertThat(C.knows(RiskLevel.of("medium"))).isFalse();
  }

  @Test
  void decisionFor_acceptsUpToTheAcceptanceLevel() {
    assertThat(C.decisionFor(LOW)).isEqualTo(RiskDecision.ACCEPT);
    assertThat(C.decisionFor(MEDIUM)).isEqualTo(RiskDecision.ACCEPT);
    assertThat(C.decisionFor(HIGH)).isEqualTo(RiskDecision.TREAT);
    assertThatThrownBy(() -> C.decisionFor(RiskLevel.of("Severe"))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void needsTreatment_byDecisionOrLevel_failingClosedOnUnknownLevels() {
    Risk unassessed = Samples.risk("R-1");
    assertThat(C.needsTreatment(unassessed)).isFalse();
    assertThat(C.needsTreatment(unassessed.withDecision(RiskDecision.TREAT))).isTrue();
    assertThat(C.needsTreatment(unassessed.withInherent(Samples.assessment(HIGH, 0.9, D)))).isTrue();
    assertThat(C.needsTreatment(unassessed.withInherent(Samples.assessment(LOW, 0.1, D)))).isFalse();
    assertThat(C.needsTreatment(unassessed.withInherent(Samples.assessment(HIGH, 0.9, D))
        .withDecision(RiskDecision.ACCEPT))).as("a wrong ACCEPT does not hide the level").isTrue();
    assertThat(C.needsTreatment(unassessed.withInherent(Samples.assessment(RiskLevel.of("Severe"), 0.9, D))))
        .isTrue();
  }

  @Test
  void nextAssessmentDue_isTheLatestAssessmentPlusTheInterval() {
    Risk r = Samples.risk("R-1");
    assertThat(C.nextAssessmentDue(r)).isEmpty();
    assertThat(C.assessmentOverdue(r, D)).as("never assessed").isTrue();
    Risk assessed = r.withInherent(Samples.assessment(HIGH, 0.9, D))
        .withResidual(Samples.assessment(LOW, 0.1, D.plusMonths(2)));
    assertThat(C.nextAssessmentDue(assessed)).contains(D.plusMonths(14));
    assertThat(C.assessmentOverdue(assessed, D.plusMonths(14))).isFalse();
    assertThat(C.assessmentOverdue(assessed, D.plusMonths(14).plusDays(1))).isTrue();
  }

  @Test
  void overdueAsAPredicate_agreesWithThePerRiskRule_evenAtMonthEnds() {
    qt().withFixedSeed(23L).withExamples(2_000)
        .forAll(integers().between(0, 3_000), integers().between(0, 3_000), integers().between(0, 40),
            integers().between(0, 70))
        .checkAssert((last, asOf, months, days) -> {
          Period interval = months + days == 0 ? Period.ofDays(1) : Period.of(0, months, days);
          RiskCriteria c = C.withAssessmentInterval(interval);
          LocalDate base = LocalDate.of(2020, 1, 31);
          Risk r = Samples.risk("R-1").withIdentifiedOn(base)
              .withInherent(Samples.assessment(LOW, 0.1, base.plusDays(last)));
          LocalDate when = base.plusDays(asOf);
          assertThat(c.assessmentOverdue(when).test(r)).as("%s + %s vs %s", r.lastAssessedOn(), interval, when)
              .isEqualTo(c.assessmentOverdue(r, when));
        });
    assertThat(C.assessmentOverdue(D).test(Samples.risk("R-2"))).as("never assessed").isTrue();
  }
}
