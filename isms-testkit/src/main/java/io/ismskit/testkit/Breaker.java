package io.ismskit.testkit;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.testkit.internal.GraphBuilder;
import io.ismskit.testkit.internal.Ids;
import io.ismskit.testkit.internal.ModelFactory;
import io.ismskit.testkit.internal.Pool;
import io.ismskit.testkit.internal.World;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Breaks a valid ISMS in one way: adds, copies or rewires as few entities as needed so that
 * validation reports exactly one violation. Every entity added is built against the graph's own
 * ids, so all its other references resolve.
 */
final class Breaker {
  private final RandomGenerator r;
  private Isms isms;
  private World world;

  private Breaker(RandomGenerator r, Isms valid) {
    this.r = r;
    this.isms = valid;
    // Every added entity needs an owner and the SoA must exist for SoA defects.
    if (isms.people().isEmpty()) {
      isms = isms.withPeople(ModelFactory.person(r, PersonId.of(Ids.PERSON + Ids.FRESH + 1)));
    }
    if (isms.statementOfApplicability().isEmpty()) {
      List<ControlId> controls = new ArrayList<>(World.ANNEX_A);
      for (CustomControl c : isms.customControls()) {
        controls.add(c.id());
      }
      World w = GraphBuilder.worldOf(isms);
      isms = isms.withStatementOfApplicability(ModelFactory.statementOfApplicability(r, w, controls));
    }
    this.world = GraphBuilder.worldOf(isms);
  }

  /** Breaks {@code valid}, which must validate, by {@code defect}. */
  static InvalidIsms apply(RandomGenerator r, Isms valid, Defect defect) {
    return new Breaker(r, valid).run(defect);
  }

