package io.ismskit.testkit.internal;

import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.DocumentId;
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
import java.util.ArrayList;
import java.util.List;

/**
 * The ids an entity being generated may refer to, one {@link Pool} per kind, and how long
 * reference lists may grow. In a graph the pools hold exactly the entities of the graph, so every
 * reference resolves; a stand-alone world holds made-up ids.
 *
 * @param people persons
 * @param roles roles
 * @param issues context issues
 * @param parties interested parties
 * @param requirements requirements of interested parties
 * @param processes ISMS processes
 * @param policies policies
 * @param objectives objectives
 * @param resources resource allocations
 * @param documents documented information
 * @param assets assets
 * @param inScopeAssets the assets within the scope (those risks may concern)
 * @param threats threats
 * @param vulnerabilities vulnerabilities
 * @param risks risks
 * @param controls the controls that treatments, audits and metrics may name (the SoA's controls in a graph)
 * @param metrics metrics
 * @param programmes audit programmes
 * @param audits internal audits
 * @param findings audit findings
 * @param nonconformities nonconformities
 * @param changes planned changes
 * @param improvements improvements
 * @param incidents incidents
 * @param competenceRecords competence records (audit team members' competence)
 * @param measurements measurements (what evidence supports)
 * @param implemented the controls that have an implementation (what evidence supports)
 * @param reviews management reviews (where decisions are followed up)
 * @param suppliers suppliers
 * @param evidence items of evidence
 * @param listMax the longest reference list to generate
 */
