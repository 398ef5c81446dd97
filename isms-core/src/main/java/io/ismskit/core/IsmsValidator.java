package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.base.KeyTable;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentVersion;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierService;
import io.vavr.collection.Seq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the relations between the entities of an {@link Isms}: duplicate ids, dangling
 * references, risks on out-of-scope assets, asset dependency cycles, control implementations whose
 * controls the SoA does not list, custom controls that reuse catalog ids and assessment levels the
 * criteria do not list; the references of certificates, external audits and their findings; and
 * the references of what an auditor samples (suppliers, evidence, policy exceptions, document
 * control, audit depth, review follow-up, acceptance authority). Indexes the model once; linear in
 * its size, and bounded in output by {@link Isms#MAX_PROBLEMS_PER_CODE}.
 */
final class IsmsValidator {
  private static final String PERSON = "person";
  private static final String DOCUMENT = "document";
  private static final String CONTROL = "control of the catalog or a custom control";

  private final Isms isms;
  private final Predicate<ControlId> catalog;
  private final ValidationProblems out = new ValidationProblems(Isms.MAX_PROBLEMS_PER_CODE);

  private final KeyTable<?> people;
  private final KeyTable<?> roles;
  private final KeyTable<?> issues;
  private final KeyTable<?> parties;
  private final KeyTable<?> requirements;
  private final KeyTable<?> processes;
  private final KeyTable<?> policies;
  private final KeyTable<?> objectives;
  private final KeyTable<?> resources;
  private final KeyTable<?> documents;
  private final KeyTable<Asset> assets;
  private final KeyTable<?> threats;
  private final KeyTable<?> vulnerabilities;
  private final KeyTable<?> risks;
  private final KeyTable<?> metrics;
  private final KeyTable<?> programmes;
  private final KeyTable<?> audits;
  private final KeyTable<?> findings;
  private final KeyTable<?> reviews;
  private final KeyTable<?> nonconformities;
  private final KeyTable<?> improvements;
  private final KeyTable<?> changes;
  private final KeyTable<?> incidents;
  private final KeyTable<?> bodies;
  private final KeyTable<?> certificates;
  private final KeyTable<?> externalAudits;
  private final Set<ControlId> customControls;
  private final Optional<Set<ControlId>> soaControls;
  // What an auditor samples (issue 12)
  private final KeyTable<?> competenceRecords;
  private final KeyTable<?> measurements;
  private final KeyTable<?> suppliers;
  private final KeyTable<?> evidenceItems;

  /**
   * A validator of {@code isms} whose catalog knows the controls {@code catalog} accepts. Indexes
   * every entity kind by id, reporting duplicate ids in the order of {@link Isms}'s attributes.
   */
  IsmsValidator(Isms isms, Predicate<ControlId> catalog) {
    this.isms = isms;
    this.catalog = catalog;
    people = ids("Person", isms.people(), Person::id);
    roles = ids("Role", isms.roles(), Role::id);
    issues = ids("ContextIssue", isms.contextIssues(), ContextIssue::id);
    parties = ids("InterestedParty", isms.interestedParties(), InterestedParty::id);
    requirements = ids("Requirement", allRequirements(isms), Requirement::id);
    processes = ids("IsmsProcess", isms.processes(), IsmsProcess::id);
    policies = ids("Policy", isms.policies(), Policy::id);
    objectives = ids("Objective", isms.objectives(), Objective::id);
    resources = ids("ResourceAllocation", isms.resources(), ResourceAllocation::id);
    competenceRecords = ids("CompetenceRecord", isms.competenceRecords(), CompetenceRecord::id);
    ids("AwarenessRecord", isms.awarenessRecords(), AwarenessRecord::id);
    ids("Communication", isms.communications(), Communication::id);
    documents = ids("DocumentedInformation", isms.documents(), DocumentedInformation::id);
    assets = assetIndex(isms.assets());
    threats = ids("Threat", isms.threats(), Threat::id);
    vulnerabilities = ids("Vulnerability", isms.vulnerabilities(), Vulnerability::id);
    risks = ids("Risk", isms.risks(), Risk::id);
    ids("IsmsRiskOrOpportunity", isms.risksAndOpportunities(), IsmsRiskOrOpportunity::id);
    metrics = ids("Metric", isms.metrics(), Metric::id);
    measurements = ids("Measurement", isms.measurements(), Measurement::id);
    programmes = ids("AuditProgramme", isms.auditProgrammes(), AuditProgramme::id);
    audits = ids("InternalAudit", isms.audits(), InternalAudit::id);
    findings = ids("AuditFinding", isms.findings(), AuditFinding::id);
    reviews = ids("ManagementReview", isms.managementReviews(), ManagementReview::id);
    nonconformities = ids("Nonconformity", isms.nonconformities(), Nonconformity::id);
    ids("CorrectiveAction", isms.correctiveActions(), CorrectiveAction::id);
    improvements = ids("Improvement", isms.improvements(), Improvement::id);
    changes = ids("PlannedChange", isms.changes(), PlannedChange::id);
    incidents = ids("Incident", isms.incidents(), Incident::id);
    bodies = ids("CertificationBody", isms.certificationBodies(), CertificationBody::id);
    certificates = ids("Certificate", isms.certificates(), Certificate::id);
    externalAudits = ids("ExternalAudit", isms.externalAudits(), ExternalAudit::id);
    ids("ExternalFinding", isms.externalFindings(), ExternalFinding::id);
    customControls = customControlIndex(isms.customControls());
    soaControls = isms.statementOfApplicability().map(this::soaIndex);
    suppliers = ids("Supplier", isms.suppliers(), Supplier::id);
    evidenceItems = ids("EvidenceItem", isms.evidenceItems(), EvidenceItem::id);
    ids("PolicyException", isms.policyExceptions(), PolicyException::id);
  }

  /** Runs every check and returns the problems in a stable order. */
  Seq<Problem> run() {
    context();
    governance();
    documents();
    assets();
    risks();
    controls();
    soa();
    monitoring();
    audits();
    improvement();
    certification();
    sampledByAuditors();
    return out.result();
  }

  // ---- indexes ---------------------------------------------------------------------------------

  private static List<Requirement> allRequirements(Isms isms) {
    List<Requirement> all = new ArrayList<>();
    isms.interestedParties().forEach(p -> all.addAll(p.requirements()));
    return all;
  }

  private KeyTable<Asset> assetIndex(List<Asset> list) {
    return KeyTable.of(list, Asset::id, a -> duplicate("Asset", a.id()));
  }

  private Set<ControlId> customControlIndex(List<CustomControl> list) {
    Set<ControlId> ids = new HashSet<>();
    for (CustomControl c : list) {
      if (!ids.add(c.id())) {
        duplicate("CustomControl", c.id());
      }
      if (catalog.test(c.id())) {
        out.add(ValidationCode.SHADOWS_CATALOG, "CustomControl", c.id().value(), "id", c.id(),
            "is already a catalog control; custom controls need ids of their own");
      }
    }
    return ids;
  }

  private Set<ControlId> soaIndex(StatementOfApplicability soa) {
    Set<ControlId> s = new HashSet<>();
    for (SoaEntry e : soa.entries()) {
      if (!s.add(e.control())) {
        out.add(ValidationCode.DUPLICATE, "SoaEntry", e.control().value(), "control", e.control(),
            "is listed more than once in the Statement of Applicability");
      }
    }
    return s;
  }

  // ---- clause 4: context -----------------------------------------------------------------------

  private void context() {
    for (ContextIssue i : isms.contextIssues()) {
      ref("ContextIssue", i.id().value(), "owner", i.owner(), people, PERSON);
    }
    isms.scope().ifPresent(this::scope);
    isms.climateChangeDecision().ifPresent(d -> {
      ref("ClimateChangeDecision", "-", "decidedBy", d.decidedBy(), people, PERSON);
      refs("ClimateChangeDecision", "-", "issues", d.issues(), issues, "context issue");
    });
    for (InterestedParty p : isms.interestedParties()) {
      for (Requirement r : p.requirements()) {
        controlRefs("Requirement", r.id().value(), "controls", r.controls());
        refs("Requirement", r.id().value(), "objectives", r.objectives(), objectives, "objective");
      }
    }
    for (IsmsProcess p : isms.processes()) {
      String id = p.id().value();
      ref("IsmsProcess", id, "owner", p.owner(), people, PERSON);
      refs("IsmsProcess", id, "interactsWith", p.interactsWith(), processes, "process");
    }
  }

  private void scope(Scope s) {
    refs("Scope", "-", "consideredIssues", s.consideredIssues(), issues, "context issue");
    refs("Scope", "-", "consideredRequirements", s.consideredRequirements(), requirements, "requirement");
    approval("Scope", "-", "approval", s.approval());
    ref("Scope", "-", "document", s.document(), documents, DOCUMENT);
  }

  // ---- clauses 5 and 7: leadership and support -------------------------------------------------

  private void governance() {
    for (RoleAssignment a : isms.roleAssignments()) {
      String id = a.role().value() + "@" + a.person().value();
      ref("RoleAssignment", id, "role", a.role(), roles, "role");
      ref("RoleAssignment", id, "person", a.person(), people, PERSON);
      ref("RoleAssignment", id, "assignedBy", a.assignedBy(), people, PERSON);
    }
    for (Policy p : isms.policies()) {
      approval("Policy", p.id().value(), "approval", p.approval());
      ref("Policy", p.id().value(), "document", p.document(), documents, DOCUMENT);
    }
    for (Objective o : isms.objectives()) {
      String id = o.id().value();
      ref("Objective", id, "policy", o.policy(), policies, "policy");
      ref("Objective", id, "metric", o.metric(), metrics, "metric");
      ref("Objective", id, "owner", o.owner(), people, PERSON);
      refs("Objective", id, "resources", o.resources(), resources, "resource allocation");
    }
    for (ResourceAllocation r : isms.resources()) {
      approval("ResourceAllocation", r.id().value(), "approval", r.approval());
    }
    for (CompetenceRecord c : isms.competenceRecords()) {
      ref("CompetenceRecord", c.id().value(), "person", c.person(), people, PERSON);
      ref("CompetenceRecord", c.id().value(), "evidence", c.evidence(), documents, DOCUMENT);
    }
    for (AwarenessRecord a : isms.awarenessRecords()) {
      ref("AwarenessRecord", a.id().value(), "person", a.person(), people, PERSON);
    }
    for (Communication c : isms.communications()) {
      ref("Communication", c.id().value(), "responsible", c.responsible(), people, PERSON);
    }
  }

  private void documents() {
    for (DocumentedInformation d : isms.documents()) {
      String id = d.id().value();
      ref("DocumentedInformation", id, "owner", d.owner(), people, PERSON);
      ref("DocumentedInformation", id, "author", d.author(), people, PERSON);
      ref("DocumentedInformation", id, "reviewedBy", d.reviewedBy(), people, PERSON);
      approval("DocumentedInformation", id, "approval", d.approval());
    }
  }

  // ---- assets and risks (6.1, 8.2, 8.3) --------------------------------------------------------

  private void assets() {
    for (Asset a : isms.assets()) {
      ref("Asset", a.id().value(), "owner", a.owner(), people, PERSON);
      refs("Asset", a.id().value(), "dependsOn", a.dependsOn(), assets, "asset");
    }
    for (AssetCycles.Cycle c : new AssetCycles(isms.assets(), assets).find()) {
      out.add(ValidationCode.CYCLE, "Asset", c.smallest().value(), "dependsOn", c.smallest(), c.reason());
    }
    for (Vulnerability v : isms.vulnerabilities()) {
      refs("Vulnerability", v.id().value(), "assets", v.assets(), assets, "asset");
    }
  }

  private void risks() {
    Optional<RiskCriteria> criteria = isms.riskCriteria();
    criteria.ifPresent(c -> {
      approval("RiskCriteria", c.version(), "approval", c.approval());
      ref("RiskCriteria", c.version(), "methodology", c.methodology(), documents, DOCUMENT);
    });
    for (Risk r : isms.risks()) {
      risk(r, criteria);
      r.treatment().ifPresent(t -> treatment(r.id().value(), t));
    }
    for (IsmsRiskOrOpportunity o : isms.risksAndOpportunities()) {
      String id = o.id().value();
      refs("IsmsRiskOrOpportunity", id, "issues", o.issues(), issues, "context issue");
      refs("IsmsRiskOrOpportunity", id, "requirements", o.requirements(), requirements, "requirement");
      ref("IsmsRiskOrOpportunity", id, "owner", o.owner(), people, PERSON);
    }
  }

  private void risk(Risk r, Optional<RiskCriteria> criteria) {
    String id = r.id().value();
    for (AssetId a : r.assets()) {
      Asset asset = assets.get(a);
      if (asset == null) {
        out.dangling("Risk", id, "assets", a.value(), "asset");
      } else if (!asset.inScope()) {
        out.add(ValidationCode.OUT_OF_SCOPE, "Risk", id, "assets", a,
            "refers to asset '" + Text.shorten(a.value()) + "', which is outside the ISMS scope");
      }
    }
    ref("Risk", id, "threat", r.threat(), threats, "threat");
    refs("Risk", id, "vulnerabilities", r.vulnerabilities(), vulnerabilities, "vulnerability");
    ref("Risk", id, "owner", r.owner(), people, PERSON);
    assessment(id, "inherent", r.inherent(), criteria);
    assessment(id, "residual", r.residual(), criteria);
    for (int i = 0; i < r.history().size(); i++) {
      assessment(id, "history[" + i + "]", Optional.of(r.history().get(i)), Optional.empty());
    }
    r.acceptance().ifPresent(a -> ref("Risk", id, "acceptance.acceptedBy", a.acceptedBy(), people, PERSON));
  }

  /** The assessor's reference and, under {@code criteria}, whether the level is one of theirs. */
  private void assessment(String riskId, String field, Optional<RiskAssessment> a,
      Optional<RiskCriteria> criteria) {
    if (a.isEmpty()) {
      return;
    }
    RiskAssessment x = a.get();
    Optional<PersonId> assessor = x.assessedBy();
    if (assessor.isPresent()) {
      ref("Risk", riskId, field, ".assessedBy", assessor.get(), people, PERSON);
    }
    if (criteria.isPresent() && !criteria.get().knows(x.level())) {
      RiskCriteria c = criteria.get();
      out.add(ValidationCode.UNKNOWN_LEVEL, "Risk", riskId, field + ".level", x.level(),
          "'" + Text.shorten(x.level().name()) + "' is not a level of the risk criteria "
              + Text.shorten(c.version()) + " (" + Text.shorten(c.levels()) + ")");
    }
  }

  private void treatment(String id, Treatment t) {
    controlRefs("Risk", id, "treatment.controls", t.controls());
    approval("Risk", id, "treatment.planApproval", t.planApproval());
    ref("Risk", id, "treatment.sharedWithParty", t.sharedWithParty(), parties, "interested party");
    ref("Risk", id, "treatment.plan", t.plan(), documents, DOCUMENT);
    for (int i = 0; i < t.actions().size(); i++) {
      TreatmentAction a = t.actions().get(i);
      // the field's name is made only for a problem: this runs for every action of every risk
      if (!people.contains(a.owner())) {
        out.dangling("Risk", id, "treatment.actions[" + i + "].owner", a.owner().value(), PERSON);
      }
      Optional<ControlId> control = a.control();
      if (control.isPresent() && !knownControl(control.get())) {
        out.dangling("Risk", id, "treatment.actions[" + i + "].control", control.get().value(), CONTROL);
      }
      Optional<ChangeId> change = a.change();
      if (change.isPresent() && !changes.contains(change.get())) {
        out.dangling("Risk", id, "treatment.actions[" + i + "].change", change.get().value(), "planned change");
      }
    }
  }

  // ---- controls and the SoA (6.1.3, Annex A) ---------------------------------------------------

  private void controls() {
    Set<ControlId> implemented = new HashSet<>();
    for (ControlImplementation c : isms.controlImplementations()) {
      String id = c.control().value();
      controlRefs("ControlImplementation", id, "control", List.of(c.control()));
      soaControls.ifPresent(s -> {
        if (!s.contains(c.control())) {
          out.add(ValidationCode.NOT_IN_SOA, "ControlImplementation", id, "control", c.control(),
              "has no entry in the Statement of Applicability");
        }
      });
      ref("ControlImplementation", id, "owner", c.owner(), people, PERSON);
      refs("ControlImplementation", id, "evidence", c.evidence(), documents, DOCUMENT);
      if (!implemented.add(c.control())) {
        duplicate("ControlImplementation", c.control());
      }
    }
  }

  private void soa() {
    isms.statementOfApplicability().ifPresent(soa -> {
      approval("StatementOfApplicability", soa.version(), "approval", soa.approval());
      ref("StatementOfApplicability", soa.version(), "document", soa.document(), documents, DOCUMENT);
      for (SoaEntry e : soa.entries()) {
        String id = e.control().value();
        controlRefs("SoaEntry", id, "control", List.of(e.control()));
        refs("SoaEntry", id, "risks", e.risks(), risks, "risk");
        refs("SoaEntry", id, "requirements", e.requirements(), requirements, "requirement");
        ref("SoaEntry", id, "owner", e.owner(), people, PERSON);
      }
    });
  }

  // ---- clause 9: performance evaluation --------------------------------------------------------

  private void monitoring() {
    for (Metric m : isms.metrics()) {
      String id = m.id().value();
      ref("Metric", id, "measuredBy", m.measuredBy(), people, PERSON);
      ref("Metric", id, "evaluatedBy", m.evaluatedBy(), people, PERSON);
      ref("Metric", id, "objective", m.objective(), objectives, "objective");
      controlRef("Metric", id, "control", m.control());
      ref("Metric", id, "process", m.process(), processes, "process");
    }
    for (Measurement m : isms.measurements()) {
      ref("Measurement", m.id().value(), "metric", m.metric(), metrics, "metric");
      ref("Measurement", m.id().value(), "measuredBy", m.measuredBy(), people, PERSON);
    }
  }

  private void audits() {
    for (AuditProgramme p : isms.auditProgrammes()) {
      ref("AuditProgramme", p.id().value(), "owner", p.owner(), people, PERSON);
      ref("AuditProgramme", p.id().value(), "approvedBy", p.approvedBy(), people, PERSON);
    }
    for (InternalAudit a : isms.audits()) {
      String id = a.id().value();
      ref("InternalAudit", id, "programme", a.programme(), programmes, "audit programme");
      controlRefs("InternalAudit", id, "controls", a.controls());
      refs("InternalAudit", id, "processes", a.processes(), processes, "process");
      refs("InternalAudit", id, "auditors", a.auditors(), people, PERSON);
      refs("InternalAudit", id, "auditees", a.auditees(), people, PERSON);
      refs("InternalAudit", id, "reportedTo", a.reportedTo(), people, PERSON);
      ref("InternalAudit", id, "report", a.report(), documents, DOCUMENT);
    }
    for (AuditFinding f : isms.findings()) {
      String id = f.id().value();
      ref("AuditFinding", id, "audit", f.audit(), audits, "audit");
      controlRef("AuditFinding", id, "control", f.control());
      ref("AuditFinding", id, "nonconformity", f.nonconformity(), nonconformities, "nonconformity");
    }
    for (ManagementReview r : isms.managementReviews()) {
      String id = r.id().value();
      refs("ManagementReview", id, "attendees", r.attendees(), people, PERSON);
      ref("ManagementReview", id, "minutes", r.minutes(), documents, DOCUMENT);
      for (int i = 0; i < r.decisions().size(); i++) {
        ReviewDecision d = r.decisions().get(i);
        String f = "decisions[" + i + "].";
        ref("ManagementReview", id, f + "owner", d.owner(), people, PERSON);
        ref("ManagementReview", id, f + "change", d.change(), changes, "planned change");
        ref("ManagementReview", id, f + "improvement", d.improvement(), improvements, "improvement");
        ref("ManagementReview", id, f + "resource", d.resource(), resources, "resource allocation");
      }
    }
  }

  // ---- clause 10, 6.3 and incidents ------------------------------------------------------------

  private void improvement() {
    for (Nonconformity n : isms.nonconformities()) {
      String id = n.id().value();
      ref("Nonconformity", id, "finding", n.finding(), findings, "audit finding");
      ref("Nonconformity", id, "incident", n.incident(), incidents, "incident");
      controlRef("Nonconformity", id, "control", n.control());
      ref("Nonconformity", id, "owner", n.owner(), people, PERSON);
    }
    for (CorrectiveAction c : isms.correctiveActions()) {
      String id = c.id().value();
      ref("CorrectiveAction", id, "nonconformity", c.nonconformity(), nonconformities, "nonconformity");
      ref("CorrectiveAction", id, "owner", c.owner(), people, PERSON);
      ref("CorrectiveAction", id, "change", c.change(), changes, "planned change");
      c.effectivenessReview().ifPresent(r ->
          ref("CorrectiveAction", id, "effectivenessReview.reviewedBy", r.reviewedBy(), people, PERSON));
    }
    for (Improvement i : isms.improvements()) {
      ref("Improvement", i.id().value(), "owner", i.owner(), people, PERSON);
      ref("Improvement", i.id().value(), "finding", i.finding(), findings, "audit finding");
      ref("Improvement", i.id().value(), "review", i.review(), reviews, "management review");
    }
    for (PlannedChange c : isms.changes()) {
      String id = c.id().value();
      ref("PlannedChange", id, "responsible", c.responsible(), people, PERSON);
      approval("PlannedChange", id, "approval", c.approval());
      refs("PlannedChange", id, "assets", c.assets(), assets, "asset");
      refs("PlannedChange", id, "risks", c.risks(), risks, "risk");
      controlRefs("PlannedChange", id, "controls", c.controls());
    }
    for (Incident i : isms.incidents()) {
      refs("Incident", i.id().value(), "assets", i.assets(), assets, "asset");
      refs("Incident", i.id().value(), "risks", i.risks(), risks, "risk");
      ref("Incident", i.id().value(), "handler", i.handler(), people, PERSON);
      ref("Incident", i.id().value(), "nonconformity", i.nonconformity(), nonconformities, "nonconformity");
    }
  }

  // ---- certification (ISO/IEC 17021-1) ---------------------------------------------------------

  private void certification() {
    for (Certificate c : isms.certificates()) {
      ref("Certificate", c.id().value(), "body", c.body(), bodies, "certification body");
    }
    for (ExternalAudit a : isms.externalAudits()) {
      String id = a.id().value();
      ref("ExternalAudit", id, "body", a.body(), bodies, "certification body");
      ref("ExternalAudit", id, "certificate", a.certificate(), certificates, "certificate");
      controlRefs("ExternalAudit", id, "controls", a.controls());
    }
    for (ExternalFinding f : isms.externalFindings()) {
      String id = f.id().value();
      ref("ExternalFinding", id, "audit", f.audit(), externalAudits, "external audit");
      controlRef("ExternalFinding", id, "control", f.control());
      ref("ExternalFinding", id, "nonconformity", f.nonconformity(), nonconformities, "nonconformity");
    }
  }

  // ---- what an auditor samples (issue 12) -------------------------------------------------------

  /**
   * The references of suppliers, evidence and policy exceptions, and of the fields that deepen the
   * other entities for audit: document control, audit team, criteria and evidence, the programme's
   * risk basis, measurement, review follow-up, acceptance authority, competence per role, legal
   * register, incident learning and nonconformity links.
   */
  private void sampledByAuditors() {
    suppliers();
    evidence();
    policyExceptions();
    documentControl();
    auditDepth();
    followUpAndAuthority();
  }

  private void suppliers() {
    for (Supplier s : isms.suppliers()) {
      String id = s.id().value();
      ref("Supplier", id, "owner", s.owner(), people, PERSON);
      ref("Supplier", id, "interestedParty", s.interestedParty(), parties, "interested party");
      refs("Supplier", id, "risks", s.risks(), risks, "risk");
      controlRefs("Supplier", id, "controls", s.controls());
      for (int i = 0; i < s.provides().size(); i++) {
        SupplierService v = s.provides().get(i);
        String f = "provides[" + i + "].";
        ref("Supplier", id, f + "process", v.process(), processes, "process");
        refs("Supplier", id, f + "assets", v.assets(), assets, "asset");
      }
      for (int i = 0; i < s.agreements().size(); i++) {
        SupplierAgreement a = s.agreements().get(i);
        String f = "agreements[" + i + "].";
        refs("Supplier", id, f + "requirements", a.requirements(), requirements, "requirement");
        controlRefs("Supplier", id, f + "controls", a.controls());
        ref("Supplier", id, f + "document", a.document(), documents, DOCUMENT);
      }
      for (int i = 0; i < s.assessments().size(); i++) {
        SupplierAssessment a = s.assessments().get(i);
        String f = "assessments[" + i + "].";
        ref("Supplier", id, f + "performedBy", a.performedBy(), people, PERSON);
        ref("Supplier", id, f + "report", a.report(), documents, DOCUMENT);
      }
    }
  }

  private void evidence() {
    Set<ControlId> implemented = new HashSet<>();
    isms.controlImplementations().forEach(c -> implemented.add(c.control()));
    Set<ControlId> soaLines = soaControls.orElse(Set.of());
    for (EvidenceItem e : isms.evidenceItems()) {
      String id = e.id().value();
      ref("EvidenceItem", id, "document", e.document(), documents, DOCUMENT);
      ref("EvidenceItem", id, "collectedBy", e.collectedBy(), people, PERSON);
      e.review().ifPresent(r -> ref("EvidenceItem", id, "review.by", r.by(), people, PERSON));
      for (ControlId c : e.controlImplementations()) {
        if (!implemented.contains(c)) {
          out.dangling("EvidenceItem", id, "controlImplementations", c.value(), "control implementation");
        }
      }
      refs("EvidenceItem", id, "measurements", e.measurements(), measurements, "measurement");
      refs("EvidenceItem", id, "findings", e.findings(), findings, "audit finding");
      for (ControlId c : e.soaEntries()) {
        if (!soaLines.contains(c)) {
          out.dangling("EvidenceItem", id, "soaEntries", c.value(), "line of the Statement of Applicability");
        }
      }
    }
  }

  private void policyExceptions() {
    for (PolicyException x : isms.policyExceptions()) {
      String id = x.id().value();
      ref("PolicyException", id, "policy", x.policy(), policies, "policy");
      controlRefs("PolicyException", id, "controls", x.controls());
      refs("PolicyException", id, "assets", x.assets(), assets, "asset");
      refs("PolicyException", id, "risks", x.risks(), risks, "risk");
      ref("PolicyException", id, "requestedBy", x.requestedBy(), people, PERSON);
      approval("PolicyException", id, "approval", x.approval());
    }
  }

  private void documentControl() {
    for (DocumentedInformation d : isms.documents()) {
      String id = d.id().value();
      for (int i = 0; i < d.history().size(); i++) {
        DocumentVersion v = d.history().get(i);
        ref("DocumentedInformation", id, "history[" + i + "].author", v.author(), people, PERSON);
        approval("DocumentedInformation", id, "history[" + i + "].approval", v.approval());
      }
      refs("DocumentedInformation", id, "accessRoles", d.accessRoles(), roles, "role");
      ref("DocumentedInformation", id, "supersededBy", d.supersededBy(), documents, DOCUMENT);
    }
    for (Role r : isms.roles()) {
      ref("Role", r.id().value(), "competenceProfile", r.competenceProfile(), documents, DOCUMENT);
    }
    for (CompetenceRecord c : isms.competenceRecords()) {
      ref("CompetenceRecord", c.id().value(), "role", c.role(), roles, "role");
    }
  }

  private void auditDepth() {
    for (AuditProgramme p : isms.auditProgrammes()) {
      for (int i = 0; i < p.priorities().size(); i++) {
        AuditPriority x = p.priorities().get(i);
        String f = "priorities[" + i + "].";
        ref("AuditProgramme", p.id().value(), f + "process", x.process(), processes, "process");
        refs("AuditProgramme", p.id().value(), f + "previousFindings", x.previousFindings(), findings,
            "audit finding");
      }
    }
    for (InternalAudit a : isms.audits()) {
      String id = a.id().value();
      refs("InternalAudit", id, "criteriaPolicies", a.criteriaPolicies(), policies, "policy");
      refs("InternalAudit", id, "criteriaDocuments", a.criteriaDocuments(), documents, DOCUMENT);
      refs("InternalAudit", id, "criteriaRequirements", a.criteriaRequirements(), requirements, "requirement");
      ref("InternalAudit", id, "plan", a.plan(), documents, DOCUMENT);
      for (int i = 0; i < a.team().size(); i++) {
        AuditTeamMember m = a.team().get(i);
        refs("InternalAudit", id, "team[" + i + "].competence", m.competence(), competenceRecords,
            "competence record");
      }
    }
    for (AuditFinding f : isms.findings()) {
      ref("AuditFinding", f.id().value(), "process", f.process(), processes, "process");
    }
    for (Measurement m : isms.measurements()) {
      ref("Measurement", m.id().value(), "evaluatedBy", m.evaluatedBy(), people, PERSON);
    }
  }

  private void followUpAndAuthority() {
    for (ManagementReview r : isms.managementReviews()) {
      for (int i = 0; i < r.decisions().size(); i++) {
        refs("ManagementReview", r.id().value(), "decisions[" + i + "].followedUpIn",
            r.decisions().get(i).followedUpIn(), reviews, "management review");
      }
    }
    isms.riskCriteria().ifPresent(c -> {
      for (int i = 0; i < c.acceptanceAuthorities().size(); i++) {
        AcceptanceAuthority a = c.acceptanceAuthorities().get(i);
        ref("RiskCriteria", c.version(), "acceptanceAuthorities[" + i + "].role", a.role(), roles, "role");
      }
    });
    for (Risk r : isms.risks()) {
      r.acceptance().ifPresent(a ->
          ref("Risk", r.id().value(), "acceptance.authority", a.authority(), roles, "role"));
    }
    for (InterestedParty p : isms.interestedParties()) {
      for (Requirement q : p.requirements()) {
        ref("Requirement", q.id().value(), "owner", q.owner(), people, PERSON);
      }
    }
    for (Incident i : isms.incidents()) {
      String id = i.id().value();
      refs("Incident", id, "improvements", i.improvements(), improvements, "improvement");
      refs("Incident", id, "evidence", i.evidence(), evidenceItems, "evidence item");
      refs("Incident", id, "suppliers", i.suppliers(), suppliers, "supplier");
    }
    for (Nonconformity n : isms.nonconformities()) {
      String id = n.id().value();
      refs("Nonconformity", id, "similar", n.similar(), nonconformities, "nonconformity");
      refs("Nonconformity", id, "changes", n.changes(), changes, "planned change");
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private <T> KeyTable<T> ids(String type, List<T> items, Function<T, ? extends EntityId> id) {
    return KeyTable.of(items, id, item -> duplicate(type, id.apply(item)));
  }

  private void duplicate(String type, EntityId id) {
    out.add(ValidationCode.DUPLICATE, type, id.value(), "id", id.value(), "is used by more than one " + type);
  }

  private void approval(String type, String id, String field, Optional<Approval> approval) {
    if (approval.isPresent()) {
      ref(type, id, field, ".by", approval.get().by(), people, PERSON);
    }
  }

  private void ref(String type, String id, String field, EntityId target, KeyTable<?> known,
      String targetKind) {
    if (!known.contains(target)) {
      out.dangling(type, id, field, target.value(), targetKind);
    }
  }

  private void ref(String type, String id, String field, Optional<? extends EntityId> target,
      KeyTable<?> known, String targetKind) {
    if (target.isPresent()) {
      ref(type, id, field, target.get(), known, targetKind);
    }
  }

  /** As {@code ref}, for the field {@code field + sub}, whose name is made only for a problem. */
  private void ref(String type, String id, String field, String sub, EntityId target,
      KeyTable<?> known, String targetKind) {
    if (!known.contains(target)) {
      out.dangling(type, id, field + sub, target.value(), targetKind);
    }
  }

  private void refs(String type, String id, String field, Collection<? extends EntityId> targets,
      KeyTable<?> known, String targetKind) {
    for (EntityId t : targets) {
      ref(type, id, field, t, known, targetKind);
    }
  }

  private void controlRefs(String type, String id, String field, Collection<ControlId> targets) {
    for (ControlId c : targets) {
      if (!knownControl(c)) {
        out.dangling(type, id, field, c.value(), CONTROL);
      }
    }
  }

  private void controlRef(String type, String id, String field, Optional<ControlId> target) {
    if (target.isPresent() && !knownControl(target.get())) {
      out.dangling(type, id, field, target.get().value(), CONTROL);
    }
  }

  private boolean knownControl(ControlId c) {
    return catalog.test(c) || customControls.contains(c);
  }
}
