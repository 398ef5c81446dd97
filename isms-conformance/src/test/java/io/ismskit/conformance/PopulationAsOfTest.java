package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.findings;
import static io.ismskit.conformance.RuleTesting.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.IssueKind;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.supplier.Supplier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Rule populations as of the check's date: for each entity type with a date it came into being on,
 * an entity dated after the as-of date is ignored by the rules that read it — neither a breach nor
 * coverage — and the same entity dated on the as-of date counts.
 */
class PopulationAsOfTest {
  static final LocalDate LATER = A.plusDays(7);

  /** A risk of the register with nothing assessed, decided or treated yet, identified on {@code on}. */
  static Risk bareRisk(LocalDate on) {
    Risk r = BASE.risks().get(0);
    return r.withId(RiskId.of("R-NEW")).withInherent(Optional.empty()).withResidual(Optional.empty())
        .withTargetResidual(Optional.empty()).withTreatment(Optional.empty()).withAcceptance(Optional.empty())
        .withDecision(Optional.empty()).withPriority(Optional.empty()).withHistory(List.of()).withIdentifiedOn(on);
  }

  @Test
  void risk_identifiedAfterTheAsOfDate_isNotInTheRegisterYet() {
    int n = BASE.risks().size();
    Isms later = BASE.withRisk(bareRisk(LATER));
    conforms("6.1.2-risk-analysis", later);
    assertThat(findings("6.1.2-risk-analysis", later).get(0).found()).isEqualTo(n + " risks analysed and evaluated");
    conforms("8.2-assessment-interval", later);
    // identified on the as-of date: it is in the register, unanalysed and never assessed
    Isms onDate = BASE.withRisk(bareRisk(A));
    assertThat(finding(onDate, "6.1.2-risk-analysis", "incomplete", Verdict.MINOR_NC, "6.1.2", RiskId.of("R-NEW"))
        .found()).isEqualTo("1 of " + (n + 1) + " fail: risk R-NEW: not analysed");
    finding(onDate, "8.2-assessment-interval", "stale", Verdict.MINOR_NC, "8.2", RiskId.of("R-NEW"));
    // as of a day before the first risk was identified, the register is empty: 6.1.2 not addressed
    LocalDate first = BASE.risks().stream().map(Risk::identifiedOn).min(LocalDate::compareTo).orElseThrow();
    assertThat(finding(BASE, first.minusDays(1), "6.1.2-risk-analysis", "missing", Verdict.MAJOR_NC, "6.1.2")
        .found()).isEqualTo("no risk identified by " + first.minusDays(1));
    assertThat(RuleTesting.findings("6.1.2-risk-analysis", BASE, first)).noneMatch(f -> f.code().equals("missing"));
  }

  @Test
  void contextIssue_identifiedAfterTheAsOfDate_doesNotCoverItsKind() {
    java.util.function.Function<LocalDate, Isms> externalOn = d -> BASE.withContextIssues(map(BASE.contextIssues(),
        i -> i.kind() == IssueKind.EXTERNAL, i -> i.withLastReviewed(Optional.empty()).withIdentifiedOn(d)));
    assertThat(BASE.contextIssues()).extracting(ContextIssue::kind).contains(IssueKind.EXTERNAL);
    assertThat(finding(externalOn.apply(LATER), "4.1-issues", "kinds", Verdict.MINOR_NC, "4.1").found())
        .isEqualTo("no external issue recorded");
    conforms("4.1-issues", externalOn.apply(A));
  }

  /** F-1 of the conformant model (a minor nonconformity raised as NC-1) as a second finding F-2, raised by nothing. */
  static AuditFinding secondFinding(LocalDate raised) {
    AuditFinding f1 = BASE.findings().stream().filter(f -> f.id().equals(FindingId.of("F-1"))).findFirst()
        .orElseThrow();
    return f1.withId(FindingId.of("F-2")).withNonconformity(Optional.empty()).withRaisedOn(raised);
  }

  @Test
  void auditFinding_raisedAfterTheAsOfDate_isNotJudgedYet() {
    Isms later = BASE.withFinding(secondFinding(LATER));
    conforms("10.2-audit-nonconformities", later);
    conforms("9.2.2-programme-basis", later);
    Isms onDate = BASE.withFinding(secondFinding(A));
    assertThat(finding(onDate, "10.2-audit-nonconformities", "not-raised", Verdict.MINOR_NC, "10.2",
        FindingId.of("F-2")).found()).isEqualTo("1 of 2 fail: finding F-2 (MINOR_NONCONFORMITY) is not raised as a "
        + "nonconformity");
    finding(onDate, "9.2.2-programme-basis", "previous-results", Verdict.MINOR_NC, "9.2.2", FindingId.of("F-2"));
  }

  @Test
  void nonconformity_raisedAfterTheAsOfDate_doesNotRaiseItsFindingYet() {
    Nonconformity nc1 = BASE.nonconformity(NonconformityId.of("NC-1")).orElseThrow();
    java.util.function.Function<LocalDate, Isms> raisedOn = d -> BASE
        .withFinding(secondFinding(A.minusDays(1)).withNonconformity(NonconformityId.of("NC-2ND")))
        .withNonconformity(Nonconformity.builder().id(NonconformityId.of("NC-2ND")).source(nc1.source())
            .grade(nc1.grade()).description("Retention missing in a second folder").clause(nc1.clause())
            .finding(FindingId.of("F-2")).raisedOn(d).owner(nc1.owner()).dueDate(d.plusDays(30))
            .progress(NonconformityProgress.open()).build());
    Isms later = raisedOn.apply(LATER);
    assertThat(later.validate().isValid()).isTrue();
    finding(later, "10.2-audit-nonconformities", "not-raised", Verdict.MINOR_NC, "10.2", FindingId.of("F-2"));
    assertThat(findings("10.2-nonconformity-handling", later).get(0).found())
        .isEqualTo(findings("10.2-nonconformity-handling", BASE).get(0).found());
    conforms("10.2-audit-nonconformities", raisedOn.apply(A));
    assertThat(findings("10.2-nonconformity-handling", raisedOn.apply(A)).get(0).found())
        .isEqualTo((BASE.nonconformities().size() + 1) + " nonconformities handled");
  }

