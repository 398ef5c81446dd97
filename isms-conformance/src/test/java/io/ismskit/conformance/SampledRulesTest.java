package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
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
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.Supplier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
    finding(noConsequence, "6.1.2-method", "likelihood-consequence", Verdict.MINOR_NC, "6.1.2", r.id());
    // another method without a comparability mapping (RiskCriteria.methodology) is a lapse ...
    Isms other = withRisk(BASE, r.withInherent(r.inherent().get().withMethod(MethodId.of("other"))));
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Isms unmapped = other.withRiskCriteria(c.withMethodology(Optional.empty()));
    finding(unmapped, "6.1.2-method", "method", Verdict.MINOR_NC, "6.1.2", r.id());
    // ... and with the methodology document the criteria reference, it is comparable
    if (c.methodology().isPresent()) {
      RuleTesting.noFinding(other, "6.1.2-method", "method");
    }
    // systematic: every assessment without a likelihood
    Isms none = BASE.withRisks(map(BASE.risks(), x -> x.inherent().isPresent(),
        x -> x.withInherent(x.inherent().get().withLikelihood(Optional.empty()))));
    assertThat(RuleTesting.findings("6.1.2-method", none)).extracting(Finding::verdict).containsOnly(Verdict.MAJOR_NC);
  }

  @Test
  void acceptance() {
    conforms("6.1.3-acceptance");
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent());
    RiskAcceptance acc = r.acceptance().get();
    finding(withRisk(BASE, r.withAcceptance(acc.withValidUntil(A.minusDays(1)))), "6.1.3-acceptance", "expired",
        Verdict.MINOR_NC, "6.1.3", r.id());
    LocalDateHolder h = new LocalDateHolder(r.acceptedResidual().get().assessedOn().minusDays(1));
    finding(withRisk(BASE, r.withAcceptance(acc.withAcceptedOn(h.date))), "6.1.3-acceptance",
        h.date.isBefore(A.minusDays(31)) ? "stale" : "reacceptance-due",
        h.date.isBefore(A.minusDays(31)) ? Verdict.MINOR_NC : Verdict.OBSERVATION, "6.1.3", r.id());
    // reassessed yesterday, the acceptance older: the renewal is due, an observation
    var recent = r.acceptedResidual().get().withAssessedOn(A.minusDays(1));
    Risk reassessed = r.acceptance().get().basis() == io.ismskit.core.risk.AcceptanceBasis.TARGET_RESIDUAL
        ? r.withTargetResidual(recent) : r.withResidual(recent);
    finding(withRisk(BASE, reassessed.withHistory(List.of())), "6.1.3-acceptance", "reacceptance-due",
        Verdict.OBSERVATION, "6.1.3", r.id());
    // accepted in the authority of a role the criteria do not authorize for the level
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Isms ownerLimited = BASE.withRiskCriteria(c.withOwnerAcceptanceLevel(c.levels().get(0))
        .withAcceptanceAuthorities(List.of()));
    Risk above = ownerLimited.risks().stream().filter(x -> x.acceptance().isPresent()
        && x.acceptance().get().authority().isEmpty() && x.acceptedResidual().isPresent()
        && !x.acceptedResidual().get().level().equals(c.levels().get(0))).findFirst().orElse(null);
    if (above != null) {
      List<Finding> fs = RuleTesting.findings("6.1.3-acceptance", ownerLimited);
      assertThat(fs).filteredOn(f -> f.code().equals("authority")).singleElement()
          .satisfies(f -> assertThat(f.entities()).contains(io.ismskit.core.id.EntityRef.of(above.id())));
    }
  }

  @Test
  void acceptanceInTheAuthorityOfARoleNeedsAHolder() {
    RiskCriteria c = BASE.riskCriteria().orElseThrow();
    Risk r = firstRisk(x -> x.acceptance().isPresent() && x.acceptedResidual().isPresent());
    RiskLevel level = r.acceptedResidual().get().level();
    RoleId role = c.acceptanceAuthorities().get(c.acceptanceAuthorities().size() - 1).role();
    Set<io.ismskit.core.id.PersonId> holders = BASE.roleAssignments().stream().filter(a -> a.role().equals(role))
        .map(RoleAssignment::person).collect(Collectors.toSet());
    io.ismskit.core.id.PersonId holder = holders.iterator().next();
    RiskAcceptance escalated = r.acceptance().get().withAcceptedBy(holder).withAuthority(role);
    // a holder of an authorized role: 6.1.3-residual and 6.1.3-acceptance both accept it
    if (c.authoritiesFor(level).contains(role)) {
      Isms ok = withRisk(BASE, r.withAcceptance(escalated));
      conforms("6.1.3-acceptance", ok);
      conforms("6.1.3-residual", ok);
    }
    io.ismskit.core.id.PersonId notHolder = BASE.people().stream().map(p -> p.id())
        .filter(p -> !holders.contains(p)).findFirst().orElseThrow();
    Isms bad = withRisk(BASE, r.withAcceptance(escalated.withAcceptedBy(notHolder)));
    finding(bad, "6.1.3-acceptance", "authority", Verdict.MINOR_NC, "6.1.3", r.id());
  }

  record LocalDateHolder(java.time.LocalDate date) {}

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
}
