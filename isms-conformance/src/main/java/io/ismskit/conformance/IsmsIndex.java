package io.ismskit.conformance;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.base.Dates;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An indexed, read-only view of one {@link Isms} as of one date, built once per check and shared by
 * all rules: entities by id, risks by asset, dependants of assets, Statement of Applicability lines
 * by control, active role holders, competence and awareness by person, measurements by metric,
 * audits by clause and control, corrective actions by nonconformity, documents by clause, and the
 * latest management review.
 *
 * <p>Building the index is linear in the size of the ISMS; every look-up is a hash-map access.
 * Collections returned are unmodifiable; a missing key gives an empty collection, never {@code
 * null}.
 *
 * @implSpec Immutable and thread-safe once built.
 */
public final class IsmsIndex {
  private final Isms isms;
  private final LocalDate asOf;
  private final Map<PersonId, Person> people;
  private final Set<PersonId> topManagement;
  private final Map<RoleId, Role> roles;
  private final List<RoleAssignment> activeAssignments;
  private final Map<RoleId, List<RoleAssignment>> activeByRole;
  private final Map<AssetId, Asset> assets;
  private final Map<AssetId, List<AssetId>> dependants;
  private final List<Risk> treated;
  private final Set<RiskLevel> acceptableLevels;
  // built on first use: only some rules need risks by id or by asset
  private volatile @Nullable Map<RiskId, Risk> risks;
  private volatile @Nullable Map<AssetId, List<Risk>> risksByAsset;
  private final Map<ControlId, SoaEntry> soa;
  private final Map<ControlId, Integer> soaCounts;
  private final Map<ProcessId, IsmsProcess> processes;
  private final Map<PersonId, List<CompetenceRecord>> competence;
  private final Map<PersonId, Set<AwarenessTopic>> awareness;
  private final Map<MetricId, List<Measurement>> measurements;
  private final Map<ClauseId, List<InternalAudit>> auditsByClause;
  private final Map<ControlId, List<InternalAudit>> auditsByControl;
  private final Map<NonconformityId, List<CorrectiveAction>> actionsByNc;
  private final Map<DocumentId, DocumentedInformation> documents;
  private final Map<ClauseId, List<DocumentedInformation>> documentsByClause;
  private final Map<ControlId, List<Requirement>> requirementsByControl;
  private final Optional<ManagementReview> latestReview;

