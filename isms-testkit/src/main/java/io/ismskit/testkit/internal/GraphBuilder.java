package io.ismskit.testkit.internal;

import io.ismskit.core.Isms;
import io.ismskit.core.ReviewIntervals;
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
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.AwarenessRecordId;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.OpportunityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.Supplier;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * Builds whole, referentially consistent ISMS graphs in time linear in their size: every id is
 * known before any entity is built ({@code PREFIX + i}), every reference is drawn from the ids that
 * exist, risks name in-scope assets only, an asset depends only on assets of lower index, the SoA
 * lists the 93 Annex A controls and every custom control once, control implementations exist only
 * for distinct SoA controls, evidence links only to controls that have an implementation, and
 * certificates, external audits and their findings refer to the graph's certification bodies,
 * certificates and audits. Not part of the API: use {@code IsmsGens.validIsms()}.
 */
public final class GraphBuilder {
  /** Kinds of counted entities and the share of the entity budget each gets. */
  private enum Kind {
    PEOPLE(10), ROLES(2), ASSIGNMENTS(3), ISSUES(3), PARTIES(2), REQUIREMENTS(3), PROCESSES(2),
    POLICIES(2), OBJECTIVES(2), RESOURCES(1), COMPETENCE(3), AWARENESS(4), COMMUNICATIONS(1),
    DOCUMENTS(5), ASSETS(14), THREATS(3), VULNERABILITIES(4), RISKS(10), OPPORTUNITIES(1),
    CUSTOM_CONTROLS(1), IMPLEMENTATIONS(4), METRICS(2), MEASUREMENTS(5), PROGRAMMES(1), AUDITS(2),
    FINDINGS(3), REVIEWS(1), NONCONFORMITIES(2), CORRECTIVE_ACTIONS(2), IMPROVEMENTS(1), CHANGES(2),
    INCIDENTS(3), CERTIFICATION_BODIES(0.25), CERTIFICATES(0.25), EXTERNAL_AUDITS(0.5), EXTERNAL_FINDINGS(1),
    SUPPLIERS(2), EVIDENCE(4), POLICY_EXCEPTIONS(1);

    final double weight;

    Kind(double weight) {
      this.weight = weight;
    }
  }

  /** The longest reference list in a generated graph. */
  public static final int LIST_MAX = 3;

  private GraphBuilder() {}