  private InvalidIsms run(Defect defect) {
    ExpectedViolation expected = switch (defect) {
      case DUPLICATE_PERSON -> duplicate("Person", Ids.PERSON, Isms::people, Person::id,
          (i, l) -> i.withPeople(l), id -> ModelFactory.person(r, PersonId.of(id)));
      case DUPLICATE_ASSET -> duplicate("Asset", Ids.ASSET, Isms::assets, Asset::id,
          (i, l) -> i.withAssets(l), id -> ModelFactory.asset(r, world, AssetId.of(id), world.assets().size(), true));
      case DUPLICATE_THREAT -> duplicate("Threat", Ids.THREAT, Isms::threats, Threat::id,
          (i, l) -> i.withThreats(l), id -> ModelFactory.threat(r, ThreatId.of(id)));
      case DUPLICATE_VULNERABILITY -> duplicate("Vulnerability", Ids.VULNERABILITY, Isms::vulnerabilities,
          Vulnerability::id, (i, l) -> i.withVulnerabilities(l),
          id -> ModelFactory.vulnerability(r, world, VulnerabilityId.of(id)));
      case DUPLICATE_RISK -> duplicate("Risk", Ids.RISK, Isms::risks, Risk::id,
          (i, l) -> i.withRisks(l), id -> ModelFactory.risk(r, world, RiskId.of(id)));
      case DUPLICATE_POLICY -> duplicate("Policy", Ids.POLICY, Isms::policies, Policy::id,
          (i, l) -> i.withPolicies(l), id -> ModelFactory.policy(r, world, PolicyId.of(id)));
      case DUPLICATE_DOCUMENT -> duplicate("DocumentedInformation", Ids.DOCUMENT, Isms::documents,
          DocumentedInformation::id, (i, l) -> i.withDocuments(l),
          id -> ModelFactory.document(r, world, DocumentId.of(id)));
      case DUPLICATE_METRIC -> duplicate("Metric", Ids.METRIC, Isms::metrics, Metric::id,
          (i, l) -> i.withMetrics(l), id -> ModelFactory.metric(r, world, MetricId.of(id)));
      case DUPLICATE_NONCONFORMITY -> duplicate("Nonconformity", Ids.NONCONFORMITY, Isms::nonconformities,
          Nonconformity::id, (i, l) -> i.withNonconformities(l),
          id -> ModelFactory.nonconformity(r, world, NonconformityId.of(id)));
      case DUPLICATE_INCIDENT -> duplicate("Incident", Ids.INCIDENT, Isms::incidents, Incident::id,
          (i, l) -> i.withIncidents(l), id -> ModelFactory.incident(r, world, IncidentId.of(id)));
      case DUPLICATE_INTERESTED_PARTY -> duplicateParty();
      case DUPLICATE_REQUIREMENT -> duplicateRequirement();
      case DUPLICATE_CUSTOM_CONTROL -> duplicate("CustomControl", Ids.CUSTOM_CONTROL, Isms::customControls,
          CustomControl::id, (i, l) -> i.withCustomControls(l),
          id -> ModelFactory.customControl(r, ControlId.of(id)));
      case DUPLICATE_CONTROL_IMPLEMENTATION -> duplicateImplementation();
      case DUPLICATE_SOA_ENTRY -> duplicateSoaEntry();
      case DANGLING_RISK_ASSET -> {
        RiskId id = freshRisk();
        AssetId missing = AssetId.of(missing(Ids.ASSET, isms.assets(), Asset::id));
        addRisk(ModelFactory.risk(r, world, id).withAssets(missing));
        yield dangling("Risk", id, "assets");
      }
      case DANGLING_RISK_THREAT -> {
        RiskId id = freshRisk();
        ThreatId missing = ThreatId.of(missing(Ids.THREAT, isms.threats(), Threat::id));
        addRisk(ModelFactory.risk(r, world, id).withThreat(missing));
        yield dangling("Risk", id, "threat");
      }
      case DANGLING_RISK_VULNERABILITY -> {
        RiskId id = freshRisk();
        VulnerabilityId missing =
            VulnerabilityId.of(missing(Ids.VULNERABILITY, isms.vulnerabilities(), Vulnerability::id));
        addRisk(ModelFactory.risk(r, world, id).withVulnerabilities(missing));
        yield dangling("Risk", id, "vulnerabilities");
      }
      case DANGLING_RISK_OWNER -> {
        RiskId id = freshRisk();
        PersonId missing = PersonId.of(missing(Ids.PERSON, isms.people(), Person::id));
        addRisk(ModelFactory.risk(r, world, id).withOwner(missing));
        yield dangling("Risk", id, "owner");
      }
      case DANGLING_TREATMENT_CONTROL -> {
        RiskId id = freshRisk();
        List<ControlId> known = new ArrayList<>(World.ANNEX_A);
        isms.customControls().forEach(c -> known.add(c.id()));
        ControlId missing = ControlId.of(missing(Ids.CUSTOM_CONTROL, known, c -> c));
        var treatment = ModelFactory.treatment(r, world)
            .withOptions(TreatmentOption.MODIFY)
            .withControls(missing);
        addRisk(ModelFactory.risk(r, world, id).withTreatment(treatment));
        yield dangling("Risk", id, "treatment.controls");
      }
      case DANGLING_ASSET_OWNER -> {
        AssetId id = freshAsset();
        PersonId missing = PersonId.of(missing(Ids.PERSON, isms.people(), Person::id));
        addAsset(newAsset(id, true).withOwner(missing));
        yield dangling("Asset", id, "owner");
      }
      case DANGLING_ASSET_DEPENDENCY -> {
        AssetId id = freshAsset();
        AssetId missing = AssetId.of(missing(Ids.ASSET, isms.assets(), Asset::id));
        addAsset(newAsset(id, true).withDependsOn(missing));
        yield dangling("Asset", id, "dependsOn");
      }
      case DANGLING_ROLE_ASSIGNMENT_ROLE -> {
        List<RoleId> roles = new ArrayList<>();
        isms.roleAssignments().forEach(a -> roles.add(a.role()));
        isms.roles().forEach(x -> roles.add(x.id()));
        RoleId missing = RoleId.of(missing(Ids.ROLE, roles, x -> x));
        World w = world.withRoles(Pool.of(List.of(missing)));
        RoleAssignment a = ModelFactory.roleAssignment(r, w);
        isms = isms.withRoleAssignments(insert(isms.roleAssignments(), a));
        yield ExpectedViolation.of("RoleAssignment", missing.value() + "@" + a.person().value(), "role",
            ValidationCode.DANGLING);
      }
      case DANGLING_SOA_CONTROL -> {
        ControlId unknown = unknownControl();
        StatementOfApplicability soa = isms.statementOfApplicability().orElseThrow();
        SoaEntry e = ModelFactory.soaEntry(r, world, unknown);
        isms = isms.withStatementOfApplicability(
            soa.withEntries(insert(soa.entries(), e)));
        yield ExpectedViolation.of("SoaEntry", unknown.value(), "control", ValidationCode.DANGLING);
      }
      case DANGLING_OBJECTIVE_METRIC -> {
        ObjectiveId id = ObjectiveId.of(fresh(Ids.OBJECTIVE, isms.objectives(), Objective::id));
        MetricId missing = MetricId.of(missing(Ids.METRIC, isms.metrics(), Metric::id));
        Objective o = ModelFactory.objective(r, world, id).withMetric(missing);
        isms = isms.withObjectives(insert(isms.objectives(), o));
        yield dangling("Objective", id, "metric");
      }
      case DANGLING_MEASUREMENT_METRIC -> {
        MeasurementId id = MeasurementId.of(fresh(Ids.MEASUREMENT, isms.measurements(), Measurement::id));
        MetricId missing = MetricId.of(missing(Ids.METRIC, isms.metrics(), Metric::id));
        World w = world.withMetrics(Pool.of(List.of(missing)));
        isms = isms.withMeasurements(insert(isms.measurements(), ModelFactory.measurement(r, w, id)));
        yield dangling("Measurement", id, "metric");
      }
      case DANGLING_AUDIT_PROGRAMME -> {
        AuditId id = AuditId.of(fresh(Ids.AUDIT, isms.audits(), InternalAudit::id));
        List<AuditProgrammeId> known = new ArrayList<>();
        isms.auditProgrammes().forEach(p -> known.add(p.id()));
        AuditProgrammeId missing = AuditProgrammeId.of(missing(Ids.PROGRAMME, known, p -> p));
        World w = world.withProgrammes(Pool.of(List.of(missing)));
        isms = isms.withAudits(insert(isms.audits(), ModelFactory.internalAudit(r, w, id)));
        yield dangling("InternalAudit", id, "programme");
      }
      case DANGLING_FINDING_AUDIT -> {
        FindingId id = FindingId.of(fresh(Ids.FINDING, isms.findings(), AuditFinding::id));
        AuditId missing = AuditId.of(missing(Ids.AUDIT, isms.audits(), InternalAudit::id));
        World w = world.withAudits(Pool.of(List.of(missing)));
        isms = isms.withFindings(insert(isms.findings(), ModelFactory.auditFinding(r, w, id)));
        yield dangling("AuditFinding", id, "audit");
      }
      case DANGLING_NONCONFORMITY_FINDING -> {
        NonconformityId id = NonconformityId.of(fresh(Ids.NONCONFORMITY, isms.nonconformities(), Nonconformity::id));
        FindingId missing = FindingId.of(missing(Ids.FINDING, isms.findings(), AuditFinding::id));
        Nonconformity n = ModelFactory.nonconformity(r, world, id).withFinding(missing);
        isms = isms.withNonconformities(insert(isms.nonconformities(), n));
        yield dangling("Nonconformity", id, "finding");
      }
      case DANGLING_CORRECTIVE_ACTION_NONCONFORMITY -> {
        CorrectiveActionId id =
            CorrectiveActionId.of(fresh(Ids.CORRECTIVE_ACTION, isms.correctiveActions(), CorrectiveAction::id));
        NonconformityId missing =
            NonconformityId.of(missing(Ids.NONCONFORMITY, isms.nonconformities(), Nonconformity::id));
        World w = world.withNonconformities(Pool.of(List.of(missing)));
        isms = isms.withCorrectiveActions(insert(isms.correctiveActions(), ModelFactory.correctiveAction(r, w, id)));
        yield dangling("CorrectiveAction", id, "nonconformity");
      }
      case DANGLING_INCIDENT_RISK -> {
        IncidentId id = IncidentId.of(fresh(Ids.INCIDENT, isms.incidents(), Incident::id));
        RiskId missing = RiskId.of(missing(Ids.RISK, isms.risks(), Risk::id));
        Incident i = ModelFactory.incident(r, world, id).withRisks(missing);
        isms = isms.withIncidents(insert(isms.incidents(), i));
        yield dangling("Incident", id, "risks");
      }
      case CONTROL_NOT_IN_SOA -> {
        List<ControlId> known = new ArrayList<>(world.controls().size());
        for (int i = 0; i < world.controls().size(); i++) {
          known.add(world.controls().id(i));
        }
        isms.customControls().forEach(c -> known.add(c.id()));
        isms.controlImplementations().forEach(c -> known.add(c.control()));
        ControlId id = ControlId.of(fresh(Ids.CUSTOM_CONTROL, known, c -> c));
        isms = isms.withCustomControls(insert(isms.customControls(), ModelFactory.customControl(r, id)));
        isms = isms.withControlImplementations(
            insert(isms.controlImplementations(), ModelFactory.controlImplementation(r, world, id)));
        yield ExpectedViolation.of("ControlImplementation", id.value(), "control", ValidationCode.NOT_IN_SOA);
      }
      case RISK_ON_OUT_OF_SCOPE_ASSET -> {
        AssetId assetId = freshAsset();
        addAsset(newAsset(assetId, false));
        RiskId id = freshRisk();
        addRisk(ModelFactory.risk(r, world, id).withAssets(assetId));
        yield ExpectedViolation.of("Risk", id.value(), "assets", ValidationCode.OUT_OF_SCOPE);
      }
      case ASSET_DEPENDENCY_CYCLE -> cycle();
      case CUSTOM_CONTROL_SHADOWS_CATALOG -> {
        ControlId id = World.ANNEX_A.get(r.nextInt(World.ANNEX_A.size()));
        isms = isms.withCustomControls(insert(isms.customControls(), ModelFactory.customControl(r, id)));
        yield ExpectedViolation.of("CustomControl", id.value(), "id", ValidationCode.SHADOWS_CATALOG);
      }
      default -> sampled(defect);
    };
    return new InvalidIsms(isms, expected);
  }

