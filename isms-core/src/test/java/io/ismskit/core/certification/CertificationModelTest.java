package io.ismskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.Organization;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.NonconformityId;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The certification model: local refusals, lookups and replace-by-id, and cross-references checked by validation. */
class CertificationModelTest {
  static final LocalDate D = LocalDate.of(2026, 3, 2);
  static final CertificationBodyId CB = CertificationBodyId.of("CB-1");

  static void refused(ThrowingCallable call, ModelCode code, String message) {
    assertThatThrownBy(call).isInstanceOf(InvalidValueException.class).hasMessage(message)
        .satisfies(e -> assertThat(((InvalidValueException) e).problem().code()).isEqualTo(code));
  }

  static CertificationBody body() {
    return CertificationBody.builder().id(CB).name("Cert GmbH").accreditationBody("DAkkS").build();
  }

  static Certificate certificate() {
    return Certificate.builder().id(CertificateId.of("C-1")).number("ISMS-0815").body(CB).scope("All of Acme")
        .soaVersion("1.0").decidedOn(D).issuedOn(D.plusDays(3)).expiresOn(D.plusYears(3).minusDays(1)).build();
  }

  static ExternalAudit audit(String id, ExternalAuditType type) {
    return ExternalAudit.builder().id(ExternalAuditId.of(id)).body(CB).type(type).plannedOn(D)
        .progress(AuditProgress.performed(D.plusDays(1))).build();
  }

  static ExternalFinding finding(String id, String audit, FindingGrade grade) {
    return ExternalFinding.builder().id(ExternalFindingId.of(id)).audit(ExternalAuditId.of(audit)).grade(grade)
        .description("No management review held").raisedOn(D).responseDue(D.plusDays(90)).build();
  }

  @Test
  void certificate_defaultsToActiveAndTheStandard() {
    Certificate c = certificate();
    assertThat(c.standing()).isEqualTo(CertificateStanding.active());
    assertThat(c.standard()).isEqualTo("ISO/IEC 27001:2022");
    assertThat(c.validOn(D.plusDays(3))).isTrue();
    assertThat(c.validOn(D)).as("before issue").isFalse();
    assertThat(c.validOn(D.plusYears(3))).as("after expiry").isFalse();
    assertThat(c.withStanding(CertificateStanding.suspended(D.plusYears(1), D.plusYears(1).plusMonths(6)))
        .validOn(D.plusYears(1).plusDays(1))).isFalse();
  }

  @Test
  void certificate_datesInOrder() {
    refused(() -> certificate().toBuilder().issuedOn(D.minusDays(1)).build(), ModelCode.DATE_ORDER,
        "Certificate.issuedOn: must not be before decidedOn 2026-03-02, was '2026-03-01'");
    refused(() -> certificate().toBuilder().expiresOn(D).build(), ModelCode.DATE_ORDER,
        "Certificate.expiresOn: must not be before issuedOn 2026-03-05, was '2026-03-02'");
    refused(() -> certificate().withNumber(" "), ModelCode.BLANK, "Certificate.number: must not be blank, was ' '");
  }

  @Test
  void standing_needsTheDatesOfItsStatus() {
    refused(() -> new CertificateStanding(CertificateStatus.SUSPENDED, java.util.Optional.of(D),
        java.util.Optional.empty()), ModelCode.INCONSISTENT,
        "CertificateStanding.until: is required when status is SUSPENDED: a suspension runs for a set period");
    refused(() -> new CertificateStanding(CertificateStatus.WITHDRAWN, java.util.Optional.empty(),
        java.util.Optional.empty()), ModelCode.INCONSISTENT, "CertificateStanding.since: is required when status is WITHDRAWN");
    refused(() -> CertificateStanding.suspended(D, D.minusDays(1)), ModelCode.DATE_ORDER,
        "CertificateStanding.until: must not be before since 2026-03-02, was '2026-03-01'");
    assertThat(CertificateStanding.withdrawn(D)).hasToString("WITHDRAWN since 2026-03-02");
  }

