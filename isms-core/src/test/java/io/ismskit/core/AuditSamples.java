package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.AuditorRole;
import io.ismskit.core.assurance.ChangeTrigger;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.FindingType;
import io.ismskit.core.assurance.Importance;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.ObjectiveEvidence;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.ComplianceStatus;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.RequirementType;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceKind;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.Disposition;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentVersion;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.EvidenceType;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.supplier.AssessmentKind;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.CloudServiceModel;
import io.ismskit.core.supplier.ProvisionKind;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierCriticality;
import io.ismskit.core.supplier.SupplierService;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A small valid ISMS holding every entity and field an auditor samples (suppliers, evidence, policy
 * exceptions, document control, audit depth, measurement, review follow-up, acceptance authority),
 * each built through its public builder; and the ids its references resolve to.
 */
final class AuditSamples {
  static final PersonId CISO = PersonId.of("P-CISO");
  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId AUDITOR = PersonId.of("P-AUD");
  static final LocalDate D = LocalDate.of(2026, 3, 1);
  static final RoleId ROLE_CISO = RoleId.of("R-CISO");
  static final RoleId ROLE_CEO = RoleId.of("R-CEO");
  static final DocumentId DOC = DocumentId.of("DOC-1");
  static final DocumentId DOC_OLD = DocumentId.of("DOC-0");
  static final ProcessId PROCESS = ProcessId.of("PRC-1");
  static final RiskId RISK = RiskId.of("R-1");
  static final AssetId ASSET = AssetId.of("A-1");
  static final ControlId CONTROL = ControlId.of("A.5.19");
  static final RequirementId REQ = RequirementId.of("REQ-1");
  static final PolicyId POLICY = PolicyId.of("POL-1");
  static final FindingId FINDING = FindingId.of("F-1");
  static final NonconformityId NC = NonconformityId.of("NC-1");
  static final MeasurementId MEASUREMENT = MeasurementId.of("MS-1");
  static final SupplierId SUPPLIER = SupplierId.of("SUP-1");
  static final EvidenceId EVIDENCE = EvidenceId.of("EV-1");
  static final RiskLevel LOW = RiskLevel.of("Low");
  static final RiskLevel HIGH = RiskLevel.of("High");

  private AuditSamples() {}

  static Person person(PersonId id) {
    return Person.builder().id(id).name("Person " + id).build();
  }

  static SupplierAgreement agreement(String reference) {
    return SupplierAgreement.builder().reference(reference).title("Cloud services agreement").signedOn(D.minusYears(2))
        .addSecurityRequirements("Notify security incidents within 24 hours").addRequirements(REQ)
        .addControls(CONTROL).rightToAudit(true).document(DOC).lastReviewed(D.minusMonths(2)).build();
  }

  static SupplierAssessment assessment(LocalDate on) {
    return SupplierAssessment.builder().kind(AssessmentKind.CERTIFICATE_REVIEW).performedOn(on).performedBy(CISO)
        .outcome(AssessmentOutcome.ACCEPTABLE).summary("ISO/IEC 27001 certificate valid").report(DOC).build();
  }

  static Supplier supplier() {
    return Supplier.builder().id(SUPPLIER).name("Cloud Co").owner(CISO).criticality(SupplierCriticality.CRITICAL)
        .addProvides(SupplierService.builder().description("Hosting").kind(ProvisionKind.CLOUD_SERVICE)
            .cloudModel(CloudServiceModel.IAAS).process(PROCESS).addAssets(ASSET).addLocations("EU").build())
        .informationAccess(Classification.CONFIDENTIAL).interestedParty(InterestedPartyId.of("IP-1"))
        .addAgreements(agreement("C-1")).addAssessments(assessment(D.minusMonths(3)))
        .reviewInterval(Period.ofMonths(12)).addRisks(RISK).addControls(CONTROL).since(D.minusYears(2))
        .securityContact("security@cloud.example").build();
  }

  static EvidenceItem evidence() {
    return EvidenceItem.builder().id(EVIDENCE).title("Access review Q4").kind(EvidenceKind.RECORD)
        .source("IAM export").document(DOC).period(CoveredPeriod.of(D.minusMonths(5), D.minusMonths(2)))
        .collectedOn(D.minusMonths(2)).collectedBy(CISO).review(EvidenceReview.sufficient(CEO, D.minusMonths(1)))
        .addControlImplementations(CONTROL).addMeasurements(MEASUREMENT).addFindings(FINDING)
        .addSoaEntries(CONTROL).build();
  }

  static PolicyException policyException() {
    return PolicyException.builder().id(PolicyExceptionId.of("PE-1")).policy(POLICY).addControls(CONTROL)
        .description("Legacy TLS on one server").justification("Customer contract until migration")
        .compensatingMeasures("IP allow-list").addAssets(ASSET).addRisks(RISK).requestedBy(CISO)
        .approval(Approval.of(CEO, D.minusDays(10))).validFrom(D.minusDays(10)).expiresOn(D.plusMonths(6)).build();
  }

