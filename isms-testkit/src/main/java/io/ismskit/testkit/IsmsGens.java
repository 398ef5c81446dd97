package io.ismskit.testkit;

import io.ismskit.core.Isms;
import io.ismskit.core.ReviewIntervals;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.assurance.ObjectiveEvidence;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingResponse;
import io.ismskit.core.context.ClimateChangeDecision;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.Scope;
import io.ismskit.core.context.ScopeExclusion;
import io.ismskit.core.context.ScopeInterface;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceReview;
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
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.testkit.internal.CertificationFactory;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierService;
import io.ismskit.testkit.internal.GraphBuilder;
import io.ismskit.testkit.internal.ModelFactory;
import io.ismskit.testkit.internal.World;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * Generators of every type of the ISMS model, and of whole ISMS graphs.
 *
 * <p>Every generated entity passes its builder's local checks. Entities generated on their own
 * refer to made-up ids; {@link #validIsms()} generates whole graphs in which every reference
 * resolves and {@link io.ismskit.core.Isms#validate()} finds nothing:
 *
 * <pre>{@code
 * Isms isms = IsmsGens.sample(IsmsGens.validIsms(), 42L, 500); // about 500 entities, seed 42
 * Risk risk = IsmsGens.risks().sample(7L, 10);
 * }</pre>
 *
 * <p>The size bounds the length of reference lists of single entities (up to four) and is the
 * entity budget of graphs.
 */
public final class IsmsGens {
  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._:/-";

  private IsmsGens() {}

  // ---------------------------------------------------------------------------------------------
  // Whole graphs

  /**
   * Valid ISMS graphs whose size is their entity budget: about {@code size} entities (at least one
   * person), counted as {@link #entityCount(Isms)} counts them, from about ten up to ten thousand
   * and more. Building is linear in the size: ten thousand entities take a fraction of a second.
   *
   * <p>Every graph is referentially consistent: every reference resolves, no two entities of a kind
   * share an id, risks concern in-scope assets only, asset dependencies are acyclic, the Statement of
   * Applicability lists each of the 93 Annex A controls and each custom control exactly once, and
   * control implementations exist only for distinct controls the SoA lists. Scope, climate-change
   * decision and risk criteria are usually present.
   */
  public static Gen<Isms> validIsms() {
    return GraphBuilder::build;
  }

  /** Valid ISMS graphs of about {@code entityBudget} entities, whatever size they are asked for. */
  public static Gen<Isms> validIsms(int entityBudget) {
    if (entityBudget < 0) {
      throw new IllegalArgumentException("IsmsGens.validIsms: entityBudget must be >= 0, was " + entityBudget);
    }
    return (r, n) -> GraphBuilder.build(r, entityBudget);
  }

  /**
   * The number of entities of {@code isms} that count against a budget: the elements of every
   * top-level list and the requirements of the interested parties; not the organization, the scope
   * and other singletons, or the SoA's lines.
   */
  public static int entityCount(Isms isms) {
    return GraphBuilder.entityCount(Objects.requireNonNull(isms, "isms"));
  }

  /** One value of {@code gen}, generated with a fresh {@link Gen#random(long)} seeded with {@code seed}. */
  public static <T> T sample(Gen<T> gen, long seed, int size) {
    return gen.sample(seed, size);
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  /** Id text: 1 to {@code min(size, 127) + 1} letters, digits and {@code . _ : / -}, starting with a letter or digit. */
  public static Gen<String> idText() {
    return (r, n) -> {
      int len = 1 + r.nextInt(Math.min(Math.max(0, n), 127) + 1);
      char[] cs = new char[len];
      cs[0] = ID_FIRST.charAt(r.nextInt(ID_FIRST.length()));
      for (int i = 1; i < len; i++) {
        cs[i] = ID_REST.charAt(r.nextInt(ID_REST.length()));
      }
      return new String(cs);
    };
  }

  /** Dates from 2021-01-01 to the end of 2025. */
  public static Gen<LocalDate> dates() {
    return (r, n) -> ModelFactory.date(r);
  }

  /** Positive periods of 1 to 24 months. */
  public static Gen<Period> periods() {
    return (r, n) -> ModelFactory.period(r);
  }

  /** Review intervals of 1 to 24 months each. */
  public static Gen<ReviewIntervals> reviewIntervals() {
    return (r, n) -> ModelFactory.intervals(r);
  }

  /** Ids of clauses and sub-clauses 4.1 to 10.2 of ISO/IEC 27001:2022. */
  public static Gen<ClauseId> clauseIds() {
    return (r, n) -> ModelFactory.clause(r);
  }

  /** The 93 Annex A control ids of ISO/IEC 27001:2022, {@code A.5.1} to {@code A.8.34}. */
  public static Gen<ControlId> annexAControlIds() {
    return Gen.elements(World.ANNEX_A);
  }

  /** Control ids that are not Annex A ids, for custom controls: {@code CC-} followed by id text. */
  public static Gen<ControlId> customControlIds() {
    return idText().map(t -> ControlId.of("CC-" + (t.length() > 125 ? t.substring(0, 125) : t)));
  }

  /** Annex A control ids and custom control ids. */
  public static Gen<ControlId> controlIds() {
    return Gen.oneOf(annexAControlIds(), customControlIds());
  }

  /** Well-formed CVSS v3.1 base vectors. */
  public static Gen<String> cvssVectors() {
    return (r, n) -> ModelFactory.cvssVector(r);
  }

  // ---------------------------------------------------------------------------------------------
  // Ids

  /** Ids of a person. */
  public static Gen<PersonId> personIds() {
    return idText().map(PersonId::of);
  }

  /** Ids of a role. */
  public static Gen<RoleId> roleIds() {
    return idText().map(RoleId::of);
  }

  /** Ids of a context issue. */
  public static Gen<ContextIssueId> contextIssueIds() {
    return idText().map(ContextIssueId::of);
  }

  /** Ids of an interested party. */
  public static Gen<InterestedPartyId> interestedPartyIds() {
    return idText().map(InterestedPartyId::of);
  }

  /** Ids of a requirement. */
  public static Gen<RequirementId> requirementIds() {
    return idText().map(RequirementId::of);
  }

  /** Ids of an ISMS process. */
  public static Gen<ProcessId> processIds() {
    return idText().map(ProcessId::of);
  }

  /** Ids of a policy. */
  public static Gen<PolicyId> policyIds() {
    return idText().map(PolicyId::of);
  }

  /** Ids of an objective. */
  public static Gen<ObjectiveId> objectiveIds() {
    return idText().map(ObjectiveId::of);
  }

  /** Ids of a resource allocation. */
  public static Gen<ResourceId> resourceIds() {
    return idText().map(ResourceId::of);
  }

  /** Ids of a competence record. */
  public static Gen<CompetenceRecordId> competenceRecordIds() {
    return idText().map(CompetenceRecordId::of);
  }

  /** Ids of an awareness record. */
  public static Gen<AwarenessRecordId> awarenessRecordIds() {
    return idText().map(AwarenessRecordId::of);
  }

  /** Ids of a communication. */
  public static Gen<CommunicationId> communicationIds() {
    return idText().map(CommunicationId::of);
  }

  /** Ids of an item of documented information. */
  public static Gen<DocumentId> documentIds() {
    return idText().map(DocumentId::of);
  }

  /** Ids of an asset. */
  public static Gen<AssetId> assetIds() {
    return idText().map(AssetId::of);
  }

  /** Ids of a threat. */
  public static Gen<ThreatId> threatIds() {
    return idText().map(ThreatId::of);
  }

  /** Ids of a vulnerability. */
  public static Gen<VulnerabilityId> vulnerabilityIds() {
    return idText().map(VulnerabilityId::of);
  }

  /** Ids of a risk. */
  public static Gen<RiskId> riskIds() {
    return idText().map(RiskId::of);
  }

  /** Ids of an ISMS risk or opportunity. */
  public static Gen<OpportunityId> opportunityIds() {
    return idText().map(OpportunityId::of);
  }

  /** Ids of a metric. */
  public static Gen<MetricId> metricIds() {
    return idText().map(MetricId::of);
  }

  /** Ids of a measurement. */
  public static Gen<MeasurementId> measurementIds() {
    return idText().map(MeasurementId::of);
  }

  /** Ids of an audit programme. */
  public static Gen<AuditProgrammeId> auditProgrammeIds() {
    return idText().map(AuditProgrammeId::of);
  }

  /** Ids of an internal audit. */
  public static Gen<AuditId> auditIds() {
    return idText().map(AuditId::of);
  }

  /** Ids of an audit finding. */
  public static Gen<FindingId> findingIds() {
    return idText().map(FindingId::of);
  }

  /** Ids of a management review. */
  public static Gen<ReviewId> reviewIds() {
    return idText().map(ReviewId::of);
  }

  /** Ids of a nonconformity. */
  public static Gen<NonconformityId> nonconformityIds() {
    return idText().map(NonconformityId::of);
  }

  /** Ids of a corrective action. */
  public static Gen<CorrectiveActionId> correctiveActionIds() {
    return idText().map(CorrectiveActionId::of);
  }

  /** Ids of an improvement. */
  public static Gen<ImprovementId> improvementIds() {
    return idText().map(ImprovementId::of);
  }

  /** Ids of a planned change. */
  public static Gen<ChangeId> changeIds() {
    return idText().map(ChangeId::of);
  }

  /** Ids of an incident. */
  public static Gen<IncidentId> incidentIds() {
    return idText().map(IncidentId::of);
  }

  /** Ids of a certification body. */
  public static Gen<CertificationBodyId> certificationBodyIds() {
    return idText().map(CertificationBodyId::of);
  }

  /** Ids of a certificate. */
  public static Gen<CertificateId> certificateIds() {
    return idText().map(CertificateId::of);
  }

  /** Ids of an external audit. */
  public static Gen<ExternalAuditId> externalAuditIds() {
    return idText().map(ExternalAuditId::of);
  }

  /** Ids of an external finding. */
  public static Gen<ExternalFindingId> externalFindingIds() {
    return idText().map(ExternalFindingId::of);
  }

  /** Ids of a supplier. */
  public static Gen<SupplierId> supplierIds() {
    return idText().map(SupplierId::of);
  }

  /** Ids of an item of evidence. */
  public static Gen<EvidenceId> evidenceIds() {
    return idText().map(EvidenceId::of);
  }

  /** Ids of a policy exception. */
  public static Gen<PolicyExceptionId> policyExceptionIds() {
    return idText().map(PolicyExceptionId::of);
  }

  // ---------------------------------------------------------------------------------------------
  // Entities

  /** Organizations. */
  public static Gen<Organization> organizations() {
    return (r, n) -> ModelFactory.organization(r);
  }

  /** Context issues (4.1). */
  public static Gen<ContextIssue> contextIssues() {
    return (r, n) -> ModelFactory.contextIssue(r, contextIssueIds().next(r, n));
  }

  /** Climate-change decisions (4.1, Amd 1:2024). */
  public static Gen<ClimateChangeDecision> climateChangeDecisions() {
    return (r, n) -> ModelFactory.climateChangeDecision(r, World.standalone(n));
  }

  /** Interested parties with up to four requirements of distinct ids (4.2). */
  public static Gen<InterestedParty> interestedParties() {
    return (r, n) -> ModelFactory.interestedParty(r, World.standalone(n), interestedPartyIds().next(r, n));
  }

  /** Requirements of interested parties (4.2). */
  public static Gen<Requirement> requirements() {
    return (r, n) -> ModelFactory.requirement(r, World.standalone(n), requirementIds().next(r, n));
  }

  /** ISMS scopes (4.3). */
  public static Gen<Scope> scopes() {
    return (r, n) -> ModelFactory.scope(r, World.standalone(n));
  }

  /** Scope exclusions with a justification (4.3). */
  public static Gen<ScopeExclusion> scopeExclusions() {
    return (r, n) -> ModelFactory.scopeExclusion(r);
  }

  /** Scope interfaces (4.3 c). */
  public static Gen<ScopeInterface> scopeInterfaces() {
    return (r, n) -> ModelFactory.scopeInterface(r, World.standalone(n));
  }

  /** ISMS processes (4.4). */
  public static Gen<IsmsProcess> processes() {
    return (r, n) -> ModelFactory.process(r, World.standalone(n), processIds().next(r, n));
  }

  /** Persons. */
  public static Gen<Person> people() {
    return (r, n) -> ModelFactory.person(r, personIds().next(r, n));
  }

  /** Roles (5.3). */
  public static Gen<Role> roles() {
    return (r, n) -> ModelFactory.role(r, World.standalone(n), roleIds().next(r, n));
  }

  /** Role assignments (5.3). */
  public static Gen<RoleAssignment> roleAssignments() {
    return (r, n) -> ModelFactory.roleAssignment(r, World.standalone(n));
  }

  /** Policies (5.2, A.5.1). */
  public static Gen<Policy> policies() {
    return (r, n) -> ModelFactory.policy(r, World.standalone(n), policyIds().next(r, n));
  }

  /** Information security objectives (6.2). */
  public static Gen<Objective> objectives() {
    return (r, n) -> ModelFactory.objective(r, World.standalone(n), objectiveIds().next(r, n));
  }

  /** Resource allocations (7.1). */
  public static Gen<ResourceAllocation> resourceAllocations() {
    return (r, n) -> ModelFactory.resourceAllocation(r, World.standalone(n), resourceIds().next(r, n));
  }

  /** Competence records (7.2). */
  public static Gen<CompetenceRecord> competenceRecords() {
    return (r, n) -> ModelFactory.competenceRecord(r, World.standalone(n), competenceRecordIds().next(r, n));
  }

  /** Awareness records (7.3). */
  public static Gen<AwarenessRecord> awarenessRecords() {
    return (r, n) -> ModelFactory.awarenessRecord(r, World.standalone(n), awarenessRecordIds().next(r, n));
  }

  /** Communications (7.4). */
  public static Gen<Communication> communications() {
    return (r, n) -> ModelFactory.communication(r, World.standalone(n), communicationIds().next(r, n));
  }

  /** Items of documented information (7.5). */
  public static Gen<DocumentedInformation> documents() {
    return (r, n) -> ModelFactory.document(r, World.standalone(n), documentIds().next(r, n));
  }

  /** CIA values, each property in 1..5. */
  public static Gen<CiaValue> ciaValues() {
    return (r, n) -> ModelFactory.cia(r);
  }

  /** Assets, never depending on themselves. */
  public static Gen<Asset> assets() {
    return (r, n) -> ModelFactory.asset(r, World.standalone(n), assetIds().next(r, n), r.nextInt(n + 1), r.nextInt(10) != 0);
  }

  /** Threats. */
  public static Gen<Threat> threats() {
    return (r, n) -> ModelFactory.threat(r, threatIds().next(r, n));
  }

  /** Vulnerabilities, with well-formed CVE ids and CVSS v3.1 vectors where present. */
  public static Gen<Vulnerability> vulnerabilities() {
    return (r, n) -> ModelFactory.vulnerability(r, World.standalone(n), vulnerabilityIds().next(r, n));
  }

  /** Risk assessments made with a 5×5 product matrix, with consistent score, normalized score and level. */
  public static Gen<RiskAssessment> riskAssessments() {
    return (r, n) -> ModelFactory.riskAssessment(r, World.standalone(n), ModelFactory.date(r));
  }

  /** Risk treatments; a MODIFY treatment names at least one control (6.1.3). */
  public static Gen<Treatment> treatments() {
    return (r, n) -> ModelFactory.treatment(r, World.standalone(n));
  }

  /** Actions of risk treatment plans; exactly the DONE ones have a completion date. */
  public static Gen<TreatmentAction> treatmentActions() {
    return (r, n) -> ModelFactory.treatmentAction(r, World.standalone(n));
  }

  /**
   * Values on a scale, as assessments state likelihood and consequence (6.1.2 d): levels of ordinal
   * scales and quantities on continuous scales, bounded or not.
   */
  public static Gen<ScaleValue> scaleValues() {
    return (r, n) -> ModelFactory.scaleValue(r);
  }

  /** Acceptances of residual risk (6.1.3 f), of the current or the target residual risk. */
  public static Gen<RiskAcceptance> riskAcceptances() {
    return (r, n) -> ModelFactory.riskAcceptance(r, World.standalone(n), ModelFactory.date(r));
  }

  /** Information security risks with assessments, treatment and acceptance where present. */
  public static Gen<Risk> risks() {
    return (r, n) -> ModelFactory.risk(r, World.standalone(n), riskIds().next(r, n));
  }

  /**
   * Risk criteria with 3 to 5 levels (6.1.2 a), stating no identification approach, assets, events
   * or both, each a quarter of the time.
   */
  public static Gen<RiskCriteria> riskCriteria() {
    return (r, n) -> ModelFactory.riskCriteria(r, World.standalone(n));
  }

  /** Risks and opportunities of the ISMS itself (6.1.1). */
  public static Gen<IsmsRiskOrOpportunity> risksAndOpportunities() {
    return (r, n) -> ModelFactory.riskOrOpportunity(r, World.standalone(n), opportunityIds().next(r, n));
  }

  /** Custom controls whose ids are not Annex A ids. */
  public static Gen<CustomControl> customControls() {
    return (r, n) -> ModelFactory.customControl(r, customControlIds().next(r, n));
  }

  /** Implementations of Annex A controls. */
  public static Gen<ControlImplementation> controlImplementations() {
    return (r, n) -> ModelFactory.controlImplementation(r, World.standalone(n), annexAControlIds().next(r, n));
  }

  /** Lines of a Statement of Applicability for Annex A controls. */
  public static Gen<SoaEntry> soaEntries() {
    return (r, n) -> ModelFactory.soaEntry(r, World.standalone(n), annexAControlIds().next(r, n));
  }

  /** Statements of Applicability with one line for each of the 93 Annex A controls. */
  public static Gen<StatementOfApplicability> statementsOfApplicability() {
    return (r, n) -> ModelFactory.statementOfApplicability(r, World.standalone(n), World.ANNEX_A);
  }

  /** Metrics (9.1). */
  public static Gen<Metric> metrics() {
    return (r, n) -> ModelFactory.metric(r, World.standalone(n), metricIds().next(r, n));
  }

  /** Measurements (9.1). */
  public static Gen<Measurement> measurements() {
    return (r, n) -> ModelFactory.measurement(r, World.standalone(n), measurementIds().next(r, n));
  }

  /** Audit programmes (9.2.2). */
  public static Gen<AuditProgramme> auditProgrammes() {
    return (r, n) -> ModelFactory.auditProgramme(r, World.standalone(n), auditProgrammeIds().next(r, n));
  }

  /** Internal audits whose dates fit their status (9.2). */
  public static Gen<InternalAudit> internalAudits() {
    return (r, n) -> ModelFactory.internalAudit(r, World.standalone(n), auditIds().next(r, n));
  }

  /** Audit findings (9.2). */
  public static Gen<AuditFinding> auditFindings() {
    return (r, n) -> ModelFactory.auditFinding(r, World.standalone(n), findingIds().next(r, n));
  }

  /** Decisions of management reviews (9.3.3). */
  public static Gen<ReviewDecision> reviewDecisions() {
    return (r, n) -> ModelFactory.reviewDecision(r, World.standalone(n));
  }

  /** Management reviews (9.3). */
  public static Gen<ManagementReview> managementReviews() {
    return (r, n) -> ModelFactory.managementReview(r, World.standalone(n), reviewIds().next(r, n));
  }

  /** Nonconformities; exactly the CLOSED ones have a closing date (10.2). */
  public static Gen<Nonconformity> nonconformities() {
    return (r, n) -> ModelFactory.nonconformity(r, World.standalone(n), nonconformityIds().next(r, n));
  }

  /** Reviews of the effectiveness of corrective actions (10.2 d). */
  public static Gen<EffectivenessReview> effectivenessReviews() {
    return (r, n) -> ModelFactory.effectivenessReview(r, World.standalone(n), ModelFactory.date(r));
  }

  /** Corrective actions; only completed ones are reviewed (10.2). */
  public static Gen<CorrectiveAction> correctiveActions() {
    return (r, n) -> ModelFactory.correctiveAction(r, World.standalone(n), correctiveActionIds().next(r, n));
  }

  /** Continual improvements (10.1). */
  public static Gen<Improvement> improvements() {
    return (r, n) -> ModelFactory.improvement(r, World.standalone(n), improvementIds().next(r, n));
  }

  /** Planned changes (6.3). */
  public static Gen<PlannedChange> plannedChanges() {
    return (r, n) -> ModelFactory.plannedChange(r, World.standalone(n), changeIds().next(r, n));
  }

  /** Information security incidents. */
  public static Gen<Incident> incidents() {
    return (r, n) -> ModelFactory.incident(r, World.standalone(n), incidentIds().next(r, n));
  }

  /** Certification bodies. */
  public static Gen<CertificationBody> certificationBodies() {
    return (r, n) -> CertificationFactory.body(r, certificationBodyIds().next(r, n));
  }

  /** Certificates with a three-year validity from their decision, mostly active, every standing possible. */
  public static Gen<Certificate> certificates() {
    return (r, n) -> CertificationFactory.certificate(r, CertificationFactory.Pools.standalone(n),
        certificateIds().next(r, n));
  }

  /** External audits of every type, with dates that fit their status. */
  public static Gen<ExternalAudit> externalAudits() {
    return (r, n) -> CertificationFactory.audit(r, World.standalone(n), CertificationFactory.Pools.standalone(n),
        externalAuditIds().next(r, n));
  }

  /** Findings of external audits, of every grade, with a response deadline and sometimes a response. */
  public static Gen<ExternalFinding> externalFindings() {
    return (r, n) -> CertificationFactory.finding(r, World.standalone(n), CertificationFactory.Pools.standalone(n),
        externalFindingIds().next(r, n));
  }

  // ---------------------------------------------------------------------------------------------
  // What an auditor samples: suppliers, evidence, exceptions, document control, audit depth

  /** Suppliers providing one to three things, with up to two agreements and three assessments (8.1, A.5.19-A.5.23). */
  public static Gen<Supplier> suppliers() {
    return (r, n) -> ModelFactory.supplier(r, World.standalone(n), supplierIds().next(r, n));
  }

  /** What suppliers provide; only cloud services have a cloud model. */
  public static Gen<SupplierService> supplierServices() {
    return (r, n) -> ModelFactory.supplierService(r, World.standalone(n));
  }

  /** Agreements with suppliers and their security requirements (A.5.20). */
  public static Gen<SupplierAgreement> supplierAgreements() {
    return (r, n) -> ModelFactory.supplierAgreement(r, World.standalone(n), "AGR-" + r.nextInt(1, 1000));
  }

  /** Assessments and monitoring reviews of suppliers (A.5.22). */
  public static Gen<SupplierAssessment> supplierAssessments() {
    return (r, n) -> ModelFactory.supplierAssessment(r, World.standalone(n));
  }

  /** Items of evidence; a period starts no later than the item was collected, a review is not before it. */
  public static Gen<EvidenceItem> evidenceItems() {
    return (r, n) -> ModelFactory.evidenceItem(r, World.standalone(n), evidenceIds().next(r, n));
  }

  /** Periods covered by evidence, of up to a year. */
  public static Gen<CoveredPeriod> coveredPeriods() {
    return (r, n) -> ModelFactory.coveredPeriod(r);
  }

  /** Reviews of evidence (who, when, sufficient or not). */
  public static Gen<EvidenceReview> evidenceReviews() {
    return (r, n) -> ModelFactory.evidenceReview(r, World.standalone(n), ModelFactory.date(r));
  }

  /** Entries of the policy exceptions register, each expiring. */
  public static Gen<PolicyException> policyExceptions() {
    return (r, n) -> ModelFactory.policyException(r, World.standalone(n), policyExceptionIds().next(r, n));
  }

  /** Versions in the history of documented information (7.5.2, 7.5.3). */
  public static Gen<DocumentVersion> documentVersions() {
    return (r, n) -> ModelFactory.documentVersion(r, World.standalone(n), r.nextInt(1, 5) + "." + r.nextInt(10),
        ModelFactory.date(r));
  }

  /** Members of audit teams, with competence records and, mostly, an independence statement (9.2.2). */
  public static Gen<AuditTeamMember> auditTeamMembers() {
    return (r, n) -> ModelFactory.auditTeamMember(r, World.standalone(n), personIds().next(r, n));
  }

  /** Objective evidence behind audit findings: what was sampled, where, how much of how many. */
  public static Gen<ObjectiveEvidence> objectiveEvidence() {
    return (r, n) -> ModelFactory.objectiveEvidence(r);
  }

  /** The weights audit programmes give processes (9.2.2). */
  public static Gen<AuditPriority> auditPriorities() {
    return (r, n) -> ModelFactory.auditPriority(r, World.standalone(n), processIds().next(r, n));
  }

  /** Authorities to accept risk, up to one of the generated criteria's levels (6.1.3 f). */
  public static Gen<AcceptanceAuthority> acceptanceAuthorities() {
    return (r, n) -> AcceptanceAuthority.of(roleIds().next(r, n), riskLevels().next(r, n));
  }

  /** Evaluations of compliance with a requirement (A.5.31, A.5.36). */
  public static Gen<ComplianceEvaluation> complianceEvaluations() {
    return (r, n) -> ModelFactory.complianceEvaluation(r);
  }

  // ---------------------------------------------------------------------------------------------
  // Values that pair fields

  /** Approvals by a made-up person on a date (who and when together). */
  public static Gen<Approval> approvals() {
    return (r, n) -> Approval.of(personIds().next(r, n), ModelFactory.date(r));
  }

  /** Evaluations of measurement results (9.1 e, f). */
  public static Gen<Evaluation> evaluations() {
    return (r, n) -> Evaluation.of(ModelFactory.phrase(r), ModelFactory.date(r));
  }

  /** Progress of actions: every status, a completion date exactly for DONE. */
  public static Gen<ActionProgress> actionProgresses() {
    return (r, n) -> {
      ActionStatus s = Gen.enums(ActionStatus.class).next(r, n);
      return s == ActionStatus.DONE ? ActionProgress.done(ModelFactory.date(r)) : ActionProgress.of(s);
    };
  }

  /** Progress of nonconformities: every status, a closing date exactly for CLOSED. */
  public static Gen<NonconformityProgress> nonconformityProgresses() {
    return (r, n) -> {
      NonconformityStatus s = Gen.enums(NonconformityStatus.class).next(r, n);
      return s == NonconformityStatus.CLOSED ? NonconformityProgress.closed(ModelFactory.date(r))
          : NonconformityProgress.of(s);
    };
  }

  /** Progress of internal audits: every status with the dates it needs. */
  public static Gen<AuditProgress> auditProgresses() {
    return (r, n) -> switch (Gen.enums(AuditStatus.class).next(r, n)) {
      case PLANNED -> AuditProgress.planned();
      case CANCELLED -> AuditProgress.cancelled();
      case PERFORMED -> AuditProgress.performed(ModelFactory.date(r));
      case REPORTED -> {
        LocalDate performed = ModelFactory.date(r);
        yield AuditProgress.reported(performed, performed.plusDays(r.nextInt(30)));
      }
    };
  }

  /** Standings of certificates: every status with the dates it needs. */
  public static Gen<CertificateStanding> certificateStandings() {
    return (r, n) -> CertificationFactory.standing(r);
  }

  /** Responses to external findings, submitted and sometimes accepted. */
  public static Gen<FindingResponse> findingResponses() {
    return (r, n) -> CertificationFactory.response(r, ModelFactory.date(r));
  }

  /** Levels of risk, as the generated criteria name them. */
  public static Gen<RiskLevel> riskLevels() {
    return Gen.elements(List.of(RiskLevel.of("Very low"), RiskLevel.of("Low"), RiskLevel.of("Medium"),
        RiskLevel.of("High"), RiskLevel.of("Very high")));
  }
}
