package io.ismskit.export.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.export.format.Golden;
import io.ismskit.pdca.CycleClosed;
import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.EventLog;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.ismskit.pdca.Phase;
import io.ismskit.pdca.PhaseAdvanced;
import io.ismskit.pdca.Refusal;
import io.ismskit.pdca.ReturnedToPlan;
import io.ismskit.pdca.UnmetCriterion;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.pdca.calendar.DueKind;
import io.ismskit.pdca.certification.CertificateAssessment;
import io.ismskit.pdca.certification.CertificationLifecycle;
import io.ismskit.pdca.certification.ScheduledAudit;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.cvss.CvssMethod;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import io.ismskit.risk.fair.FairMethod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parts of the Northwind sample that tell its story over time: quantified risks the engine
 * agrees with, the certification records under the certification calendar's rules, and the PDCA
 * history that leaves the cycle where the sample stands.
 */
class NorthwindStoryTest {
  static final LocalDate AS_OF = SampleIsms.NORTHWIND_AS_OF;

  static Stream<LocalDate> dates() {
    return SampleIsmsTest.dates();
  }

  // ---- risk scoring ------------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("dates")
  void register_isWhatTheRiskEngineScores_soReScoringChangesNothing(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    AssessedRegister scored = RiskEngine.of(ScoringRegistry.builtIns()).assess(isms, asOf);
    assertThat(scored.errors()).isEmpty();
    assertThat(scored.report().changed()).as("changes on re-scoring").isEmpty();
    assertThat(scored.isms()).isEqualTo(isms);
  }

  @Test
  void someRisksAreQuantifiedWithFair_andSomeScoredWithCvss_fromTheirVulnerabilities() {
    Isms isms = SampleIsms.northwind();
    List<Risk> fair = isms.risks().stream()
        .filter(r -> r.inherent().orElseThrow().method().equals(FairMethod.ID)).toList();
    assertThat(fair).extracting(r -> r.id().value()).containsExactly("R-01", "R-06", "R-09", "R-22");
    for (Risk r : fair) {
      RiskAssessment a = r.inherent().orElseThrow();
      assertThat(a.inputs()).containsKeys("lef.kind", "lef.lambda", "plm.kind", "trials", "seed");
      // the mean annual loss, stated with the loss event frequency and the loss per event
      assertThat(a.score()).as("%s mean annual loss", r.id()).isBetween(10_000.0, 1_000_000.0);
      assertThat(a.likelihood().orElseThrow().label()).contains("per year");
      assertThat(r.residual().orElseThrow().method()).isEqualTo(FairMethod.ID);
      assertThat(r.residual().orElseThrow().score()).isLessThan(a.score());
    }
    List<Risk> cvss = isms.risks().stream()
        .filter(r -> r.inherent().orElseThrow().method().equals(CvssMethod.ID)).toList();
    assertThat(cvss).extracting(r -> r.id().value()).containsExactly("R-03", "R-04", "R-05");
    for (Risk r : cvss) {
      String vector = r.inherent().orElseThrow().inputs().get(CvssMethod.VECTOR_KEY);
      Vulnerability v = isms.vulnerability(r.vulnerabilities().get(0)).orElseThrow();
      // the vulnerability's base vector, with the threat context (exploit maturity) and requirements
      assertThat(vector).startsWith(v.cvssVector().orElseThrow() + "/E:");
      assertThat(v.cve()).isPresent();
      assertThat(r.inherent().orElseThrow().likelihood().orElseThrow().levels()).isNotEmpty();
      assertThat(r.inherent().orElseThrow().consequence().orElseThrow().label())
          .isIn("None", "Low", "Medium", "High", "Critical");
    }
    assertThat(isms.riskCriteria().orElseThrow().methodology()).isPresent();
  }

  // ---- certification -----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("dates")
  void certificate_isActive_asTheCertificationRulesGiveIt_withTheNextSurveillanceAhead(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    assertThat(isms.certificationBodies()).hasSize(1);
    Certificate c = isms.certificates().get(0);
    assertThat(c.standing().status()).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(c.validOn(asOf)).isTrue();
    // three years less a day from the decision (the sample moves by whole days, so leap days may shift it by one)
    LocalDate expiry = c.decidedOn().plus(CertificationLifecycle.CYCLE).minusDays(1);
    assertThat(c.expiresOn()).isBetween(expiry.minusDays(1), expiry.plusDays(1));
    CertificateAssessment a = CertificationLifecycle.assess(isms, c.id(), asOf);
    assertThat(a.consistent()).as("declared %s, the rules give %s: %s", a.declared(), a.expected(), a.reasons())
        .isTrue();
    List<ScheduledAudit> schedule = a.schedule();
    assertThat(schedule.get(0).done()).as("first surveillance performed").isTrue();
    assertThat(schedule.get(0).performedOn().orElseThrow()).isBeforeOrEqualTo(schedule.get(0).dueBy());
    assertThat(schedule.get(1).done()).isFalse();
    assertThat(schedule.get(1).dueBy()).as("second surveillance").isAfter(asOf);
    assertThat(schedule.get(2).dueBy()).as("recertification").isBefore(c.expiresOn());
    assertThat(DueCalendar.standard().due(isms, asOf)).noneMatch(DueItem::overdue)
        .noneMatch(d -> d.kind() == DueKind.FINDING_RESPONSE);
  }

