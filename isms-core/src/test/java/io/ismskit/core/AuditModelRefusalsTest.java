package io.ismskit.core;

import static io.ismskit.core.AuditSamples.AUDITOR;
import static io.ismskit.core.AuditSamples.CISO;
import static io.ismskit.core.AuditSamples.D;
import static io.ismskit.core.ModelRefusalsTest.refused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.Importance;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.ObjectiveEvidence;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.DocumentVersion;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.supplier.CloudServiceModel;
import io.ismskit.core.supplier.ProvisionKind;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierService;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builders and records of what an auditor samples refuse locally wrong values with an {@link
 * io.ismskit.core.base.InvalidValueException} whose problem has a {@link ModelCode} and names type,
 * field and value.
 */
class AuditModelRefusalsTest {

  // ---- suppliers -------------------------------------------------------------------------------

  @Test
  void supplierService_cloudModelOfANonCloudService() {
    refused(() -> SupplierService.builder().description("Pen test").kind(ProvisionKind.SERVICE)
            .cloudModel(CloudServiceModel.SAAS).build(), ModelCode.INCONSISTENT,
        "SupplierService.cloudModel: is only for a CLOUD_SERVICE, kind was SERVICE, was 'SAAS'");
  }

  @Test
  void supplierService_blankLocation() {
    refused(() -> SupplierService.builder().description("Hosting").kind(ProvisionKind.CLOUD_SERVICE)
            .addLocations(" ").build(), ModelCode.BLANK, "SupplierService.locations: must not be blank, was ' '");
  }

  @Test
  void supplierAgreement_endsBeforeSigned() {
    refused(() -> AuditSamples.agreement("C-1").withValidUntil(D.minusYears(3)), ModelCode.DATE_ORDER,
        "SupplierAgreement.validUntil: must not be before signedOn 2024-03-01, was '2023-03-01'");
  }

  @Test
  void supplierAgreement_reviewedBeforeSigned() {
    refused(() -> AuditSamples.agreement("C-1").withLastReviewed(D.minusYears(5)), ModelCode.DATE_ORDER,
        "SupplierAgreement.lastReviewed: must not be before signedOn 2024-03-01, was '2021-03-01'");
  }

  @Test
  void supplierAgreement_blankSecurityRequirement() {
    refused(() -> AuditSamples.agreement("C-1").withSecurityRequirements("\u200b"), ModelCode.BLANK,
        "SupplierAgreement.securityRequirements: must not be blank, was '\\u200B'");
  }

  @Test
  void supplierAgreement_blankExitProvision() {
    refused(() -> AuditSamples.agreement("C-1").withExitProvision("  "), ModelCode.BLANK,
        "SupplierAgreement.exitProvision: must not be blank, was '  '");
  }

  @Test
  void supplierAssessment_nextDueBeforePerformed() {
    refused(() -> AuditSamples.assessment(D).withNextDue(D.minusDays(1)), ModelCode.DATE_ORDER,
        "SupplierAssessment.nextDue: must not be before performedOn 2026-03-01, was '2026-02-28'");
  }

  @Test
  void supplierAssessment_blankSummary() {
    refused(() -> AuditSamples.assessment(D).withSummary(""), ModelCode.BLANK,
        "SupplierAssessment.summary: must not be blank, was ''");
  }

  @Test
  void supplier_providesNothing() {
    refused(() -> AuditSamples.supplier().withProvides(List.of()), ModelCode.EMPTY,
        "Supplier.provides: must not be empty");
  }

  @Test
  void supplier_twoAgreementsWithOneReference() {
    refused(() -> AuditSamples.supplier().withAgreements(AuditSamples.agreement("C-1"), AuditSamples.agreement("C-1")),
        ModelCode.DUPLICATE, "Supplier.agreements.reference: must not hold an element twice, was 'C-1'");
  }

  @Test
  void supplier_zeroReviewInterval() {
    refused(() -> AuditSamples.supplier().withReviewInterval(Period.ZERO), ModelCode.PERIOD_NOT_POSITIVE,
        "Supplier.reviewInterval: must be a positive period, was 'P0D'");
  }

  @Test
  void supplier_withoutOwner() {
    Supplier s = AuditSamples.supplier();
    refused(() -> Supplier.builder().id(s.id()).name(s.name()).criticality(s.criticality())
            .addAllProvides(s.provides()).build(), ModelCode.REQUIRED,
        "Supplier.owner: is required; set it with owner(PersonId)");
  }

  // ---- evidence --------------------------------------------------------------------------------

  @Test
  void coveredPeriod_endBeforeStart() {
    refused(() -> CoveredPeriod.of(D, D.minusDays(1)), ModelCode.DATE_ORDER,
        "CoveredPeriod.to: must not be before from 2026-03-01, was '2026-02-28'");
  }

