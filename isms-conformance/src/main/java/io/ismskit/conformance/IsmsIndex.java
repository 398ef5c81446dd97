package io.ismskit.conformance;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.KeyTable;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.DocumentedInformationKind;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
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
import io.vavr.Lazy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An indexed, read-only view of one {@link Isms} as of one date, built once per check and shared by
 * all rules: entities by id, risks by asset, dependants of assets, Statement of Applicability lines
 * by control, active role holders, competence and awareness by person, measurements by metric,
 * audits by clause and control, corrective actions by nonconformity, documents by clause and by
 * mandatory item, and the latest management review.
 *
 * <p>Building the index is linear in the size of the ISMS; every look-up is a hash-table access.
 * Collections returned are unmodifiable; a missing key gives an empty collection, never {@code
 * null}.
 *
 * @implSpec Immutable and thread-safe once built.
 */
public final class IsmsIndex {
  private final Isms isms;
  private final LocalDate asOf;
  private final KeyTable<Person> people;
  private final Set<PersonId> topManagement;
  private final KeyTable<Role> roles;
  private final List<RoleAssignment> activeAssignments;
  private final Map<RoleId, List<RoleAssignment>> activeByRole;
  private final KeyTable<Asset> assets;
  private final Map<AssetId, List<AssetId>> dependants;
  private final List<Risk> treated;
  private final Set<RiskLevel> acceptableLevels;
  private final Map<ControlId, SoaEntry> soa;
  private final Map<ControlId, Integer> soaCounts;
  private final KeyTable<IsmsProcess> processes;
  private final Map<PersonId, List<CompetenceRecord>> competence;
  private final Map<PersonId, List<AwarenessRecord>> awareness;
  private final Map<MetricId, List<Measurement>> measurements;
  private final Map<NonconformityId, List<CorrectiveAction>> actionsByNc;
  private final KeyTable<DocumentedInformation> documents;
  private final Optional<ManagementReview> latestReview;
  // built on first use: only some rules need them
  private final Lazy<KeyTable<Risk>> risks;
  private final Lazy<Map<AssetId, List<Risk>>> risksByAsset;
  private final Lazy<Map<ClauseId, List<InternalAudit>>> auditsByClause;
  private final Lazy<Map<ControlId, List<InternalAudit>>> auditsByControl;
  private final Lazy<Map<ClauseId, List<DocumentedInformation>>> documentsByClause;
  private final Lazy<Map<MandatoryDocument, List<DocumentedInformation>>> documentsByItem;
  private final Lazy<Map<ControlId, List<Requirement>>> requirementsByControl;

