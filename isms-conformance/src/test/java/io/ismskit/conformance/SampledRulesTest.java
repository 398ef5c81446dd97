package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static io.ismskit.conformance.RuleTesting.plus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.FindingType;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.ComplianceStatus;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.Supplier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules added for what an auditor samples (issue 12 item 5) and the deepened 7.5.3, each with a
 * conformant case, a breaking case and the exact finding (rule, code, verdict, clause, entities).
 */
class SampledRulesTest {
  static Risk firstRisk(java.util.function.Predicate<Risk> p) {
    return BASE.risks().stream().filter(p).findFirst().orElseThrow();
  }

  static Isms withRisk(Isms i, Risk r) {
    return i.withRisks(map(i.risks(), x -> x.id().equals(r.id()), x -> r));
  }

  @Test
  void riskMethod() {
    conforms("6.1.2-method");
    Risk r = firstRisk(x -> x.inherent().isPresent());
    Isms noConsequence = withRisk(BASE, r.withInherent(r.inherent().get().withConsequence(Optional.empty())));
    assertThat(finding(noConsequence, "6.1.2-method", "likelihood-consequence", Verdict.MINOR_NC, "6.1.2", r.id())
        .found()).isEqualTo("1 of 24 fail: risk " + r.id().value() + " assessed on " + r.inherent().get().assessedOn()
        + " without consequence");
    // another method without a comparability mapping (RiskCriteria.methodology) is a lapse ...
    Isms other = withRisk(BASE, r.withInherent(r.inherent().get().withMethod(MethodId.of("other"))));
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Isms unmapped = other.withRiskCriteria(c.withMethodology(Optional.empty()));
    assertThat(finding(unmapped, "6.1.2-method", "method", Verdict.MINOR_NC, "6.1.2", r.id()).found())
        .isEqualTo("1 of 24 fail: risk " + r.id().value() + " assessed by other, the criteria name matrix and "
            + "document no comparability mapping");
    // ... and with the methodology document the criteria reference, it is comparable
    assertThat(c.methodology()).isPresent();
    conforms("6.1.2-method", other);
    // systematic: every assessment without a likelihood
    Isms none = BASE.withRisks(map(BASE.risks(), x -> x.inherent().isPresent(),
        x -> x.withInherent(x.inherent().get().withLikelihood(Optional.empty()))));
    finding(none, "6.1.2-method", "likelihood-consequence", Verdict.MAJOR_NC, "6.1.2",
        BASE.risks().stream().map(Risk::id).toArray());
  }

