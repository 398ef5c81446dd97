package io.ismskit.pdca.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.base.Problem;
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
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.pdca.PdcaCode;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificationLifecycleTest {
  private static final CertificationBodyId BODY = CertificationBodyId.of("CB-1");
  private static final CertificateId CERT = CertificateId.of("CERT-1");
  private static final LocalDate DECIDED = LocalDate.of(2026, 3, 1);
  private static final Isms BASE = ConformantIsms.small(1)
      .withCertificationBody(CertificationBody.builder().id(BODY).name("Example Certification Ltd").build());

  private static ExternalAudit audit(String id, ExternalAuditType type, LocalDate on, boolean performed) {
    ExternalAudit.Builder b = ExternalAudit.builder().id(ExternalAuditId.of(id)).body(BODY).type(type).plannedOn(on)
        .progress(performed ? AuditProgress.performed(on) : AuditProgress.planned());
    if (type != ExternalAuditType.STAGE_1 && type != ExternalAuditType.STAGE_2) {
      b.certificate(CERT);
    }
    return b.build();
  }

  private static ExternalFinding finding(String id, String audit, FindingGrade grade, LocalDate raised, LocalDate due) {
    return ExternalFinding.builder().id(ExternalFindingId.of(id)).audit(ExternalAuditId.of(audit)).grade(grade)
        .description("Finding " + id).raisedOn(raised).responseDue(due).build();
  }

  private static Isms certified() {
    return BASE.withCertificate(Certificate.builder().id(CERT).number("IS 1").body(BODY).scope("All of it")
        .soaVersion(ConformantIsms.SOA_VERSION).decidedOn(DECIDED).issuedOn(DECIDED)
        .expiresOn(DECIDED.plusYears(3).minusDays(1)).build());
  }

  private static CertificationDecision decision(String audit, LocalDate on) {
    return new CertificationDecision(ExternalAuditId.of(audit), CERT, "IS 1", "All of it", ConformantIsms.SOA_VERSION,
        on, on);
  }

  @Test
  void stage2ComesAfterStage1() {
    Isms isms = BASE.withExternalAudit(audit("EA-S2", ExternalAuditType.STAGE_2, DECIDED.minusDays(20), true));
    List<Problem> p = CertificationLifecycle.decisionBlockers(isms, ExternalAuditId.of("EA-S2"), DECIDED);
    assertThat(p).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(PdcaCode.DECISION_BLOCKED);
      assertThat(x.message()).contains("stage 1");
    });
    Isms both = isms.withExternalAudit(audit("EA-S1", ExternalAuditType.STAGE_1, DECIDED.minusDays(60), true));
    assertThat(CertificationLifecycle.decisionBlockers(both, ExternalAuditId.of("EA-S2"), DECIDED)).isEmpty();
    Isms after = CertificationLifecycle.decide(both, decision("EA-S2", DECIDED)).get();
    Certificate c = after.certificate(CERT).orElseThrow();
    assertThat(c.expiresOn()).isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(c.initialCertificationOn()).contains(DECIDED);
    assertThat(after.externalAudit(ExternalAuditId.of("EA-S2")).orElseThrow().certificate()).contains(CERT);
    assertThat(after.validate().isValid()).isTrue();
    // a surveillance audit is not followed by a decision; a decision names the current SoA
    assertThat(CertificationLifecycle.decide(after.withExternalAudit(audit("EA-SV", ExternalAuditType.SURVEILLANCE,
        DECIDED.plusMonths(6), true)), decision("EA-SV", DECIDED.plusMonths(7))).getLeft())
        .anyMatch(x -> x.field().equals("type"));
    CertificationDecision oldSoa = new CertificationDecision(ExternalAuditId.of("EA-S2"), CertificateId.of("CERT-2"),
        "IS 2", "All", "SOA-1", DECIDED, DECIDED);
    assertThat(CertificationLifecycle.decide(both, oldSoa).getLeft()).extracting(Problem::field)
        .containsExactly("soaVersion");
  }

  @Test
  void aMajorNotVerifiedWithinSixMonthsMeansRepeatingStage2() {
    LocalDate stage2 = DECIDED.minusMonths(8);
    Isms isms = BASE.withExternalAudit(audit("EA-S1", ExternalAuditType.STAGE_1, stage2.minusMonths(1), true))
        .withExternalAudit(audit("EA-S2", ExternalAuditType.STAGE_2, stage2, true))
        .withExternalFinding(finding("F-1", "EA-S2", FindingGrade.MAJOR, stage2, stage2.plusDays(60))
            .withResponse(FindingResponse.accepted(stage2.plusDays(30), stage2.plusMonths(7))));
    assertThat(CertificationLifecycle.decisionBlockers(isms, ExternalAuditId.of("EA-S2"), DECIDED))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("stage 2 must be repeated"));
  }

  @Test
  void theScheduleFollowsTheDecisionAndTheCalendarYear() {
    Isms isms = certified().withExternalAudit(audit("EA-SV1", ExternalAuditType.SURVEILLANCE,
        LocalDate.of(2026, 11, 20), true));
    List<ScheduledAudit> s = CertificationLifecycle.schedule(isms, isms.certificate(CERT).orElseThrow());
    assertThat(s).extracting(ScheduledAudit::dueBy).containsExactly(LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 12, 31), LocalDate.of(2028, 11, 28));
    assertThat(s.get(0).audit()).contains(ExternalAuditId.of("EA-SV1"));
    assertThat(s.get(1).done()).isFalse();
    assertThat(s.get(1).missedOn(LocalDate.of(2028, 1, 1))).isTrue();
  }

  @Test
  void aMajorFindingNotClosedInTimeSuspendsAndTheSuspensionRunsOutIntoWithdrawal() {
    LocalDate sv = LocalDate.of(2026, 10, 1);
    Isms isms = certified().withExternalAudit(audit("EA-SV1", ExternalAuditType.SURVEILLANCE, sv, true))
        .withExternalFinding(finding("F-M", "EA-SV1", FindingGrade.MAJOR, sv, sv.plusDays(90)));
    assertThat(CertificationLifecycle.assess(isms, CERT, sv.plusDays(90)).expected().status())
        .isEqualTo(CertificateStatus.ACTIVE);
    CertificateAssessment a = CertificationLifecycle.assess(isms, CERT, sv.plusDays(91));
    assertThat(a.expected()).isEqualTo(CertificateStanding.suspended(sv.plusDays(91), sv.plusDays(91).plusMonths(6)
        .minusDays(1)));
    assertThat(a.reasons()).singleElement().asString().contains("F-M");
    assertThat(CertificationLifecycle.assess(isms, CERT, sv.plusDays(91).plusMonths(6)).expected().status())
        .isEqualTo(CertificateStatus.WITHDRAWN);
    // accepted late, the cause is resolved: the suspension ends when the body reinstates
    Isms answered = isms.withExternalFinding(isms.externalFinding(ExternalFindingId.of("F-M")).orElseThrow()
        .withResponse(FindingResponse.accepted(sv.plusDays(80), sv.plusDays(100))));
    assertThat(CertificationLifecycle.assess(answered, CERT, sv.plusDays(95)).expected().status())
        .isEqualTo(CertificateStatus.SUSPENDED);
    assertThat(CertificationLifecycle.assess(answered, CERT, sv.plusDays(101)).expected().status())
        .isEqualTo(CertificateStatus.ACTIVE);
  }

  @Test
  void recertificationRenewsFromTheOldExpiryAndExpiryWithoutItIsRecorded() {
    Isms isms = certified();
    LocalDate expires = isms.certificate(CERT).orElseThrow().expiresOn();
    assertThat(CertificationLifecycle.assess(isms, CERT, expires.plusDays(1)).expected())
        .isEqualTo(CertificateStanding.expired(expires.plusDays(1)));
    Isms recert = isms.withExternalAudit(audit("EA-SV1", ExternalAuditType.SURVEILLANCE, LocalDate.of(2027, 2, 1), true))
        .withExternalAudit(audit("EA-SV2", ExternalAuditType.SURVEILLANCE, LocalDate.of(2028, 2, 1), true))
        .withExternalAudit(audit("EA-RC", ExternalAuditType.RECERTIFICATION, expires.minusMonths(4), true));
    Isms renewed = CertificationLifecycle.decide(recert, decision("EA-RC", expires.minusMonths(2))).get();
    Certificate c = renewed.certificate(CERT).orElseThrow();
    assertThat(c.expiresOn()).isEqualTo(expires.plusYears(3));
    assertThat(c.initialCertificationOn()).contains(DECIDED);
    assertThat(c.standing().status()).isEqualTo(CertificateStatus.ACTIVE);
    // a recertification decided after expiry is refused
    assertThat(CertificationLifecycle.decide(recert, decision("EA-RC", expires.plusDays(3))).getLeft())
        .anyMatch(p -> p.field().equals("expiresOn"));
  }

  @Test
  void enforceSetsTheStandingTheRulesGiveAndAssessRefusesAnUnknownCertificate() {
    Isms isms = certified();
    LocalDate missed = LocalDate.of(2027, 3, 2);
    assertThat(CertificationLifecycle.enforce(isms, missed.minusDays(1))).isSameAs(isms);
    Isms enforced = CertificationLifecycle.enforce(isms, missed);
    assertThat(enforced.certificate(CERT).orElseThrow().standing().status()).isEqualTo(CertificateStatus.SUSPENDED);
    assertThat(CertificationLifecycle.assessAll(enforced, missed)).singleElement()
        .satisfies(a -> assertThat(a.consistent()).isTrue());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CertificationLifecycle.assess(isms,
        CertificateId.of("CERT-X"), missed)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CERT-X");
  }
}