  // ---------------------------------------------------------------------------------------------
  // What an auditor samples: suppliers, evidence, exceptions, document control, audit depth

  /** The defects of the references of what an auditor samples; each adds one broken entity. */
  private ExpectedViolation sampled(Defect defect) {
    return switch (defect) {
      case DUPLICATE_SUPPLIER -> duplicate("Supplier", Ids.SUPPLIER, Isms::suppliers, Supplier::id,
          (i, l) -> i.withSuppliers(l), id -> ModelFactory.supplier(r, world, SupplierId.of(id)));
      case DUPLICATE_EVIDENCE_ITEM -> duplicate("EvidenceItem", Ids.EVIDENCE, Isms::evidenceItems,
          EvidenceItem::id, (i, l) -> i.withEvidenceItems(l),
          id -> ModelFactory.evidenceItem(r, world, EvidenceId.of(id)));
      case DUPLICATE_POLICY_EXCEPTION -> {
        ensurePolicy();
        yield duplicate("PolicyException", Ids.POLICY_EXCEPTION, Isms::policyExceptions, PolicyException::id,
            (i, l) -> i.withPolicyExceptions(l),
            id -> ModelFactory.policyException(r, world, PolicyExceptionId.of(id)));
      }
      case DANGLING_SUPPLIER_OWNER -> addSupplier(s -> s.withOwner(missingPerson()), "owner");
      case DANGLING_SUPPLIER_PARTY -> addSupplier(s -> s.withInterestedParty(
          InterestedPartyId.of(missing(Ids.PARTY, isms.interestedParties(), InterestedParty::id))), "interestedParty");
      case DANGLING_SUPPLIER_RISK -> addSupplier(s -> s.withRisks(missingRisk()), "risks");
      case DANGLING_SUPPLIER_CONTROL -> addSupplier(s -> s.withControls(unknownControl()), "controls");
      case DANGLING_SUPPLIER_PROCESS -> addSupplier(
          s -> s.withProvides(ModelFactory.supplierService(r, world).withProcess(missingProcess())),
          "provides[0].process");
      case DANGLING_SUPPLIER_ASSET -> addSupplier(
          s -> s.withProvides(ModelFactory.supplierService(r, world).withAssets(missingAsset())), "provides[0].assets");
      case DANGLING_SUPPLIER_AGREEMENT_REQUIREMENT -> addSupplier(s -> s.withAgreements(
          ModelFactory.supplierAgreement(r, world, "AGR-1").withRequirements(missingRequirement())),
          "agreements[0].requirements");
      case DANGLING_SUPPLIER_AGREEMENT_CONTROL -> addSupplier(s -> s.withAgreements(
          ModelFactory.supplierAgreement(r, world, "AGR-1").withControls(unknownControl())), "agreements[0].controls");
      case DANGLING_SUPPLIER_AGREEMENT_DOCUMENT -> addSupplier(s -> s.withAgreements(
          ModelFactory.supplierAgreement(r, world, "AGR-1").withDocument(missingDocument())), "agreements[0].document");
      case DANGLING_SUPPLIER_ASSESSOR -> addSupplier(s -> s.withAssessments(
          ModelFactory.supplierAssessment(r, world).withPerformedBy(missingPerson())), "assessments[0].performedBy");
      case DANGLING_SUPPLIER_ASSESSMENT_REPORT -> addSupplier(s -> s.withAssessments(
          ModelFactory.supplierAssessment(r, world).withReport(missingDocument())), "assessments[0].report");
      case DANGLING_EVIDENCE_DOCUMENT -> addEvidence(e -> e.withDocument(missingDocument()), "document");
      case DANGLING_EVIDENCE_COLLECTOR -> addEvidence(e -> e.withCollectedBy(missingPerson()), "collectedBy");
      case DANGLING_EVIDENCE_REVIEWER -> addEvidence(
          e -> e.withReview(new EvidenceReview(missingPerson(), e.collectedOn(), r.nextBoolean())), "review.by");
      case DANGLING_EVIDENCE_CONTROL_IMPLEMENTATION -> addEvidence(
          e -> e.withControlImplementations(unknownControl()), "controlImplementations");
      case DANGLING_EVIDENCE_MEASUREMENT -> addEvidence(e -> e.withMeasurements(
          MeasurementId.of(missing(Ids.MEASUREMENT, isms.measurements(), Measurement::id))), "measurements");
      case DANGLING_EVIDENCE_FINDING -> addEvidence(e -> e.withFindings(missingFinding()), "findings");
      case DANGLING_EVIDENCE_SOA_ENTRY -> addEvidence(e -> e.withSoaEntries(unknownControl()), "soaEntries");
      case DANGLING_POLICY_EXCEPTION_POLICY -> addException(
          x -> x.withPolicy(PolicyId.of(missing(Ids.POLICY, isms.policies(), Policy::id))), "policy");
      case DANGLING_POLICY_EXCEPTION_CONTROL -> addException(x -> x.withControls(unknownControl()), "controls");
      case DANGLING_POLICY_EXCEPTION_ASSET -> addException(x -> x.withAssets(missingAsset()), "assets");
      case DANGLING_POLICY_EXCEPTION_RISK -> addException(x -> x.withRisks(missingRisk()), "risks");
      case DANGLING_POLICY_EXCEPTION_REQUESTER -> addException(x -> x.withRequestedBy(missingPerson()), "requestedBy");
      case DANGLING_POLICY_EXCEPTION_APPROVER -> addException(
          x -> x.withApproval(Approval.of(missingPerson(), x.validFrom())), "approval.by");
      case DANGLING_DOCUMENT_VERSION_AUTHOR -> addDocument(d -> d.withHistory(
          ModelFactory.documentVersion(r, world, d.version(), ModelFactory.date(r)).withAuthor(missingPerson())),
          "history[0].author");
      case DANGLING_DOCUMENT_VERSION_APPROVER -> addDocument(d -> {
        var v = ModelFactory.documentVersion(r, world, d.version(), ModelFactory.date(r));
        return d.withHistory(v.withApproval(Approval.of(missingPerson(), v.date())));
      }, "history[0].approval.by");
      case DANGLING_DOCUMENT_ACCESS_ROLE -> addDocument(d -> d.withAccessRoles(missingRole()), "accessRoles");
      case DANGLING_DOCUMENT_SUPERSEDED_BY -> addDocument(d -> d.withSupersededBy(missingDocument()), "supersededBy");
      case DANGLING_ROLE_COMPETENCE_PROFILE -> {
        RoleId id = RoleId.of(fresh(Ids.ROLE, isms.roles(), Role::id));
        Role role = ModelFactory.role(r, world, id).withCompetenceProfile(missingDocument());
        isms = isms.withRoles(insert(isms.roles(), role));
        yield dangling("Role", id, "competenceProfile");
      }
      case DANGLING_COMPETENCE_RECORD_ROLE -> {
        CompetenceRecordId id =
            CompetenceRecordId.of(fresh(Ids.COMPETENCE, isms.competenceRecords(), CompetenceRecord::id));
        CompetenceRecord c = ModelFactory.competenceRecord(r, world, id).withRole(missingRole());
        isms = isms.withCompetenceRecords(insert(isms.competenceRecords(), c));
        yield dangling("CompetenceRecord", id, "role");
      }
      case DANGLING_AUDIT_PRIORITY_PROCESS -> addProgramme(
          p -> p.withPriorities(ModelFactory.auditPriority(r, world, missingProcess())), "priorities[0].process");
      case DANGLING_AUDIT_PRIORITY_FINDING -> {
        ensureProcess();
        yield addProgramme(p -> p.withPriorities(ModelFactory.auditPriority(r, world, world.processes().one(r))
            .withPreviousFindings(missingFinding())), "priorities[0].previousFindings");
      }
      case DANGLING_AUDIT_CRITERIA_POLICY -> addAudit(a -> a.withCriteriaPolicies(
          PolicyId.of(missing(Ids.POLICY, isms.policies(), Policy::id))), "criteriaPolicies");
      case DANGLING_AUDIT_CRITERIA_DOCUMENT -> addAudit(a -> a.withCriteriaDocuments(missingDocument()),
          "criteriaDocuments");
      case DANGLING_AUDIT_CRITERIA_REQUIREMENT -> addAudit(a -> a.withCriteriaRequirements(missingRequirement()),
          "criteriaRequirements");
      case DANGLING_AUDIT_PLAN -> addAudit(a -> a.withPlan(missingDocument()), "plan");
      case DANGLING_AUDITOR_COMPETENCE -> addAudit(a -> {
        PersonId auditor = world.people().one(r);
        CompetenceRecordId missing =
            CompetenceRecordId.of(missing(Ids.COMPETENCE, isms.competenceRecords(), CompetenceRecord::id));
        return a.toBuilder().auditors(List.of(auditor))
            .team(List.of(ModelFactory.auditTeamMember(r, world, auditor).withCompetence(missing))).build();
      }, "team[0].competence");
      case DANGLING_FINDING_PROCESS -> {
        ensureAudit();
        FindingId id = FindingId.of(fresh(Ids.FINDING, isms.findings(), AuditFinding::id));
        AuditFinding f = ModelFactory.auditFinding(r, world, id).withProcess(missingProcess());
        isms = isms.withFindings(insert(isms.findings(), f));
        yield dangling("AuditFinding", id, "process");
      }
      case DANGLING_MEASUREMENT_EVALUATOR -> {
        ensureMetric();
        MeasurementId id = MeasurementId.of(fresh(Ids.MEASUREMENT, isms.measurements(), Measurement::id));
        Measurement m = ModelFactory.measurement(r, world, id).withEvaluatedBy(missingPerson());
        isms = isms.withMeasurements(insert(isms.measurements(), m));
        yield dangling("Measurement", id, "evaluatedBy");
      }
      case DANGLING_REVIEW_FOLLOW_UP -> {
        ReviewId id = ReviewId.of(fresh(Ids.REVIEW, isms.managementReviews(), ManagementReview::id));
        ReviewId missing = ReviewId.of(missing(Ids.REVIEW, isms.managementReviews(), ManagementReview::id));
        ManagementReview m = ModelFactory.managementReview(r, world, id)
            .withDecisions(ModelFactory.reviewDecision(r, world).withFollowedUpIn(missing));
        isms = isms.withManagementReviews(insert(isms.managementReviews(), m));
        yield dangling("ManagementReview", id, "decisions[0].followedUpIn");
      }
      case DANGLING_ACCEPTANCE_AUTHORITY_ROLE -> {
        RiskCriteria c = isms.riskCriteria().orElseGet(this::criteriaForRisks);
        List<AcceptanceAuthority> authorities = new ArrayList<>(c.acceptanceAuthorities());
        authorities.add(AcceptanceAuthority.of(missingRole(), c.levels().get(r.nextInt(c.levels().size()))));
        isms = isms.withRiskCriteria(c.withAcceptanceAuthorities(authorities));
        yield ExpectedViolation.of("RiskCriteria", c.version(),
            "acceptanceAuthorities[" + (authorities.size() - 1) + "].role", ValidationCode.DANGLING);
      }
      case DANGLING_RISK_ACCEPTANCE_AUTHORITY -> {
        RiskId id = freshRisk();
        Risk risk = ModelFactory.risk(r, world, id);
        addRisk(risk.withAcceptance(
            ModelFactory.riskAcceptance(r, world, risk.identifiedOn()).withAuthority(missingRole())));
        yield dangling("Risk", id, "acceptance.authority");
      }
      case DANGLING_REQUIREMENT_OWNER -> {
        List<Requirement> all = new ArrayList<>();
        isms.interestedParties().forEach(p -> all.addAll(p.requirements()));
        RequirementId id = RequirementId.of(fresh(Ids.REQUIREMENT, all, Requirement::id));
        Requirement q = ModelFactory.requirement(r, world, id).withOwner(missingPerson());
        InterestedParty party = ModelFactory.interestedParty(
            r, InterestedPartyId.of(freshParty(isms.interestedParties())), List.of(q));
        isms = isms.withInterestedParties(insert(isms.interestedParties(), party));
        yield dangling("Requirement", id, "owner");
      }
      case DANGLING_INCIDENT_IMPROVEMENT -> addIncident(i -> i.withImprovements(
          ImprovementId.of(missing(Ids.IMPROVEMENT, isms.improvements(), Improvement::id))), "improvements");
      case DANGLING_INCIDENT_EVIDENCE -> addIncident(i -> i.withEvidence(
          EvidenceId.of(missing(Ids.EVIDENCE, isms.evidenceItems(), EvidenceItem::id))), "evidence");
      case DANGLING_INCIDENT_SUPPLIER -> addIncident(i -> i.withSuppliers(
          SupplierId.of(missing(Ids.SUPPLIER, isms.suppliers(), Supplier::id))), "suppliers");
      case DANGLING_NONCONFORMITY_SIMILAR -> addNonconformity(n -> n.withSimilar(
          NonconformityId.of(missing(Ids.NONCONFORMITY, isms.nonconformities(), Nonconformity::id))), "similar");
      case DANGLING_NONCONFORMITY_CHANGE -> addNonconformity(n -> n.withChanges(
          ChangeId.of(missing(Ids.CHANGE, isms.changes(), PlannedChange::id))), "changes");
      default -> throw new IllegalStateException("Breaker: no way to break an ISMS by " + defect);
    };
  }