  /** A treated risk whose residual risk, assessed on {@code assessed}, was accepted by its owner on {@code accepted}. */
  static Risk acceptedRisk(java.time.LocalDate assessed, java.time.LocalDate accepted) {
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent());
    return r.withResidual(r.residual().orElseThrow().withAssessedOn(assessed))
        .withAcceptance(r.acceptance().orElseThrow().withAcceptedOn(accepted));
  }

  @Test
  void acceptance() {
    conforms("6.1.3-acceptance");
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent());
    RiskAcceptance acc = r.acceptance().get();
    assertThat(finding(withRisk(BASE, r.withAcceptance(acc.withValidUntil(A.minusDays(1)))), "6.1.3-acceptance",
        "expired", Verdict.MINOR_NC, "6.1.3", r.id()).found()).endsWith("risk " + r.id().value()
        + " acceptance expired on " + A.minusDays(1));
    // accepted the day before the residual risk was reassessed, sixty days ago: the acceptance is stale
    Risk stale = acceptedRisk(A.minusDays(60), A.minusDays(61));
    assertThat(finding(withRisk(BASE, stale), "6.1.3-acceptance", "stale", Verdict.MINOR_NC, "6.1.3", r.id())
        .found()).endsWith("risk " + r.id().value() + " accepted on " + A.minusDays(61) + ", before its assessment of "
        + A.minusDays(60));
    // reassessed ten days ago: the owner has 30 days to accept the new residual risk, an observation
    finding(withRisk(BASE, acceptedRisk(A.minusDays(10), A.minusDays(11))), "6.1.3-acceptance", "reacceptance-due",
        Verdict.OBSERVATION, "6.1.3", r.id());
    // a reassessment that left the level as it was keeps the acceptance
    RiskAssessment before = stale.residual().orElseThrow().withAssessedOn(A.minusDays(70));
    conforms("6.1.3-acceptance", withRisk(BASE, stale.withHistory(List.of(before))));
    // a reassessment that changed the level does not
    RiskAssessment otherLevel = before.withLevel(RiskLevel.of("Medium"));
    finding(withRisk(BASE, stale.withHistory(List.of(otherLevel))), "6.1.3-acceptance", "stale", Verdict.MINOR_NC,
        "6.1.3", r.id());
    // every acceptance expired: systematic
    Isms expired = BASE.withRisks(map(BASE.risks(), x -> x.acceptance().isPresent(),
        x -> x.withAcceptance(x.acceptance().get().withValidUntil(A.minusDays(1)))));
    finding(expired, "6.1.3-acceptance", "expired", Verdict.MAJOR_NC, "6.1.3",
        BASE.risks().stream().filter(x -> x.acceptance().isPresent()).map(Risk::id).toArray());
  }

  @Test
  void acceptanceAboveTheOwnersAuthority() {
    // the criteria let owners accept up to Low; R's residual risk is Medium (acceptable, but above
    // what an owner may accept alone), and its owner accepted it
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Isms ownerLimited = BASE.withRiskCriteria(c.withOwnerAcceptanceLevel(RiskLevel.of("Low")));
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent()
        && x.acceptance().get().authority().isEmpty());
    Risk medium = r.withResidual(r.residual().orElseThrow().withLevel(RiskLevel.of("Medium")));
    Finding f = finding(withRisk(ownerLimited, medium), "6.1.3-acceptance", "authority", Verdict.MINOR_NC, "6.1.3",
        r.id());
    assertThat(f.found()).endsWith("risk " + r.id().value() + " at level Medium accepted by its owner, above the "
        + "owner's authority; the criteria name R-CISO, R-CEO");
    // the criteria let owners accept Low: the register as generated (every residual Low) conforms
    conforms("6.1.3-acceptance", ownerLimited);
    // a role the criteria do not authorize for the level
    Isms unauthorized = withRisk(ownerLimited.withRiskCriteria(ownerLimited.riskCriteria().orElseThrow()
        .withAcceptanceAuthorities(List.of())), medium.withAcceptance(medium.acceptance().orElseThrow()
        .withAcceptedBy(PersonId.of("P-CISO")).withAuthority(RoleId.of("R-CISO"))));
    assertThat(finding(unauthorized, "6.1.3-acceptance", "authority", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("at level Medium accepted in the authority of R-CISO, which the criteria do not authorize for "
            + "that level");
  }

  @Test
  void acceptanceInTheAuthorityOfARoleNeedsAHolder() {
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent());
    RiskLevel level = r.acceptedResidual().get().level();
    RoleId role = RoleId.of("R-CEO");
    assertThat(c.authoritiesFor(level)).contains(role);
    PersonId holder = PersonId.of("P-CEO");
    RiskAcceptance escalated = r.acceptance().get().withAcceptedBy(holder).withAuthority(role);
    // a holder of an authorized role: 6.1.3-residual and 6.1.3-acceptance both accept it
    Isms ok = withRisk(BASE, r.withAcceptance(escalated));
    conforms("6.1.3-acceptance", ok);
    conforms("6.1.3-residual", ok);
    // the CFO is top management too, but does not hold R-CEO
    Isms bad = withRisk(BASE, r.withAcceptance(escalated.withAcceptedBy(PersonId.of("P-CFO"))));
    assertThat(finding(bad, "6.1.3-acceptance", "authority", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("accepted by P-CFO, who does not hold role R-CEO");
  }

  @Test
  void roles() {
    conforms("7.2-roles");
    RoleId held = BASE.roleAssignments().stream().filter(a -> !BASE.person(a.person()).orElseThrow().topManagement())
        .findFirst().orElseThrow().role();
    Role role = BASE.role(held).orElseThrow();
    finding(BASE.withRole(role.withCompetencesDeterminedOn(Optional.empty())), "7.2-roles", "undetermined",
        Verdict.MINOR_NC, "7.2", held);
    var rec = BASE.competenceRecords().stream().filter(x -> x.evidence().isPresent()
        && BASE.roleAssignments().stream().anyMatch(a -> a.person().equals(x.person()))).findFirst().orElseThrow();
    finding(BASE.withCompetenceRecords(map(BASE.competenceRecords(), x -> x == rec, x -> x.withEvidence(Optional.empty()))),
        "7.2-roles", "no-evidence-document", Verdict.MINOR_NC, "7.2", rec.id());
  }

  @Test
  void auditCriteria() {
    conforms("9.2.2-audit-criteria");
    AuditId au1 = AuditId.of("AU-1");
    var a = BASE.audit(au1).orElseThrow();
    finding(BASE.withAudit(a.withCriteriaPolicies(List.of()).withCriteriaDocuments(List.of())
        .withCriteriaRequirements(List.of())), "9.2.2-audit-criteria", "incomplete", Verdict.MINOR_NC, "9.2.2", au1);
    finding(BASE.withAudit(a.withTeam(List.of())), "9.2.2-audit-criteria", "incomplete", Verdict.MINOR_NC, "9.2.2",
        au1);
    finding(BASE.withAudits(map(BASE.audits(), x -> x.done(), x -> x.withScope(Optional.empty()))),
        "9.2.2-audit-criteria", "incomplete", Verdict.MAJOR_NC, "9.2.2", AuditId.of("AU-1"), AuditId.of("AU-2"));
  }

  @Test
  void programmeBasis() {
    conforms("9.2.2-programme-basis");
    var ap = BASE.auditProgrammes().get(0);
    finding(BASE.withAuditProgramme(ap.withRiskBasis(Optional.empty())), "9.2.2-programme-basis", "unweighted",
        Verdict.MINOR_NC, "9.2.2", ap.id());
    Isms forgotten = BASE.withAuditProgramme(ap.withPriorities(map(ap.priorities(), p -> true,
        p -> p.withPreviousFindings(List.of()))));
    finding(forgotten, "9.2.2-programme-basis", "previous-results", Verdict.MINOR_NC, "9.2.2", FindingId.of("F-1"));
  }

  @Test
  void auditNonconformities() {
    conforms("10.2-audit-nonconformities");
    AuditFinding f = AuditFinding.builder().id(FindingId.of("F-9")).audit(AuditId.of("AU-2"))
        .type(FindingType.MINOR_NONCONFORMITY).description("Access review not evidenced").build();
    Isms notRaised = BASE.withFindings(plus(BASE.findings(), f));
    // one audit nonconformity of two not raised: an isolated lapse
    finding(notRaised, "10.2-audit-nonconformities", "not-raised", Verdict.MINOR_NC, "10.2", f.id());
    // an observation is not a nonconformity to raise
    conforms("10.2-audit-nonconformities", BASE.withFindings(plus(BASE.findings(), f.withType(FindingType.OBSERVATION))));
  }

  @Test
  void decisionFollowUp() {
    conforms("9.3.2-follow-up");
    ManagementReview mr1 = BASE.managementReview(ReviewId.of("MR-1")).orElseThrow();
    Isms dropped = BASE.withManagementReview(mr1.withDecisions(map(mr1.decisions(), d -> true,
        d -> d.withFollowedUpIn(List.of()).withFollowUp(Optional.empty()))));
    finding(dropped, "9.3.2-follow-up", "not-followed-up", Verdict.MINOR_NC, "9.3.2", mr1.id());
  }

  @Test
  void similarAndChanges() {
    conforms("10.2-similar-and-changes");
    Nonconformity nc = BASE.nonconformities().stream().filter(n -> n.rootCause().isPresent()).findFirst().orElseThrow();
    finding(BASE.withNonconformity(nc.withSimilarCheck(Optional.empty())), "10.2-similar-and-changes", "similar",
        Verdict.MINOR_NC, "10.2", nc.id());
    Nonconformity closed = BASE.nonconformities().stream().filter(n -> n.closed() && !n.changes().isEmpty())
        .findFirst().orElseThrow();
    var change = BASE.change(closed.changes().get(0)).orElseThrow();
    // a change never completed while its nonconformity is closed
    finding(BASE.withChange(change.withCompletedOn(Optional.empty())), "10.2-similar-and-changes", "changes",
        Verdict.MINOR_NC, "10.2", closed.id(), change.id());
  }

  @Test
  void partiesCurrent() {
    conforms("4.2-currency");
    InterestedParty p = BASE.interestedParties().get(0);
    finding(BASE.withInterestedParty(p.withLastReviewed(A.minusDays(500))), "4.2-currency", "stale",
        Verdict.MINOR_NC, "4.2", p.id());
    finding(BASE.withInterestedParty(p.withLastReviewed(Optional.empty())), "4.2-currency", "stale",
        Verdict.MINOR_NC, "4.2", p.id());
  }

  @Test
  void policyExceptions() {
    conforms("5.2-policy-exceptions");
    PolicyException e = BASE.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    finding(BASE.withPolicyException(e.withApproval(Optional.empty())), "5.2-policy-exceptions", "exceptions",
        Verdict.MINOR_NC, "5.2", e.id());
    Isms expired = BASE.withPolicyException(e.withValidFrom(A.minusDays(100)).withApproval(Approval.of(
        e.approval().get().by(), A.minusDays(100))).withExpiresOn(A.minusDays(1)));
    finding(expired, "5.2-policy-exceptions", "exceptions", Verdict.MINOR_NC, "5.2", e.id());
    conforms("5.2-policy-exceptions", BASE.withPolicyException(e.withValidFrom(A.minusDays(100))
        .withApproval(Approval.of(e.approval().get().by(), A.minusDays(100))).withExpiresOn(A.minusDays(1))
        .withClosedOn(A.minusDays(1))).withPolicyException(e.withId(PolicyExceptionId.of("PE-2"))));
  }

  @Test
  void controlEvidence() {
    conforms("8.1-control-evidence");
    ControlId c = BASE.statementOfApplicability().orElseThrow().entries().stream().filter(x -> x.applicable()
        && x.implementationStatus().equals(Optional.of(ImplementationStatus.IMPLEMENTED))).findFirst().orElseThrow()
        .control();
    Isms unevidenced = BASE.withEvidenceItems(map(BASE.evidenceItems(), e -> true,
        e -> e.withSoaEntries(e.soaEntries().stream().filter(x -> !x.equals(c)).toList())
            .withControlImplementations(e.controlImplementations().stream().filter(x -> !x.equals(c)).toList())));
    Finding f = finding(unevidenced, "8.1-control-evidence", "no-evidence", Verdict.MINOR_NC, "8.1", c);
    assertThat(f.controls()).containsExactly(c);
    // evidence older than the management review interval does not count
    Isms old = BASE.withEvidenceItems(map(BASE.evidenceItems(), e -> true, e -> e.withPeriod(Optional.empty())
        .withCollectedOn(A.minusYears(2)).withReview(Optional.empty())));
    assertThat(RuleTesting.findings("8.1-control-evidence", old)).extracting(Finding::verdict)
        .containsOnly(Verdict.MAJOR_NC);
  }

  @Test
  void incidents() {
    conforms("A.5.24-incidents");
    var inc = BASE.incident(IncidentId.of("INC-1")).orElseThrow();
    finding(BASE.withIncident(inc.withLessonsLearned(Optional.empty()).withLessonsReviewedOn(Optional.empty())),
        "A.5.24-incidents", "incomplete", Verdict.MINOR_NC, "8.1", inc.id());
    finding(BASE.withIncident(inc.withEvidence(List.of())), "A.5.24-incidents", "incomplete", Verdict.MINOR_NC, "8.1",
        inc.id());
  }

  @Test
  void suppliers() {
    conforms("A.5.19-suppliers");
    Supplier s = BASE.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
    finding(BASE.withSupplier(s.withAgreements(map(s.agreements(), a -> true, a -> a.withValidUntil(A.minusDays(1))))),
        "A.5.19-suppliers", "uncontrolled", Verdict.MINOR_NC, "8.1", s.id());
    var last = s.latestAssessment().orElseThrow();
    finding(BASE.withSupplier(s.withAssessments(map(s.assessments(), a -> a == last,
        a -> a.withOutcome(AssessmentOutcome.NOT_ACCEPTABLE)))), "A.5.19-suppliers", "uncontrolled", Verdict.MINOR_NC,
        "8.1", s.id());
  }

  @Test
  void cloudServices() {
    conforms("A.5.23-cloud-services");
    Supplier s = BASE.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
    Supplier second = s.withId(SupplierId.of("SUP-CLOUD-2")).withName("Second cloud provider");
    conforms("A.5.23-cloud-services", BASE.withSupplier(second));
    // one of two cloud suppliers with no exit provision in force: an isolated lapse (minor)
    Supplier noExit = second.withAgreements(map(second.agreements(), a -> true,
        a -> a.withExitProvision(Optional.empty())));
    Finding f = finding(BASE.withSupplier(noExit), "A.5.23-cloud-services", "uncontrolled", Verdict.MINOR_NC, "8.1",
        noExit.id());
    assertThat(f.found()).isEqualTo("1 of 2 fail: cloud supplier SUP-CLOUD-2 has no agreement in force providing for "
        + "exit from its cloud service");
    assertThat(f.controls()).containsExactly(ControlId.of("A.5.23"));
    // the exit provision is A.5.23's own: the general supplier rule does not ask for it
    conforms("A.5.19-suppliers", BASE.withSupplier(noExit));
    // the one cloud supplier out of control: A.5.23 operates for no cloud service in use (major)
    Supplier expired = s.withAgreements(map(s.agreements(), a -> true, a -> a.withValidUntil(A.minusDays(1))));
    assertThat(finding(BASE.withSupplier(expired), "A.5.23-cloud-services", "uncontrolled", Verdict.MAJOR_NC, "8.1",
        s.id()).found()).isEqualTo("1 of 1 fail: cloud supplier SUP-CLOUD has no agreement in force stating security "
        + "requirements");
    var last = s.latestAssessment().orElseThrow();
    assertThat(finding(BASE.withSupplier(second).withSupplier(s.withAssessments(List.of(last.withNextDue(A.minusDays(1))))),
        "A.5.23-cloud-services", "uncontrolled", Verdict.MINOR_NC, "8.1", s.id()).found()).isEqualTo("1 of 2 fail: "
        + "cloud supplier SUP-CLOUD was due for assessment on " + A.minusDays(1));
    assertThat(finding(BASE.withSupplier(s.withAssessments(List.of(last.withOutcome(AssessmentOutcome.NOT_ACCEPTABLE)))),
        "A.5.23-cloud-services", "uncontrolled", Verdict.MAJOR_NC, "8.1", s.id()).found()).isEqualTo("1 of 1 fail: "
        + "cloud supplier SUP-CLOUD was last assessed not acceptable on " + last.performedOn());
  }

  @Test
  void cloudServices_notApplicableWithoutA523OrACloudSupplier() {
    var soa = BASE.statementOfApplicability().orElseThrow();
    assertThat(soa.entries().stream().anyMatch(e -> e.control().equals(ControlId.of("A.5.23")) && e.applicable()))
        .isTrue();
    Isms excluded = BASE.withStatementOfApplicability(soa.withEntries(map(soa.entries(),
        x -> x.control().value().equals("A.5.23"), x -> x.withApplicable(false).withReasons(Set.of())
            .withImplementationStatus(Optional.empty()).withOwner(Optional.empty())
            .withJustification("No cloud service is used"))));
    notApplicable("A.5.23-cloud-services", excluded);
    Supplier s = BASE.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
    notApplicable("A.5.23-cloud-services", BASE.withSupplier(s.withStatus(io.ismskit.core.supplier.SupplierStatus.ENDED)));
    // a cloud service engaged only after the as-of date is not in use yet
    notApplicable("A.5.23-cloud-services", BASE.withSupplier(s.withSince(LATER).withAgreements(List.of())));
    conforms("A.5.23-cloud-services", BASE.withSupplier(s.withSince(A)));
  }

  @Test
  void legalRegister() {
    conforms("A.5.31-legal-register");
    InterestedParty p = BASE.interestedParties().stream().filter(x -> x.requirements().stream()
        .anyMatch(q -> q.compliance().isPresent())).findFirst().orElseThrow();
    Requirement q = p.requirements().stream().filter(x -> x.compliance().isPresent()).findFirst().orElseThrow();
    finding(BASE.withInterestedParty(p.withRequirement(q.withCompliance(ComplianceEvaluation.of(
        ComplianceStatus.NON_COMPLIANT, A.minusDays(10))))), "A.5.31-legal-register", "unevaluated", Verdict.MINOR_NC,
        "4.2", q.id());
    finding(BASE.withInterestedParty(p.withRequirement(q.withCompliance(Optional.empty()))), "A.5.31-legal-register",
        "unevaluated", Verdict.MINOR_NC, "4.2", q.id());
  }

  // ---------------------------------------------------------------------------------------------- 7.5

  @Test
  void documentControl() {
    conforms("7.5.3-control");
    DocumentedInformation maintained = BASE.documents().stream().filter(d -> d.kind() == DocumentKind.MAINTAINED
        && !d.externalOrigin() && d.status() != DocumentStatus.OBSOLETE).findFirst().orElseThrow();
    // a change made without approval
    finding(BASE.withDocument(maintained.withHistory(map(maintained.history(), v -> true,
        v -> v.withApproval(Optional.empty())))), "7.5.3-control", "uncontrolled", Verdict.MINOR_NC, "7.5.3",
        maintained.id());
    // an empty history (the model itself refuses a history that does not end with the current version)
    finding(BASE.withDocument(maintained.withHistory(List.of())), "7.5.3-control", "uncontrolled", Verdict.MINOR_NC,
        "7.5.3", maintained.id());
    // neither distributed nor access-controlled
    finding(BASE.withDocument(maintained.withDistribution(List.of()).withAccessRoles(List.of())), "7.5.3-control",
        "uncontrolled", Verdict.MINOR_NC, "7.5.3", maintained.id());
    DocumentedInformation record = BASE.documents().stream().filter(d -> d.kind() == DocumentKind.RETAINED
        && d.status() != DocumentStatus.OBSOLETE).findFirst().orElseThrow();
    finding(BASE.withDocument(record.withDisposition(Optional.empty())), "7.5.3-control", "uncontrolled",
        Verdict.MINOR_NC, "7.5.3", record.id());
  }

  /** Issue 11 item 7: {@code DocumentedInformation.satisfies} is the authoritative link for 7.5.1. */
  @Test
  void mandatoryDocumentsAreFoundBySatisfiesNotByClause() {
    DocumentedInformation scope = BASE.documents().stream().filter(d -> d.satisfies().contains(MandatoryDocument.ISMS_SCOPE))
        .findFirst().orElseThrow();
    // tagged with another clause but declaring that it is the scope: still the scope
    conforms("7.5.1-mandatory-documents", BASE.withDocument(scope.withClauses(List.of(
        io.ismskit.core.catalog.ClauseId.of("7.5.1")))));
    // tagged 4.3 but declaring it is something else: not the scope
    finding(BASE.withDocument(scope.withSatisfies(Set.of(MandatoryDocument.INFORMATION_SECURITY_OBJECTIVES))), "7.5.1-mandatory-documents",
        "missing-documents", Verdict.MINOR_NC, "7.5.1", io.ismskit.core.id.EntityRef.of("MandatoryDocument", "ISMS_SCOPE"));
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  static final java.time.LocalDate LATER = A.plusDays(7);

  @Test
  void acceptance_anAcceptanceDatedAfterTheAsOfDate_isNotJudgedYet() {
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Isms ownerLimited = BASE.withRiskCriteria(c.withOwnerAcceptanceLevel(RiskLevel.of("Low")));
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent()
        && x.acceptance().get().authority().isEmpty());
    Risk medium = r.withResidual(r.residual().orElseThrow().withLevel(RiskLevel.of("Medium")));
    finding(withRisk(ownerLimited, medium), "6.1.3-acceptance", "authority", Verdict.MINOR_NC, "6.1.3", r.id());
    // the same acceptance given only next week: not given yet, so there is no authority to judge;
    // 6.1.3-residual reports the residual risk as not accepted
    Isms later = withRisk(ownerLimited, medium.withAcceptance(medium.acceptance().orElseThrow().withAcceptedOn(LATER)
        .withValidUntil(Optional.empty())));
    conforms("6.1.3-acceptance", later);
    finding(later, "6.1.3-residual", "acceptance", Verdict.MINOR_NC, "6.1.3", r.id());
  }

  @Test
  void roles_competencesDeterminedAfterTheAsOfDate_areNotDetermined() {
    RoleId held = BASE.roleAssignments().stream().filter(a -> !BASE.person(a.person()).orElseThrow().topManagement())
        .findFirst().orElseThrow().role();
    Role role = BASE.role(held).orElseThrow();
    assertThat(finding(BASE.withRole(role.withCompetencesDeterminedOn(LATER)), "7.2-roles", "undetermined",
        Verdict.MINOR_NC, "7.2", held).found()).endsWith("role " + held.value() + " had its competences determined "
        + "only on " + LATER + ", after " + A);
  }

  @Test
  void policyExceptions_anApprovalOrAClosingDatedAfterTheAsOfDate_hasNotHappened() {
    PolicyException e = BASE.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    assertThat(finding(BASE.withPolicyException(e.withApproval(Approval.of(e.approval().get().by(), LATER))),
        "5.2-policy-exceptions", "exceptions", Verdict.MINOR_NC, "5.2", e.id()).found())
        .endsWith("exception PE-1 was not approved by " + A);
    // expired yesterday and closed only next week: still relied on today
    PolicyException expired = e.withValidFrom(A.minusDays(100)).withApproval(Approval.of(e.approval().get().by(),
        A.minusDays(100))).withExpiresOn(A.minusDays(1));
    assertThat(finding(BASE.withPolicyException(expired.withClosedOn(LATER)), "5.2-policy-exceptions", "exceptions",
        Verdict.MINOR_NC, "5.2", e.id()).found()).endsWith("exception PE-1 expired on " + A.minusDays(1)
        + " and is not closed");
  }

  @Test
  void controlEvidence_aDocumentDatedAfterTheAsOfDate_doesNotHideItsEarlierDate() {
    ControlId c = BASE.statementOfApplicability().orElseThrow().entries().stream().filter(x -> x.applicable()
        && x.implementationStatus().equals(Optional.of(ImplementationStatus.IMPLEMENTED))).findFirst().orElseThrow()
        .control();
    Isms noItems = BASE.withEvidenceItems(map(BASE.evidenceItems(), e -> true,
        e -> e.withSoaEntries(e.soaEntries().stream().filter(x -> !x.equals(c)).toList())
            .withControlImplementations(e.controlImplementations().stream().filter(x -> !x.equals(c)).toList())));
    // the control's only evidence: a document whose current version dates from ten days ago, approved
    // then, and whose document-level approval is dated next week
    DocumentedInformation d = BASE.documents().stream().filter(x -> x.kind() == DocumentKind.MAINTAINED
        && !x.externalOrigin() && x.status() != DocumentStatus.OBSOLETE).findFirst().orElseThrow();
    var current = d.currentVersion().orElseThrow();
    var recent = current.withApproval(Optional.empty()).withDate(A.minusDays(10))
        .withApproval(Approval.of(PersonId.of("P-CEO"), A.minusDays(10)));
    DocumentedInformation dated = d.withHistory(List.of(recent)).withLastReviewed(Optional.empty())
        .withApproval(Approval.of(PersonId.of("P-CEO"), LATER));
    var impl = io.ismskit.core.control.ControlImplementation.builder().control(c)
        .status(ImplementationStatus.IMPLEMENTED).owner(PersonId.of("P-CISO")).addEvidence(d.id()).build();
    Isms documented = noItems.withDocument(dated).withControlImplementation(impl);
    // the misreading took the latest date, next week, as outside the interval: no evidence
    conforms("8.1-control-evidence", documented);
    // only dates after the as-of date: no evidence yet
    Isms onlyLater = documented.withDocument(dated.withHistory(List.of(recent.withApproval(
        Approval.of(PersonId.of("P-CEO"), LATER)).withDate(LATER))));
    finding(onlyLater, "8.1-control-evidence", "no-evidence", Verdict.MINOR_NC, "8.1", c);
  }

  @Test
  void incidents_lessonsReviewedOrResolutionAfterTheAsOfDate_haveNotHappened() {
    var inc = BASE.incident(IncidentId.of("INC-1")).orElseThrow();
    assertThat(finding(BASE.withIncident(inc.withLessonsReviewedOn(LATER)), "A.5.24-incidents", "incomplete",
        Verdict.MINOR_NC, "8.1", inc.id()).found()).endsWith("incident INC-1 has no reviewed lessons learned (A.5.27) "
        + "by " + A);
    finding(BASE.withIncident(inc.withAssessedOn(LATER)), "A.5.24-incidents", "incomplete", Verdict.MINOR_NC, "8.1",
        inc.id());
    // resolved only next week: not yet resolved, so its lessons are not due
    Isms unresolved = BASE.withIncidents(map(BASE.incidents(), i -> i.resolvedOn().isPresent(),
        i -> i.withResolvedOn(LATER).withLessonsReviewedOn(Optional.empty())));
    notApplicable("A.5.24-incidents", unresolved);
  }

  @Test
  void suppliers_anAssessmentPerformedAfterTheAsOfDate_hasNotHappened() {
    Supplier s = BASE.supplier(SupplierId.of("SUP-CLOUD")).orElseThrow();
    var last = s.latestAssessment().orElseThrow();
    var old = last.withPerformedOn(A.minusDays(500)).withNextDue(Optional.empty());
    Supplier assessedLater = s.withReviewInterval(java.time.Period.ofMonths(12))
        .withAssessments(List.of(old, last.withPerformedOn(LATER).withNextDue(Optional.empty())));
    assertThat(finding(BASE.withSupplier(assessedLater), "A.5.19-suppliers", "uncontrolled", Verdict.MINOR_NC, "8.1",
        s.id()).found()).endsWith("supplier SUP-CLOUD was due for assessment on " + A.minusDays(500).plusMonths(12));
    // its only assessment dated next week: not assessed by today
    assertThat(finding(BASE.withSupplier(assessedLater.withAssessments(List.of(last.withPerformedOn(LATER)
        .withNextDue(Optional.empty())))), "A.5.19-suppliers", "uncontrolled", Verdict.MINOR_NC, "8.1", s.id())
        .found()).endsWith("supplier SUP-CLOUD was never assessed (A.5.22) by " + A);
  }

  @Test
  void similarAndChanges_aChangeCompletedAfterTheAsOfDate_isNotMade() {
    Nonconformity closed = BASE.nonconformities().stream().filter(n -> n.closed() && !n.changes().isEmpty())
        .findFirst().orElseThrow();
    var change = BASE.change(closed.changes().get(0)).orElseThrow();
    assertThat(finding(BASE.withChange(change.withCompletedOn(LATER)), "10.2-similar-and-changes", "changes",
        Verdict.MINOR_NC, "10.2", closed.id(), change.id()).found()).contains("its change " + change.id().value()
        + " is not made by " + A + " (completed " + LATER + ")");
  }

  // ---------------------------------------------------------------------------------------------- extent and applicability

  @Test
  void roles_everyHeldRoleUndetermined_isSystematic() {
    notApplicable("7.2-roles", ContextRulesTest.EMPTY);
    Isms undetermined = BASE.withRoles(map(BASE.roles(), r -> !r.topManagement(),
        r -> r.withCompetencesDeterminedOn(Optional.empty())));
    assertThat(finding(undetermined, "7.2-roles", "undetermined", Verdict.MAJOR_NC, "7.2", RoleId.of("R-CISO"),
        RoleId.of("R-AUDITOR"), RoleId.of("R-RISK-OWNER")).found())
        .startsWith("3 of 3 fail: role R-CISO does not say when its competences were determined");
    // the role of top management is judged under 5.1, not here
    conforms("7.2-roles", BASE.withRoles(map(BASE.roles(), r -> r.topManagement(),
        r -> r.withCompetencesDeterminedOn(Optional.empty()).withRequiredCompetences(List.of()))));
  }

  @Test
  void programmeBasis_noPrioritiesAndNoProgrammeInForce() {
    notApplicable("9.2.2-programme-basis", ContextRulesTest.EMPTY);
    var ap = BASE.auditProgrammes().get(0);
    assertThat(finding(BASE.withAuditProgramme(ap.withPriorities(List.of())), "9.2.2-programme-basis", "unweighted",
        Verdict.MINOR_NC, "9.2.2", ap.id()).found()).isEqualTo("programme AP-1 weighs no process");
  }

  @Test
  void auditNonconformities_mostNotRaised_isSystematic() {
    notApplicable("10.2-audit-nonconformities", ContextRulesTest.EMPTY);
    AuditFinding f9 = AuditFinding.builder().id(FindingId.of("F-9")).audit(AuditId.of("AU-2"))
        .type(FindingType.MINOR_NONCONFORMITY).description("Access review not evidenced").build();
    AuditFinding f10 = f9.withId(FindingId.of("F-10")).withType(FindingType.MAJOR_NONCONFORMITY)
        .withDescription("No backup restore test in two years");
    Finding f = finding(BASE.withFindings(plus(plus(BASE.findings(), f9), f10)), "10.2-audit-nonconformities",
        "not-raised", Verdict.MAJOR_NC, "10.2", f9.id(), f10.id());
    assertThat(f.found()).isEqualTo("2 of 3 fail: finding F-9 (MINOR_NONCONFORMITY) is not raised as a "
        + "nonconformity; finding F-10 (MAJOR_NONCONFORMITY) is not raised as a nonconformity");
  }

  @Test
  void decisionFollowUp_noneOfSeveralFollowedUp_isSystematic() {
    notApplicable("9.3.2-follow-up", ContextRulesTest.EMPTY);
    ManagementReview mr1 = BASE.managementReview(ReviewId.of("MR-1")).orElseThrow();
    var d = mr1.decisions().get(0).withFollowedUpIn(List.of()).withFollowUp(Optional.empty());
    Isms dropped = BASE.withManagementReview(mr1.withDecisions(List.of(d, d.withDescription("Renew the SIEM"))));
    finding(dropped, "9.3.2-follow-up", "not-followed-up", Verdict.MAJOR_NC, "9.3.2", mr1.id());
    // recording the follow-up instead of naming the latest review is enough
    conforms("9.3.2-follow-up", BASE.withManagementReview(mr1.withDecisions(List.of(d.withFollowUp("Hired")))));
    // the first review has nothing to follow up
    notApplicable("9.3.2-follow-up", BASE.withoutManagementReview(ReviewId.of("MR-1")));
  }

  @Test
  void similarAndChanges_aRegisterWithoutExamination_isSystematic() {
    notApplicable("10.2-similar-and-changes", ContextRulesTest.EMPTY);
    Isms none = BASE.withNonconformities(map(BASE.nonconformities(), n -> n.rootCause().isPresent(),
        n -> n.withSimilarCheck(Optional.empty())));
    finding(none, "10.2-similar-and-changes", "similar", Verdict.MAJOR_NC, "10.2",
        BASE.nonconformities().stream().filter(n -> n.rootCause().isPresent()).map(Nonconformity::id).toArray());
  }

  @Test
  void partiesCurrent_aRegisterOutOfDate_isSystematic() {
    notApplicable("4.2-currency", ContextRulesTest.EMPTY);
    Isms stale = BASE.withInterestedParties(map(BASE.interestedParties(), p -> true,
        p -> p.withLastReviewed(A.minusDays(500))));
    finding(stale, "4.2-currency", "stale", Verdict.MAJOR_NC, "4.2",
        BASE.interestedParties().stream().map(InterestedParty::id).toArray());
    // a requirement with a stale review of its own
    InterestedParty p = BASE.interestedParties().get(0);
    Requirement q = p.requirements().get(0);
    assertThat(finding(BASE.withInterestedParty(p.withRequirement(q.withLastReviewed(A.minusDays(500)))),
        "4.2-currency", "stale", Verdict.MINOR_NC, "4.2", q.id()).found())
        .isEqualTo("1 of 6 fail: requirement " + q.id().value() + " last reviewed on " + A.minusDays(500));
  }

  @Test
  void policyExceptions_notApplicableWhenNoneOpen_andSystematic() {
    PolicyException e = BASE.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    notApplicable("5.2-policy-exceptions", BASE.withPolicyException(e.withClosedOn(A.minusDays(1))));
    Isms unapproved = BASE.withPolicyException(e.withApproval(Optional.empty()))
        .withPolicyException(e.withId(PolicyExceptionId.of("PE-2")).withApproval(Optional.empty()));
    finding(unapproved, "5.2-policy-exceptions", "exceptions", Verdict.MAJOR_NC, "5.2", e.id(),
        PolicyExceptionId.of("PE-2"));
  }

  @Test
  void controlEvidence_notApplicableWithoutImplementedControl() {
    var soa = BASE.statementOfApplicability().orElseThrow();
    Isms planned = BASE.withStatementOfApplicability(soa.withEntries(map(soa.entries(), x -> x.applicable(),
        x -> x.withImplementationStatus(ImplementationStatus.PLANNED))));
    notApplicable("8.1-control-evidence", planned);
  }

  @Test
  void incidents_lowSeverityNeedsNoEvidence_andNotApplicableWithoutTheControls() {
    var inc = BASE.incident(IncidentId.of("INC-1")).orElseThrow();
    conforms("A.5.24-incidents", BASE.withIncident(inc.withSeverity(io.ismskit.core.assurance.Incident.Severity.LOW)
        .withEvidence(List.of())));
    finding(BASE.withIncident(inc.withAssessedOn(Optional.empty())), "A.5.24-incidents", "incomplete",
        Verdict.MINOR_NC, "8.1", inc.id());
    var soa = BASE.statementOfApplicability().orElseThrow();
    Isms excluded = BASE.withStatementOfApplicability(soa.withEntries(map(soa.entries(),
        x -> x.control().value().matches("A\\.5\\.2[4-8]"), x -> x.withApplicable(false).withReasons(Set.of())
            .withImplementationStatus(Optional.empty()).withOwner(Optional.empty())
            .withJustification("Incidents are handled by the group SOC"))));
    notApplicable("A.5.24-incidents", excluded);
  }

  @Test
  void suppliers_mostOutOfControl_isSystematic_andNotApplicableWithoutActiveSupplier() {
    Isms expired = BASE.withSuppliers(map(BASE.suppliers(), s -> true, s -> s.withAgreements(map(s.agreements(),
        a -> true, a -> a.withValidUntil(A.minusDays(1))))));
    Finding f = finding(expired, "A.5.19-suppliers", "uncontrolled", Verdict.MAJOR_NC, "8.1",
        SupplierId.of("SUP-CLOUD"), SupplierId.of("SUP-PENTEST"));
    assertThat(f.found()).contains("supplier SUP-CLOUD has no agreement in force stating security requirements "
        + "(A.5.20)");
    assertThat(f.controls()).contains(ControlId.of("A.5.19"), ControlId.of("A.5.22"));
    notApplicable("A.5.19-suppliers", BASE.withSuppliers(map(BASE.suppliers(), s -> true,
        s -> s.withStatus(io.ismskit.core.supplier.SupplierStatus.ENDED))));
  }

  @Test
  void legalRegister_mostUnevaluated_isSystematic_andNotApplicableWithoutA531() {
    Isms unevaluated = BASE.withInterestedParties(map(BASE.interestedParties(), p -> true,
        p -> p.withRequirements(map(p.requirements(), q -> true, q -> q.withCompliance(Optional.empty())))));
    Finding f = finding(unevaluated, "A.5.31-legal-register", "unevaluated", Verdict.MAJOR_NC, "4.2",
        io.ismskit.core.id.RequirementId.of("REQ-1"), io.ismskit.core.id.RequirementId.of("REQ-2"));
    assertThat(f.found()).startsWith("2 of 2 fail: requirement REQ-1 never evaluated for compliance");
    assertThat(f.controls()).containsExactly(ControlId.of("A.5.31"));
    var soa = BASE.statementOfApplicability().orElseThrow();
    Isms excluded = BASE.withStatementOfApplicability(soa.withEntry(soa.entry(ControlId.of("A.5.31")).orElseThrow()
        .withApplicable(false).withReasons(Set.of()).withImplementationStatus(Optional.empty())
        .withOwner(Optional.empty()).withJustification("Legal compliance is managed by the group")));
    notApplicable("A.5.31-legal-register", excluded);
  }
}