  @Test
  void coveredPeriod_unsupportedDate() {
    refused(() -> CoveredPeriod.day(LocalDate.of(10_000, 1, 1)), ModelCode.DATE_UNSUPPORTED,
        "CoveredPeriod.from: must be a date from 0001-01-01 to 9999-12-31, was '+10000-01-01'");
  }

  @Test
  @SuppressWarnings("NullAway")
  void evidenceReview_needsAReviewer() {
    assertThatThrownBy(() -> EvidenceReview.sufficient(null, D)).isInstanceOf(NullPointerException.class)
        .hasMessage("EvidenceReview.by: must not be null");
  }

  @Test
  void evidenceItem_periodStartingAfterCollection() {
    refused(() -> AuditSamples.evidence().withPeriod(CoveredPeriod.of(D, D.plusDays(9))), ModelCode.DATE_ORDER,
        "EvidenceItem.collectedOn: must not be before period.from 2026-03-01, was '2026-01-01'");
  }

  @Test
  void evidenceItem_reviewedBeforeCollected() {
    refused(() -> AuditSamples.evidence().withReview(EvidenceReview.sufficient(CISO, D.minusYears(1))),
        ModelCode.DATE_ORDER, "EvidenceItem.review.on: must not be before collectedOn 2026-01-01, was '2025-03-01'");
  }

  @Test
  void evidenceItem_blankSource() {
    refused(() -> AuditSamples.evidence().withSource(" "), ModelCode.BLANK,
        "EvidenceItem.source: must not be blank, was ' '");
  }

  @Test
  void evidenceItem_sameFindingTwice() {
    EvidenceItem e = AuditSamples.evidence();
    refused(() -> e.withFindings(AuditSamples.FINDING, AuditSamples.FINDING), ModelCode.DUPLICATE,
        "EvidenceItem.findings: must not hold an element twice, was 'F-1'");
  }

  // ---- document control ------------------------------------------------------------------------

  static DocumentVersion version(String v, LocalDate date) {
    return DocumentVersion.builder().version(v).date(date).author(CISO).changeNote("Change " + v).build();
  }

  @Test
  void documentVersion_approvedBeforeWritten() {
    refused(() -> version("1.0", D).withApproval(Approval.of(CISO, D.minusDays(1))), ModelCode.DATE_ORDER,
        "DocumentVersion.approval.on: must not be before date 2026-03-01, was '2026-02-28'");
  }

  @Test
  void documentVersion_blankChangeNote() {
    refused(() -> version("1.0", D).withChangeNote(" "), ModelCode.BLANK,
        "DocumentVersion.changeNote: must not be blank, was ' '");
  }

  static DocumentedInformation current() {
    return AuditSamples.valid().document(AuditSamples.DOC).orElseThrow();
  }

  static DocumentedInformation superseded() {
    return AuditSamples.valid().document(AuditSamples.DOC_OLD).orElseThrow();
  }

  @Test
  void document_historyNotEndingWithTheCurrentVersion() {
    refused(() -> current().withVersion("2.0"), ModelCode.INCONSISTENT,
        "DocumentedInformation.history: must end with the current version 2.0, was '1.1'");
  }

  @Test
  void document_historyOutOfDateOrder() {
    refused(() -> current().withHistory(version("1.0", D), version("1.1", D.minusDays(1))),
        ModelCode.DATE_ORDER,
        "DocumentedInformation.history[1].date: must not be before history[0].date 2026-03-01, was '2026-02-28'");
  }

  @Test
  void document_sameVersionTwice() {
    refused(() -> current().withHistory(version("1.1", D), version("1.1", D)),
        ModelCode.DUPLICATE, "DocumentedInformation.history.version: must not hold an element twice, was '1.1'");
  }

  @Test
  void document_externalSourceOfAnInternalDocument() {
    refused(() -> current().withExternalSource("BSI"), ModelCode.INCONSISTENT,
        "DocumentedInformation.externalSource: is only for an item of external origin; set externalOrigin(true), "
            + "was 'BSI'");
  }

  @Test
  void document_supersededByItself() {
    refused(() -> superseded().withSupersededBy(AuditSamples.DOC_OLD), ModelCode.INCONSISTENT,
        "DocumentedInformation.supersededBy: must not be the item itself, was 'DOC-0'");
  }

  @Test
  void role_blankRequiredCompetence() {
    refused(() -> Role.builder().id(RoleId.of("R-1")).name("Auditor").addRequiredCompetences("").build(),
        ModelCode.BLANK, "Role.requiredCompetences: must not be blank, was ''");
  }

  // ---- policy exceptions -----------------------------------------------------------------------

