package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditProgramme;
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
import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.Vulnerability;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks the relations between the entities of an {@link Isms}: duplicate ids, dangling
 * references, risks on out-of-scope assets, asset dependency cycles, control implementations and
 * treatments whose controls the SoA does not list. Indexes the model once; linear in its size.
 */
final class IsmsValidator {
  private final Isms isms;
  private final Predicate<ControlId> catalog;
  private final List<Violation> out = new ArrayList<>();

  private final Set<EntityId> people;
  private final Set<EntityId> roles;
  private final Set<EntityId> issues;
  private final Set<EntityId> requirements;
  private final Set<EntityId> parties;
  private final Set<EntityId> reviews;
  private final Set<EntityId> processes;
  private final Set<EntityId> policies;
  private final Set<EntityId> objectives;
  private final Set<EntityId> resources;
  private final Set<EntityId> documents;
  private final Map<AssetId, Asset> assets;
  private final Set<EntityId> threats;
  private final Set<EntityId> vulnerabilities;
  private final Set<EntityId> risks;
  private final Set<EntityId> metrics;
  private final Set<EntityId> programmes;
  private final Set<EntityId> audits;
  private final Set<EntityId> nonconformities;
  private final Set<EntityId> changes;
  private final Set<EntityId> improvements;
  private final Set<EntityId> incidents;
  private final Set<EntityId> findings;
  private final Set<ControlId> customControls;
  private final Optional<Set<ControlId>> soaControls;

  /** A validator of {@code isms} whose catalog knows the controls {@code catalog} accepts. */
  public IsmsValidator(Isms isms, Predicate<ControlId> catalog) {
    this.isms = isms;
    this.catalog = catalog;
    people = ids("Person", isms.people(), Person::id);
    roles = ids("Role", isms.roles(), Role::id);
    issues = ids("ContextIssue", isms.contextIssues(), ContextIssue::id);
    List<Requirement> reqs = new ArrayList<>();
    isms.interestedParties().forEach(p -> reqs.addAll(p.requirements()));
    parties = ids("InterestedParty", isms.interestedParties(), InterestedParty::id);
    requirements = ids("Requirement", reqs, Requirement::id);
    processes = ids("IsmsProcess", isms.processes(), IsmsProcess::id);
    policies = ids("Policy", isms.policies(), Policy::id);
    objectives = ids("Objective", isms.objectives(), Objective::id);
    resources = ids("ResourceAllocation", isms.resources(), ResourceAllocation::id);
    ids("CompetenceRecord", isms.competenceRecords(), CompetenceRecord::id);
    ids("AwarenessRecord", isms.awarenessRecords(), AwarenessRecord::id);
    ids("Communication", isms.communications(), Communication::id);
    documents = ids("DocumentedInformation", isms.documents(), DocumentedInformation::id);
    assets = new HashMap<>();
    for (Asset a : isms.assets()) {
      if (assets.putIfAbsent(a.id(), a) != null) {
        duplicate("Asset", a.id());
      }
    }
    threats = ids("Threat", isms.threats(), Threat::id);
    vulnerabilities = ids("Vulnerability", isms.vulnerabilities(), Vulnerability::id);
    risks = ids("Risk", isms.risks(), Risk::id);
    ids("IsmsRiskOrOpportunity", isms.risksAndOpportunities(), IsmsRiskOrOpportunity::id);
    metrics = ids("Metric", isms.metrics(), Metric::id);
    ids("Measurement", isms.measurements(), Measurement::id);
    programmes = ids("AuditProgramme", isms.auditProgrammes(), AuditProgramme::id);
    audits = ids("InternalAudit", isms.audits(), InternalAudit::id);
    findings = ids("AuditFinding", isms.findings(), AuditFinding::id);
    reviews = ids("ManagementReview", isms.managementReviews(), ManagementReview::id);
    nonconformities = ids("Nonconformity", isms.nonconformities(), Nonconformity::id);
    ids("CorrectiveAction", isms.correctiveActions(), CorrectiveAction::id);
    improvements = ids("Improvement", isms.improvements(), Improvement::id);
    changes = ids("PlannedChange", isms.changes(), PlannedChange::id);
    incidents = ids("Incident", isms.incidents(), Incident::id);
    customControls = new HashSet<>();
    for (CustomControl c : isms.customControls()) {
      if (!customControls.add(c.id())) {
        duplicate("CustomControl", c.id());
      }
      if (catalog.test(c.id())) {
        out.add(new Violation("CustomControl", c.id().value(), "id", Violation.SHADOWS_CATALOG,
            "CustomControl " + c.id() + ": id is already a catalog control; custom controls need ids of their own"));
      }
    }
    soaControls = isms.statementOfApplicability().map(soa -> {
      Set<ControlId> s = new HashSet<>();
      for (SoaEntry e : soa.entries()) {
        if (!s.add(e.control())) {
          out.add(new Violation("SoaEntry", e.control().value(), "control", Violation.DUPLICATE,
              "SoaEntry " + e.control() + ": control is listed more than once in the Statement of Applicability"));
        }
      }
      return s;
    });
  }