  @Test
  void initialCertification_followsStage1AndStage2_withItsFindingsAnswered() {
    Isms isms = SampleIsms.northwind();
    List<ExternalAudit> audits = isms.externalAudits();
    assertThat(audits).extracting(ExternalAudit::type).containsExactly(ExternalAuditType.STAGE_1,
        ExternalAuditType.STAGE_2, ExternalAuditType.SURVEILLANCE);
    assertThat(audits.get(0).performedOn().orElseThrow()).isBefore(audits.get(1).plannedOn());
    Certificate c = isms.certificates().get(0);
    // nothing blocked the decision on its date, and the certificate names the SoA version then
    assertThat(CertificationLifecycle.decisionBlockers(isms, ExternalAuditId.of("EA-2"), c.decidedOn())).isEmpty();
    assertThat(c.soaVersion()).isEqualTo("1.0");
    assertThat(isms.externalFindings()).extracting(ExternalFinding::grade).contains(FindingGrade.MINOR,
        FindingGrade.OPPORTUNITY);
    for (ExternalFinding f : isms.externalFindings()) {
      if (f.grade() == FindingGrade.MINOR) {
        assertThat(f.closedInTime()).as("%s answered in time", f.id()).isTrue();
        assertThat(f.nonconformity()).as("%s recorded in the register", f.id()).isPresent();
        assertThat(isms.nonconformity(f.nonconformity().get())).isPresent();
      }
    }
  }

  // ---- PDCA history ------------------------------------------------------------------------------

  @Test
  void eventsResource_isWhatTheHistoryProduces() {
    Golden.assertResource("src/main/resources", SampleIsms.NORTHWIND_EVENTS_RESOURCE,
        NorthwindHistory.text(AS_OF));
    assertThat(SampleIsms.northwindEvents()).isEqualTo(EventLog.parse(NorthwindHistory.text(AS_OF)).get());
  }

  @Test
  void history_spansOneAndAHalfCycles_andStandsInCheck_blockedByTheSurveillanceFinding() {
    List<PdcaEvent> events = SampleIsms.northwindEvents();
    CycleState state = PdcaMachine.replay(events).get();
    assertThat(state.cycle()).isEqualTo(2);
    assertThat(state.phase()).isEqualTo(Phase.CHECK);
    assertThat(events).filteredOn(e -> e instanceof CycleClosed).hasSize(1);
    CycleClosed closed = (CycleClosed) events.stream().filter(e -> e instanceof CycleClosed).findFirst().orElseThrow();
    Isms isms = SampleIsms.northwind();
    Certificate c = isms.certificates().get(0);
    assertThat(closed.on()).as("cycle 1 closes after the certification decision").isAfter(c.decidedOn());
    assertThat(closed.carriedOver()).extracting(i -> i.ref().toString())
        .containsExactly("Nonconformity:NC-0", "CorrectiveAction:CA-0", "Improvement:IMP-0");
    assertThat(events).filteredOn(e -> e instanceof ReturnedToPlan)
        .extracting(e -> ((ReturnedToPlan) e).change().value()).containsExactly("CHG-2");
    // CHECK of cycle 1 was left after the management review MR-0, that of cycle 2 not yet
    PhaseAdvanced leftCheck = events.stream().filter(e -> e instanceof PhaseAdvanced p && p.from() == Phase.CHECK)
        .map(e -> (PhaseAdvanced) e).findFirst().orElseThrow();
    assertThat(leftCheck.on()).isAfter(isms.managementReviews().get(0).heldOn());
    Optional<Refusal> blockers = PdcaMachine.strict().blockers(state, isms, AS_OF);
    assertThat(blockers).isPresent();
    assertThat(blockers.get().unmet()).extracting(UnmetCriterion::key)
        .containsExactly("conformance:9.2.2-programme-basis#unweighted");
    assertThat(blockers.get().problems()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dates")
  void history_movesWithTheSample(LocalDate asOf) {
    long days = ChronoUnit.DAYS.between(AS_OF, asOf);
    List<PdcaEvent> moved = SampleIsms.northwindEvents(asOf);
    List<PdcaEvent> original = SampleIsms.northwindEvents();
    assertThat(moved).hasSameSizeAs(original);
    for (int i = 0; i < moved.size(); i++) {
      assertThat(moved.get(i).on()).isEqualTo(original.get(i).on().plusDays(days));
      assertThat(moved.get(i).type()).isEqualTo(original.get(i).type());
    }
    CycleState state = PdcaMachine.replay(moved).get();
    assertThat(state.lastEventOn().orElseThrow()).isBefore(asOf);
    assertThat(PdcaMachine.strict().blockers(state, SampleIsms.northwind(asOf), asOf).orElseThrow().unmet())
        .extracting(UnmetCriterion::key).containsExactly("conformance:9.2.2-programme-basis#unweighted");
  }
}