  @Test
  void finding_responseAfterRaised_acceptanceAfterSubmission() {
    refused(() -> FindingResponse.accepted(D, D.minusDays(1)), ModelCode.DATE_ORDER,
        "FindingResponse.acceptedOn: must not be before submittedOn 2026-03-02, was '2026-03-01'");
    refused(() -> finding("F-1", "EA-1", FindingGrade.MAJOR).withResponseDue(D.minusDays(1)), ModelCode.DATE_ORDER,
        "ExternalFinding.responseDue: must not be before raisedOn 2026-03-02, was '2026-03-01'");
    ExternalFinding major = finding("F-1", "EA-1", FindingGrade.MAJOR);
    assertThat(major.open()).isTrue();
    assertThat(major.overdue(D.plusDays(91))).isTrue();
    ExternalFinding accepted = major.withResponse(FindingResponse.accepted(D.plusDays(20), D.plusDays(30)));
    assertThat(accepted.open()).isFalse();
    assertThat(accepted.closedInTime()).isTrue();
    assertThat(major.withResponse(FindingResponse.accepted(D.plusDays(20), D.plusDays(120))).closedInTime()).isFalse();
    assertThat(finding("F-2", "EA-1", FindingGrade.OPPORTUNITY).open()).as("an opportunity needs no response").isFalse();
  }

  @Test
  void isms_looksUpAndReplacesEveryCertificationKind() {
    Isms isms = Isms.builder().organization(Organization.builder().name("Acme").headcount(9).build())
        .addCertificationBodies(body()).addCertificates(certificate())
        .addExternalAudits(audit("EA-1", ExternalAuditType.STAGE_1), audit("EA-2", ExternalAuditType.STAGE_2))
        .addExternalFindings(finding("F-1", "EA-2", FindingGrade.MINOR)).build();
    assertThat(isms.validate().isValid()).isTrue();
    assertThat(isms.certificationBody(CB)).contains(body());
    assertThat(isms.certificate(CertificateId.of("C-1"))).contains(certificate());
    assertThat(isms.externalAudit(ExternalAuditId.of("EA-2")).map(ExternalAudit::type)).contains(ExternalAuditType.STAGE_2);
    Isms edited = isms.withExternalFinding(isms.externalFinding(ExternalFindingId.of("F-1")).orElseThrow()
        .withResponse(FindingResponse.submitted(D.plusDays(5))));
    assertThat(edited.externalFinding(ExternalFindingId.of("F-1")).orElseThrow().response()).isPresent();
    assertThat(edited.withoutExternalAudit(ExternalAuditId.of("EA-1")).externalAudits()).hasSize(1);
    assertThat(edited.withoutCertificate(CertificateId.of("C-1")).certificates()).isEmpty();
    assertThat(edited.withoutCertificationBody(CB).certificationBodies()).isEmpty();
    assertThat(edited.withoutExternalFinding(ExternalFindingId.of("F-1")).externalFindings()).isEmpty();
  }

  @Test
  void validation_reportsEveryDanglingCertificationReference() {
    Isms isms = Isms.builder().organization(Organization.builder().name("Acme").headcount(9).build())
        .addCertificates(certificate())
        .addExternalAudits(audit("EA-1", ExternalAuditType.SURVEILLANCE).withCertificate(CertificateId.of("C-9"))
            .withControls(List.of(ControlId.of("X-1"))))
        .addExternalFindings(finding("F-1", "EA-7", FindingGrade.MAJOR).withNonconformity(NonconformityId.of("NC-3")),
            finding("F-1", "EA-1", FindingGrade.MINOR))
        .build();
    List<String> messages = isms.validate().getError().map(Problem::message).toJavaList();
    assertThat(messages).containsExactly(
        "ExternalFinding F-1: id is used by more than one ExternalFinding",
        "Certificate C-1: body refers to unknown certification body 'CB-1'",
        "ExternalAudit EA-1: body refers to unknown certification body 'CB-1'",
        "ExternalAudit EA-1: certificate refers to unknown certificate 'C-9'",
        "ExternalAudit EA-1: controls refers to unknown control of the catalog or a custom control 'X-1'",
        "ExternalFinding F-1: audit refers to unknown external audit 'EA-7'",
        "ExternalFinding F-1: nonconformity refers to unknown nonconformity 'NC-3'");
    assertThat(isms.validate().getError().map(Problem::code).distinct().toJavaList())
        .containsExactly(ValidationCode.DUPLICATE, ValidationCode.DANGLING);
  }
}