  @Test
  void supplier_engagedAfterTheAsOfDate_isNotUnderTheSupplierControlsYet() {
    Supplier pentest = BASE.supplier(SupplierId.of("SUP-PENTEST")).orElseThrow();
    Supplier unagreed = pentest.withAgreements(List.of());
    conforms("A.5.19-suppliers", BASE.withSupplier(unagreed.withSince(LATER)));
    finding(BASE.withSupplier(unagreed.withSince(A)), "A.5.19-suppliers", "uncontrolled", Verdict.MINOR_NC, "8.1",
        pentest.id());
    // a cloud supplier likewise for A.5.23 (see SampledRulesTest.cloudServices_*)
    Supplier cloud = BASE.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
    Supplier second = cloud.withId(SupplierId.of("SUP-CLOUD-2")).withAgreements(List.of());
    conforms("A.5.23-cloud-services", BASE.withSupplier(second.withSince(LATER)));
    finding(BASE.withSupplier(second.withSince(A)), "A.5.23-cloud-services", "uncontrolled", Verdict.MINOR_NC, "8.1",
        second.id());
  }

  @Test
  void policyException_startingAfterTheAsOfDate_isNotOpenYet() {
    PolicyException pe = BASE.policyExceptions().get(0);
    PolicyException pending = pe.withId(PolicyExceptionId.of("PE-NEXT")).withApproval(Optional.empty());
    conforms("5.2-policy-exceptions", BASE.withPolicyException(pending.withValidFrom(LATER)));
    assertThat(finding(BASE.withPolicyException(pending.withValidFrom(A)), "5.2-policy-exceptions", "exceptions",
        Verdict.MINOR_NC, "5.2", pending.id()).found()).isEqualTo("1 of 2 fail: exception PE-NEXT has no approver");
  }

  @Test
  void audit_plannedOrPerformedAfterTheAsOfDate_isNotJudgedYet() {
    InternalAudit au1 = BASE.audits().stream().filter(a -> a.id().equals(AuditId.of("AU-1"))).findFirst()
        .orElseThrow();
    // an audit planned for yesterday and not performed is overdue; one planned for next week is not
    // due yet, and does not dilute the share of overdue audits either
    InternalAudit missed = au1.withId(AuditId.of("AU-MISSED")).withProgress(AuditProgress.planned())
        .withPlannedOn(A.minusDays(1));
    InternalAudit next = missed.withId(AuditId.of("AU-NEXT")).withPlannedOn(LATER);
    Finding overdue = finding(BASE.withAudit(missed), "9.2.1-internal-audit", "overdue", Verdict.MINOR_NC, "9.2.1",
        missed.id());
    assertThat(finding(BASE.withAudit(missed).withAudit(next), "9.2.1-internal-audit", "overdue", Verdict.MINOR_NC,
        "9.2.1", missed.id()).found()).isEqualTo(overdue.found());
    // planned for the as-of date, it is due (not yet overdue) and counts
    assertThat(finding(BASE.withAudit(missed).withAudit(next.withPlannedOn(A)), "9.2.1-internal-audit", "overdue",
        Verdict.MINOR_NC, "9.2.1", missed.id()).found()).isNotEqualTo(overdue.found());
    // performed after the as-of date: not performed yet, so its missing criteria are not judged
    InternalAudit noCriteria = au1.withId(AuditId.of("AU-NEXT")).withCriteria(List.of()).withPlannedOn(A);
    conforms("9.2.2-audit-criteria", BASE.withAudit(noCriteria.withProgress(AuditProgress.performed(LATER))));
    finding(BASE.withAudit(noCriteria.withProgress(AuditProgress.performed(A))), "9.2.2-audit-criteria",
        "incomplete", Verdict.MINOR_NC, "9.2.2", noCriteria.id());
  }

  @Test
  void competenceRecord_obtainedAfterTheAsOfDate_isNotARecordYet() {
    Set<io.ismskit.core.id.PersonId> holders = BASE.roleAssignments().stream().map(RoleAssignment::person)
        .collect(Collectors.toSet());
    CompetenceRecord c = BASE.competenceRecords().stream().filter(x -> holders.contains(x.person())).findFirst()
        .orElseThrow();
    CompetenceRecord unevidenced = c.withId(CompetenceRecordId.of("CR-NEW")).withGapAction(false)
        .withEffectivenessEvaluatedOn(Optional.empty()).withValidUntil(Optional.empty()).withEvidence(Optional.empty());
    conforms("7.2-roles", BASE.withCompetenceRecord(unevidenced.withObtainedOn(LATER)));
    finding(BASE.withCompetenceRecord(unevidenced.withObtainedOn(A)), "7.2-roles", "no-evidence-document",
        Verdict.MINOR_NC, "7.2", unevidenced.id());
  }
}