  private ExpectedViolation addSupplier(UnaryOperator<Supplier> edit, String field) {
    SupplierId id = SupplierId.of(fresh(Ids.SUPPLIER, isms.suppliers(), Supplier::id));
    isms = isms.withSuppliers(insert(isms.suppliers(), edit.apply(ModelFactory.supplier(r, world, id))));
    return dangling("Supplier", id, field);
  }

  private ExpectedViolation addEvidence(UnaryOperator<EvidenceItem> edit, String field) {
    EvidenceId id = EvidenceId.of(fresh(Ids.EVIDENCE, isms.evidenceItems(), EvidenceItem::id));
    isms = isms.withEvidenceItems(insert(isms.evidenceItems(), edit.apply(ModelFactory.evidenceItem(r, world, id))));
    return dangling("EvidenceItem", id, field);
  }

  private ExpectedViolation addException(UnaryOperator<PolicyException> edit, String field) {
    ensurePolicy();
    PolicyExceptionId id =
        PolicyExceptionId.of(fresh(Ids.POLICY_EXCEPTION, isms.policyExceptions(), PolicyException::id));
    PolicyException x = edit.apply(ModelFactory.policyException(r, world, id));
    isms = isms.withPolicyExceptions(insert(isms.policyExceptions(), x));
    return dangling("PolicyException", id, field);
  }