  @Test
  void policyException_expiringBeforeItStarts() {
    refused(() -> AuditSamples.policyException().withExpiresOn(D.minusMonths(1)), ModelCode.DATE_ORDER,
        "PolicyException.expiresOn: must not be before validFrom 2026-02-19, was '2026-02-01'");
  }

  @Test
  void policyException_closedBeforeItStarts() {
    refused(() -> AuditSamples.policyException().withClosedOn(D.minusMonths(1)), ModelCode.DATE_ORDER,
        "PolicyException.closedOn: must not be before validFrom 2026-02-19, was '2026-02-01'");
  }

  @Test
  void policyException_withoutExpiry() {
    PolicyException x = AuditSamples.policyException();
    refused(() -> PolicyException.builder().id(x.id()).policy(x.policy()).description(x.description())
            .justification(x.justification()).requestedBy(x.requestedBy()).validFrom(x.validFrom()).build(),
        ModelCode.REQUIRED, "PolicyException.expiresOn: is required; set it with expiresOn(LocalDate)");
  }

  // ---- audit depth -----------------------------------------------------------------------------

  @Test
  void auditTeamMember_blankIndependence() {
    refused(() -> AuditTeamMember.builder().person(AUDITOR).independence(" ").build(), ModelCode.BLANK,
        "AuditTeamMember.independence: must not be blank, was ' '");
  }

  @Test
  void internalAudit_teamMemberWhoIsNoAuditor() {
    InternalAudit a = AuditSamples.valid().audits().get(0);
    refused(() -> a.withTeam(AuditTeamMember.builder().person(CISO).build()), ModelCode.INCONSISTENT,
        "InternalAudit.team.person: must be one of the auditors [P-AUD], was 'P-CISO'");
  }

  @Test
  void internalAudit_auditorTwiceInTheTeam() {
    InternalAudit a = AuditSamples.valid().audits().get(0);
    AuditTeamMember m = a.team().get(0);
    refused(() -> a.withTeam(m, m), ModelCode.DUPLICATE,
        "InternalAudit.team.person: must not hold an element twice, was 'P-AUD'");
  }

  @Test
  void objectiveEvidence_emptySample() {
    refused(() -> ObjectiveEvidence.builder().sampled("Tickets").location("Jira").sampleSize(0).build(),
        ModelCode.OUT_OF_RANGE, "ObjectiveEvidence.sampleSize: must be in 1..2147483647, was '0'");
  }

  @Test
  void objectiveEvidence_populationSmallerThanSample() {
    refused(() -> ObjectiveEvidence.builder().sampled("Tickets").location("Jira").sampleSize(10).population(5)
        .build(), ModelCode.INCONSISTENT, "ObjectiveEvidence.population: must not be smaller than sampleSize 10, was '5'");
  }

  @Test
  void auditPriority_blankRationale() {
    refused(() -> AuditPriority.builder().process(ProcessId.of("PRC-1")).importance(Importance.HIGH).rationale("")
        .build(), ModelCode.BLANK, "AuditPriority.rationale: must not be blank, was ''");
  }

  @Test
  void auditProgramme_processWeighedTwice() {
    var p = AuditSamples.valid().auditProgrammes().get(0);
    refused(() -> p.withPriorities(p.priorities().get(0), p.priorities().get(0)), ModelCode.DUPLICATE,
        "AuditProgramme.priorities.process: must not hold an element twice, was 'PRC-1'");
  }

  // ---- measurement, review, incidents, nonconformities -----------------------------------------

  @Test
  void metric_thresholdBetterThanTarget() {
    Metric m = AuditSamples.valid().metrics().get(0);
    refused(() -> m.withThreshold(97.0), ModelCode.INCONSISTENT,
        "Metric.threshold: must not be better than the target 95.0 (higher is better), was '97.0'");
    refused(() -> m.withHigherIsBetter(false), ModelCode.INCONSISTENT,
        "Metric.threshold: must not be better than the target 95.0 (lower is better), was '90.0'");
  }

  @Test
  void metric_infiniteThreshold() {
    Metric m = AuditSamples.valid().metrics().get(0);
    refused(() -> m.withThreshold(Double.NEGATIVE_INFINITY), ModelCode.NOT_FINITE,
        "Metric.threshold: must be a finite number, was '-Infinity'");
  }

  @Test
  void reviewDecision_followedUpTwiceInOneReview() {
    ReviewDecision d = AuditSamples.valid().managementReviews().get(0).decisions().get(0);
    refused(() -> d.withFollowedUpIn(ReviewId.of("MR-2"), ReviewId.of("MR-2")), ModelCode.DUPLICATE,
        "ReviewDecision.followedUpIn: must not hold an element twice, was 'MR-2'");
  }

