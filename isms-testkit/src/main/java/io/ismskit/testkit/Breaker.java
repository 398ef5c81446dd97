package io.ismskit.testkit;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.core.risk.Vulnerability;
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
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

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
        World w = withRoles(Pool.of(List.of(missing)));
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
        World w = with(world, Pool.of(List.of(missing)), null, null, null);
        isms = isms.withMeasurements(insert(isms.measurements(), ModelFactory.measurement(r, w, id)));
        yield dangling("Measurement", id, "metric");
      }
      case DANGLING_AUDIT_PROGRAMME -> {
        AuditId id = AuditId.of(fresh(Ids.AUDIT, isms.audits(), InternalAudit::id));
        List<AuditProgrammeId> known = new ArrayList<>();
        isms.auditProgrammes().forEach(p -> known.add(p.id()));
        AuditProgrammeId missing = AuditProgrammeId.of(missing(Ids.PROGRAMME, known, p -> p));
        World w = with(world, null, Pool.of(List.of(missing)), null, null);
        isms = isms.withAudits(insert(isms.audits(), ModelFactory.internalAudit(r, w, id)));
        yield dangling("InternalAudit", id, "programme");
      }
      case DANGLING_FINDING_AUDIT -> {
        FindingId id = FindingId.of(fresh(Ids.FINDING, isms.findings(), AuditFinding::id));
        AuditId missing = AuditId.of(missing(Ids.AUDIT, isms.audits(), InternalAudit::id));
        World w = with(world, null, null, Pool.of(List.of(missing)), null);
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
        World w = with(world, null, null, null, Pool.of(List.of(missing)));
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
    };
    return new InvalidIsms(isms, expected);
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

  private World withRoles(Pool<RoleId> roles) {
    World w = world;
    return new World(w.people(), roles, w.issues(), w.parties(), w.requirements(), w.processes(),
        w.policies(), w.objectives(), w.resources(), w.documents(), w.assets(), w.inScopeAssets(),
        w.threats(), w.vulnerabilities(), w.risks(), w.controls(), w.metrics(), w.programmes(),
        w.audits(), w.findings(), w.nonconformities(), w.changes(), w.improvements(), w.incidents(),
        w.listMax());
  }

  /** {@code w} with the given pools replaced where not null. */
  private static World with(
      World w,
      @Nullable Pool<MetricId> metrics,
      @Nullable Pool<AuditProgrammeId> programmes,
      @Nullable Pool<AuditId> audits,
      @Nullable Pool<NonconformityId> nonconformities) {
    return new World(w.people(), w.roles(), w.issues(), w.parties(), w.requirements(), w.processes(),
        w.policies(), w.objectives(), w.resources(), w.documents(), w.assets(), w.inScopeAssets(),
        w.threats(), w.vulnerabilities(), w.risks(), w.controls(),
        metrics != null ? metrics : w.metrics(),
        programmes != null ? programmes : w.programmes(),
        audits != null ? audits : w.audits(),
        w.findings(),
        nonconformities != null ? nonconformities : w.nonconformities(),
        w.changes(), w.improvements(), w.incidents(), w.listMax());
  }
}