  /** Whether {@code id} is one of the 93 ISO/IEC 27001:2022 Annex A control ids. */
  public static Predicate<ControlId> annexA() {
    return Iso27001_2022.framework()::contains;
  }

  /** Runs every check and returns the violations in a stable order. */
  public Seq<Violation> run() {
    context();
    governance();
    assetsAndRisks();
    controls();
    assurance();
    return Vector.ofAll(out);
  }

  // ---------------------------------------------------------------------------------------------

  private void context() {
    for (ContextIssue i : isms.contextIssues()) {
      ref("ContextIssue", i.id().value(), "owner", i.owner(), people, "person");
    }
    isms.scope().ifPresent(s -> {
      refs("Scope", "-", "consideredIssues", s.consideredIssues(), issues, "context issue");
      refs("Scope", "-", "consideredRequirements", s.consideredRequirements(), requirements, "requirement");
      ref("Scope", "-", "approvedBy", s.approvedBy(), people, "person");
      ref("Scope", "-", "document", s.document(), documents, "document");
    });
    isms.climateChangeDecision().ifPresent(d -> {
      ref("ClimateChangeDecision", "-", "decidedBy", Optional.of(d.decidedBy()), people, "person");
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
      ref("IsmsProcess", id, "owner", Optional.of(p.owner()), people, "person");
      refs("IsmsProcess", id, "interactsWith", p.interactsWith(), processes, "process");
    }
  }

  private void governance() {
    for (RoleAssignment a : isms.roleAssignments()) {
      String id = a.role().value() + "@" + a.person().value();
      ref("RoleAssignment", id, "role", Optional.of(a.role()), roles, "role");
      ref("RoleAssignment", id, "person", Optional.of(a.person()), people, "person");
      ref("RoleAssignment", id, "assignedBy", a.assignedBy(), people, "person");
    }
    for (Policy p : isms.policies()) {
      ref("Policy", p.id().value(), "approvedBy", p.approvedBy(), people, "person");
      ref("Policy", p.id().value(), "document", p.document(), documents, "document");
    }
    for (Objective o : isms.objectives()) {
      String id = o.id().value();
      ref("Objective", id, "policy", o.policy(), policies, "policy");
      ref("Objective", id, "metric", o.metric(), metrics, "metric");
      ref("Objective", id, "owner", Optional.of(o.owner()), people, "person");
      refs("Objective", id, "resources", o.resources(), resources, "resource allocation");
    }
    for (ResourceAllocation r : isms.resources()) {
      ref("ResourceAllocation", r.id().value(), "approvedBy", r.approvedBy(), people, "person");
    }
    for (CompetenceRecord c : isms.competenceRecords()) {
      ref("CompetenceRecord", c.id().value(), "person", Optional.of(c.person()), people, "person");
      ref("CompetenceRecord", c.id().value(), "evidence", c.evidence(), documents, "document");
    }
    for (AwarenessRecord a : isms.awarenessRecords()) {
      ref("AwarenessRecord", a.id().value(), "person", Optional.of(a.person()), people, "person");
    }
    for (Communication c : isms.communications()) {
      ref("Communication", c.id().value(), "responsible", Optional.of(c.responsible()), people, "person");
    }
    for (DocumentedInformation d : isms.documents()) {
      String id = d.id().value();
      ref("DocumentedInformation", id, "owner", Optional.of(d.owner()), people, "person");
      ref("DocumentedInformation", id, "author", d.author(), people, "person");
      ref("DocumentedInformation", id, "reviewedBy", d.reviewedBy(), people, "person");
      ref("DocumentedInformation", id, "approvedBy", d.approvedBy(), people, "person");
    }
  }

  private void assetsAndRisks() {
    for (Asset a : isms.assets()) {
      ref("Asset", a.id().value(), "owner", Optional.of(a.owner()), people, "person");
      refs("Asset", a.id().value(), "dependsOn", a.dependsOn(), assetIds(), "asset");
    }
    cycles();
    for (Vulnerability v : isms.vulnerabilities()) {
      refs("Vulnerability", v.id().value(), "assets", v.assets(), assetIds(), "asset");
    }
    isms.riskCriteria().ifPresent(c -> {
      ref("RiskCriteria", c.version(), "approvedBy", c.approvedBy(), people, "person");
      ref("RiskCriteria", c.version(), "methodology", c.methodology(), documents, "document");
    });
    for (Risk r : isms.risks()) {
      String id = r.id().value();
      refs("Risk", id, "assets", r.assets(), assetIds(), "asset");
      for (AssetId a : r.assets()) {
        Asset asset = assets.get(a);
        if (asset != null && !asset.inScope()) {
          out.add(new Violation("Risk", id, "assets", Violation.OUT_OF_SCOPE,
              "Risk " + id + ": assets refers to asset '" + a + "', which is outside the ISMS scope"));
        }
      }
      ref("Risk", id, "threat", r.threat(), threats, "threat");
      refs("Risk", id, "vulnerabilities", r.vulnerabilities(), vulnerabilities, "vulnerability");
      ref("Risk", id, "owner", Optional.of(r.owner()), people, "person");
      assessment(id, "inherent", r.inherent());
      assessment(id, "residual", r.residual());
      for (int i = 0; i < r.history().size(); i++) {
        assessment(id, "history[" + i + "]", Optional.of(r.history().get(i)));
      }
      r.acceptance().ifPresent(a ->
          ref("Risk", id, "acceptance.acceptedBy", Optional.of(a.acceptedBy()), people, "person"));
      r.treatment().ifPresent(t -> {
        controlRefs("Risk", id, "treatment.controls", t.controls());
        ref("Risk", id, "treatment.planApprovedBy", t.planApprovedBy(), people, "person");
        ref("Risk", id, "treatment.sharedWithParty", t.sharedWithParty(), parties, "interested party");
        ref("Risk", id, "treatment.plan", t.plan(), documents, "document");
        for (int i = 0; i < t.actions().size(); i++) {
          TreatmentAction a = t.actions().get(i);
          ref("Risk", id, "treatment.actions[" + i + "].owner", Optional.of(a.owner()), people, "person");
          controlRefs("Risk", id, "treatment.actions[" + i + "].control", a.control().stream().toList());
          ref("Risk", id, "treatment.actions[" + i + "].change", a.change(), changes, "planned change");
        }
      });
    }
    for (IsmsRiskOrOpportunity o : isms.risksAndOpportunities()) {
      String id = o.id().value();
      refs("IsmsRiskOrOpportunity", id, "issues", o.issues(), issues, "context issue");
      refs("IsmsRiskOrOpportunity", id, "requirements", o.requirements(), requirements, "requirement");
      ref("IsmsRiskOrOpportunity", id, "owner", Optional.of(o.owner()), people, "person");
    }
  }

  private void assessment(String riskId, String field, Optional<RiskAssessment> a) {
    a.ifPresent(x -> ref("Risk", riskId, field + ".assessedBy", x.assessedBy(), people, "person"));
  }

  private void controls() {
    for (ControlImplementation c : isms.controlImplementations()) {
      String id = c.control().value();
      controlRefs("ControlImplementation", id, "control", List.of(c.control()));
      soaControls.ifPresent(s -> {
        if (!s.contains(c.control())) {
          out.add(new Violation("ControlImplementation", id, "control", Violation.NOT_IN_SOA,
              "ControlImplementation " + id + ": control has no entry in the Statement of Applicability"));
        }
      });
      ref("ControlImplementation", id, "owner", Optional.of(c.owner()), people, "person");
      refs("ControlImplementation", id, "evidence", c.evidence(), documents, "document");
    }
    Set<ControlId> implemented = new HashSet<>();
    for (ControlImplementation c : isms.controlImplementations()) {
      if (!implemented.add(c.control())) {
        duplicate("ControlImplementation", c.control());
      }
    }
    isms.statementOfApplicability().ifPresent(soa -> {
      ref("StatementOfApplicability", soa.version(), "approvedBy", soa.approvedBy(), people, "person");
      ref("StatementOfApplicability", soa.version(), "document", soa.document(), documents, "document");
      for (SoaEntry e : soa.entries()) {
        String id = e.control().value();
        controlRefs("SoaEntry", id, "control", List.of(e.control()));
        refs("SoaEntry", id, "risks", e.risks(), risks, "risk");
        refs("SoaEntry", id, "requirements", e.requirements(), requirements, "requirement");
        ref("SoaEntry", id, "owner", e.owner(), people, "person");
      }
    });
  }

  private void assurance() {
    for (Metric m : isms.metrics()) {
      String id = m.id().value();
      ref("Metric", id, "measuredBy", Optional.of(m.measuredBy()), people, "person");
      ref("Metric", id, "evaluatedBy", Optional.of(m.evaluatedBy()), people, "person");
      ref("Metric", id, "objective", m.objective(), objectives, "objective");
      controlRefs("Metric", id, "control", m.control().stream().toList());
      ref("Metric", id, "process", m.process(), processes, "process");
    }
    for (Measurement m : isms.measurements()) {
      ref("Measurement", m.id().value(), "metric", Optional.of(m.metric()), metrics, "metric");
      ref("Measurement", m.id().value(), "measuredBy", m.measuredBy(), people, "person");
    }
    for (AuditProgramme p : isms.auditProgrammes()) {
      ref("AuditProgramme", p.id().value(), "owner", Optional.of(p.owner()), people, "person");
      ref("AuditProgramme", p.id().value(), "approvedBy", p.approvedBy(), people, "person");
    }
    for (InternalAudit a : isms.audits()) {
      String id = a.id().value();
      ref("InternalAudit", id, "programme", Optional.of(a.programme()), programmes, "audit programme");
      controlRefs("InternalAudit", id, "controls", a.controls());
      refs("InternalAudit", id, "processes", a.processes(), processes, "process");
      refs("InternalAudit", id, "auditors", a.auditors(), people, "person");
      refs("InternalAudit", id, "auditees", a.auditees(), people, "person");
      refs("InternalAudit", id, "reportedTo", a.reportedTo(), people, "person");
      ref("InternalAudit", id, "report", a.report(), documents, "document");
    }
    for (AuditFinding f : isms.findings()) {
      String id = f.id().value();
      ref("AuditFinding", id, "audit", Optional.of(f.audit()), audits, "audit");
      controlRefs("AuditFinding", id, "control", f.control().stream().toList());
      ref("AuditFinding", id, "nonconformity", f.nonconformity(), nonconformities, "nonconformity");
    }
    for (ManagementReview r : isms.managementReviews()) {
      String id = r.id().value();
      refs("ManagementReview", id, "attendees", r.attendees(), people, "person");
      ref("ManagementReview", id, "minutes", r.minutes(), documents, "document");
      for (int i = 0; i < r.decisions().size(); i++) {
        ReviewDecision d = r.decisions().get(i);
        String f = "decisions[" + i + "].";
        ref("ManagementReview", id, f + "owner", d.owner(), people, "person");
        ref("ManagementReview", id, f + "change", d.change(), changes, "planned change");
        ref("ManagementReview", id, f + "improvement", d.improvement(), improvements, "improvement");
        ref("ManagementReview", id, f + "resource", d.resource(), resources, "resource allocation");
      }
    }
    for (Nonconformity n : isms.nonconformities()) {
      String id = n.id().value();
      ref("Nonconformity", id, "finding", n.finding(), findings, "audit finding");
      ref("Nonconformity", id, "incident", n.incident(), incidents, "incident");
      controlRefs("Nonconformity", id, "control", n.control().stream().toList());
      ref("Nonconformity", id, "owner", Optional.of(n.owner()), people, "person");
    }
    for (CorrectiveAction c : isms.correctiveActions()) {
      String id = c.id().value();
      ref("CorrectiveAction", id, "nonconformity", Optional.of(c.nonconformity()), nonconformities, "nonconformity");
      ref("CorrectiveAction", id, "owner", Optional.of(c.owner()), people, "person");
      ref("CorrectiveAction", id, "change", c.change(), changes, "planned change");
      c.effectivenessReview().ifPresent(r ->
          ref("CorrectiveAction", id, "effectivenessReview.reviewedBy", Optional.of(r.reviewedBy()), people, "person"));
    }
    for (Improvement i : isms.improvements()) {
      ref("Improvement", i.id().value(), "owner", Optional.of(i.owner()), people, "person");
      ref("Improvement", i.id().value(), "finding", i.finding(), findings, "audit finding");
      ref("Improvement", i.id().value(), "review", i.review(), reviews, "management review");
    }
    for (PlannedChange c : isms.changes()) {
      String id = c.id().value();
      ref("PlannedChange", id, "responsible", Optional.of(c.responsible()), people, "person");
      ref("PlannedChange", id, "approvedBy", c.approvedBy(), people, "person");
      refs("PlannedChange", id, "assets", c.assets(), assetIds(), "asset");
      refs("PlannedChange", id, "risks", c.risks(), risks, "risk");
      controlRefs("PlannedChange", id, "controls", c.controls());
    }
    for (Incident i : isms.incidents()) {
      refs("Incident", i.id().value(), "assets", i.assets(), assetIds(), "asset");
      refs("Incident", i.id().value(), "risks", i.risks(), risks, "risk");
      ref("Incident", i.id().value(), "handler", i.handler(), people, "person");
      ref("Incident", i.id().value(), "nonconformity", i.nonconformity(), nonconformities, "nonconformity");
    }
  }

  // ---------------------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private Set<EntityId> assetIds() {
    return (Set<EntityId>) (Set<?>) assets.keySet();
  }