  @Test
  void incident_assessedBeforeItOccurred() {
    Incident i = AuditSamples.valid().incidents().get(0);
    refused(() -> i.withAssessedOn(i.occurredOn().minusDays(1)), ModelCode.DATE_ORDER,
        "Incident.assessedOn: must not be before occurredOn 2026-02-01, was '2026-01-31'");
  }

  @Test
  void nonconformity_similarToItself() {
    Nonconformity n = AuditSamples.valid().nonconformity(AuditSamples.NC).orElseThrow();
    refused(() -> n.withSimilar(NonconformityId.of("NC-1")), ModelCode.INCONSISTENT,
        "Nonconformity.similar: must not name the nonconformity itself, was 'NC-1'");
  }

  // ---- risk acceptance authority, context ------------------------------------------------------

  @Test
  void riskCriteria_ownerLevelNotOnTheScale() {
    RiskCriteria c = AuditSamples.valid().riskCriteria().orElseThrow();
    refused(() -> c.withOwnerAcceptanceLevel(RiskLevel.of("Extreme")), ModelCode.UNKNOWN_LEVEL,
        "RiskCriteria.ownerAcceptanceLevel: must be one of the levels [Low, Medium, High], was 'Extreme'");
  }

  @Test
  void riskCriteria_authorityLevelNotOnTheScale() {
    RiskCriteria c = AuditSamples.valid().riskCriteria().orElseThrow();
    refused(() -> c.withAcceptanceAuthorities(AcceptanceAuthority.of(RoleId.of("R-CEO"), RiskLevel.of("Extreme"))),
        ModelCode.UNKNOWN_LEVEL,
        "RiskCriteria.acceptanceAuthorities[0].upTo: must be one of the levels [Low, Medium, High], was 'Extreme'");
  }

  @Test
  void riskCriteria_roleWithTwoAuthorities() {
    RiskCriteria c = AuditSamples.valid().riskCriteria().orElseThrow();
    AcceptanceAuthority a = AcceptanceAuthority.of(RoleId.of("R-CEO"), AuditSamples.HIGH);
    refused(() -> c.withAcceptanceAuthorities(a, a.withUpTo(AuditSamples.LOW)), ModelCode.DUPLICATE,
        "RiskCriteria.acceptanceAuthorities.role: must not hold an element twice, was 'R-CEO'");
  }

  @Test
  void requirement_blankJurisdiction() {
    Requirement r = AuditSamples.valid().interestedParties().get(0).requirements().get(0);
    refused(() -> r.withJurisdiction(""), ModelCode.BLANK, "Requirement.jurisdiction: must not be blank, was ''");
  }

  @Test
  void interestedParty_unsupportedReviewDate() {
    InterestedParty p = AuditSamples.valid().interestedParties().get(0);
    refused(() -> p.withLastReviewed(LocalDate.of(-1, 1, 1)), ModelCode.DATE_UNSUPPORTED,
        "InterestedParty.lastReviewed: must be a date from 0001-01-01 to 9999-12-31, was '-0001-01-01'");
  }

  @Test
  @SuppressWarnings("NullAway")
  void complianceEvaluation_needsAStatus() {
    assertThatThrownBy(() -> ComplianceEvaluation.of(null, D)).isInstanceOf(NullPointerException.class)
        .hasMessage("ComplianceEvaluation.status: must not be null");
  }

  @Test
  void supplierAssessment_unsupportedDate() {
    refused(() -> AuditSamples.assessment(LocalDate.of(10_000, 1, 1)), ModelCode.DATE_UNSUPPORTED,
        "SupplierAssessment.performedOn: must be a date from 0001-01-01 to 9999-12-31, was '+10000-01-01'");
  }

  @Test
  void supplierAgreement_blankReference() {
    refused(() -> AuditSamples.agreement(" "), ModelCode.BLANK, "SupplierAgreement.reference: must not be blank, was ' '");
  }

  @Test
  void supplierAssessment_kindIsRequired() {
    SupplierAssessment a = AuditSamples.assessment(D);
    refused(() -> SupplierAssessment.builder().performedOn(a.performedOn()).performedBy(a.performedBy())
            .outcome(a.outcome()).summary(a.summary()).build(), ModelCode.REQUIRED,
        "SupplierAssessment.kind: is required; set it with kind(AssessmentKind)");
  }

  @Test
  void supplierAgreement_sameControlTwice() {
    SupplierAgreement a = AuditSamples.agreement("C-1");
    refused(() -> a.withControls(AuditSamples.CONTROL, AuditSamples.CONTROL), ModelCode.DUPLICATE,
        "SupplierAgreement.controls: must not hold an element twice, was 'A.5.19'");
  }
}