  private IsmsIndex(Isms isms, LocalDate asOf) {
    this.isms = isms;
    this.asOf = asOf;
    people = KeyTable.of(isms.people(), Person::id);
    topManagement = topManagementOf(isms.people());
    roles = KeyTable.of(isms.roles(), Role::id);
    activeAssignments = Collections.unmodifiableList(activeOn(isms.roleAssignments(), asOf));
    activeByRole = groupBy(activeAssignments, RoleAssignment::role);
    assets = KeyTable.of(isms.assets(), Asset::id);
    dependants = dependantsOf(isms.assets());
    treated = Collections.unmodifiableList(treatedOf(isms.risks()));
    acceptableLevels = acceptableLevelsOf(isms);
    soa = new HashMap<>();
    soaCounts = new HashMap<>();
    isms.statementOfApplicability().ifPresent(s -> {
      for (SoaEntry e : s.entries()) {
        soa.putIfAbsent(e.control(), e);
        soaCounts.merge(e.control(), 1, Integer::sum);
      }
    });
    processes = KeyTable.of(isms.processes(), IsmsProcess::id);
    competence = groupBy(isms.competenceRecords(), CompetenceRecord::person);
    awareness = groupBy(isms.awarenessRecords(), AwarenessRecord::person);
    measurements = groupBy(isms.measurements(), Measurement::metric);
    actionsByNc = groupBy(isms.correctiveActions(), CorrectiveAction::nonconformity);
    documents = KeyTable.of(isms.documents(), DocumentedInformation::id);
    latestReview = latestReviewOf(isms.managementReviews(), asOf);
    risks = Lazy.of(() -> KeyTable.of(isms.risks(), Risk::id));
    risksByAsset = Lazy.of(() -> groupByEach(isms.risks(), Risk::assets));
    auditsByClause = Lazy.of(() -> groupByEach(isms.audits(), InternalAudit::clauses));
    auditsByControl = Lazy.of(() -> groupByEach(isms.audits(), InternalAudit::controls));
    documentsByClause = Lazy.of(() -> groupByEach(isms.documents(), DocumentedInformation::clauses));
    documentsByItem = Lazy.of(() -> groupByEach(isms.documents(), IsmsIndex::itemsOf));
    requirementsByControl = Lazy.of(() -> groupByEach(allRequirements(isms), Requirement::controls));
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

  // ---- building ------------------------------------------------------------------------------

  private static <K, V> Map<K, List<V>> groupBy(List<V> items, Function<V, K> key) {
    Map<K, List<V>> m = new HashMap<>();
    for (V v : items) {
      m.computeIfAbsent(key.apply(v), k -> new ArrayList<>(2)).add(v);
    }
    return m;
  }

  private static <K, V> Map<K, List<V>> groupByEach(List<V> items, Function<V, ? extends Collection<K>> keys) {
    Map<K, List<V>> m = new HashMap<>();
    for (V v : items) {
      for (K k : keys.apply(v)) {
        m.computeIfAbsent(k, x -> new ArrayList<>(2)).add(v);
      }
    }
    return m;
  }

  private static Set<PersonId> topManagementOf(List<Person> people) {
    Set<PersonId> s = new HashSet<>();
    for (Person p : people) {
      if (p.topManagement()) {
        s.add(p.id());
      }
    }
    return Collections.unmodifiableSet(s);
  }

  private static List<RoleAssignment> activeOn(List<RoleAssignment> assignments, LocalDate asOf) {
    List<RoleAssignment> active = new ArrayList<>();
    for (RoleAssignment a : assignments) {
      if (a.activeOn(asOf)) {
        active.add(a);
      }
    }
    return active;
  }

  private static Map<AssetId, List<AssetId>> dependantsOf(List<Asset> assets) {
    Map<AssetId, List<AssetId>> m = new HashMap<>();
    for (Asset a : assets) {
      for (AssetId d : a.dependsOn()) {
        m.computeIfAbsent(d, k -> new ArrayList<>()).add(a.id());
      }
    }
    return m;
  }

  private static List<Risk> treatedOf(List<Risk> risks) {
    List<Risk> t = new ArrayList<>();
    for (Risk r : risks) {
      if (r.treatment().isPresent()) {
        t.add(r);
      }
    }
    return t;
  }

  private static Set<RiskLevel> acceptableLevelsOf(Isms isms) {
    Set<RiskLevel> acc = new HashSet<>();
    isms.riskCriteria().ifPresent(c -> {
      for (RiskLevel l : c.levels()) {
        if (c.acceptable(l)) {
          acc.add(l);
        }
      }
    });
    return acc;
  }

  private static Optional<ManagementReview> latestReviewOf(List<ManagementReview> reviews, LocalDate asOf) {
    ManagementReview latest = null;
    for (ManagementReview r : reviews) {
      if (!r.heldOn().isAfter(asOf) && (latest == null || r.heldOn().isAfter(latest.heldOn()))) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static List<Requirement> allRequirements(Isms isms) {
    List<Requirement> all = new ArrayList<>();
    isms.interestedParties().forEach(p -> all.addAll(p.requirements()));
    return all;
  }

  /**
   * The mandatory items {@code d} is: its {@link DocumentedInformation#satisfies()}, which is
   * authoritative; a document that declares none is taken by its {@link
   * DocumentedInformation#clauses()} for each clause that requires exactly one mandatory item (a
   * document tagged 6.1.3 alone is none of that clause's three items).
   */
  static Set<MandatoryDocument> itemsOf(DocumentedInformation d) {
    if (!d.satisfies().isEmpty()) {
      return d.satisfies();
    }
    Set<MandatoryDocument> s = EnumSet.noneOf(MandatoryDocument.class);
    for (ClauseId c : d.clauses()) {
      List<MandatoryDocument> items = MandatoryDocument.forClause(c);
      if (items.size() == 1) {
        s.add(items.get(0));
      }
    }
    return s;
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
    return Optional.ofNullable(risks.get().get(id));
  }

  /** The risks naming asset {@code id} itself. The map is built on first use. */
  public List<Risk> risksOf(AssetId id) {
    return list(risksByAsset.get(), id);
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

  /** The awareness topics {@code person} is recorded as having covered, by any record at any date. */
  public Set<AwarenessTopic> awareness(PersonId person) {
    Set<AwarenessTopic> s = EnumSet.noneOf(AwarenessTopic.class);
    for (AwarenessRecord r : awarenessRecords(person)) {
      s.addAll(r.topics());
    }
    return Collections.unmodifiableSet(s);
  }

  /** The awareness records of {@code person}, in the order of the ISMS. */
  public List<AwarenessRecord> awarenessRecords(PersonId person) {
    return list(awareness, person);
  }

  /** The measurements of {@code metric}. */
  public List<Measurement> measurements(MetricId metric) {
    return list(measurements, metric);
  }

  /** The audits whose scope names exactly {@code clause}. */
  public List<InternalAudit> auditsOf(ClauseId clause) {
    return list(auditsByClause.get(), clause);
  }

  /** The audits whose scope names {@code control}. */
  public List<InternalAudit> auditsOf(ControlId control) {
    return list(auditsByControl.get(), control);
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
    return list(documentsByClause.get(), clause);
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

  /**
   * The items of documented information that are the mandatory item {@code item}: those whose
   * {@link DocumentedInformation#satisfies()} names it — the authoritative link — and those that
   * declare no {@code satisfies} but serve {@code item}'s clause when that clause requires exactly
   * one mandatory item. Obsolete items included.
   */
  public List<DocumentedInformation> documentsFor(MandatoryDocument item) {
    return list(documentsByItem.get(), item);
  }

  /** {@link #documentsFor(MandatoryDocument)} without the obsolete items. */
  public List<DocumentedInformation> currentDocumentsFor(MandatoryDocument item) {
    List<DocumentedInformation> out = new ArrayList<>();
    for (DocumentedInformation d : documentsFor(item)) {
      if (d.status() != DocumentStatus.OBSOLETE) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * The mandatory items of documented information (every {@link MandatoryDocument} but the
   * organization-defined one) that have no current item, in declaration order.
   */
  public List<MandatoryDocument> missingMandatoryDocuments() {
    List<MandatoryDocument> out = new ArrayList<>();
    for (MandatoryDocument m : MandatoryDocument.values()) {
      if (m.kind() != DocumentedInformationKind.ORGANIZATION_DEFINED && currentDocumentsFor(m).isEmpty()) {
        out.add(m);
      }
    }
    return out;
  }

  /** The requirements of interested parties that name {@code control}. */
  public List<Requirement> requirementsOf(ControlId control) {
    return list(requirementsByControl.get(), control);
  }

  /** The management review held last on or before the as-of date, if any. */
  public Optional<ManagementReview> latestReview() {
    return latestReview;
  }
}