  /** A valid ISMS with every new entity and every new reference resolved. */
  static Isms valid() {
    Requirement req = Requirement.builder().id(REQ).description("Customer DPA").type(RequirementType.CONTRACTUAL)
        .jurisdiction("EU").owner(CISO).lastReviewed(D.minusMonths(1))
        .compliance(ComplianceEvaluation.of(ComplianceStatus.COMPLIANT, D.minusMonths(1))).build();
    DocumentVersion v1 = DocumentVersion.builder().version("1.0").date(D.minusYears(1)).author(CISO)
        .changeNote("First issue").approval(Approval.of(CEO, D.minusYears(1))).build();
    DocumentVersion v2 = DocumentVersion.builder().version("1.1").date(D.minusMonths(1)).author(CISO)
        .changeNote("Cloud exit added").approval(Approval.of(CEO, D.minusMonths(1))).build();
    var doc = DocumentedInformation.builder().id(DOC).title("Supplier procedure").kind(DocumentKind.MAINTAINED)
        .version("1.1").owner(CISO).classification(Classification.INTERNAL).status(DocumentStatus.APPROVED)
        .approval(Approval.of(CEO, D.minusMonths(1))).addHistory(v1, v2).addDistribution("All staff (intranet)")
        .addAccessRoles(ROLE_CISO).disposition(Disposition.ARCHIVE).retention(Period.ofYears(3)).build();
    var oldDoc = DocumentedInformation.builder().id(DOC_OLD).title("Old supplier procedure")
        .kind(DocumentKind.MAINTAINED).version("0.9").owner(CISO).classification(Classification.INTERNAL)
        .status(DocumentStatus.OBSOLETE).supersededBy(DOC).externalOrigin(true).externalSource("Vendor").build();
    RiskCriteria criteria = RiskCriteria.builder().version("RC-1").method(MethodId.of("matrix"))
        .addLevels(LOW, RiskLevel.of("Medium"), HIGH).acceptanceLevel(LOW).appetite(0.2).tolerance(0.8)
        .assessmentInterval(Period.ofMonths(12)).ownerAcceptanceLevel(LOW)
        .addAcceptanceAuthorities(AcceptanceAuthority.of(ROLE_CEO, HIGH)).build();
    Risk risk = Risk.builder().id(RISK).title("Supplier outage").scenario("The cloud provider fails")
        .addAssets(ASSET).owner(CISO).identifiedOn(D.minusYears(1))
        .acceptance(RiskAcceptance.builder().acceptedBy(CEO).acceptedOn(D.minusMonths(1)).authority(ROLE_CEO)
            .build()).build();
    Metric metric = Metric.builder().id(MetricId.of("M-1")).name("Patch rate").description("Patched hosts")
        .method("Count").frequency(Period.ofMonths(1)).measuredBy(CISO).evaluatedBy(CEO).dataSource("MDM")
        .analysisFrequency(Period.ofMonths(3)).target(95.0).threshold(90.0).build();
    Measurement measurement = Measurement.builder().id(MEASUREMENT).metric(MetricId.of("M-1")).measuredOn(D)
        .value(93).measuredBy(CISO).evaluation(Evaluation.of("Below target", D.plusDays(2))).evaluatedBy(CEO)
        .build();
    AuditProgramme programme = AuditProgramme.builder().id(AuditProgrammeId.of("AP-1")).name("Programme")
        .start(D.minusYears(1)).end(D.plusYears(1)).interval(Period.ofMonths(12)).owner(CISO)
        .riskBasis("Weighted by process importance and previous findings")
        .addPriorities(AuditPriority.builder().process(PROCESS).importance(Importance.HIGH).addPreviousFindings(FINDING)
            .rationale("Critical supplier").auditInterval(Period.ofMonths(6)).build()).build();
    CompetenceRecord auditorCompetence = CompetenceRecord.builder().id(CompetenceRecordId.of("CR-1")).person(AUDITOR)
        .competence("ISO 19011 auditing").role(RoleId.of("R-AUD")).evidenceType(EvidenceType.CERTIFICATION)
        .evidence(DOC).obtainedOn(D.minusYears(2)).build();
    InternalAudit audit = InternalAudit.builder().id(AuditId.of("AU-1")).programme(AuditProgrammeId.of("AP-1"))
        .addCriteria("ISO/IEC 27001:2022").addCriteriaPolicies(POLICY).addCriteriaDocuments(DOC)
        .addCriteriaRequirements(REQ).scope("Supplier management").plan(DOC).plannedOn(D.minusMonths(2))
        .addAuditors(AUDITOR).addTeam(AuditTeamMember.builder().person(AUDITOR).role(AuditorRole.LEAD)
            .addCompetence(CompetenceRecordId.of("CR-1")).independence("Finance; no part in supplier management")
            .build())
        .addAuditees(CISO).progress(AuditProgress.reported(D.minusMonths(2), D.minusMonths(2).plusDays(5))).build();
    AuditFinding finding = AuditFinding.builder().id(FINDING).audit(AuditId.of("AU-1"))
        .type(FindingType.MINOR_NONCONFORMITY).control(CONTROL).process(PROCESS)
        .criterion("Supplier procedure 3.2: annual review").description("One supplier not reviewed")
        .addObjectiveEvidence(ObjectiveEvidence.builder().sampled("Supplier files").location("DMS")
            .sampleSize(5).population(12).examinedOn(D.minusMonths(2)).build())
        .nonconformity(NC).build();
    Nonconformity nc = Nonconformity.builder().id(NC).source(NonconformitySource.INTERNAL_AUDIT)
        .grade(Nonconformity.Grade.MINOR).description("Supplier not reviewed").finding(FINDING)
        .raisedOn(D.minusMonths(2)).owner(CISO).progress(NonconformityProgress.open())
        .addSimilar(NonconformityId.of("NC-2")).addChanges(ChangeId.of("CH-1")).build();
    Nonconformity nc2 = Nonconformity.builder().id(NonconformityId.of("NC-2")).source(NonconformitySource.MONITORING)
        .grade(Nonconformity.Grade.MINOR).description("Another supplier not reviewed").raisedOn(D.minusMonths(1))
        .owner(CISO).progress(NonconformityProgress.open()).build();
    PlannedChange change = PlannedChange.builder().id(ChangeId.of("CH-1")).description("Supplier review reminders")
        .reason("NC-1").trigger(ChangeTrigger.CORRECTIVE_ACTION).responsible(CISO).plannedFor(D.plusMonths(1)).build();
    Improvement improvement = Improvement.builder().id(ImprovementId.of("IMP-1")).description("Runbook for outages")
        .source("Incident INC-1").raisedOn(D.minusMonths(1)).owner(CISO).progress(ActionProgress.planned()).build();
    ReviewDecision decision = ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT).description("Runbook")
        .owner(CISO).progress(ActionProgress.inProgress()).addFollowedUpIn(ReviewId.of("MR-2"))
        .followUp("Under way").improvement(ImprovementId.of("IMP-1")).build();
    Incident incident = Incident.builder().id(IncidentId.of("INC-1")).title("Cloud outage").occurredOn(D.minusMonths(1))
        .reportedOn(D.minusMonths(1)).severity(Incident.Severity.HIGH).assessedOn(D.minusMonths(1))
        .lessonsLearned("Runbook missing").lessonsReviewedOn(D.minusMonths(1).plusDays(7))
        .addImprovements(ImprovementId.of("IMP-1")).addEvidence(EVIDENCE).addSuppliers(SUPPLIER).build();
    return Isms.builder().organization(Organization.builder().name("Acme").headcount(20).build())
        .addPeople(person(CISO), person(CEO), person(AUDITOR))
        .addRoles(Role.builder().id(ROLE_CISO).name("CISO").addRequiredCompetences("Risk management")
            .competencesDeterminedOn(D.minusYears(1)).competenceProfile(DOC).build())
        .addRoles(Role.builder().id(ROLE_CEO).name("CEO").topManagement(true).build())
        .addRoles(Role.builder().id(RoleId.of("R-AUD")).name("Internal auditor")
            .addRequiredCompetences("ISO 19011 auditing").build())
        .addInterestedParties(InterestedParty.builder().id(InterestedPartyId.of("IP-1")).name("Cloud Co")
            .kind(PartyKind.SUPPLIER).addRequirements(req).lastReviewed(D.minusMonths(1)).build())
        .addProcesses(IsmsProcess.builder().id(PROCESS).name("Hosting").owner(CISO).externallyProvided(true).build())
        .addPolicies(Policy.builder().id(POLICY).title("Supplier policy").kind(PolicyKind.TOPIC_SPECIFIC)
            .topic("Suppliers").version("1").reviewInterval(Period.ofMonths(12)).build())
        .addCompetenceRecords(auditorCompetence)
        .addDocuments(doc, oldDoc)
        .addAssets(Asset.builder().id(ASSET).name("Production").type(AssetType.SERVICE).owner(CISO)
            .classification(Classification.CONFIDENTIAL).value(CiaValue.of(3, 3, 3)).build())
        .riskCriteria(criteria).addRisks(risk)
        .addControlImplementations(ControlImplementation.builder().control(CONTROL)
            .status(ImplementationStatus.IMPLEMENTED).owner(CISO).build())
        .statementOfApplicability(StatementOfApplicability.builder().version("1")
            .addEntries(SoaEntry.builder().control(CONTROL).applicable(true).build()).build())
        .addMetrics(metric).addMeasurements(measurement)
        .addAuditProgrammes(programme).addAudits(audit).addFindings(finding)
        .addManagementReviews(ManagementReview.builder().id(ReviewId.of("MR-1")).heldOn(D.minusMonths(6))
            .addAttendees(CEO).addDecisions(decision).build())
        .addManagementReviews(ManagementReview.builder().id(ReviewId.of("MR-2")).heldOn(D).addAttendees(CEO).build())
        .addNonconformities(nc, nc2).addImprovements(improvement).addChanges(change).addIncidents(incident)
        .addSuppliers(supplier()).addEvidenceItems(evidence()).addPolicyExceptions(policyException())
        .build();
  }

  static List<PersonId> people() {
    return List.of(CISO, CEO, AUDITOR);
  }
}