  private ExpectedViolation addDocument(UnaryOperator<DocumentedInformation> edit, String field) {
    DocumentId id = DocumentId.of(fresh(Ids.DOCUMENT, isms.documents(), DocumentedInformation::id));
    DocumentedInformation d = edit.apply(ModelFactory.document(r, world, id));
    isms = isms.withDocuments(insert(isms.documents(), d));
    return dangling("DocumentedInformation", id, field);
  }

  private ExpectedViolation addProgramme(UnaryOperator<AuditProgramme> edit, String field) {
    AuditProgrammeId id = AuditProgrammeId.of(fresh(Ids.PROGRAMME, isms.auditProgrammes(), AuditProgramme::id));
    AuditProgramme p = edit.apply(ModelFactory.auditProgramme(r, world, id));
    isms = isms.withAuditProgrammes(insert(isms.auditProgrammes(), p));
    return dangling("AuditProgramme", id, field);
  }

  private ExpectedViolation addAudit(UnaryOperator<InternalAudit> edit, String field) {
    ensureProgramme();
    AuditId id = AuditId.of(fresh(Ids.AUDIT, isms.audits(), InternalAudit::id));
    InternalAudit a = edit.apply(ModelFactory.internalAudit(r, world, id));
    isms = isms.withAudits(insert(isms.audits(), a));
    return dangling("InternalAudit", id, field);
  }