  /**
   * A valid ISMS with about {@code budget} entities (plus the organization, singletons and the
   * SoA's lines); at least one person.
   */
  public static Isms build(RandomGenerator r, int budget) {
    Map<Kind, Integer> n = counts(r, Math.max(0, budget));

    Pool<PersonId> people = pool(count(n, Kind.PEOPLE), i -> PersonId.of(Ids.PERSON + i));
    Pool<RoleId> roles = pool(count(n, Kind.ROLES), i -> RoleId.of(Ids.ROLE + i));
    Pool<ContextIssueId> issues = pool(count(n, Kind.ISSUES), i -> ContextIssueId.of(Ids.ISSUE + i));
    Pool<InterestedPartyId> parties =
        pool(count(n, Kind.PARTIES), i -> InterestedPartyId.of(Ids.PARTY + i));
    Pool<RequirementId> requirements =
        pool(count(n, Kind.REQUIREMENTS), i -> RequirementId.of(Ids.REQUIREMENT + i));
    Pool<ProcessId> processes = pool(count(n, Kind.PROCESSES), i -> ProcessId.of(Ids.PROCESS + i));
    Pool<PolicyId> policies = pool(count(n, Kind.POLICIES), i -> PolicyId.of(Ids.POLICY + i));
    Pool<ObjectiveId> objectives = pool(count(n, Kind.OBJECTIVES), i -> ObjectiveId.of(Ids.OBJECTIVE + i));
    Pool<ResourceId> resources = pool(count(n, Kind.RESOURCES), i -> ResourceId.of(Ids.RESOURCE + i));
    Pool<DocumentId> documents = pool(count(n, Kind.DOCUMENTS), i -> DocumentId.of(Ids.DOCUMENT + i));
    Pool<AssetId> assets = pool(count(n, Kind.ASSETS), i -> AssetId.of(Ids.ASSET + i));
    Pool<ThreatId> threats = pool(count(n, Kind.THREATS), i -> ThreatId.of(Ids.THREAT + i));
    Pool<VulnerabilityId> vulnerabilities =
        pool(count(n, Kind.VULNERABILITIES), i -> VulnerabilityId.of(Ids.VULNERABILITY + i));
    Pool<RiskId> risks = pool(count(n, Kind.RISKS), i -> RiskId.of(Ids.RISK + i));
    Pool<MetricId> metrics = pool(count(n, Kind.METRICS), i -> MetricId.of(Ids.METRIC + i));
    Pool<AuditProgrammeId> programmes =
        pool(count(n, Kind.PROGRAMMES), i -> AuditProgrammeId.of(Ids.PROGRAMME + i));
    Pool<AuditId> audits = pool(count(n, Kind.AUDITS), i -> AuditId.of(Ids.AUDIT + i));
    Pool<FindingId> findings = pool(count(n, Kind.FINDINGS), i -> FindingId.of(Ids.FINDING + i));
    Pool<NonconformityId> nonconformities =
        pool(count(n, Kind.NONCONFORMITIES), i -> NonconformityId.of(Ids.NONCONFORMITY + i));
    Pool<ChangeId> changes = pool(count(n, Kind.CHANGES), i -> ChangeId.of(Ids.CHANGE + i));
    Pool<ImprovementId> improvements =
        pool(count(n, Kind.IMPROVEMENTS), i -> ImprovementId.of(Ids.IMPROVEMENT + i));
    Pool<IncidentId> incidents = pool(count(n, Kind.INCIDENTS), i -> IncidentId.of(Ids.INCIDENT + i));
    Pool<CompetenceRecordId> competenceRecords =
        pool(count(n, Kind.COMPETENCE), i -> CompetenceRecordId.of(Ids.COMPETENCE + i));
    Pool<MeasurementId> measurements = pool(count(n, Kind.MEASUREMENTS), i -> MeasurementId.of(Ids.MEASUREMENT + i));
    Pool<ReviewId> reviews = pool(count(n, Kind.REVIEWS), i -> ReviewId.of(Ids.REVIEW + i));
    Pool<SupplierId> suppliers = pool(count(n, Kind.SUPPLIERS), i -> SupplierId.of(Ids.SUPPLIER + i));
    Pool<EvidenceId> evidence = pool(count(n, Kind.EVIDENCE), i -> EvidenceId.of(Ids.EVIDENCE + i));

    // Which assets are in scope; risks may concern only those.
    int assetCount = assets.size();
    boolean[] inScope = new boolean[assetCount];
    int inScopeCount = 0;
    for (int i = 0; i < assetCount; i++) {
      inScope[i] = r.nextInt(10) != 0;
      if (inScope[i]) {
        inScopeCount++;
      }
    }
    int[] inScopeIdx = new int[inScopeCount];
    for (int i = 0, j = 0; i < assetCount; i++) {
      if (inScope[i]) {
        inScopeIdx[j++] = i;
      }
    }

    // The SoA lists the 93 Annex A controls and every custom control, once each.
    int customCount = count(n, Kind.CUSTOM_CONTROLS);
    List<ControlId> customIds = new ArrayList<>(customCount);
    for (int i = 1; i <= customCount; i++) {
      customIds.add(ControlId.of(Ids.CUSTOM_CONTROL + i));
    }
    List<ControlId> soaControls = new ArrayList<>(World.ANNEX_A.size() + customCount);
    soaControls.addAll(World.ANNEX_A);
    soaControls.addAll(customIds);

    // Control implementations: distinct SoA controls (a partial Fisher-Yates shuffle).
    int implCount = Math.min(count(n, Kind.IMPLEMENTATIONS), soaControls.size());
    int[] order = new int[soaControls.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<ControlId> implemented = new ArrayList<>(implCount);
    for (int i = 0; i < implCount; i++) {
      int j = r.nextInt(i, order.length);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      implemented.add(soaControls.get(order[i]));
    }

    World w = new World(people, roles, issues, parties, requirements, processes, policies, objectives,
        resources, documents, assets, assets.subset(inScopeIdx), threats, vulnerabilities, risks,
        Pool.of(soaControls), metrics, programmes, audits, findings, nonconformities, changes,
        improvements, incidents, competenceRecords, measurements, Pool.of(implemented), reviews, suppliers,
        evidence, LIST_MAX);

    var b = Isms.builder().organization(ModelFactory.organization(r));
    b.intervals(r.nextBoolean() ? ReviewIntervals.ANNUAL : ModelFactory.intervals(r));
    b.scope(r.nextInt(10) != 0 ? Optional.of(ModelFactory.scope(r, w)) : Optional.empty());
    b.climateChangeDecision(
        r.nextInt(10) < 7 ? Optional.of(ModelFactory.climateChangeDecision(r, w)) : Optional.empty());
    b.riskCriteria(r.nextInt(10) < 8 ? Optional.of(ModelFactory.riskCriteria(r, w)) : Optional.empty());

    List<ContextIssue> issueList = new ArrayList<>(issues.size());
    for (int i = 0; i < issues.size(); i++) {
      issueList.add(ModelFactory.contextIssue(r, issues.id(i)));
    }
    b.addAllContextIssues(issueList);

    // Requirements are spread over the parties; their ids are unique across all of them.
    List<List<Requirement>> byParty = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      byParty.add(new ArrayList<>());
    }
    for (int i = 0; i < requirements.size(); i++) {
      byParty.get(r.nextInt(parties.size())).add(ModelFactory.requirement(r, w, requirements.id(i)));
    }
    List<InterestedParty> partyList = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      partyList.add(ModelFactory.interestedParty(r, parties.id(i), byParty.get(i)));
    }
    b.addAllInterestedParties(partyList);

