package io.ismskit.core;

import static io.ismskit.core.AuditSamples.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentVersion;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierService;
import io.vavr.collection.Seq;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Isms#validate()} knows every reference of the entities and fields an auditor samples:
 * a valid graph holding all of them validates, and a graph in which every one of them dangles
 * reports each, once, with its entity, field and the {@link ValidationCode#DANGLING} code.
 */
class AuditModelValidationTest {
  static final PersonId NOBODY = PersonId.of("P-X");
  static final DocumentId NO_DOC = DocumentId.of("DOC-X");
  static final ControlId NO_CONTROL = ControlId.of("A.5.99");
  static final ControlId UNIMPLEMENTED = ControlId.of("A.5.20");
  static final RoleId NO_ROLE = RoleId.of("ROLE-X");
  static final ProcessId NO_PROCESS = ProcessId.of("PRC-X");

  static Seq<Problem> violations(Isms isms) {
    return isms.validate().fold(v -> v, ok -> io.vavr.collection.List.empty());
  }

  @Test
  void graphWithEveryNewEntityAndReference_isValid() {
    Isms isms = AuditSamples.valid();
    assertThat(violations(isms)).isEmpty();
    assertThat(isms.suppliers()).hasSize(1);
    assertThat(isms.evidenceItems()).hasSize(1);
    assertThat(isms.policyExceptions()).hasSize(1);
  }

  @Test
  void everyNewReference_whenDangling_isReportedOnceWithEntityAndField() {
    Isms valid = AuditSamples.valid();
    Isms broken = breakEveryNewReference(valid);
    assertThat(violations(broken)).allSatisfy(p -> assertThat(p.code()).isEqualTo(ValidationCode.DANGLING))
        .extracting(Problem::entityType, Problem::entityId, Problem::field)
        .containsExactly(
            tuple("Supplier", "SUP-1", "owner"),
            tuple("Supplier", "SUP-1", "interestedParty"),
            tuple("Supplier", "SUP-1", "risks"),
            tuple("Supplier", "SUP-1", "controls"),
            tuple("Supplier", "SUP-1", "provides[0].process"),
            tuple("Supplier", "SUP-1", "provides[0].assets"),
            tuple("Supplier", "SUP-1", "agreements[0].requirements"),
            tuple("Supplier", "SUP-1", "agreements[0].controls"),
            tuple("Supplier", "SUP-1", "agreements[0].document"),
            tuple("Supplier", "SUP-1", "assessments[0].performedBy"),
            tuple("Supplier", "SUP-1", "assessments[0].report"),
            tuple("EvidenceItem", "EV-1", "document"),
            tuple("EvidenceItem", "EV-1", "collectedBy"),
            tuple("EvidenceItem", "EV-1", "review.by"),
            tuple("EvidenceItem", "EV-1", "controlImplementations"),
            tuple("EvidenceItem", "EV-1", "measurements"),
            tuple("EvidenceItem", "EV-1", "findings"),
            tuple("EvidenceItem", "EV-1", "soaEntries"),
            tuple("PolicyException", "PE-1", "policy"),
            tuple("PolicyException", "PE-1", "controls"),
            tuple("PolicyException", "PE-1", "assets"),
            tuple("PolicyException", "PE-1", "risks"),
            tuple("PolicyException", "PE-1", "requestedBy"),
            tuple("PolicyException", "PE-1", "approval.by"),
            tuple("DocumentedInformation", "DOC-1", "history[0].author"),
            tuple("DocumentedInformation", "DOC-1", "history[0].approval.by"),
            tuple("DocumentedInformation", "DOC-1", "accessRoles"),
            tuple("DocumentedInformation", "DOC-0", "supersededBy"),
            tuple("Role", "R-CISO", "competenceProfile"),
            tuple("CompetenceRecord", "CR-1", "role"),
            tuple("AuditProgramme", "AP-1", "priorities[0].process"),
            tuple("AuditProgramme", "AP-1", "priorities[0].previousFindings"),
            tuple("InternalAudit", "AU-1", "criteriaPolicies"),
            tuple("InternalAudit", "AU-1", "criteriaDocuments"),
            tuple("InternalAudit", "AU-1", "criteriaRequirements"),
            tuple("InternalAudit", "AU-1", "plan"),
            tuple("InternalAudit", "AU-1", "team[0].competence"),
            tuple("AuditFinding", "F-1", "process"),
            tuple("Measurement", "MS-1", "evaluatedBy"),
            tuple("ManagementReview", "MR-1", "decisions[0].followedUpIn"),
            tuple("RiskCriteria", "RC-1", "acceptanceAuthorities[0].role"),
            tuple("Risk", "R-1", "acceptance.authority"),
            tuple("Requirement", "REQ-1", "owner"),
            tuple("Incident", "INC-1", "improvements"),
            tuple("Incident", "INC-1", "evidence"),
            tuple("Incident", "INC-1", "suppliers"),
            tuple("Nonconformity", "NC-1", "similar"),
            tuple("Nonconformity", "NC-1", "changes"));
  }

  @Test
  void danglingMessages_nameTheKindOfTarget() {
    Isms broken = breakEveryNewReference(AuditSamples.valid());
    assertThat(violations(broken)).extracting(Problem::message).contains(
        "Supplier SUP-1: agreements[0].document refers to unknown document 'DOC-X'",
        "EvidenceItem EV-1: controlImplementations refers to unknown control implementation 'A.5.20'",
        "EvidenceItem EV-1: soaEntries refers to unknown line of the Statement of Applicability 'A.5.20'",
        "PolicyException PE-1: controls refers to unknown control of the catalog or a custom control 'A.5.99'",
        "InternalAudit AU-1: team[0].competence refers to unknown competence record 'CR-X'",
        "Incident INC-1: suppliers refers to unknown supplier 'SUP-X'");
  }

  @Test
  void evidenceForSoaLines_withoutAnySoa_dangles() {
    Isms isms = AuditSamples.valid().withStatementOfApplicability(Optional.empty())
        .withControlImplementations(List.of());
    assertThat(violations(isms)).extracting(Problem::entityType, Problem::field).containsExactly(
        tuple("EvidenceItem", "controlImplementations"), tuple("EvidenceItem", "soaEntries"));
  }

  @Test
  void duplicateIdsOfTheNewKinds_areReported() {
    Isms valid = AuditSamples.valid();
    Isms isms = valid.withSuppliers(valid.suppliers().get(0), valid.suppliers().get(0))
        .withEvidenceItems(valid.evidenceItems().get(0), valid.evidenceItems().get(0))
        .withPolicyExceptions(valid.policyExceptions().get(0), valid.policyExceptions().get(0));
    assertThat(violations(isms)).extracting(Problem::entityType, Problem::entityId, Problem::code).containsExactly(
        tuple("Supplier", "SUP-1", ValidationCode.DUPLICATE),
        tuple("EvidenceItem", "EV-1", ValidationCode.DUPLICATE),
        tuple("PolicyException", "PE-1", ValidationCode.DUPLICATE));
  }

  /** Every reference of the new entities and fields pointed at something that does not exist. */
  static Isms breakEveryNewReference(Isms valid) {
    Supplier s = valid.suppliers().get(0);
    SupplierService service = s.provides().get(0).withProcess(NO_PROCESS).withAssets(AssetId.of("A-X"));
    SupplierAgreement agreement = s.agreements().get(0).withRequirements(RequirementId.of("REQ-X"))
        .withControls(NO_CONTROL).withDocument(NO_DOC);
    SupplierAssessment assessment = s.assessments().get(0).withPerformedBy(NOBODY).withReport(NO_DOC);
    Supplier supplier = s.withOwner(NOBODY).withInterestedParty(InterestedPartyId.of("IP-X"))
        .withRisks(RiskId.of("R-X")).withControls(NO_CONTROL).withProvides(service).withAgreements(agreement)
        .withAssessments(assessment);

    EvidenceItem e = valid.evidenceItems().get(0);
    EvidenceItem evidence = e.withDocument(NO_DOC).withCollectedBy(NOBODY)
        .withReview(EvidenceReview.sufficient(NOBODY, D)).withControlImplementations(UNIMPLEMENTED)
        .withMeasurements(MeasurementId.of("MS-X")).withFindings(FindingId.of("F-X")).withSoaEntries(UNIMPLEMENTED);

    PolicyException x = valid.policyExceptions().get(0);
    PolicyException exception = x.withPolicy(PolicyId.of("POL-X")).withControls(NO_CONTROL)
        .withAssets(AssetId.of("A-X")).withRisks(RiskId.of("R-X")).withRequestedBy(NOBODY)
        .withApproval(Approval.of(NOBODY, D));

    DocumentedInformation doc = valid.document(AuditSamples.DOC).orElseThrow();
    DocumentVersion v1 = doc.history().get(0).withAuthor(NOBODY).withApproval(Approval.of(NOBODY, D.minusYears(1)));
    DocumentedInformation newDoc = doc.withHistory(v1, doc.history().get(1)).withAccessRoles(NO_ROLE);
    DocumentedInformation oldDoc = valid.document(AuditSamples.DOC_OLD).orElseThrow().withSupersededBy(NO_DOC);
    Role ciso = valid.role(AuditSamples.ROLE_CISO).orElseThrow().withCompetenceProfile(NO_DOC);
    CompetenceRecord competence = valid.competenceRecords().get(0).withRole(NO_ROLE);

    AuditProgramme p = valid.auditProgrammes().get(0);
    AuditPriority priority = p.priorities().get(0).withProcess(NO_PROCESS).withPreviousFindings(FindingId.of("F-X"));
    InternalAudit a = valid.audits().get(0);
    AuditTeamMember member = a.team().get(0).withCompetence(CompetenceRecordId.of("CR-X"));
    InternalAudit audit = a.withCriteriaPolicies(PolicyId.of("POL-X")).withCriteriaDocuments(NO_DOC)
        .withCriteriaRequirements(RequirementId.of("REQ-X")).withPlan(NO_DOC).withTeam(member);
    AuditFinding finding = valid.findings().get(0).withProcess(NO_PROCESS);
    Measurement measurement = valid.measurements().get(0).withEvaluatedBy(NOBODY);

    ManagementReview r = valid.managementReviews().get(0);
    ReviewDecision decision = r.decisions().get(0).withFollowedUpIn(ReviewId.of("MR-X"));
    RiskCriteria criteria = valid.riskCriteria().orElseThrow()
        .withAcceptanceAuthorities(AcceptanceAuthority.of(NO_ROLE, AuditSamples.HIGH));
    Risk risk = valid.risks().get(0);
    Risk newRisk = risk.withAcceptance(risk.acceptance().orElseThrow().withAuthority(NO_ROLE));
    InterestedParty party = valid.interestedParties().get(0);
    Requirement requirement = party.requirements().get(0).withOwner(NOBODY);
    Incident incident = valid.incidents().get(0).withImprovements(ImprovementId.of("IMP-X"))
        .withEvidence(EvidenceId.of("EV-X")).withSuppliers(SupplierId.of("SUP-X"));
    Nonconformity nc = valid.nonconformity(AuditSamples.NC).orElseThrow()
        .withSimilar(NonconformityId.of("NC-X")).withChanges(ChangeId.of("CH-X"));

    return valid.withSupplier(supplier).withEvidenceItem(evidence).withPolicyException(exception)
        .withDocument(newDoc).withDocument(oldDoc).withRole(ciso).withCompetenceRecord(competence)
        .withAuditProgramme(p.withPriorities(priority)).withAudit(audit).withFinding(finding)
        .withMeasurement(measurement).withManagementReview(r.withDecisions(decision)).withRiskCriteria(criteria)
        .withRisk(newRisk).withInterestedParty(party.withRequirement(requirement)).withIncident(incident)
        .withNonconformity(nc);
  }
}