  private ExpectedViolation addIncident(UnaryOperator<Incident> edit, String field) {
    IncidentId id = IncidentId.of(fresh(Ids.INCIDENT, isms.incidents(), Incident::id));
    isms = isms.withIncidents(insert(isms.incidents(), edit.apply(ModelFactory.incident(r, world, id))));
    return dangling("Incident", id, field);
  }

  private ExpectedViolation addNonconformity(UnaryOperator<Nonconformity> edit, String field) {
    NonconformityId id = NonconformityId.of(fresh(Ids.NONCONFORMITY, isms.nonconformities(), Nonconformity::id));
    Nonconformity n = edit.apply(ModelFactory.nonconformity(r, world, id));
    isms = isms.withNonconformities(insert(isms.nonconformities(), n));
    return dangling("Nonconformity", id, field);
  }

  /** Adds a policy if there is none, so that an exception has one to be to. */
  private void ensurePolicy() {
    if (isms.policies().isEmpty()) {
      isms = isms.withPolicies(ModelFactory.policy(r, world, PolicyId.of(Ids.POLICY + Ids.FRESH + 1)));
      world = GraphBuilder.worldOf(isms);
    }
  }

  /** Adds a process if there is none, so that a programme has one to weigh. */
  private void ensureProcess() {
    if (isms.processes().isEmpty()) {
      isms = isms.withProcesses(ModelFactory.process(r, world, ProcessId.of(Ids.PROCESS + Ids.FRESH + 1)));
      world = GraphBuilder.worldOf(isms);
    }
  }

  /** Adds a metric if there is none, so that a measurement has one to be of. */
  private void ensureMetric() {
    if (isms.metrics().isEmpty()) {
      isms = isms.withMetrics(ModelFactory.metric(r, world, MetricId.of(Ids.METRIC + Ids.FRESH + 1)));
      world = GraphBuilder.worldOf(isms);
    }
  }

