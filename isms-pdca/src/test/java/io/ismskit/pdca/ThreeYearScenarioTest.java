package io.ismskit.pdca;

import static io.ismskit.pdca.Fixtures.CISO;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificateStatus;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.certification.FindingResponse;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.pdca.calendar.DueKind;
import io.ismskit.pdca.certification.CertificateAssessment;
import io.ismskit.pdca.certification.CertificationDecision;
import io.ismskit.pdca.certification.CertificationLifecycle;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import io.ismskit.pdca.nonconformity.NonconformityStep;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three years of one organization's ISMS, as a GRC product would drive it through this module:
 *
 * <ol>
 *   <li>2025-07 to 2026-06, cycle 1: the ISMS is built (PLAN takes most of the year), stage 1 finds
 *       a minor gap, stage 2 a major one; the certification decision waits until the major's
 *       correction and corrective action are accepted, which happens in time; the certificate runs
 *       from 2026-07-25 to 2029-07-24.
 *   <li>2026-07 to 2027-06, cycle 2: the major's corrective action fails its first effectiveness
 *       review and is reopened, re-analysed and fixed for good; surveillance audit 1 is on time.
 *   <li>2027-07 to 2029-03: surveillance audit 2 is missed; from 2029-01-01 the certificate is
 *       suspended (withdrawn if nothing happens by 2029-06-30); the late audit and the body's
 *       reinstatement bring it back, and what is due next is the recertification.
 * </ol>
 *
 * <p>Each year's ISMS is the testkit's conformant model as of June 1 of that year, the day its plan
 * is approved (the conformance rules ignore evidence dated after the day a gate is passed, so the
 * model holds the year's evidence up to then): the same entities, with the year's evidence (audits,
 * reviews, measurements, reassessments). The certification records
 * and the nonconformity from the certification body are carried from year to year.
 */
class ThreeYearScenarioTest {
  static final PdcaMachine MACHINE = PdcaMachine.strict();
  static final NonconformityLifecycle LIFE = NonconformityLifecycle.of(NonconformityPolicy.STRICT);
  static final CertificationBodyId BODY = CertificationBodyId.of("CB-1");
  static final CertificateId CERT = CertificateId.of("CERT-1");
  static final NonconformityId MAJOR_NC = NonconformityId.of("NC-EXT-1");

  /** The ISMS of the year ending on June 30 of {@code year}, with what {@code before} recorded carried over. */
  static Isms yearEnding(int year, Isms before) {
    Isms isms = firstYearEnding(year);
    Isms.Builder b = isms.toBuilder().certificationBodies(before.certificationBodies())
        .certificates(before.certificates()).externalAudits(before.externalAudits())
        .externalFindings(before.externalFindings());
    Isms out = b.build();
    for (Nonconformity n : before.nonconformities()) {
      if (n.id().value().startsWith("NC-EXT")) {
        out = out.withNonconformity(n);
      }
    }
    for (CorrectiveAction a : before.correctiveActions()) {
      if (a.id().value().startsWith("CA-EXT")) {
        out = out.withCorrectiveAction(a);
      }
    }
    return out;
  }

  /**
   * The ISMS of the year ending on June 30 of {@code year} as it stands on June 1, when the year's
   * plan is approved, its open nonconformities handled.
   */
  static Isms firstYearEnding(int year) {
    LocalDate gates = LocalDate.of(year, 6, 1);
    return Fixtures.handled(ConformantIsms.generate(1, gates, 12, 2, 4), gates.minusDays(5));
  }

  static CycleState command(CycleState s, PdcaCommand c, Isms isms, LocalDate on) {
    return MACHINE.apply(s, c, isms, on).getOrElseThrow(r -> new AssertionError(c + " on " + on + ":\n" + r))
        .state();
  }

  static Isms step(Isms isms, NonconformityStep s, LocalDate on) {
    return LIFE.apply(isms, MAJOR_NC, s, on).getOrElseThrow(p -> new AssertionError(p.toString()));
  }

  static ExternalAudit audit(String id, ExternalAuditType type, LocalDate on, boolean certified) {
    ExternalAudit.Builder b = ExternalAudit.builder().id(ExternalAuditId.of(id)).body(BODY).type(type).plannedOn(on)
        .progress(AuditProgress.performed(on)).leadAuditor("J. Auditor");
    if (certified) {
      b.certificate(CERT);
    }
    return b.build();
  }

  static ExternalFinding finding(String id, String audit, FindingGrade grade, String clause, LocalDate raised,
      Period respondWithin) {
    return ExternalFinding.builder().id(ExternalFindingId.of(id)).audit(ExternalAuditId.of(audit)).grade(grade)
        .clause(ClauseId.of(clause)).description("Finding " + id).raisedOn(raised)
        .responseDue(raised.plus(respondWithin)).build();
  }

  static List<String> messages(List<Problem> problems) {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void threeYearsOfAnIsmsAndItsCertificate() {
    // ---- Year 1: build the ISMS (cycle 1) and get certified ----------------------------------
    Isms isms = firstYearEnding(2026);
    CycleState cycle = command(CycleState.initial(), new StartCycle(CISO), isms, LocalDate.of(2025, 7, 1));
    cycle = command(cycle, new ApprovePlan(CISO), isms, LocalDate.of(2026, 6, 1));

    isms = isms.withCertificationBody(CertificationBody.builder().id(BODY).name("Example Certification Ltd")
        .accreditationBody("UKAS").build());
    // stage 1: a minor gap in the SoA's justifications, and an opportunity
    isms = isms.withExternalAudit(audit("EA-S1", ExternalAuditType.STAGE_1, LocalDate.of(2026, 4, 14), false))
        .withExternalFinding(finding("F-S1-1", "EA-S1", FindingGrade.MINOR, "6.1.3", LocalDate.of(2026, 4, 14),
            Period.ofDays(30)).withResponse(FindingResponse.accepted(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 9))))
        .withExternalFinding(finding("F-S1-2", "EA-S1", FindingGrade.OPPORTUNITY, "7.3", LocalDate.of(2026, 4, 14),
            Period.ofDays(60)));
    cycle = command(cycle, new CompleteOperation(CISO), isms, LocalDate.of(2026, 6, 1));
    cycle = command(cycle, new CompleteEvaluation(CISO), isms, LocalDate.of(2026, 6, 1));

    // stage 2: a major nonconformity, recorded in the organization's own register
    LocalDate stage2 = LocalDate.of(2026, 6, 10);
    isms = isms.withExternalAudit(audit("EA-S2", ExternalAuditType.STAGE_2, stage2, false))
        .withNonconformity(Nonconformity.builder().id(MAJOR_NC).source(NonconformitySource.EXTERNAL_AUDIT)
            .grade(Nonconformity.Grade.MAJOR).clause(ClauseId.of("9.2")).raisedOn(stage2).owner(CISO)
            .description("The audit programme left the technological controls unaudited")
            .progress(NonconformityProgress.open()).build())
        .withExternalFinding(finding("F-S2-1", "EA-S2", FindingGrade.MAJOR, "9.2", stage2, Period.ofDays(60))
            .withNonconformity(MAJOR_NC));
    assertThat(isms.validate().isValid()).as(isms.validate().toString()).isTrue();

    CertificationDecision decision = new CertificationDecision(ExternalAuditId.of("EA-S2"), CERT, "IS 700123",
        "Development and operation of the SaaS platform", ConformantIsms.SOA_VERSION, LocalDate.of(2026, 6, 30),
        LocalDate.of(2026, 6, 30));
    // the decision waits for the major: its correction and corrective action, and their acceptance
    List<Problem> blocked = CertificationLifecycle.decide(isms, decision).getLeft();
    assertThat(blocked).extracting(Problem::entityId).containsExactly("F-S2-1", "NC-EXT-1");

    isms = step(isms, new NonconformityStep.Correct("Technological controls added to this year's audit plan"),
        LocalDate.of(2026, 6, 15));
    isms = step(isms, new NonconformityStep.AnalyseCauses("The programme was drawn up from clause 9 alone",
        "Checked the supplier review plan: same gap, fixed too"), LocalDate.of(2026, 6, 20));
    isms = step(isms, new NonconformityStep.PlanAction(CorrectiveAction.builder().id(CorrectiveActionId.of("CA-EXT-1"))
        .nonconformity(MAJOR_NC).description("Audit programme derived from the SoA").owner(CISO)
        .dueDate(LocalDate.of(2026, 9, 30)).build()), LocalDate.of(2026, 6, 25));

    // ACT: cycle 1 closes; what is still open goes into cycle 2
    cycle = command(cycle, new CloseCycle(CISO), isms, LocalDate.of(2026, 6, 30));
    assertThat(cycle.cycle()).isEqualTo(2);
    assertThat(cycle.carryOver()).extracting(CarryOverItem::ref).contains(EntityRef.of(MAJOR_NC),
        EntityRef.of(ExternalFindingId.of("F-S2-1")));

    isms = isms.withExternalFinding(isms.externalFinding(ExternalFindingId.of("F-S2-1")).orElseThrow()
        .withResponse(FindingResponse.accepted(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 20))));
    decision = new CertificationDecision(decision.audit(), CERT, decision.number(), decision.scope(),
        decision.soaVersion(), LocalDate.of(2026, 7, 25), LocalDate.of(2026, 7, 28));
    isms = CertificationLifecycle.decide(isms, decision).getOrElseThrow(p -> new AssertionError(p.toString()));
    Certificate cert = isms.certificate(CERT).orElseThrow();
    assertThat(cert.expiresOn()).isEqualTo(LocalDate.of(2029, 7, 24));
    assertThat(CertificationLifecycle.schedule(isms, cert)).extracting(s -> s.label() + " by " + s.dueBy())
        .containsExactly("surveillance audit 1 by 2027-07-25", "surveillance audit 2 by 2028-12-31",
            "recertification audit by 2029-04-24");

    // ---- Year 2: cycle 2, a corrective action that did not work, surveillance 1 --------------
    isms = yearEnding(2027, isms);
    isms = step(isms, new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-EXT-1")),
        LocalDate.of(2026, 9, 15));
    List<DueItem> autumn = DueCalendar.standard().due(isms, LocalDate.of(2026, 10, 1));
    assertThat(autumn).anyMatch(d -> d.kind() == DueKind.NONCONFORMITY_STEP && d.subject().equals(EntityRef.of(MAJOR_NC))
        && d.due().equals(LocalDate.of(2026, 12, 14)));
    isms = step(isms, new NonconformityStep.ReviewEffectiveness(CorrectiveActionId.of("CA-EXT-1"), CISO, false,
        "The programme is right, but the audits of A.8 were postponed again"), LocalDate.of(2026, 12, 10));
    assertThat(isms.nonconformity(MAJOR_NC).orElseThrow().progress().status()).isEqualTo(NonconformityStatus.REOPENED);
    isms = step(isms, new NonconformityStep.AnalyseCauses("No auditor competent for the technological controls",
        "none"), LocalDate.of(2027, 1, 10));
    isms = step(isms, new NonconformityStep.PlanAction(CorrectiveAction.builder().id(CorrectiveActionId.of("CA-EXT-2"))
        .nonconformity(MAJOR_NC).description("Train a second auditor; external auditor for A.8 meanwhile")
        .owner(CISO).dueDate(LocalDate.of(2027, 3, 31)).build()), LocalDate.of(2027, 1, 12));
    isms = step(isms, new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-EXT-2")),
        LocalDate.of(2027, 3, 20));
    isms = step(isms, new NonconformityStep.ReviewEffectiveness(CorrectiveActionId.of("CA-EXT-2"), CISO, true,
        "All A.8 audits of the programme held on time"), LocalDate.of(2027, 5, 20));
    isms = step(isms, new NonconformityStep.Close(), LocalDate.of(2027, 5, 25));

    cycle = command(cycle, new ApprovePlan(CISO), isms, LocalDate.of(2027, 6, 1));
    cycle = command(cycle, new CompleteOperation(CISO), isms, LocalDate.of(2027, 6, 1));
    isms = isms.withExternalAudit(audit("EA-SV1", ExternalAuditType.SURVEILLANCE, LocalDate.of(2027, 6, 15), true))
        .withExternalFinding(finding("F-SV1-1", "EA-SV1", FindingGrade.MINOR, "7.5.3", LocalDate.of(2027, 6, 15),
            Period.ofDays(60)).withResponse(FindingResponse.accepted(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 7, 8))));
    cycle = command(cycle, new CompleteEvaluation(CISO), isms, LocalDate.of(2027, 6, 20));
    cycle = command(cycle, new CloseCycle(CISO), isms, LocalDate.of(2027, 6, 30));
    assertThat(cycle.cycle()).isEqualTo(3);
    assertThat(cycle.carryOver()).extracting(CarryOverItem::ref).doesNotContain(EntityRef.of(MAJOR_NC));
    assertThat(isms.validate().isValid()).as(isms.validate().toString()).isTrue();

    CertificateAssessment year2 = CertificationLifecycle.assess(isms, CERT, LocalDate.of(2027, 7, 1));
    assertThat(year2.expected().status()).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(year2.consistent()).isTrue();

    // ---- Year 3: surveillance 2 is missed --------------------------------------------------
    LocalDate november = LocalDate.of(2028, 11, 15);
    assertThat(CertificationLifecycle.assess(isms, CERT, november).risks())
        .contains("surveillance audit 2 due by 2028-12-31, not planned");
    assertThat(DueCalendar.standard().due(isms, november)).anyMatch(d -> d.kind() == DueKind.EXTERNAL_AUDIT
        && d.subject().equals(EntityRef.of(CERT)) && d.due().equals(LocalDate.of(2028, 12, 31)) && !d.overdue());

    LocalDate january = LocalDate.of(2029, 1, 15);
    CertificateAssessment suspended = CertificationLifecycle.assess(isms, CERT, january);
    assertThat(suspended.expected()).isEqualTo(CertificateStanding.suspended(LocalDate.of(2029, 1, 1),
        LocalDate.of(2029, 6, 30)));
    assertThat(suspended.reasons()).containsExactly("surveillance audit 2 was due by 2028-12-31 and not performed");
    assertThat(suspended.consistent()).isFalse(); // the record still says ACTIVE: the body must be asked
    assertThat(DueCalendar.standard().due(isms, january)).anyMatch(d -> d.kind() == DueKind.EXTERNAL_AUDIT
        && d.due().equals(LocalDate.of(2028, 12, 31)) && d.overdue());
    isms = CertificationLifecycle.enforce(isms, january);
    assertThat(isms.certificate(CERT).orElseThrow().standing().status()).isEqualTo(CertificateStatus.SUSPENDED);

    // left alone, the suspension runs out and the certificate is withdrawn
    assertThat(CertificationLifecycle.assess(isms, CERT, LocalDate.of(2029, 7, 1)).expected())
        .isEqualTo(CertificateStanding.withdrawn(LocalDate.of(2029, 7, 1)));

    // the late audit, and the body reinstates the certificate
    isms = isms.withExternalAudit(audit("EA-SV2", ExternalAuditType.SURVEILLANCE, LocalDate.of(2029, 2, 12), true));
    isms = isms.withCertificate(isms.certificate(CERT).orElseThrow()
        .withStanding(CertificateStanding.reinstated(LocalDate.of(2029, 2, 20))));
    CertificateAssessment march = CertificationLifecycle.assess(isms, CERT, LocalDate.of(2029, 3, 1));
    assertThat(march.expected().status()).isEqualTo(CertificateStatus.ACTIVE);
    assertThat(march.consistent()).isTrue();
    assertThat(march.risks()).contains("recertification audit due by 2029-04-24, not planned");
    assertThat(isms.validate().isValid()).as(isms.validate().toString()).isTrue();
  }
}
