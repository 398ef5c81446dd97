package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.base.Dates;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.testkit.Defect;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.InvalidIsms;
import io.ismskit.testkit.InvalidIsmsGens;
import io.ismskit.testkit.QtGens;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker fails closed (issue 11 item 1): an ISMS that {@link Isms#validate()} refuses is never
 * certification-ready, and every problem appears in the report as a blocking finding; and no date
 * the model supports makes a rule fail (item 4).
 */
class FailClosedTest {
  static final LocalDate A = ConformantIsms.AS_OF;
  static final Isms VALID = ConformantIsms.small(3);

  @Test
  void theBaseIsValidAndReady() {
    assertThat(VALID.validate().isValid()).isTrue();
    ConformanceReport report = ConformanceChecker.check(VALID, A);
    assertThat(report.certificationDecision().ready()).isTrue();
    assertThat(report.modelProblems()).isEmpty();
    assertThat(report.certificationDecision().criterion(CertificationCriterion.MODEL_VALID).evidence())
        .isEqualTo("Isms.validate() finds no problem");
  }

  @Test
  void riskOwnedByAnUnknownPerson_GHOST() {
    Risk r = VALID.risks().get(0);
    Isms bad = VALID.withRisk(r.withOwner(PersonId.of("GHOST")));
    assertBlocked(bad, EntityRef.of(r.id()), "6.1.2", "GHOST");
  }

  @Test
  void riskOnAMissingAsset() {
    Risk r = VALID.risks().get(1);
    Isms bad = VALID.withRisk(r.withAssets(List.of(AssetId.of("A-MISSING"))));
    assertBlocked(bad, EntityRef.of(r.id()), "6.1.2", "A-MISSING");
  }

  @Test
  void duplicateAssetId() {
    Asset a = VALID.assets().get(2);
    List<Asset> assets = new ArrayList<>(VALID.assets());
    assets.add(a.withName("Second asset with the same id"));
    Isms bad = VALID.withAssets(assets);
    assertBlocked(bad, EntityRef.of(a.id()), "6.1.2", a.id().value());
  }

  @Test
  void auditReportedToNobody() {
    InternalAudit a = VALID.audits().get(0);
    Isms bad = VALID.withAudit(a.withReportedTo(List.of(PersonId.of("NOBODY"))));
    assertBlocked(bad, EntityRef.of(a.id()), "9.2.2", "NOBODY");
  }

  static void assertBlocked(Isms bad, EntityRef entity, String clause, String value) {
    assertThat(bad.validate().isInvalid()).isTrue();
    ConformanceReport report = ConformanceChecker.check(bad, A);
    assertThat(report.certificationDecision().ready()).isFalse();
    assertThat(report.modelProblems()).isEqualTo(bad.validate().getError().toJavaList());
    CriterionResult valid = report.certificationDecision().criterion(CertificationCriterion.MODEL_VALID);
    assertThat(valid.met()).isFalse();
    assertThat(valid.entities()).contains(entity);
    assertThat(valid.evidence()).contains(value);
    List<Finding> invalid = report.findingsOf("model-validity");
    assertThat(invalid).hasSize(report.modelProblems().size());
    assertThat(invalid).anySatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.MAJOR_NC);
      assertThat(f.entities()).containsExactly(entity);
      assertThat(f.clauses()).containsExactly(ClauseId.of(clause));
      assertThat(f.found()).startsWith("model invalid: ").contains(value);
      assertThat(f.remedy()).isNotBlank();
    });
    assertThat(report.blockers()).containsAll(invalid);
    // neither a re-grading nor a suppression hides a model problem
    RuleSet lenient = RuleSet.iso27001_2022().regrade("6.1.2-risk-analysis", Verdict.OBSERVATION);
    assertThat(ConformanceChecker.check(bad, A, lenient).findingsOf("model-validity")).isEqualTo(invalid);
  }

  @Test
  void everyConformantIsmsWithOneInjectedDefect_isNeverReady() {
    // the valid graphs are conformant, so the defect is what the decision must catch
    Gen<Isms> conformant = (r, n) -> ConformantIsms.generate(r, 4 + n % 9, 1 + n % 2, 1 + n % 3);
    for (Defect defect : Defect.values()) {
      qt().withFixedSeed(20_260_630L + defect.name().hashCode()).withExamples(3)
          .forAll(QtGens.of(InvalidIsmsGens.of(defect, conformant), 0, 20))
          .checkAssert(bad -> assertNotReady(defect, bad));
    }
  }

  @Test
  void everyGeneratedValidIsmsWithOneInjectedDefect_failsModelValid() {
    qt().withFixedSeed(11L).withExamples(60).forAll(QtGens.of(InvalidIsmsGens.invalidIsms(), 0, 60))
        .checkAssert(bad -> {
          ConformanceReport report = ConformanceChecker.check(bad.isms(), A);
          assertThat(report.certificationDecision().ready()).as(bad.toString()).isFalse();
          assertThat(report.certificationDecision().met(CertificationCriterion.MODEL_VALID)).as(bad.toString())
              .isFalse();
        });
  }

  static void assertNotReady(Defect defect, InvalidIsms bad) {
    ConformanceReport report = ConformanceChecker.check(bad.isms(), A);
    String ctx = defect + ": " + bad;
    assertThat(report.certificationDecision().ready()).as(ctx).isFalse();
    assertThat(report.certificationDecision().met(CertificationCriterion.MODEL_VALID)).as(ctx).isFalse();
    assertThat(report.findingsOf("model-validity")).as(ctx).anySatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.MAJOR_NC);
      assertThat(f.code()).startsWith(bad.expected().code().key() + "@" + bad.expected().entityType() + ":"
          + bad.expected().entityId());
    });
    assertThat(bad.expected().code()).isNotEqualTo(ValidationCode.CAPPED);
  }

  @Test
  void everyRuleComputesAtTheEdgesOfTheSupportedDates() {
    // issue 11 item 4: check(isms, LocalDate.MIN) crashed 8.2-assessment-interval
    RiskCriteria longest = VALID.riskCriteria().orElseThrow()
        .withAssessmentInterval(Period.ofYears(Dates.MAX_PERIOD_YEARS));
    Risk first = VALID.risks().get(0);
    Risk second = VALID.risks().get(1);
    Isms edges = VALID.withRiskCriteria(longest)
        .withRisk(first.withInherent(first.inherent().orElseThrow().withAssessedOn(Dates.MAX)).withResidual(
            first.residual().map(x -> x.withAssessedOn(Dates.MAX))))
        .withRisk(second.toBuilder().identifiedOn(Dates.MIN)
            .inherent(second.inherent().orElseThrow().withAssessedOn(Dates.MIN))
            .residual(second.residual().map(x -> x.withAssessedOn(Dates.MIN))).build());
    assertThat(edges.validate().isValid()).isTrue();
    for (Isms isms : List.of(VALID, edges)) {
      for (LocalDate asOf : List.of(Dates.MIN, Dates.MIN.plusDays(1), Dates.MAX.minusDays(1), Dates.MAX)) {
        ConformanceReport report = ConformanceChecker.check(isms, asOf);
        assertThat(report.certificationDecision().criterion(CertificationCriterion.CHECK_COMPLETE))
            .as("as of " + asOf).satisfies(c -> assertThat(c.met()).as(c.evidence()).isTrue());
        assertThat(report.verdict("8.2-assessment-interval")).isPresent();
      }
    }
    // as of 9999-12-31, a risk assessed on 0001-01-01 is overdue even under a 1000-year interval
    ConformanceReport late = ConformanceChecker.check(edges, Dates.MAX);
    assertThat(late.findingsOf("8.2-assessment-interval")).anySatisfy(f ->
        assertThat(f.entities()).contains(EntityRef.of(second.id())));
  }
}