  /** Adds an audit programme if there is none, so that an audit has one to belong to. */
  private void ensureProgramme() {
    if (isms.auditProgrammes().isEmpty()) {
      isms = isms.withAuditProgrammes(
          ModelFactory.auditProgramme(r, world, AuditProgrammeId.of(Ids.PROGRAMME + Ids.FRESH + 1)));
      world = GraphBuilder.worldOf(isms);
    }
  }

  /** Adds an audit (and a programme) if there is none, so that a finding has one to come from. */
  private void ensureAudit() {
    if (isms.audits().isEmpty()) {
      ensureProgramme();
      isms = isms.withAudits(ModelFactory.internalAudit(r, world, AuditId.of(Ids.AUDIT + Ids.FRESH + 1)));
      world = GraphBuilder.worldOf(isms);
    }
  }

  /**
   * Risk criteria for an ISMS that has none: generated ones, extended by every level the risks'
   * assessments use, so that adding them reports nothing but the defect.
   */
  private RiskCriteria criteriaForRisks() {
    RiskCriteria c = ModelFactory.riskCriteria(r, world);
    List<RiskLevel> levels = new ArrayList<>(c.levels());
    for (Risk risk : isms.risks()) {
      for (RiskAssessment a : List.of(risk.inherent(), risk.residual()).stream().flatMap(o -> o.stream()).toList()) {
        if (!levels.contains(a.level())) {
          levels.add(a.level());
        }
      }
    }
    return levels.size() == c.levels().size() ? c : c.toBuilder().levels(levels).levelBounds(List.of()).build();
  }

  private PersonId missingPerson() {
    return PersonId.of(missing(Ids.PERSON, isms.people(), Person::id));
  }

  private RiskId missingRisk() {
    return RiskId.of(missing(Ids.RISK, isms.risks(), Risk::id));
  }

  private AssetId missingAsset() {
    return AssetId.of(missing(Ids.ASSET, isms.assets(), Asset::id));
  }

  private ProcessId missingProcess() {
    return ProcessId.of(missing(Ids.PROCESS, isms.processes(), io.ismskit.core.context.IsmsProcess::id));
  }

  private DocumentId missingDocument() {
    return DocumentId.of(missing(Ids.DOCUMENT, isms.documents(), DocumentedInformation::id));
  }

  private RoleId missingRole() {
    return RoleId.of(missing(Ids.ROLE, isms.roles(), Role::id));
  }

  private FindingId missingFinding() {
    return FindingId.of(missing(Ids.FINDING, isms.findings(), AuditFinding::id));
  }

  private RequirementId missingRequirement() {
    List<Requirement> all = new ArrayList<>();
    isms.interestedParties().forEach(p -> all.addAll(p.requirements()));
    return RequirementId.of(missing(Ids.REQUIREMENT, all, Requirement::id));
  }

  // ---------------------------------------------------------------------------------------------
  // Duplicates

  private <E, I extends EntityId> ExpectedViolation duplicate(
      String type,
      String prefix,
      Function<Isms, List<E>> list,
      Function<E, I> id,
      BiFunction<Isms, List<E>, Isms> set,
      Function<String, E> make) {
    List<E> items = list.apply(isms);
    E copy;
    if (items.isEmpty()) {
      copy = make.apply(fresh(prefix, items, id));
      items = List.of(copy);
    } else {
      copy = items.get(r.nextInt(items.size()));
    }
    isms = set.apply(isms, insert(items, copy));
    return ExpectedViolation.of(type, id.apply(copy).value(), "id", ValidationCode.DUPLICATE);
  }

  private ExpectedViolation duplicateParty() {
    List<InterestedParty> parties = isms.interestedParties();
    InterestedParty copy;
    if (parties.isEmpty()) {
      copy = ModelFactory.interestedParty(
          r, InterestedPartyId.of(Ids.PARTY + Ids.FRESH + 1), List.of());
      parties = List.of(copy);
    } else {
      // Without its requirements, or their ids would be duplicated too.
      copy = parties.get(r.nextInt(parties.size())).withRequirements();
    }
    isms = isms.withInterestedParties(insert(parties, copy));
    return ExpectedViolation.of("InterestedParty", copy.id().value(), "id", ValidationCode.DUPLICATE);
  }

  private ExpectedViolation duplicateRequirement() {
    List<Requirement> all = new ArrayList<>();
    isms.interestedParties().forEach(p -> all.addAll(p.requirements()));
    List<InterestedParty> parties = new ArrayList<>(isms.interestedParties());
    Requirement req;
    if (all.isEmpty()) {
      req = ModelFactory.requirement(r, world, RequirementId.of(Ids.REQUIREMENT + Ids.FRESH + 1));
      parties.add(ModelFactory.interestedParty(r, InterestedPartyId.of(freshParty(parties)), List.of(req)));
    } else {
      req = all.get(r.nextInt(all.size()));
    }
    // A second party holding the same requirement: a party may not hold it twice itself.
    parties.add(ModelFactory.interestedParty(r, InterestedPartyId.of(freshParty(parties)), List.of(req)));
    isms = isms.withInterestedParties(parties);
    return ExpectedViolation.of("Requirement", req.id().value(), "id", ValidationCode.DUPLICATE);
  }

  private static String freshParty(List<InterestedParty> parties) {
    return fresh(Ids.PARTY, parties, InterestedParty::id);
  }