  private IsmsIndex(Isms isms, LocalDate asOf) {
    this.isms = isms;
    this.asOf = asOf;
    people = new HashMap<>();
    topManagement = new HashSet<>();
    for (Person p : isms.people()) {
      people.putIfAbsent(p.id(), p);
      if (p.topManagement()) {
        topManagement.add(p.id());
      }
    }
    roles = byId(isms.roles(), Role::id);
    List<RoleAssignment> active = new ArrayList<>();
    activeByRole = new HashMap<>();
    for (RoleAssignment a : isms.roleAssignments()) {
      if (a.activeOn(asOf)) {
        active.add(a);
        activeByRole.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a);
      }
    }
    activeAssignments = Collections.unmodifiableList(active);
    assets = byId(isms.assets(), Asset::id);
    dependants = new HashMap<>();
    for (Asset a : isms.assets()) {
      for (AssetId d : a.dependsOn()) {
        dependants.computeIfAbsent(d, k -> new ArrayList<>()).add(a.id());
      }
    }
    List<Risk> t = new ArrayList<>();
    for (Risk r : isms.risks()) {
      if (r.treatment().isPresent()) {
        t.add(r);
      }
    }
    treated = Collections.unmodifiableList(t);
    Set<RiskLevel> acc = new HashSet<>();
    isms.riskCriteria().ifPresent(c -> {
      for (RiskLevel l : c.levels()) {
        if (c.acceptable(l)) {
          acc.add(l);
        }
      }
    });
    acceptableLevels = acc;
    soa = new HashMap<>();
    soaCounts = new HashMap<>();
    isms.statementOfApplicability().ifPresent(s -> {
      for (SoaEntry e : s.entries()) {
        soa.putIfAbsent(e.control(), e);
        soaCounts.merge(e.control(), 1, Integer::sum);
      }
    });
    processes = byId(isms.processes(), IsmsProcess::id);
    competence = new HashMap<>();
    for (CompetenceRecord c : isms.competenceRecords()) {
      competence.computeIfAbsent(c.person(), k -> new ArrayList<>()).add(c);
    }
    awareness = new HashMap<>();
    for (AwarenessRecord a : isms.awarenessRecords()) {
      awareness.computeIfAbsent(a.person(), k -> EnumSet.noneOf(AwarenessTopic.class)).addAll(a.topics());
    }
    measurements = new HashMap<>();
    for (Measurement m : isms.measurements()) {
      measurements.computeIfAbsent(m.metric(), k -> new ArrayList<>()).add(m);
    }
    auditsByClause = new HashMap<>();
    auditsByControl = new HashMap<>();
    for (InternalAudit a : isms.audits()) {
      for (ClauseId c : a.clauses()) {
        auditsByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
      }
      for (ControlId c : a.controls()) {
        auditsByControl.computeIfAbsent(c, k -> new ArrayList<>()).add(a);
      }
    }
    actionsByNc = new HashMap<>();
    for (CorrectiveAction c : isms.correctiveActions()) {
      actionsByNc.computeIfAbsent(c.nonconformity(), k -> new ArrayList<>()).add(c);
    }
    documents = byId(isms.documents(), DocumentedInformation::id);
    documentsByClause = new HashMap<>();
    for (DocumentedInformation d : isms.documents()) {
      for (ClauseId c : d.clauses()) {
        documentsByClause.computeIfAbsent(c, k -> new ArrayList<>()).add(d);
      }
    }
    requirementsByControl = new HashMap<>();
    isms.interestedParties().forEach(p -> p.requirements().forEach(r -> r.controls().forEach(c ->
        requirementsByControl.computeIfAbsent(c, k -> new ArrayList<>()).add(r))));
    ManagementReview latest = null;
    for (ManagementReview r : isms.managementReviews()) {
      if (!r.heldOn().isAfter(asOf) && (latest == null || r.heldOn().isAfter(latest.heldOn()))) {
        latest = r;
      }
    }
    latestReview = Optional.ofNullable(latest);
  }

  /**
   * Indexes {@code isms} as of {@code asOf}. Linear in the size of the ISMS.
   *
   * @throws io.ismskit.core.base.InvalidValueException if {@code asOf} is outside the {@linkplain
   *     Dates supported range}, where the rules' date arithmetic would overflow
   */
  public static IsmsIndex of(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", asOf);
    return new IsmsIndex(isms, asOf);
  }

  private static <K, V> Map<K, V> byId(List<V> items, java.util.function.Function<V, K> id) {
    Map<K, V> m = new HashMap<>(Math.max(16, items.size() * 2));
    for (V v : items) {
      m.putIfAbsent(id.apply(v), v);
    }
    return m;
  }

  private static <K, V> List<V> list(Map<K, List<V>> m, K key) {
    List<V> l = m.get(key);
    return l == null ? List.of() : Collections.unmodifiableList(l);
  }

  /** The ISMS indexed. */
  public Isms isms() {
    return isms;
  }

  /** The date the ISMS is checked as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The person with {@code id}, if any. */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  /** Whether {@code id} is a person of top management. */
  public boolean topManagement(PersonId id) {
    return topManagement.contains(id);
  }

  /** The people of top management. */
  public Set<PersonId> topManagement() {
    return Collections.unmodifiableSet(topManagement);
  }

  /** The role with {@code id}, if any. */
  public Optional<Role> role(RoleId id) {
    return Optional.ofNullable(roles.get(id));
  }

  /** The role assignments active on the as-of date. */
  public List<RoleAssignment> activeAssignments() {
    return activeAssignments;
  }

  /** The assignments of role {@code id} active on the as-of date. */
  public List<RoleAssignment> activeHolders(RoleId id) {
    return list(activeByRole, id);
  }

  /** The asset with {@code id}, if any. */
  public Optional<Asset> asset(AssetId id) {
    return Optional.ofNullable(assets.get(id));
  }

  /** The assets that depend directly on asset {@code id}. */
  public List<AssetId> dependants(AssetId id) {
    return list(dependants, id);
  }

  /** The risk with {@code id}, if any. The map is built on first use. */
  public Optional<Risk> risk(RiskId id) {
    Map<RiskId, Risk> m = risks;
    if (m == null) {
      synchronized (this) {
        m = risks;
        if (m == null) {
          m = byId(isms.risks(), Risk::id);
          risks = m;
        }
      }
    }
    return Optional.ofNullable(m.get(id));
  }

  /** The risks naming asset {@code id}. The map is built on first use. */
  public List<Risk> risksOf(AssetId id) {
    Map<AssetId, List<Risk>> m = risksByAsset;
    if (m == null) {
      synchronized (this) {
        m = risksByAsset;
        if (m == null) {
          m = new HashMap<>();
          for (Risk r : isms.risks()) {
            for (AssetId a : r.assets()) {
              m.computeIfAbsent(a, k -> new ArrayList<>(2)).add(r);
            }
          }
          risksByAsset = m;
        }
      }
    }
    return list(m, id);
  }

  /** The risks that have a treatment, in register order. */
  public List<Risk> treatedRisks() {
    return treated;
  }

  /**
   * Whether {@code level} meets the risk acceptance criteria ({@link
   * io.ismskit.core.risk.RiskCriteria#acceptable(RiskLevel)}); false when the ISMS has no criteria or
   * they do not list {@code level}.
   */
  public boolean acceptable(RiskLevel level) {
    return acceptableLevels.contains(level);
  }

  /** The first Statement of Applicability line of {@code control}, if the SoA lists it. */
  public Optional<SoaEntry> soaEntry(ControlId control) {
    return Optional.ofNullable(soa.get(control));
  }

  /** How many lines of the Statement of Applicability list {@code control}. */
  public int soaCount(ControlId control) {
    Integer n = soaCounts.get(control);
    return n == null ? 0 : n;
  }

  /** Whether the SoA lists {@code control} as applicable. */
  public boolean applicable(ControlId control) {
    SoaEntry e = soa.get(control);
    return e != null && e.applicable();
  }

  /** The 93 Annex A control ids of ISO/IEC 27001:2022, in catalog order. */
  public List<ControlId> annexA() {
    return Iso27001_2022.framework().controlIds();
  }

  /** The process with {@code id}, if any. */
  public Optional<IsmsProcess> process(ProcessId id) {
    return Optional.ofNullable(processes.get(id));
  }

  /** The competence records of {@code person}. */
  public List<CompetenceRecord> competence(PersonId person) {
    return list(competence, person);
  }

  /** The awareness topics {@code person} is recorded as having covered. */
  public Set<AwarenessTopic> awareness(PersonId person) {
    Set<AwarenessTopic> s = awareness.get(person);
    return s == null ? Set.of() : Collections.unmodifiableSet(s);
  }

  /** The measurements of {@code metric}. */
  public List<Measurement> measurements(MetricId metric) {
    return list(measurements, metric);
  }

  /** The audits whose scope names exactly {@code clause}. */
  public List<InternalAudit> auditsOf(ClauseId clause) {
    return list(auditsByClause, clause);
  }

  /** The audits whose scope names {@code control}. */
  public List<InternalAudit> auditsOf(ControlId control) {
    return list(auditsByControl, control);
  }

  /** The corrective actions of nonconformity {@code id}. */
  public List<CorrectiveAction> correctiveActions(NonconformityId id) {
    return list(actionsByNc, id);
  }

  /** The document with {@code id}, if any. */
  public Optional<DocumentedInformation> document(DocumentId id) {
    return Optional.ofNullable(documents.get(id));
  }

  /** The documents that serve exactly {@code clause}. */
  public List<DocumentedInformation> documentsOf(ClauseId clause) {
    return list(documentsByClause, clause);
  }

  /** The documents that serve {@code clause} and are not obsolete. */
  public List<DocumentedInformation> currentDocumentsOf(ClauseId clause) {
    List<DocumentedInformation> all = documentsOf(clause);
    List<DocumentedInformation> out = new ArrayList<>(all.size());
    for (DocumentedInformation d : all) {
      if (d.status() != DocumentStatus.OBSOLETE) {
        out.add(d);
      }
    }
    return out;
  }

  /** The requirements of interested parties that name {@code control}. */
  public List<Requirement> requirementsOf(ControlId control) {
    return list(requirementsByControl, control);
  }

  /** The management review held last on or before the as-of date, if any. */
  public Optional<ManagementReview> latestReview() {
    return latestReview;
  }
}