public record World(
    Pool<PersonId> people,
    Pool<RoleId> roles,
    Pool<ContextIssueId> issues,
    Pool<InterestedPartyId> parties,
    Pool<RequirementId> requirements,
    Pool<ProcessId> processes,
    Pool<PolicyId> policies,
    Pool<ObjectiveId> objectives,
    Pool<ResourceId> resources,
    Pool<DocumentId> documents,
    Pool<AssetId> assets,
    Pool<AssetId> inScopeAssets,
    Pool<ThreatId> threats,
    Pool<VulnerabilityId> vulnerabilities,
    Pool<RiskId> risks,
    Pool<ControlId> controls,
    Pool<MetricId> metrics,
    Pool<AuditProgrammeId> programmes,
    Pool<AuditId> audits,
    Pool<FindingId> findings,
    Pool<NonconformityId> nonconformities,
    Pool<ChangeId> changes,
    Pool<ImprovementId> improvements,
    Pool<IncidentId> incidents,
    Pool<CompetenceRecordId> competenceRecords,
    Pool<MeasurementId> measurements,
    Pool<ControlId> implemented,
    Pool<ReviewId> reviews,
    Pool<SupplierId> suppliers,
    Pool<EvidenceId> evidence,
    int listMax) {

  /** This world with {@code roles} in place of its roles. */
  public World withRoles(Pool<RoleId> roles) {
    return new World(people, roles, issues, parties, requirements, processes, policies, objectives, resources,
        documents, assets, inScopeAssets, threats, vulnerabilities, risks, controls, metrics, programmes, audits,
        findings, nonconformities, changes, improvements, incidents, competenceRecords, measurements, implemented,
        reviews, suppliers, evidence, listMax);
  }

  /** This world with {@code metrics} in place of its metrics. */
  public World withMetrics(Pool<MetricId> metrics) {
    return new World(people, roles, issues, parties, requirements, processes, policies, objectives, resources,
        documents, assets, inScopeAssets, threats, vulnerabilities, risks, controls, metrics, programmes, audits,
        findings, nonconformities, changes, improvements, incidents, competenceRecords, measurements, implemented,
        reviews, suppliers, evidence, listMax);
  }

  /** This world with {@code programmes} in place of its audit programmes. */
  public World withProgrammes(Pool<AuditProgrammeId> programmes) {
    return new World(people, roles, issues, parties, requirements, processes, policies, objectives, resources,
        documents, assets, inScopeAssets, threats, vulnerabilities, risks, controls, metrics, programmes, audits,
        findings, nonconformities, changes, improvements, incidents, competenceRecords, measurements, implemented,
        reviews, suppliers, evidence, listMax);
  }

  /** This world with {@code audits} in place of its audits. */
  public World withAudits(Pool<AuditId> audits) {
    return new World(people, roles, issues, parties, requirements, processes, policies, objectives, resources,
        documents, assets, inScopeAssets, threats, vulnerabilities, risks, controls, metrics, programmes, audits,
        findings, nonconformities, changes, improvements, incidents, competenceRecords, measurements, implemented,
        reviews, suppliers, evidence, listMax);
  }

  /** This world with {@code nonconformities} in place of its nonconformities. */
  public World withNonconformities(Pool<NonconformityId> nonconformities) {
    return new World(people, roles, issues, parties, requirements, processes, policies, objectives, resources,
        documents, assets, inScopeAssets, threats, vulnerabilities, risks, controls, metrics, programmes, audits,
        findings, nonconformities, changes, improvements, incidents, competenceRecords, measurements, implemented,
        reviews, suppliers, evidence, listMax);
  }

  /** The 93 control ids of ISO/IEC 27001:2022 Annex A, in catalog order. */
  public static final List<ControlId> ANNEX_A = annexA();

  private static List<ControlId> annexA() {
    List<ControlId> out = new ArrayList<>(93);
    for (CatalogControl c : Iso27001_2022.framework().controls()) {
      out.add(c.id());
    }
    return List.copyOf(out);
  }

  /**
   * A world of made-up ids for a stand-alone entity: {@code 1 + size} ids per kind, lists of up to
   * {@code min(size, 4)} references, and the Annex A controls.
   */
  public static World standalone(int size) {
    int n = 1 + Math.max(0, size);
    return new World(
        Pool.of(n, i -> PersonId.of(Ids.PERSON + i)),
        Pool.of(n, i -> RoleId.of(Ids.ROLE + i)),
        Pool.of(n, i -> ContextIssueId.of(Ids.ISSUE + i)),
        Pool.of(n, i -> InterestedPartyId.of(Ids.PARTY + i)),
        Pool.of(n, i -> RequirementId.of(Ids.REQUIREMENT + i)),
        Pool.of(n, i -> ProcessId.of(Ids.PROCESS + i)),
        Pool.of(n, i -> PolicyId.of(Ids.POLICY + i)),
        Pool.of(n, i -> ObjectiveId.of(Ids.OBJECTIVE + i)),
        Pool.of(n, i -> ResourceId.of(Ids.RESOURCE + i)),
        Pool.of(n, i -> DocumentId.of(Ids.DOCUMENT + i)),
        Pool.of(n, i -> AssetId.of(Ids.ASSET + i)),
        Pool.of(n, i -> AssetId.of(Ids.ASSET + i)),
        Pool.of(n, i -> ThreatId.of(Ids.THREAT + i)),
        Pool.of(n, i -> VulnerabilityId.of(Ids.VULNERABILITY + i)),
        Pool.of(n, i -> RiskId.of(Ids.RISK + i)),
        Pool.of(ANNEX_A),
        Pool.of(n, i -> MetricId.of(Ids.METRIC + i)),
        Pool.of(n, i -> AuditProgrammeId.of(Ids.PROGRAMME + i)),
        Pool.of(n, i -> AuditId.of(Ids.AUDIT + i)),
        Pool.of(n, i -> FindingId.of(Ids.FINDING + i)),
        Pool.of(n, i -> NonconformityId.of(Ids.NONCONFORMITY + i)),
        Pool.of(n, i -> ChangeId.of(Ids.CHANGE + i)),
        Pool.of(n, i -> ImprovementId.of(Ids.IMPROVEMENT + i)),
        Pool.of(n, i -> IncidentId.of(Ids.INCIDENT + i)),
        Pool.of(n, i -> CompetenceRecordId.of(Ids.COMPETENCE + i)),
        Pool.of(n, i -> MeasurementId.of(Ids.MEASUREMENT + i)),
        Pool.of(ANNEX_A),
        Pool.of(n, i -> ReviewId.of(Ids.REVIEW + i)),
        Pool.of(n, i -> SupplierId.of(Ids.SUPPLIER + i)),
        Pool.of(n, i -> EvidenceId.of(Ids.EVIDENCE + i)),
        Math.min(Math.max(0, size), 4));
  }
}