  private ExpectedViolation duplicateImplementation() {
    List<ControlImplementation> impls = isms.controlImplementations();
    ControlImplementation copy;
    if (impls.isEmpty()) {
      copy = ModelFactory.controlImplementation(r, world, world.controls().one(r));
      impls = List.of(copy);
    } else {
      copy = impls.get(r.nextInt(impls.size()));
    }
    isms = isms.withControlImplementations(insert(impls, copy));
    return ExpectedViolation.of("ControlImplementation", copy.control().value(), "id", ValidationCode.DUPLICATE);
  }

  private ExpectedViolation duplicateSoaEntry() {
    StatementOfApplicability soa = isms.statementOfApplicability().orElseThrow();
    List<SoaEntry> entries = soa.entries();
    SoaEntry copy;
    if (entries.isEmpty()) {
      copy = ModelFactory.soaEntry(r, world, World.ANNEX_A.get(r.nextInt(World.ANNEX_A.size())));
      entries = List.of(copy);
    } else {
      copy = entries.get(r.nextInt(entries.size()));
    }
    isms = isms.withStatementOfApplicability(
        soa.withEntries(insert(entries, copy)));
    return ExpectedViolation.of("SoaEntry", copy.control().value(), "control", ValidationCode.DUPLICATE);
  }

  // ---------------------------------------------------------------------------------------------
  // Cycles

  /**
   * Makes two to four assets depend on each other in a ring, each on the next only, so the ring is
   * the only cycle; validation reports it once, at its smallest id.
   */
  private ExpectedViolation cycle() {
    int k = r.nextInt(2, 5);
    List<Asset> assets = new ArrayList<>(isms.assets());
    int[] ring = new int[k];
    if (assets.size() >= k) {
      List<Integer> picked = Pool.of(assets.size(), i -> i).distinct(r, k, assets.size());
      for (int i = 0; i < k; i++) {
        ring[i] = picked.get(i);
      }
    } else {
      for (int i = 0; i < k; i++) {
        AssetId id = AssetId.of(fresh(Ids.ASSET, assets, Asset::id));
        assets.add(ModelFactory.asset(r, world, id, 0, r.nextBoolean()));
        ring[i] = assets.size() - 1;
      }
    }
    AssetId min = assets.get(ring[0]).id();
    for (int i = 0; i < k; i++) {
      Asset a = assets.get(ring[i]);
      AssetId next = assets.get(ring[(i + 1) % k]).id();
      assets.set(ring[i], a.withDependsOn(next));
      if (a.id().compareTo(min) < 0) {
        min = a.id();
      }
    }
    isms = isms.withAssets(assets);
    return ExpectedViolation.of("Asset", min.value(), "dependsOn", ValidationCode.CYCLE);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private ExpectedViolation dangling(String type, EntityId id, String field) {
    return ExpectedViolation.of(type, id.value(), field, ValidationCode.DANGLING);
  }

  private RiskId freshRisk() {
    return RiskId.of(fresh(Ids.RISK, isms.risks(), Risk::id));
  }

  private AssetId freshAsset() {
    return AssetId.of(fresh(Ids.ASSET, isms.assets(), Asset::id));
  }

  private Asset newAsset(AssetId id, boolean inScope) {
    // Depends only on existing assets: nothing depends on the new one, so no cycle can form.
    return ModelFactory.asset(r, world, id, world.assets().size(), inScope);
  }

  private void addRisk(Risk risk) {
    isms = isms.withRisks(insert(isms.risks(), risk));
  }

  private void addAsset(Asset asset) {
    isms = isms.withAssets(insert(isms.assets(), asset));
    world = GraphBuilder.worldOf(isms);
  }

  /** A control id that is neither a catalog control nor a custom control of the ISMS. */
  private ControlId unknownControl() {
    Set<String> custom = new HashSet<>();
    isms.customControls().forEach(c -> custom.add(c.id().value()));
    Framework catalog = Iso27001_2022.framework();
    while (true) {
      // Half of them look like Annex A ids (A.5.38 .. A.8.99), half like custom ids.
      String id = r.nextBoolean()
          ? "A." + r.nextInt(5, 9) + "." + r.nextInt(1, 100)
          : "ZZ-" + r.nextInt(1, 10_000);
      ControlId c = ControlId.of(id);
      if (!custom.contains(id) && !catalog.contains(c)) {
        return c;
      }
    }
  }

  /** {@code list} with {@code item} inserted at a random position. */
  private <E> List<E> insert(List<E> list, E item) {
    List<E> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(r.nextInt(list.size() + 1), item);
    return out;
  }

  /** {@code prefix + "X" + k} for the smallest {@code k} no entity of {@code items} has. */
  private static <E, I> String fresh(String prefix, List<E> items, Function<E, I> id) {
    return unused(prefix + Ids.FRESH, items, id);
  }

  /** {@code prefix + "MISSING-" + k} for the smallest {@code k} no entity of {@code items} has. */
  private static <E, I> String missing(String prefix, List<E> items, Function<E, I> id) {
    return unused(prefix + Ids.MISSING, items, id);
  }

  private static <E, I> String unused(String stem, List<E> items, Function<E, I> id) {
    Set<String> taken = new HashSet<>();
    for (E e : items) {
      I i = id.apply(e);
      taken.add(i instanceof EntityId x ? x.value() : String.valueOf(i));
    }
    for (int k = 1; ; k++) {
      String candidate = stem + k;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