    b.addAllProcesses(list(processes.size(), i -> ModelFactory.process(r, w, processes.id(i))));
    b.addAllPeople(list(people.size(), i -> ModelFactory.person(r, people.id(i))));
    b.addAllRoles(list(roles.size(), i -> ModelFactory.role(r, w, roles.id(i))));
    b.addAllRoleAssignments(list(count(n, Kind.ASSIGNMENTS), i -> ModelFactory.roleAssignment(r, w)));
    b.addAllPolicies(list(policies.size(), i -> ModelFactory.policy(r, w, policies.id(i))));
    b.addAllObjectives(list(objectives.size(), i -> ModelFactory.objective(r, w, objectives.id(i))));
    b.addAllResources(list(resources.size(), i -> ModelFactory.resourceAllocation(r, w, resources.id(i))));
    b.addAllCompetenceRecords(list(count(n, Kind.COMPETENCE), i ->
        ModelFactory.competenceRecord(r, w, competenceRecords.id(i))));
    b.addAllAwarenessRecords(list(count(n, Kind.AWARENESS), i ->
        ModelFactory.awarenessRecord(r, w, AwarenessRecordId.of(Ids.AWARENESS + (i + 1)))));
    b.addAllCommunications(list(count(n, Kind.COMMUNICATIONS), i ->
        ModelFactory.communication(r, w, CommunicationId.of(Ids.COMMUNICATION + (i + 1)))));
    b.addAllDocuments(list(documents.size(), i -> ModelFactory.document(r, w, documents.id(i))));