  /** Reports assets that depend on each other in a cycle, once per cycle, at its smallest id. */
  private void cycles() {
    Map<AssetId, Integer> state = new HashMap<>();
    List<AssetId> sorted = new ArrayList<>(assets.keySet());
    sorted.sort(null);
    for (AssetId start : sorted) {
      if (state.containsKey(start)) {
        continue;
      }
      // iterative DFS: 1 = on stack, 2 = done
      List<AssetId> stack = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      stack.add(start);
      next.add(0);
      state.put(start, 1);
      while (!stack.isEmpty()) {
        int top = stack.size() - 1;
        AssetId node = stack.get(top);
        List<AssetId> deps = java.util.Objects.requireNonNull(assets.get(node)).dependsOn();
        int i = next.get(top);
        if (i < deps.size()) {
          next.set(top, i + 1);
          AssetId d = deps.get(i);
          if (!assets.containsKey(d)) {
            continue;
          }
          Integer s = state.get(d);
          if (s == null) {
            state.put(d, 1);
            stack.add(d);
            next.add(0);
          } else if (s == 1) {
            List<AssetId> cycle = new ArrayList<>(stack.subList(stack.indexOf(d), stack.size()));
            AssetId min = cycle.stream().min(AssetId::compareTo).orElse(d);
            out.add(new Violation("Asset", min.value(), "dependsOn", Violation.CYCLE,
                "Asset " + min + ": dependsOn forms a cycle " + cycle + " -> " + d));
          }
        } else {
          state.put(node, 2);
          stack.remove(top);
          next.remove(top);
        }
      }
    }
  }

