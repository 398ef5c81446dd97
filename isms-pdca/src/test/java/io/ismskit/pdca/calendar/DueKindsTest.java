package io.ismskit.pdca.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.conformance.Suppression;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierStatus;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.nonconformity.NonconformityLifecycle;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One case per kind of due item (several for kinds with several sources): an ISMS with one item of
 * that kind due on a known date, listed when it is due in the future (within the horizon), due
 * today and overdue, with {@link DueItem#overdue()} set only for the last; and left out beyond the
 * horizon.
 */
class DueKindsTest {
  private static final Isms BASE = ConformantIsms.small(1);
  private static final LocalDate D = ConformantIsms.AS_OF.plusDays(400);
  private static final PersonId CISO = PersonId.of("P-CISO");
  private static final CertificationBodyId BODY = CertificationBodyId.of("CB-X");
  private static final Isms CERTIFIABLE =
      BASE.withCertificationBody(CertificationBody.builder().id(BODY).name("Example Certification Ltd").build());

  /** An ISMS, the calendar to ask, and the item it must list: its kind, entity and date. */
  record Case(String name, DueKind kind, DueCalendar calendar, Isms isms, EntityRef subject, LocalDate due) {
    @Override
    public String toString() {
      return kind + " (" + name + ") " + subject + " due " + due;
    }
  }

  static Case of(String name, DueKind kind, Isms isms, EntityRef subject, LocalDate due) {
    return new Case(name, kind, DueCalendar.standard(), isms, subject, due);
  }

  static EntityRef ref(String type, String id) {
    return EntityRef.of(type, id);
  }

  static Certificate certificate(String id, LocalDate expires, CertificateStanding standing) {
    LocalDate decided = expires.minusYears(3).plusDays(1);
    return Certificate.builder().id(CertificateId.of(id)).number("IS " + id).body(BODY).scope("The SaaS platform")
        .soaVersion(ConformantIsms.SOA_VERSION).decidedOn(decided).issuedOn(decided).expiresOn(expires)
        .standing(standing).build();
  }

  static Supplier cloud(Isms isms) {
    return isms.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
  }

  static List<Case> cases() {
    List<Case> out = new ArrayList<>();
    // certification
    ExternalAudit planned = ExternalAudit.builder().id(ExternalAuditId.of("EA-X")).body(BODY)
        .type(ExternalAuditType.STAGE_1).plannedOn(D).progress(AuditProgress.planned()).build();
    out.add(of("planned external audit", DueKind.EXTERNAL_AUDIT, CERTIFIABLE.withExternalAudit(planned),
        ref("ExternalAudit", "EA-X"), D));
    Certificate cert = certificate("CERT-X", D.plusYears(2), CertificateStanding.active());
    out.add(of("surveillance audit 1 of the cycle", DueKind.EXTERNAL_AUDIT, CERTIFIABLE.withCertificate(
        cert.withDecidedOn(D.minusYears(1)).withIssuedOn(D.minusYears(1))), ref("Certificate", "CERT-X"), D));
    ExternalAudit stage1 = planned.withPlannedOn(D.minusDays(200)).withProgress(AuditProgress.performed(
        D.minusDays(200)));
    out.add(of("response to a finding", DueKind.FINDING_RESPONSE, CERTIFIABLE.withExternalAudit(stage1)
        .withExternalFinding(ExternalFinding.builder().id(ExternalFindingId.of("EF-X")).audit(stage1.id())
            .grade(FindingGrade.MINOR).description("Objectives lack measures").raisedOn(D.minusDays(200))
            .responseDue(D).build()), ref("ExternalFinding", "EF-X"), D));
    out.add(of("certificate expiry", DueKind.RECERTIFICATION,
        CERTIFIABLE.withCertificate(certificate("CERT-X", D, CertificateStanding.active())),
        ref("Certificate", "CERT-X"), D));
    out.add(of("end of a suspension", DueKind.CERTIFICATE_SUSPENSION_END, CERTIFIABLE.withCertificate(
        certificate("CERT-X", D.plusYears(1), CertificateStanding.suspended(D.minusMonths(6), D))),
        ref("Certificate", "CERT-X"), D));
    // internal audits and management reviews
    InternalAudit au3 = BASE.audit(AuditId.of("AU-3")).orElseThrow();
    out.add(of("planned internal audit", DueKind.INTERNAL_AUDIT,
        BASE.withAudit(au3.withPlannedOn(D).withProgress(AuditProgress.planned())), ref("Audit", "AU-3"), D));
    LocalDate lastAudit = BASE.audits().stream().filter(InternalAudit::done)
        .map(a -> a.progress().performedOn().orElseThrow()).max(LocalDate::compareTo).orElseThrow();
    out.add(of("internal audit at the interval", DueKind.INTERNAL_AUDIT, BASE, ref("Isms", "-"),
        lastAudit.plus(BASE.intervals().internalAudit())));
    LocalDate lastReview = BASE.managementReviews().stream().map(ManagementReview::heldOn).max(LocalDate::compareTo)
        .orElseThrow();
    out.add(of("management review at the interval", DueKind.MANAGEMENT_REVIEW, BASE, ref("Isms", "-"),
        lastReview.plus(BASE.intervals().managementReview())));
    // risks
    Risk risk = BASE.risks().stream().filter(r -> r.treatment().map(x -> !x.actions().isEmpty()).orElse(false))
        .findFirst().orElseThrow();
    out.add(of("risk reassessment", DueKind.RISK_REASSESSMENT, BASE, ref("Risk", risk.id().value()),
        risk.lastAssessedOn().orElseThrow().plus(BASE.riskCriteria().orElseThrow().assessmentInterval())));
    Treatment t = risk.treatment().orElseThrow();
    TreatmentAction action = t.actions().get(0).withDueDate(D).withProgress(ActionProgress.inProgress());
    List<TreatmentAction> actions = new ArrayList<>(t.actions());
    actions.set(0, action);
    out.add(of("treatment action", DueKind.TREATMENT_ACTION, BASE.withRisk(risk.withTreatment(t.withActions(actions))),
        ref("Risk", risk.id().value()), D));
    out.add(of("acceptance expiry", DueKind.ACCEPTANCE_EXPIRY, BASE.withRisk(risk.withAcceptance(
        RiskAcceptance.of(CISO, D.minusDays(100)).withValidUntil(D))), ref("Risk", risk.id().value()), D));
    // reviews of policies, documents and the context
    Policy policy = BASE.policies().get(0);
    out.add(of("policy review", DueKind.POLICY_REVIEW, BASE.withPolicy(policy.withLastReviewed(
        D.minus(policy.reviewInterval()))), ref("Policy", policy.id().value()), D));
    DocumentedInformation doc = BASE.documents().stream().filter(d -> d.status() != DocumentStatus.OBSOLETE
        && d.nextReviewDue().isPresent()).findFirst().orElseThrow();
    out.add(of("document review", DueKind.DOCUMENT_REVIEW, BASE, ref("Document", doc.id().value()),
        doc.nextReviewDue().orElseThrow()));
    ContextIssue issue = BASE.contextIssues().get(0);
    out.add(of("context review", DueKind.CONTEXT_REVIEW, BASE, ref("ContextIssue", issue.id().value()),
        issue.lastReviewed().orElse(issue.identifiedOn()).plus(BASE.intervals().contextReview())));
    // suppliers
    Supplier cloud = cloud(BASE);
    out.add(of("next supplier review", DueKind.SUPPLIER_REVIEW, BASE, ref("Supplier", "SUP-CLOUD"),
        cloud.nextReviewDue().orElseThrow()));
    Supplier proposed = cloud.withId(SupplierId.of("SUP-NEW")).withStatus(SupplierStatus.PROPOSED)
        .withAssessments(List.of()).withSince(D);
    out.add(of("due diligence of a proposed supplier", DueKind.SUPPLIER_REVIEW, BASE.withSupplier(proposed),
        ref("Supplier", "SUP-NEW"), D));
    out.add(of("assessment of a supplier never assessed", DueKind.SUPPLIER_REVIEW,
        BASE.withSupplier(proposed.withStatus(SupplierStatus.ACTIVE).withSince(D.minusYears(1))),
        ref("Supplier", "SUP-NEW"), D.minusYears(1)));
    SupplierAgreement msa = cloud.agreements().get(0);
    out.add(of("end of an agreement", DueKind.SUPPLIER_AGREEMENT,
        BASE.withSupplier(cloud.withAgreement(msa.withValidUntil(D))), ref("Supplier", "SUP-CLOUD"), D));
    out.add(of("review of an agreement's requirements", DueKind.SUPPLIER_AGREEMENT,
        BASE.withSupplier(cloud.withAgreement(msa.withLastReviewed(D.minus(cloud.reviewInterval().orElseThrow())))),
        ref("Supplier", "SUP-CLOUD"), D));
    // nonconformities and corrective actions
    NonconformityLifecycle life = NonconformityLifecycle.of(NonconformityPolicy.STRICT);
    NonconformityId nc = BASE.nonconformities().stream().filter(n -> life.due(BASE, n.id()).isPresent()).findFirst()
        .orElseThrow().id();
    out.add(of("next step of a nonconformity", DueKind.NONCONFORMITY_STEP, BASE, ref("Nonconformity", nc.value()),
        life.due(BASE, nc).orElseThrow().due()));
    CorrectiveAction ca = BASE.correctiveActions().stream().filter(a -> a.completedOn().isEmpty()).findFirst()
        .orElseThrow();
    out.add(of("corrective action", DueKind.CORRECTIVE_ACTION, BASE.withCorrectiveAction(ca.withDueDate(D)),
        ref("CorrectiveAction", ca.id().value()), D));
    // exceptions and suppressions
    PolicyException pe = BASE.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    out.add(of("policy exception expiry", DueKind.POLICY_EXCEPTION_EXPIRY, BASE.withPolicyException(
        pe.withExpiresOn(D)), ref("PolicyException", "PE-1"), D));
    out.add(new Case("suppression expiry", DueKind.SUPPRESSION_EXPIRY, DueCalendar.standard().withSuppressions(
        List.of(Suppression.ofRule("9.2-audit-programme", "Audit moved by a quarter", CISO, D.minusYears(1), D))),
        BASE, ref("Suppression", "9.2-audit-programme"), D));
    // a host's own items
    out.add(new Case("host source", DueKind.OTHER, DueCalendar.standard().withSource((isms, asOf, until) ->
        List.of(new DueItem(D, DueKind.OTHER, ref("Contract", "K-1"), "renewal", D.isBefore(asOf)))),
        BASE, ref("Contract", "K-1"), D));
    return out;
  }

  static boolean listed(List<? extends DueItem> due, Case c, boolean overdue) {
    return due.stream().anyMatch(d -> d.kind() == c.kind() && d.subject().equals(c.subject())
        && d.due().equals(c.due()) && d.overdue() == overdue);
  }

  @Test
  void everyKindHasACase() {
    Set<DueKind> covered = cases().stream().map(Case::kind).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(DueKind.class)));
    assertThat(covered).containsExactlyInAnyOrder(DueKind.values());
  }

  @Test
  void eachItemIsListedInTheFutureToday_andOverdue_butNotBeyondTheHorizon() {
    for (Case c : cases()) {
      LocalDate due = c.due();
      assertThat(c.calendar().due(c.isms(), due.minusDays(30))).as("%s, 30 days ahead", c)
          .matches(d -> listed(d, c, false));
      assertThat(c.calendar().due(c.isms(), due.minusDays(90))).as("%s, at the end of the horizon", c)
          .matches(d -> listed(d, c, false));
      assertThat(c.calendar().due(c.isms(), due)).as("%s, due today", c).matches(d -> listed(d, c, false));
      assertThat(c.calendar().due(c.isms(), due.plusDays(1))).as("%s, a day late", c)
          .matches(d -> listed(d, c, true));
      assertThat(c.calendar().due(c.isms(), due.plusDays(30))).as("%s, 30 days late", c)
          .matches(d -> listed(d, c, true));
      assertThat(c.calendar().due(c.isms(), due.minusDays(91))).as("%s, beyond the horizon", c)
          .noneMatch(d -> d.kind() == c.kind() && d.subject().equals(c.subject()) && d.due().equals(due));
    }
  }

  @Test
  void theItemsSayWhatToDo() {
    for (Case c : cases()) {
      DueItem item = c.calendar().due(c.isms(), c.due()).stream().filter(d -> d.kind() == c.kind()
          && d.subject().equals(c.subject()) && d.due().equals(c.due())).findFirst().orElseThrow();
      assertThat(item.what()).as("%s", c).isNotBlank();
      assertThat(item.toString()).as("%s", c).startsWith(c.due() + " " + c.kind() + " " + c.subject() + ": ");
    }
  }

  @Test
  void anAgreementFollowedByAnotherEndsWithoutAnItem() {
    Supplier cloud = cloud(BASE);
    SupplierAgreement msa = cloud.agreements().get(0).withValidUntil(D);
    SupplierAgreement renewal = msa.withReference("MSA-CLOUD-2").withLastReviewed(Optional.empty())
        .withValidUntil(Optional.empty()).withSignedOn(D.minusDays(10));
    Isms renewed = BASE.withSupplier(cloud.withAgreement(msa).withAgreement(renewal));
    List<DueItem> due = DueCalendar.standard().due(renewed, D.minusDays(5));
    assertThat(due).noneMatch(d -> d.kind() == DueKind.SUPPLIER_AGREEMENT && d.due().equals(D));
    // the renewal starting two days after the end leaves a gap: the end is listed
    Isms gap = BASE.withSupplier(cloud.withAgreement(msa).withAgreement(renewal.withSignedOn(D.plusDays(2))));
    assertThat(DueCalendar.standard().due(gap, D.minusDays(5)))
        .filteredOn(d -> d.kind() == DueKind.SUPPLIER_AGREEMENT && d.due().equals(D)).singleElement()
        .satisfies(d -> assertThat(d.what()).contains("MSA-CLOUD").contains("ends"));
  }

  @Test
  void endedSuppliersClosedExceptionsAndSettledCertificatesHaveNothingDue() {
    Supplier cloud = cloud(BASE);
    Isms ended = BASE.withSupplier(cloud.withStatus(SupplierStatus.ENDED)
        .withAgreement(cloud.agreements().get(0).withValidUntil(D)));
    assertThat(DueCalendar.standard().due(ended, D)).noneMatch(d -> d.subject().equals(ref("Supplier", "SUP-CLOUD")));
    // an exiting supplier is no longer reviewed, but the end of its agreement is still a milestone
    Isms exiting = BASE.withSupplier(cloud.withStatus(SupplierStatus.EXITING)
        .withAgreement(cloud.agreements().get(0).withValidUntil(D)));
    assertThat(DueCalendar.standard().due(exiting, D)).filteredOn(d -> d.subject().equals(ref("Supplier", "SUP-CLOUD")))
        .extracting(DueItem::kind).containsExactly(DueKind.SUPPLIER_AGREEMENT);
    PolicyException pe = BASE.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    Isms closed = BASE.withPolicyException(pe.withExpiresOn(D).withClosedOn(D.minusDays(3)));
    assertThat(DueCalendar.standard().due(closed, D.plusDays(10)))
        .noneMatch(d -> d.kind() == DueKind.POLICY_EXCEPTION_EXPIRY);
    Isms withdrawn =
        CERTIFIABLE.withCertificate(certificate("CERT-X", D, CertificateStanding.withdrawn(D.minusDays(9))));
    assertThat(DueCalendar.standard().due(withdrawn, D))
        .noneMatch(d -> d.subject().equals(ref("Certificate", "CERT-X")));
  }
}