    List<Asset> assetList = new ArrayList<>(assetCount);
    for (int i = 0; i < assetCount; i++) {
      assetList.add(ModelFactory.asset(r, w, assets.id(i), i, inScope[i]));
    }
    b.addAllAssets(assetList);
    List<Threat> threatList = list(threats.size(), i -> ModelFactory.threat(r, threats.id(i)));
    b.addAllThreats(threatList);
    List<Vulnerability> vulnList =
        list(vulnerabilities.size(), i -> ModelFactory.vulnerability(r, w, vulnerabilities.id(i)));
    b.addAllVulnerabilities(vulnList);
    List<Risk> riskList = list(risks.size(), i -> ModelFactory.risk(r, w, risks.id(i)));
    b.addAllRisks(riskList);
    List<IsmsRiskOrOpportunity> opportunityList = list(count(n, Kind.OPPORTUNITIES), i ->
        ModelFactory.riskOrOpportunity(r, w, OpportunityId.of(Ids.OPPORTUNITY + (i + 1))));
    b.addAllRisksAndOpportunities(opportunityList);

    List<CustomControl> customList = list(customCount, i -> ModelFactory.customControl(r, customIds.get(i)));
    b.addAllCustomControls(customList);
    List<ControlImplementation> implList = list(implemented.size(),
        i -> ModelFactory.controlImplementation(r, w, implemented.get(i)));
    b.addAllControlImplementations(implList);
    b.statementOfApplicability(ModelFactory.statementOfApplicability(r, w, soaControls));

