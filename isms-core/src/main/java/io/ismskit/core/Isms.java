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
import io.ismskit.core.base.Lists;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.ClimateChangeDecision;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
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
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.Supplier;
import io.vavr.Lazy;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The aggregate root: everything an ISMS holds, from its context and scope to its risks, Statement
 * of Applicability, audits and nonconformities.
 *
 * <p>Each entity checks its own fields when it is built. Relations between entities — dangling
 * references, duplicate ids, risks on assets outside the scope, dependency cycles — are checked by
 * {@link #validate()}, which returns <em>all</em> problems at once.
 *
 * <p>Every entity kind with an id can be looked up ({@link #risk(RiskId)}, {@link #asset(AssetId)},
 * ...; backed by an index built on first use) and replaced by id ({@link #withRisk(Risk)} replaces
 * the risk with the same id where it stands, or appends it; {@link #withoutRisk(RiskId)} removes
 * it), so one change to one entity is one call:
 *
 * <pre>{@code
 * Isms isms = Isms.builder()
 *     .organization(Organization.builder().name("Acme").headcount(150).build())
 *     .addPeople(alice)
 *     .addAssets(crm)
 *     .build();
 * Risk r = isms.risk(RiskId.of("R-1")).orElseThrow();
 * Isms edited = isms.withRisk(r.withOwner(alice.id()));
 * edited.validate().fold(problems -> ..., valid -> ...);
 * }</pre>
 *
 * @implSpec Immutable and thread-safe; {@code with*} methods return modified copies.
 */
@Value.Immutable
public abstract class Isms implements WithIsms {
  /** The organization. */
  public abstract Organization organization();

  /** The ISMS scope (4.3). */
  public abstract Optional<Scope> scope();

  /** The planned intervals of recurring activities. */
  @Value.Default
  public ReviewIntervals intervals() {
    return ReviewIntervals.ANNUAL;
  }

  /** Internal and external issues (4.1). */
  public abstract List<ContextIssue> contextIssues();

  /** The decision whether climate change is relevant (4.1, Amd 1:2024). */
  public abstract Optional<ClimateChangeDecision> climateChangeDecision();

  /** Interested parties and their requirements (4.2). */
  public abstract List<InterestedParty> interestedParties();

  /** The ISMS processes (4.4, 8.1). */
  public abstract List<IsmsProcess> processes();

  /** The people. */
  public abstract List<Person> people();

  /** The roles (5.3). */
  public abstract List<Role> roles();

  /** Who holds which role (5.3). */
  public abstract List<RoleAssignment> roleAssignments();

  /** The information security policy and topic-specific policies (5.2, A.5.1). */
  public abstract List<Policy> policies();

  /** Information security objectives (6.2). */
  public abstract List<Objective> objectives();

  /** Resources provided (7.1). */
  public abstract List<ResourceAllocation> resources();

  /** Competence evidence (7.2). */
  public abstract List<CompetenceRecord> competenceRecords();

  /** Awareness records (7.3). */
  public abstract List<AwarenessRecord> awarenessRecords();

  /** Planned communications (7.4). */
  public abstract List<Communication> communications();

  /** Documented information (7.5). */
  public abstract List<DocumentedInformation> documents();

  /** Assets. */
  public abstract List<Asset> assets();

  /** Threats. */
  public abstract List<Threat> threats();

  /** Vulnerabilities. */
  public abstract List<Vulnerability> vulnerabilities();

  /** The risk criteria (6.1.2 a). */
  public abstract Optional<RiskCriteria> riskCriteria();

  /** Information security risks (6.1.2, 6.1.3, 8.2, 8.3). */
  public abstract List<Risk> risks();

  /** Risks and opportunities of the ISMS itself (6.1.1). */
  public abstract List<IsmsRiskOrOpportunity> risksAndOpportunities();

  /** Controls from sources other than the catalog (6.1.3 b). */
  public abstract List<CustomControl> customControls();

  /** How controls are implemented. */
  public abstract List<ControlImplementation> controlImplementations();

  /** The Statement of Applicability (6.1.3 d). */
  public abstract Optional<StatementOfApplicability> statementOfApplicability();

  /** Metrics (9.1). */
  public abstract List<Metric> metrics();

  /** Measurements (9.1). */
  public abstract List<Measurement> measurements();

  /** Internal audit programmes (9.2.2). */
  public abstract List<AuditProgramme> auditProgrammes();

  /** Internal audits (9.2). */
  public abstract List<InternalAudit> audits();

  /** Audit findings (9.2). */
  public abstract List<AuditFinding> findings();

  /** Management reviews (9.3). */
  public abstract List<ManagementReview> managementReviews();

  /** Nonconformities (10.2). */
  public abstract List<Nonconformity> nonconformities();

  /** Corrective actions (10.2). */
  public abstract List<CorrectiveAction> correctiveActions();

  /** Continual improvements (10.1). */
  public abstract List<Improvement> improvements();

  /** Planned changes (6.3). */
  public abstract List<PlannedChange> changes();

  /** Information security incidents. */
  public abstract List<Incident> incidents();

  /** Certification bodies. */
  public abstract List<CertificationBody> certificationBodies();

  /** Certificates of the ISMS, current and past. */
  public abstract List<Certificate> certificates();

  /** Audits by certification bodies: stage 1 and 2, surveillance, recertification, special. */
  public abstract List<ExternalAudit> externalAudits();

  /** Findings of audits by certification bodies. */
  public abstract List<ExternalFinding> externalFindings();

  /** Suppliers and other external providers (8.1, A.5.19 to A.5.23). */
  public abstract List<Supplier> suppliers();

  /** Evidence that the ISMS operates: items linked to controls, measurements, findings and SoA lines. */
  public abstract List<EvidenceItem> evidenceItems();

  /** The policy exceptions register: approved, expiring deviations from policies (5.2, A.5.1). */
  public abstract List<PolicyException> policyExceptions();

  // ---- lookups and replace-by-id --------------------------------------------------------------

  /** The context issue with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<ContextIssue> contextIssue(ContextIssueId id) {
    return index().find("contextIssues", contextIssues(), ContextIssue::id, id);
  }

  /**
   * This ISMS with {@code contextIssue} in place of the context issue with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withContextIssue(ContextIssue contextIssue) {
    return withContextIssues(Lists.replace(contextIssues(), contextIssue, ContextIssue::id));
  }

  /** This ISMS without the context issue with id {@code id} (itself if there is none). */
  public final Isms withoutContextIssue(ContextIssueId id) {
    return withContextIssues(Lists.remove(contextIssues(), id, ContextIssue::id));
  }

  /** The interested party with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<InterestedParty> interestedParty(InterestedPartyId id) {
    return index().find("interestedParties", interestedParties(), InterestedParty::id, id);
  }

  /**
   * This ISMS with {@code interestedParty} in place of the interested party with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withInterestedParty(InterestedParty interestedParty) {
    return withInterestedParties(Lists.replace(interestedParties(), interestedParty, InterestedParty::id));
  }

  /** This ISMS without the interested party with id {@code id} (itself if there is none). */
  public final Isms withoutInterestedParty(InterestedPartyId id) {
    return withInterestedParties(Lists.remove(interestedParties(), id, InterestedParty::id));
  }

  /** The ISMS process with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<IsmsProcess> process(ProcessId id) {
    return index().find("processes", processes(), IsmsProcess::id, id);
  }

  /**
   * This ISMS with {@code process} in place of the ISMS process with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withProcess(IsmsProcess process) {
    return withProcesses(Lists.replace(processes(), process, IsmsProcess::id));
  }

  /** This ISMS without the ISMS process with id {@code id} (itself if there is none). */
  public final Isms withoutProcess(ProcessId id) {
    return withProcesses(Lists.remove(processes(), id, IsmsProcess::id));
  }

  /** The person with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Person> person(PersonId id) {
    return index().find("people", people(), Person::id, id);
  }

  /**
   * This ISMS with {@code person} in place of the person with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withPerson(Person person) {
    return withPeople(Lists.replace(people(), person, Person::id));
  }

  /** This ISMS without the person with id {@code id} (itself if there is none). */
  public final Isms withoutPerson(PersonId id) {
    return withPeople(Lists.remove(people(), id, Person::id));
  }

  /** The role with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Role> role(RoleId id) {
    return index().find("roles", roles(), Role::id, id);
  }

  /**
   * This ISMS with {@code role} in place of the role with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withRole(Role role) {
    return withRoles(Lists.replace(roles(), role, Role::id));
  }

  /** This ISMS without the role with id {@code id} (itself if there is none). */
  public final Isms withoutRole(RoleId id) {
    return withRoles(Lists.remove(roles(), id, Role::id));
  }

  /** The policy with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Policy> policy(PolicyId id) {
    return index().find("policies", policies(), Policy::id, id);
  }

  /**
   * This ISMS with {@code policy} in place of the policy with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withPolicy(Policy policy) {
    return withPolicies(Lists.replace(policies(), policy, Policy::id));
  }

  /** This ISMS without the policy with id {@code id} (itself if there is none). */
  public final Isms withoutPolicy(PolicyId id) {
    return withPolicies(Lists.remove(policies(), id, Policy::id));
  }

  /** The objective with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Objective> objective(ObjectiveId id) {
    return index().find("objectives", objectives(), Objective::id, id);
  }

  /**
   * This ISMS with {@code objective} in place of the objective with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withObjective(Objective objective) {
    return withObjectives(Lists.replace(objectives(), objective, Objective::id));
  }

  /** This ISMS without the objective with id {@code id} (itself if there is none). */
  public final Isms withoutObjective(ObjectiveId id) {
    return withObjectives(Lists.remove(objectives(), id, Objective::id));
  }

  /** The resource allocation with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<ResourceAllocation> resource(ResourceId id) {
    return index().find("resources", resources(), ResourceAllocation::id, id);
  }

  /**
   * This ISMS with {@code resource} in place of the resource allocation with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withResource(ResourceAllocation resource) {
    return withResources(Lists.replace(resources(), resource, ResourceAllocation::id));
  }

  /** This ISMS without the resource allocation with id {@code id} (itself if there is none). */
  public final Isms withoutResource(ResourceId id) {
    return withResources(Lists.remove(resources(), id, ResourceAllocation::id));
  }

  /** The competence record with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<CompetenceRecord> competenceRecord(CompetenceRecordId id) {
    return index().find("competenceRecords", competenceRecords(), CompetenceRecord::id, id);
  }

  /**
   * This ISMS with {@code competenceRecord} in place of the competence record with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCompetenceRecord(CompetenceRecord competenceRecord) {
    return withCompetenceRecords(Lists.replace(competenceRecords(), competenceRecord, CompetenceRecord::id));
  }

  /** This ISMS without the competence record with id {@code id} (itself if there is none). */
  public final Isms withoutCompetenceRecord(CompetenceRecordId id) {
    return withCompetenceRecords(Lists.remove(competenceRecords(), id, CompetenceRecord::id));
  }

  /** The awareness record with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<AwarenessRecord> awarenessRecord(AwarenessRecordId id) {
    return index().find("awarenessRecords", awarenessRecords(), AwarenessRecord::id, id);
  }

  /**
   * This ISMS with {@code awarenessRecord} in place of the awareness record with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withAwarenessRecord(AwarenessRecord awarenessRecord) {
    return withAwarenessRecords(Lists.replace(awarenessRecords(), awarenessRecord, AwarenessRecord::id));
  }

  /** This ISMS without the awareness record with id {@code id} (itself if there is none). */
  public final Isms withoutAwarenessRecord(AwarenessRecordId id) {
    return withAwarenessRecords(Lists.remove(awarenessRecords(), id, AwarenessRecord::id));
  }

  /** The communication with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Communication> communication(CommunicationId id) {
    return index().find("communications", communications(), Communication::id, id);
  }

  /**
   * This ISMS with {@code communication} in place of the communication with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCommunication(Communication communication) {
    return withCommunications(Lists.replace(communications(), communication, Communication::id));
  }

  /** This ISMS without the communication with id {@code id} (itself if there is none). */
  public final Isms withoutCommunication(CommunicationId id) {
    return withCommunications(Lists.remove(communications(), id, Communication::id));
  }

  /** The item of documented information with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<DocumentedInformation> document(DocumentId id) {
    return index().find("documents", documents(), DocumentedInformation::id, id);
  }

  /**
   * This ISMS with {@code document} in place of the item of documented information with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withDocument(DocumentedInformation document) {
    return withDocuments(Lists.replace(documents(), document, DocumentedInformation::id));
  }

  /** This ISMS without the item of documented information with id {@code id} (itself if there is none). */
  public final Isms withoutDocument(DocumentId id) {
    return withDocuments(Lists.remove(documents(), id, DocumentedInformation::id));
  }

  /** The asset with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Asset> asset(AssetId id) {
    return index().find("assets", assets(), Asset::id, id);
  }

  /**
   * This ISMS with {@code asset} in place of the asset with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withAsset(Asset asset) {
    return withAssets(Lists.replace(assets(), asset, Asset::id));
  }

  /** This ISMS without the asset with id {@code id} (itself if there is none). */
  public final Isms withoutAsset(AssetId id) {
    return withAssets(Lists.remove(assets(), id, Asset::id));
  }

  /** The threat with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Threat> threat(ThreatId id) {
    return index().find("threats", threats(), Threat::id, id);
  }

  /**
   * This ISMS with {@code threat} in place of the threat with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withThreat(Threat threat) {
    return withThreats(Lists.replace(threats(), threat, Threat::id));
  }

  /** This ISMS without the threat with id {@code id} (itself if there is none). */
  public final Isms withoutThreat(ThreatId id) {
    return withThreats(Lists.remove(threats(), id, Threat::id));
  }

  /** The vulnerability with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Vulnerability> vulnerability(VulnerabilityId id) {
    return index().find("vulnerabilities", vulnerabilities(), Vulnerability::id, id);
  }

  /**
   * This ISMS with {@code vulnerability} in place of the vulnerability with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withVulnerability(Vulnerability vulnerability) {
    return withVulnerabilities(Lists.replace(vulnerabilities(), vulnerability, Vulnerability::id));
  }

  /** This ISMS without the vulnerability with id {@code id} (itself if there is none). */
  public final Isms withoutVulnerability(VulnerabilityId id) {
    return withVulnerabilities(Lists.remove(vulnerabilities(), id, Vulnerability::id));
  }

  /** The risk with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Risk> risk(RiskId id) {
    return index().find("risks", risks(), Risk::id, id);
  }

  /**
   * This ISMS with {@code risk} in place of the risk with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withRisk(Risk risk) {
    return withRisks(Lists.replace(risks(), risk, Risk::id));
  }

  /** This ISMS without the risk with id {@code id} (itself if there is none). */
  public final Isms withoutRisk(RiskId id) {
    return withRisks(Lists.remove(risks(), id, Risk::id));
  }

  /** The risk or opportunity of the ISMS with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<IsmsRiskOrOpportunity> riskOrOpportunity(OpportunityId id) {
    return index().find("risksAndOpportunities", risksAndOpportunities(), IsmsRiskOrOpportunity::id, id);
  }

  /**
   * This ISMS with {@code riskOrOpportunity} in place of the risk or opportunity of the ISMS with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withRiskOrOpportunity(IsmsRiskOrOpportunity riskOrOpportunity) {
    return withRisksAndOpportunities(Lists.replace(risksAndOpportunities(), riskOrOpportunity, IsmsRiskOrOpportunity::id));
  }

  /** This ISMS without the risk or opportunity of the ISMS with id {@code id} (itself if there is none). */
  public final Isms withoutRiskOrOpportunity(OpportunityId id) {
    return withRisksAndOpportunities(Lists.remove(risksAndOpportunities(), id, IsmsRiskOrOpportunity::id));
  }

  /** The custom control with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<CustomControl> customControl(ControlId id) {
    return index().find("customControls", customControls(), CustomControl::id, id);
  }

  /**
   * This ISMS with {@code customControl} in place of the custom control with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCustomControl(CustomControl customControl) {
    return withCustomControls(Lists.replace(customControls(), customControl, CustomControl::id));
  }

  /** This ISMS without the custom control with id {@code id} (itself if there is none). */
  public final Isms withoutCustomControl(ControlId id) {
    return withCustomControls(Lists.remove(customControls(), id, CustomControl::id));
  }

  /** The control implementation whose control is {@code control}, if this ISMS has one (the first, if it has several). */
  public final Optional<ControlImplementation> controlImplementation(ControlId control) {
    return index().find("controlImplementations", controlImplementations(), ControlImplementation::control, control);
  }

  /**
   * This ISMS with {@code controlImplementation} in place of the control implementation with its control, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withControlImplementation(ControlImplementation controlImplementation) {
    return withControlImplementations(Lists.replace(controlImplementations(), controlImplementation, ControlImplementation::control));
  }

  /** This ISMS without the control implementation whose control is {@code control} (itself if there is none). */
  public final Isms withoutControlImplementation(ControlId control) {
    return withControlImplementations(Lists.remove(controlImplementations(), control, ControlImplementation::control));
  }

  /** The metric with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Metric> metric(MetricId id) {
    return index().find("metrics", metrics(), Metric::id, id);
  }

  /**
   * This ISMS with {@code metric} in place of the metric with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withMetric(Metric metric) {
    return withMetrics(Lists.replace(metrics(), metric, Metric::id));
  }

  /** This ISMS without the metric with id {@code id} (itself if there is none). */
  public final Isms withoutMetric(MetricId id) {
    return withMetrics(Lists.remove(metrics(), id, Metric::id));
  }

  /** The measurement with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Measurement> measurement(MeasurementId id) {
    return index().find("measurements", measurements(), Measurement::id, id);
  }

  /**
   * This ISMS with {@code measurement} in place of the measurement with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withMeasurement(Measurement measurement) {
    return withMeasurements(Lists.replace(measurements(), measurement, Measurement::id));
  }

  /** This ISMS without the measurement with id {@code id} (itself if there is none). */
  public final Isms withoutMeasurement(MeasurementId id) {
    return withMeasurements(Lists.remove(measurements(), id, Measurement::id));
  }

  /** The audit programme with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<AuditProgramme> auditProgramme(AuditProgrammeId id) {
    return index().find("auditProgrammes", auditProgrammes(), AuditProgramme::id, id);
  }

  /**
   * This ISMS with {@code auditProgramme} in place of the audit programme with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withAuditProgramme(AuditProgramme auditProgramme) {
    return withAuditProgrammes(Lists.replace(auditProgrammes(), auditProgramme, AuditProgramme::id));
  }

  /** This ISMS without the audit programme with id {@code id} (itself if there is none). */
  public final Isms withoutAuditProgramme(AuditProgrammeId id) {
    return withAuditProgrammes(Lists.remove(auditProgrammes(), id, AuditProgramme::id));
  }

  /** The internal audit with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<InternalAudit> audit(AuditId id) {
    return index().find("audits", audits(), InternalAudit::id, id);
  }

  /**
   * This ISMS with {@code audit} in place of the internal audit with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withAudit(InternalAudit audit) {
    return withAudits(Lists.replace(audits(), audit, InternalAudit::id));
  }

  /** This ISMS without the internal audit with id {@code id} (itself if there is none). */
  public final Isms withoutAudit(AuditId id) {
    return withAudits(Lists.remove(audits(), id, InternalAudit::id));
  }

  /** The audit finding with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<AuditFinding> finding(FindingId id) {
    return index().find("findings", findings(), AuditFinding::id, id);
  }

  /**
   * This ISMS with {@code finding} in place of the audit finding with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withFinding(AuditFinding finding) {
    return withFindings(Lists.replace(findings(), finding, AuditFinding::id));
  }

  /** This ISMS without the audit finding with id {@code id} (itself if there is none). */
  public final Isms withoutFinding(FindingId id) {
    return withFindings(Lists.remove(findings(), id, AuditFinding::id));
  }

  /** The management review with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<ManagementReview> managementReview(ReviewId id) {
    return index().find("managementReviews", managementReviews(), ManagementReview::id, id);
  }

  /**
   * This ISMS with {@code managementReview} in place of the management review with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withManagementReview(ManagementReview managementReview) {
    return withManagementReviews(Lists.replace(managementReviews(), managementReview, ManagementReview::id));
  }

  /** This ISMS without the management review with id {@code id} (itself if there is none). */
  public final Isms withoutManagementReview(ReviewId id) {
    return withManagementReviews(Lists.remove(managementReviews(), id, ManagementReview::id));
  }

  /** The nonconformity with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Nonconformity> nonconformity(NonconformityId id) {
    return index().find("nonconformities", nonconformities(), Nonconformity::id, id);
  }

  /**
   * This ISMS with {@code nonconformity} in place of the nonconformity with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withNonconformity(Nonconformity nonconformity) {
    return withNonconformities(Lists.replace(nonconformities(), nonconformity, Nonconformity::id));
  }

  /** This ISMS without the nonconformity with id {@code id} (itself if there is none). */
  public final Isms withoutNonconformity(NonconformityId id) {
    return withNonconformities(Lists.remove(nonconformities(), id, Nonconformity::id));
  }

  /** The corrective action with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<CorrectiveAction> correctiveAction(CorrectiveActionId id) {
    return index().find("correctiveActions", correctiveActions(), CorrectiveAction::id, id);
  }

  /**
   * This ISMS with {@code correctiveAction} in place of the corrective action with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCorrectiveAction(CorrectiveAction correctiveAction) {
    return withCorrectiveActions(Lists.replace(correctiveActions(), correctiveAction, CorrectiveAction::id));
  }

  /** This ISMS without the corrective action with id {@code id} (itself if there is none). */
  public final Isms withoutCorrectiveAction(CorrectiveActionId id) {
    return withCorrectiveActions(Lists.remove(correctiveActions(), id, CorrectiveAction::id));
  }

  /** The improvement with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Improvement> improvement(ImprovementId id) {
    return index().find("improvements", improvements(), Improvement::id, id);
  }

  /**
   * This ISMS with {@code improvement} in place of the improvement with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withImprovement(Improvement improvement) {
    return withImprovements(Lists.replace(improvements(), improvement, Improvement::id));
  }

  /** This ISMS without the improvement with id {@code id} (itself if there is none). */
  public final Isms withoutImprovement(ImprovementId id) {
    return withImprovements(Lists.remove(improvements(), id, Improvement::id));
  }

  /** The planned change with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<PlannedChange> change(ChangeId id) {
    return index().find("changes", changes(), PlannedChange::id, id);
  }

  /**
   * This ISMS with {@code change} in place of the planned change with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withChange(PlannedChange change) {
    return withChanges(Lists.replace(changes(), change, PlannedChange::id));
  }

  /** This ISMS without the planned change with id {@code id} (itself if there is none). */
  public final Isms withoutChange(ChangeId id) {
    return withChanges(Lists.remove(changes(), id, PlannedChange::id));
  }

  /** The incident with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Incident> incident(IncidentId id) {
    return index().find("incidents", incidents(), Incident::id, id);
  }

  /**
   * This ISMS with {@code incident} in place of the incident with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withIncident(Incident incident) {
    return withIncidents(Lists.replace(incidents(), incident, Incident::id));
  }

  /** This ISMS without the incident with id {@code id} (itself if there is none). */
  public final Isms withoutIncident(IncidentId id) {
    return withIncidents(Lists.remove(incidents(), id, Incident::id));
  }

  /** The certification body with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<CertificationBody> certificationBody(CertificationBodyId id) {
    return index().find("certificationBodies", certificationBodies(), CertificationBody::id, id);
  }

  /**
   * This ISMS with {@code certificationBody} in place of the certification body with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCertificationBody(CertificationBody certificationBody) {
    return withCertificationBodies(Lists.replace(certificationBodies(), certificationBody, CertificationBody::id));
  }

  /** This ISMS without the certification body with id {@code id} (itself if there is none). */
  public final Isms withoutCertificationBody(CertificationBodyId id) {
    return withCertificationBodies(Lists.remove(certificationBodies(), id, CertificationBody::id));
  }

  /** The certificate with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Certificate> certificate(CertificateId id) {
    return index().find("certificates", certificates(), Certificate::id, id);
  }

  /**
   * This ISMS with {@code certificate} in place of the certificate with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withCertificate(Certificate certificate) {
    return withCertificates(Lists.replace(certificates(), certificate, Certificate::id));
  }

  /** This ISMS without the certificate with id {@code id} (itself if there is none). */
  public final Isms withoutCertificate(CertificateId id) {
    return withCertificates(Lists.remove(certificates(), id, Certificate::id));
  }

  /** The external audit with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<ExternalAudit> externalAudit(ExternalAuditId id) {
    return index().find("externalAudits", externalAudits(), ExternalAudit::id, id);
  }

  /**
   * This ISMS with {@code externalAudit} in place of the external audit with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withExternalAudit(ExternalAudit externalAudit) {
    return withExternalAudits(Lists.replace(externalAudits(), externalAudit, ExternalAudit::id));
  }

  /** This ISMS without the external audit with id {@code id} (itself if there is none). */
  public final Isms withoutExternalAudit(ExternalAuditId id) {
    return withExternalAudits(Lists.remove(externalAudits(), id, ExternalAudit::id));
  }

  /** The external finding with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<ExternalFinding> externalFinding(ExternalFindingId id) {
    return index().find("externalFindings", externalFindings(), ExternalFinding::id, id);
  }

  /**
   * This ISMS with {@code externalFinding} in place of the external finding with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withExternalFinding(ExternalFinding externalFinding) {
    return withExternalFindings(Lists.replace(externalFindings(), externalFinding, ExternalFinding::id));
  }

  /** This ISMS without the external finding with id {@code id} (itself if there is none). */
  public final Isms withoutExternalFinding(ExternalFindingId id) {
    return withExternalFindings(Lists.remove(externalFindings(), id, ExternalFinding::id));
  }

  /** The supplier with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<Supplier> supplier(SupplierId id) {
    return index().find("suppliers", suppliers(), Supplier::id, id);
  }

  /**
   * This ISMS with {@code supplier} in place of the supplier with its id, at the same position, or
   * added at the end if there is none.
   */
  public final Isms withSupplier(Supplier supplier) {
    return withSuppliers(Lists.replace(suppliers(), supplier, Supplier::id));
  }

  /** This ISMS without the supplier with id {@code id} (itself if there is none). */
  public final Isms withoutSupplier(SupplierId id) {
    return withSuppliers(Lists.remove(suppliers(), id, Supplier::id));
  }

  /** The item of evidence with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<EvidenceItem> evidenceItem(EvidenceId id) {
    return index().find("evidenceItems", evidenceItems(), EvidenceItem::id, id);
  }

  /**
   * This ISMS with {@code evidenceItem} in place of the item of evidence with its id, at the same
   * position, or added at the end if there is none.
   */
  public final Isms withEvidenceItem(EvidenceItem evidenceItem) {
    return withEvidenceItems(Lists.replace(evidenceItems(), evidenceItem, EvidenceItem::id));
  }

  /** This ISMS without the item of evidence with id {@code id} (itself if there is none). */
  public final Isms withoutEvidenceItem(EvidenceId id) {
    return withEvidenceItems(Lists.remove(evidenceItems(), id, EvidenceItem::id));
  }

  /** The policy exception with id {@code id}, if this ISMS has one (the first, if it has several). */
  public final Optional<PolicyException> policyException(PolicyExceptionId id) {
    return index().find("policyExceptions", policyExceptions(), PolicyException::id, id);
  }

  /**
   * This ISMS with {@code policyException} in place of the policy exception with its id, at the same
   * position, or added at the end if there is none.
   */
  public final Isms withPolicyException(PolicyException policyException) {
    return withPolicyExceptions(Lists.replace(policyExceptions(), policyException, PolicyException::id));
  }

  /** This ISMS without the policy exception with id {@code id} (itself if there is none). */
  public final Isms withoutPolicyException(PolicyExceptionId id) {
    return withPolicyExceptions(Lists.remove(policyExceptions(), id, PolicyException::id));
  }

  /** The requirement with id {@code id}, of whichever interested party has it (the first, if several do). */
  public final Optional<Requirement> requirement(RequirementId id) {
    Objects.requireNonNull(id, "id");
    return index().find("requirements", Lazy.of(this::allRequirements), Requirement::id, id);
  }

  /** The line of the Statement of Applicability for {@code control}, if there is an SoA and it lists the control. */
  public final Optional<SoaEntry> soaEntry(ControlId control) {
    Objects.requireNonNull(control, "control");
    return statementOfApplicability().flatMap(soa ->
        index().find("soaEntries", Lazy.of(soa::entries), SoaEntry::control, control));
  }

  private List<Requirement> allRequirements() {
    List<Requirement> all = new ArrayList<>();
    for (InterestedParty p : interestedParties()) {
      all.addAll(p.requirements());
    }
    return all;
  }

  /** The index behind the lookups, built per kind on first use. */
  @Value.Lazy
  IdIndex index() {
    return new IdIndex();
  }

  // ---- validation ------------------------------------------------------------------------------

  /**
   * The most problems of one {@link ValidationCode} that {@link #validate()} reports; the others
   * are counted in one problem with code {@link ValidationCode#CAPPED} that names the code, so
   * that validating a huge, badly broken ISMS stays bounded in time, memory and output.
   */
  public static final int MAX_PROBLEMS_PER_CODE = 1000;

  /**
   * Checks every relation between entities against the built-in ISO/IEC 27001:2022 catalog and
   * returns this ISMS if all hold, or every problem found, in a stable order: dangling references,
   * duplicate ids, risks on out-of-scope assets, asset dependency cycles (one problem per cycle,
   * with its length and first ids), controls implemented without an SoA line, custom controls that
   * reuse a catalog id, and assessments whose level the risk criteria do not list. At most {@link
   * #MAX_PROBLEMS_PER_CODE} problems of one code are reported, followed by one that counts the rest.
   * Each problem has a {@link ValidationCode}, the entity type, id and field, and a message safe to
   * log.
   */
  public final Validation<Seq<Problem>, Isms> validate() {
    return validate(Iso27001_2022.framework());
  }

  /**
   * Like {@link #validate()}, against the controls of {@code framework} (the custom controls of this
   * ISMS are always known).
   */
  public final Validation<Seq<Problem>, Isms> validate(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    Seq<Problem> all = new IsmsValidator(this, framework::contains).run();
    return all.isEmpty() ? Validation.valid(this) : Validation.invalid(all);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this ISMS, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Isms} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableIsms.Builder {
    Builder() {}
  }
}