  private <T> Set<EntityId> ids(String type, Collection<T> items, Function<T, ? extends EntityId> id) {
    Set<EntityId> seen = new HashSet<>();
    for (T item : items) {
      EntityId i = id.apply(item);
      if (!seen.add(i)) {
        duplicate(type, i);
      }
    }
    return seen;
  }

  private void duplicate(String type, EntityId id) {
    out.add(new Violation(type, id.value(), "id", Violation.DUPLICATE,
        type + " " + id + ": id is used by more than one " + type));
  }

  private void ref(String type, String id, String field, Optional<? extends EntityId> target,
      Set<EntityId> known, String targetKind) {
    target.ifPresent(t -> {
      if (!known.contains(t)) {
        dangling(type, id, field, t.value(), targetKind);
      }
    });
  }

  private void refs(String type, String id, String field, Collection<? extends EntityId> targets,
      Set<EntityId> known, String targetKind) {
    for (EntityId t : targets) {
      if (!known.contains(t)) {
        dangling(type, id, field, t.value(), targetKind);
      }
    }
  }

  private void controlRefs(String type, String id, String field, Collection<ControlId> targets) {
    for (ControlId c : targets) {
      if (!catalog.test(c) && !customControls.contains(c)) {
        dangling(type, id, field, c.value(), "control of the catalog or a custom control");
      }
    }
  }

  private void dangling(String type, String id, String field, String value, String targetKind) {
    out.add(new Violation(type, id, field, Violation.DANGLING,
        type + " " + id + ": " + field + " refers to unknown " + targetKind + " '" + value + "'"));
  }
}