    List<Metric> metricList = list(metrics.size(), i -> ModelFactory.metric(r, w, metrics.id(i)));
    b.addAllMetrics(metricList);
    List<Measurement> measurementList = list(measurements.size(), i ->
        ModelFactory.measurement(r, w, measurements.id(i)));
    b.addAllMeasurements(measurementList);
    List<AuditProgramme> programmeList =
        list(programmes.size(), i -> ModelFactory.auditProgramme(r, w, programmes.id(i)));
    b.addAllAuditProgrammes(programmeList);
    List<InternalAudit> auditList = list(audits.size(), i -> ModelFactory.internalAudit(r, w, audits.id(i)));
    b.addAllAudits(auditList);
    List<AuditFinding> findingList = list(findings.size(), i -> ModelFactory.auditFinding(r, w, findings.id(i)));
    b.addAllFindings(findingList);
    List<ManagementReview> reviewList = list(reviews.size(), i ->
        ModelFactory.managementReview(r, w, reviews.id(i)));
    b.addAllManagementReviews(reviewList);
    List<Nonconformity> ncList =
        list(nonconformities.size(), i -> ModelFactory.nonconformity(r, w, nonconformities.id(i)));
    b.addAllNonconformities(ncList);
    List<CorrectiveAction> caList = list(count(n, Kind.CORRECTIVE_ACTIONS), i ->
        ModelFactory.correctiveAction(r, w, CorrectiveActionId.of(Ids.CORRECTIVE_ACTION + (i + 1))));
    b.addAllCorrectiveActions(caList);
    List<Improvement> improvementList =
        list(improvements.size(), i -> ModelFactory.improvement(r, w, improvements.id(i)));
    b.addAllImprovements(improvementList);
    List<PlannedChange> changeList = list(changes.size(), i -> ModelFactory.plannedChange(r, w, changes.id(i)));
    b.addAllChanges(changeList);
    List<Incident> incidentList = list(incidents.size(), i -> ModelFactory.incident(r, w, incidents.id(i)));
    b.addAllIncidents(incidentList);
    certification(r, n, w, b);
    // What an auditor samples: suppliers, evidence, policy exceptions.
    b.addAllSuppliers(list(suppliers.size(), i -> ModelFactory.supplier(r, w, suppliers.id(i))));
    b.addAllEvidenceItems(list(evidence.size(), i -> ModelFactory.evidenceItem(r, w, evidence.id(i))));
    b.addAllPolicyExceptions(list(count(n, Kind.POLICY_EXCEPTIONS), i ->
        ModelFactory.policyException(r, w, PolicyExceptionId.of(Ids.POLICY_EXCEPTION + (i + 1)))));
    return b.build();
  }

  /** Certification bodies, certificates, external audits and findings that refer to each other. */
  private static void certification(RandomGenerator r, Map<Kind, Integer> n, World w, Isms.Builder b) {
    CertificationFactory.Pools p = new CertificationFactory.Pools(
        pool(count(n, Kind.CERTIFICATION_BODIES), i -> CertificationBodyId.of(Ids.CERTIFICATION_BODY + i)),
        pool(count(n, Kind.CERTIFICATES), i -> CertificateId.of(Ids.CERTIFICATE + i)),
        pool(count(n, Kind.EXTERNAL_AUDITS), i -> ExternalAuditId.of(Ids.EXTERNAL_AUDIT + i)));
    b.addAllCertificationBodies(list(p.bodies().size(), i -> CertificationFactory.body(r, p.bodies().id(i))));
    b.addAllCertificates(list(p.certificates().size(), i -> CertificationFactory.certificate(r, p, p.certificates().id(i))));
    b.addAllExternalAudits(list(p.audits().size(), i -> CertificationFactory.audit(r, w, p, p.audits().id(i))));
    b.addAllExternalFindings(list(count(n, Kind.EXTERNAL_FINDINGS), i ->
        CertificationFactory.finding(r, w, p, ExternalFindingId.of(Ids.EXTERNAL_FINDING + (i + 1)))));
  }

  /**
   * The counts per kind: each kind's share of the budget, rounded up or down at random in
   * proportion to the fraction; at least one person; no dependent entities without their parent.
   */
  private static Map<Kind, Integer> counts(RandomGenerator r, int budget) {
    double total = 0;
    for (Kind k : Kind.values()) {
      total += k.weight;
    }
    Map<Kind, Integer> n = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      double exact = budget * k.weight / total;
      int whole = (int) exact;
      n.put(k, whole + (r.nextDouble() < exact - whole ? 1 : 0));
    }
    n.put(Kind.PEOPLE, Math.max(1, count(n, Kind.PEOPLE)));
    dependsOn(n, Kind.ASSIGNMENTS, Kind.ROLES);
    dependsOn(n, Kind.REQUIREMENTS, Kind.PARTIES);
    dependsOn(n, Kind.MEASUREMENTS, Kind.METRICS);
    dependsOn(n, Kind.AUDITS, Kind.PROGRAMMES);
    dependsOn(n, Kind.FINDINGS, Kind.AUDITS);
    dependsOn(n, Kind.CORRECTIVE_ACTIONS, Kind.NONCONFORMITIES);
    dependsOn(n, Kind.CERTIFICATES, Kind.CERTIFICATION_BODIES);
    dependsOn(n, Kind.EXTERNAL_AUDITS, Kind.CERTIFICATION_BODIES);
    dependsOn(n, Kind.EXTERNAL_FINDINGS, Kind.EXTERNAL_AUDITS);
    dependsOn(n, Kind.POLICY_EXCEPTIONS, Kind.POLICIES);
    return n;
  }

  private static int count(Map<Kind, Integer> n, Kind k) {
    Integer v = n.get(k);
    return v == null ? 0 : v;
  }

  private static void dependsOn(Map<Kind, Integer> n, Kind child, Kind parent) {
    if (count(n, parent) == 0) {
      n.put(child, 0);
    }
  }

  /** A pool of ids {@code 1..size}. */
  private static <T> Pool<T> pool(int size, IntFunction<T> make) {
    return Pool.of(size, i -> make.apply(i + 1));
  }

  private static <T> List<T> list(int size, IntFunction<T> make) {
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(make.apply(i));
    }
    return out;
  }

  /**
   * A world whose pools hold exactly the entities of {@code isms}, for adding entities whose
   * references all resolve. Risks draw from the in-scope assets; controls from the SoA's controls
   * (or the Annex A controls and the custom controls when there is no SoA).
   */
  public static World worldOf(Isms isms) {
    List<AssetId> inScope = new ArrayList<>();
    for (Asset a : isms.assets()) {
      if (a.inScope()) {
        inScope.add(a.id());
      }
    }
    List<RequirementId> reqs = new ArrayList<>();
    for (InterestedParty p : isms.interestedParties()) {
      for (Requirement q : p.requirements()) {
        reqs.add(q.id());
      }
    }
    List<ControlId> controls = new ArrayList<>();
    if (isms.statementOfApplicability().isPresent()) {
      isms.statementOfApplicability().get().entries().forEach(e -> controls.add(e.control()));
    } else {
      controls.addAll(World.ANNEX_A);
      isms.customControls().forEach(c -> controls.add(c.id()));
    }
    return new World(
        ids(isms.people(), Person::id),
        ids(isms.roles(), Role::id),
        ids(isms.contextIssues(), ContextIssue::id),
        ids(isms.interestedParties(), InterestedParty::id),
        Pool.of(reqs),
        ids(isms.processes(), IsmsProcess::id),
        ids(isms.policies(), Policy::id),
        ids(isms.objectives(), Objective::id),
        ids(isms.resources(), ResourceAllocation::id),
        ids(isms.documents(), DocumentedInformation::id),
        ids(isms.assets(), Asset::id),
        Pool.of(inScope),
        ids(isms.threats(), Threat::id),
        ids(isms.vulnerabilities(), Vulnerability::id),
        ids(isms.risks(), Risk::id),
        Pool.of(controls),
        ids(isms.metrics(), Metric::id),
        ids(isms.auditProgrammes(), AuditProgramme::id),
        ids(isms.audits(), InternalAudit::id),
        ids(isms.findings(), AuditFinding::id),
        ids(isms.nonconformities(), Nonconformity::id),
        ids(isms.changes(), PlannedChange::id),
        ids(isms.improvements(), Improvement::id),
        ids(isms.incidents(), Incident::id),
        ids(isms.competenceRecords(), CompetenceRecord::id),
        ids(isms.measurements(), Measurement::id),
        ids(isms.controlImplementations(), ControlImplementation::control),
        ids(isms.managementReviews(), ManagementReview::id),
        ids(isms.suppliers(), Supplier::id),
        ids(isms.evidenceItems(), EvidenceItem::id),
        LIST_MAX);
  }

  private static <E, T> Pool<T> ids(List<E> entities, java.util.function.Function<E, T> id) {
    List<T> out = new ArrayList<>(entities.size());
    for (E e : entities) {
      out.add(id.apply(e));
    }
    return Pool.of(out);
  }

  /**
   * The number of entities of {@code isms} counted against a generator's budget: the elements of
   * every top-level list and the requirements of the interested parties (not the organization,
   * the singletons or the SoA's lines).
   */
  public static int entityCount(Isms isms) {
    int requirements = 0;
    for (InterestedParty p : isms.interestedParties()) {
      requirements += p.requirements().size();
    }
    return requirements + isms.contextIssues().size() + isms.interestedParties().size()
        + isms.processes().size() + isms.people().size() + isms.roles().size()
        + isms.roleAssignments().size() + isms.policies().size() + isms.objectives().size()
        + isms.resources().size() + isms.competenceRecords().size() + isms.awarenessRecords().size()
        + isms.communications().size() + isms.documents().size() + isms.assets().size()
        + isms.threats().size() + isms.vulnerabilities().size() + isms.risks().size()
        + isms.risksAndOpportunities().size() + isms.customControls().size()
        + isms.controlImplementations().size() + isms.metrics().size() + isms.measurements().size()
        + isms.auditProgrammes().size() + isms.audits().size() + isms.findings().size()
        + isms.managementReviews().size() + isms.nonconformities().size()
        + isms.correctiveActions().size() + isms.improvements().size() + isms.changes().size()
        + isms.incidents().size() + isms.certificationBodies().size() + isms.certificates().size()
        + isms.externalAudits().size() + isms.externalFindings().size() + isms.suppliers().size()
        + isms.evidenceItems().size() + isms.policyExceptions().size();
  }
}
