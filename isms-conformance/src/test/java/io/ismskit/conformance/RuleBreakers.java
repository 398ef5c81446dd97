package io.ismskit.conformance;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * One {@link RuleBreaker} per built-in rule: a function that takes a conformant ISMS (from {@link
 * ConformantIsms}) and breaks exactly the requirement of that rule, keeping the model valid, and
 * names the entities the rule must report. (Not to be confused with the testkit's breakers of
 * model validity behind {@code InvalidIsmsGens}: those break the model, these break a requirement.)
 */
final class RuleBreakers {
  private RuleBreakers() {}

  /** A broken model and the entities the rule must name. */
  record Broken(Isms isms, Set<EntityRef> expected) {}

  /** Breaks one requirement of a conformant model. */
  @FunctionalInterface
  interface RuleBreaker {
    Broken apply(Isms isms, RandomGenerator random);
  }

  static final LocalDate A = ConformantIsms.AS_OF;

  /** The supplier controls 8.1 needs applicable while the scope names an outsourced interface. */
  static final List<ControlId> SUPPLIER_CONTROLS = List.of(ControlId.of("A.5.19"), ControlId.of("A.5.22"));

  static Set<EntityRef> refs(Object... ids) {
    Set<EntityRef> s = new java.util.LinkedHashSet<>();
    for (Object o : ids) {
      s.add(o instanceof EntityRef e ? e : EntityRef.of((EntityId) o));
    }
    return s;
  }

  /** Picks a random element of {@code items} satisfying {@code p}. */
  static <T> T pick(List<T> items, Predicate<? super T> p, RandomGenerator r) {
    List<T> ok = items.stream().filter(p).toList();
    if (ok.isEmpty()) {
      throw new IllegalStateException("no candidate to break");
    }
    return ok.get(r.nextInt(ok.size()));
  }

  /** {@code items} with {@code target} (by identity) replaced by {@code f(target)}. */
  static <T> List<T> replace(List<T> items, T target, UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(t == target ? f.apply(t) : t);
    }
    return out;
  }

  static boolean treated(Risk r) {
    return r.treatment().isPresent();
  }

  static StatementOfApplicability soa(Isms i) {
    return i.statementOfApplicability().orElseThrow();
  }

  static Isms withSoaEntries(Isms i, List<SoaEntry> entries) {
    return i.withStatementOfApplicability(soa(i).withEntries(entries));
  }

  static Set<ControlId> treatmentControls(Isms i) {
    Set<ControlId> s = new java.util.HashSet<>();
    for (Risk r : i.risks()) {
      r.treatment().ifPresent(t -> {
        s.addAll(t.controls());
        t.actions().forEach(a -> a.control().ifPresent(s::add));
      });
    }
    return s;
  }

  static Set<ControlId> requirementControls(Isms i) {
    Set<ControlId> s = new java.util.HashSet<>();
    i.interestedParties().forEach(p -> p.requirements().forEach(q -> s.addAll(q.controls())));
    return s;
  }

  static ManagementReview latestReview(Isms i) {
    return i.managementReviews().stream().max(java.util.Comparator.comparing(ManagementReview::heldOn)).orElseThrow();
  }

  static Isms withReview(Isms i, UnaryOperator<ManagementReview> f) {
    return i.withManagementReviews(replace(i.managementReviews(), latestReview(i), f));
  }

  static InternalAudit audit(Isms i, String id) {
    return i.audits().stream().filter(a -> a.id().equals(AuditId.of(id))).findFirst().orElseThrow();
  }

  static Risk reassessed(Risk r, LocalDate on) {
    Risk x = r.withInherent(r.inherent().orElseThrow()
        .withAssessedOn(on));
    if (r.residual().isPresent()) {
      x = x.withResidual(r.residual().get().withAssessedOn(on.plusDays(1)));
    }
    return x;
  }

  static Set<AssetId> significantChangeAssets(Isms i) {
    Set<AssetId> s = new java.util.HashSet<>();
    for (PlannedChange c : i.changes()) {
      if (c.significant()) {
        s.addAll(c.assets());
      }
    }
    return s;
  }

  /** The breakers, by rule id. */
  static Map<String, RuleBreaker> all() {
    Map<String, RuleBreaker> m = new LinkedHashMap<>();
    m.put("4.1-issues", (i, r) -> {
      var issue = pick(i.contextIssues(), x -> true, r);
      return new Broken(i.withContextIssues(replace(i.contextIssues(), issue,
          x -> x.withLastReviewed(A.minusDays(500)))), refs(issue.id()));
    });
    m.put("4.1-climate", (i, r) -> new Broken(i.withClimateChangeDecision(i.climateChangeDecision().orElseThrow().withIssues(List.of())),
        refs(EntityRef.of("ClimateChangeDecision", "-"))));
    m.put("4.2-parties", (i, r) -> {
      InterestedParty p = InterestedParty.builder().id(InterestedPartyId.of("IP-NEW")).name("Neighbours")
          .kind(PartyKind.PUBLIC).lastReviewed(A.minusDays(10)).build();
      List<InterestedParty> ps = new ArrayList<>(i.interestedParties());
      ps.add(r.nextInt(ps.size() + 1), p);
      return new Broken(i.withInterestedParties(ps), refs(p.id()));
    });
    m.put("4.2-requirements", (i, r) -> {
      InterestedParty p = pick(i.interestedParties(), x -> !x.requirements().isEmpty(), r);
      Requirement q = pick(p.requirements(), x -> true, r);
      InterestedParty p2 = p.withRequirements(replace(p.requirements(), q,
          x -> x.withAddressedByIsms(Optional.empty())));
      return new Broken(i.withInterestedParties(replace(i.interestedParties(), p, x -> p2)), refs(q.id()));
    });
    m.put("4.3-scope", (i, r) -> {
      Scope s = i.scope().orElseThrow();
      return new Broken(i.withScope(r.nextBoolean() ? s.withDocument(Optional.empty())
          : s.withConsideredIssues(List.of())), refs(EntityRef.of("Scope", "-")));
    });
    m.put("4.4-processes", (i, r) -> {
      IsmsProcess p = pick(i.processes(), x -> true, r);
      return new Broken(i.withProcesses(replace(i.processes(), p, x -> x
          .withInputs(List.of()).withOutputs(List.of()).withInteractsWith(List.of()))), refs(p.id()));
    });
    m.put("5.1-top-management", (i, r) -> {
      var res = pick(i.resources(), x -> x.approval().isPresent(), r);
      PersonId notTop = pick(i.people(), x -> !x.topManagement(), r).id();
      return new Broken(i.withResources(replace(i.resources(), res, x -> x
          .withApproval(x.approval().orElseThrow().withBy(notTop)))), refs(res.id()));
    });
    m.put("5.2-policy", (i, r) -> {
      Policy p = pick(i.policies(), x -> x.kind() == PolicyKind.INFORMATION_SECURITY, r);
      UnaryOperator<Policy> f = switch (r.nextInt(3)) {
        case 0 -> x -> x.withCommitsToContinualImprovement(false);
        case 1 -> x -> x.withCommitsToRequirements(false);
        default -> x -> x.withIncludesObjectivesFramework(false);
      };
      return new Broken(i.withPolicies(replace(i.policies(), p, f)), refs(p.id()));
    });
    m.put("5.2-policy-communication", (i, r) -> {
      Policy p = pick(i.policies(), x -> x.kind() == PolicyKind.INFORMATION_SECURITY, r);
      return new Broken(i.withPolicies(replace(i.policies(), p, x -> x
          .withCommunicatedOn(Optional.empty()))), refs(p.id()));
    });
    m.put("5.2-policy-review", (i, r) -> {
      Policy p = pick(i.policies(), x -> true, r);
      return new Broken(i.withPolicies(replace(i.policies(), p, x -> x
          .withApproval(x.approval().orElseThrow().withOn(A.minusDays(800))).withLastReviewed(A.minusDays(400)).withCommunicatedOn(A.minusDays(700)))),
          refs(p.id()));
    });
    m.put("5.3-duties", (i, r) -> {
      RoleAssignment a = pick(i.roleAssignments(), x -> x.role().equals(RoleId.of("R-CISO")), r);
      if (r.nextBoolean()) {
        return new Broken(i.withRoleAssignments(replace(i.roleAssignments(), a, x -> x
            .withValidUntil(A.minusDays(1)))), refs(a.role()));
      }
      RoleAssignment b = pick(i.roleAssignments(), x -> true, r);
      return new Broken(i.withRoleAssignments(replace(i.roleAssignments(), b, x -> x
          .withCommunicatedOn(Optional.empty()))),
          refs(EntityRef.of("RoleAssignment", b.role().value() + "@" + b.person().value())));
    });
    m.put("6.1.1-risks-opportunities", (i, r) -> {
      var o = pick(i.risksAndOpportunities(), x -> true, r);
      return new Broken(i.withRisksAndOpportunities(replace(i.risksAndOpportunities(), o,
          x -> x.withIssues(List.of()).withRequirements(List.of()))),
          refs(o.id()));
    });
    m.put("6.1.2-criteria", (i, r) -> {
      var c = i.riskCriteria().orElseThrow();
      return new Broken(i.withRiskCriteria(c.withMethodology(Optional.empty())),
          refs(EntityRef.of("RiskCriteria", c.version())));
    });
    m.put("6.1.2-asset-coverage", (i, r) -> {
      Asset a = Asset.builder().id(AssetId.of("A-NEW-" + r.nextInt(100))).name("Forgotten laptop")
          .type(AssetType.HARDWARE).owner(i.people().get(0).id()).classification(Classification.INTERNAL)
          .value(CiaValue.of(2, 2, 2)).build();
      List<Asset> as = new ArrayList<>(i.assets());
      as.add(r.nextInt(as.size() + 1), a);
      return new Broken(i.withAssets(as), refs(a.id()));
    });
    m.put("6.1.2-risk-analysis", (i, r) -> {
      Risk k = pick(i.risks(), x -> true, r);
      UnaryOperator<Risk> f = r.nextBoolean() ? x -> x.withDecision(Optional.empty())
          : x -> x.withInherent(x.inherent().orElseThrow()
              .withCriteriaVersion("RC-1"));
      return new Broken(i.withRisks(replace(i.risks(), k, f)), refs(k.id()));
    });
    m.put("6.1.3-treatment", (i, r) -> {
      Risk k = pick(i.risks(), RuleBreakers::treated, r);
      UnaryOperator<Risk> f;
      if (r.nextBoolean()) {
        f = x -> x.withTreatment(Optional.empty());
      } else {
        PersonId other = pick(i.people(), p -> !p.id().equals(k.owner()), r).id();
        f = x -> x.withTreatment(x.treatment().orElseThrow()
            .withPlanApproval(x.treatment().orElseThrow().planApproval().orElseThrow().withBy(other)));
      }
      return new Broken(i.withRisks(replace(i.risks(), k, f)), refs(k.id()));
    });
    m.put("6.1.3-residual", (i, r) -> {
      Risk k = pick(i.risks(), RuleBreakers::treated, r);
      UnaryOperator<Risk> f = r.nextBoolean() ? x -> x.withAcceptance(Optional.empty())
          : x -> x.withResidual(Optional.empty());
      return new Broken(i.withRisks(replace(i.risks(), k, f)), refs(k.id()));
    });
    m.put("6.1.3-soa", (i, r) -> new Broken(i.withStatementOfApplicability(soa(i).withAnnexAComparedOn(Optional.empty())),
        refs(EntityRef.of("StatementOfApplicability", soa(i).version()))));
    m.put("6.1.3-soa-complete", (i, r) -> {
      SoaEntry e = pick(soa(i).entries(), x -> !x.applicable(), r);
      List<SoaEntry> es = new ArrayList<>(soa(i).entries());
      es.remove(e);
      return new Broken(withSoaEntries(i, es), refs(e.control()));
    });
    m.put("6.1.3-soa-exclusions", (i, r) -> {
      SoaEntry e = pick(soa(i).entries(), x -> !x.applicable(), r);
      return new Broken(withSoaEntries(i, replace(soa(i).entries(), e, x -> x
          .withJustification(Optional.empty()))), refs(e.control()));
    });
    m.put("6.1.3-soa-inclusions", (i, r) -> {
      SoaEntry e = pick(soa(i).entries(), SoaEntry::applicable, r);
      return new Broken(withSoaEntries(i, replace(soa(i).entries(), e, x -> x
          .withImplementationStatus(Optional.empty()))), refs(e.control()));
    });
    m.put("6.1.3-soa-treatment-controls", (i, r) -> {
      Set<ControlId> used = treatmentControls(i);
      Set<ControlId> req = requirementControls(i);
      SoaEntry e = pick(soa(i).entries(), x -> used.contains(x.control()) && !req.contains(x.control())
          && !SUPPLIER_CONTROLS.contains(x.control()), r);
      Risk relying = pick(i.risks(), k -> k.treatment().map(t -> t.controls().contains(e.control())
          || t.actions().stream().anyMatch(a -> a.control().equals(Optional.of(e.control())))).orElse(false), r);
      return new Broken(withSoaEntries(i, replace(soa(i).entries(), e, x -> x
          .withApplicable(false).withReasons(Set.of()).withImplementationStatus(Optional.empty())
          .withJustification("Not needed"))), refs(e.control(), relying.id()));
    });
    m.put("6.1.3-soa-requirement-controls", (i, r) -> {
      SoaEntry e = pick(soa(i).entries(), x -> !x.applicable(), r);
      InterestedParty p = pick(i.interestedParties(), x -> x.requirements().stream()
          .anyMatch(q -> q.type().binding()), r);
      Requirement q = pick(p.requirements(), x -> x.type().binding(), r);
      InterestedParty p2 = p.withRequirements(replace(p.requirements(), q,
          x -> x.withControls(concat(x.controls(), e.control()))));
      return new Broken(i.withInterestedParties(replace(i.interestedParties(), p, x -> p2)),
          refs(e.control(), q.id()));
    });
    m.put("6.1.3-soa-version", (i, r) -> {
      // the SoA line of one of a plan's controls changes after the plan was approved
      Risk k = pick(i.risks(), x -> treated(x) && x.treatment().get().planApproval().isPresent(), r);
      ControlId c = k.treatment().orElseThrow().controls().get(0);
      SoaEntry e = i.soaEntry(c).orElseThrow();
      Isms changed = withSoaEntries(i, replace(soa(i).entries(), e, x -> x.withLastReviewed(A.minusDays(1))));
      return new Broken(changed.withRisk(k.withTreatment(k.treatment().orElseThrow().withSoaVersion("SOA-1"))),
          refs(k.id()));
    });
    m.put("6.2-objectives", (i, r) -> {
      var o = pick(i.objectives(), x -> true, r);
      UnaryOperator<io.ismskit.core.governance.Objective> f = r.nextBoolean()
          ? x -> x.withMetric(Optional.empty())
          : x -> x.withDueDate(A.minusDays(3));
      return new Broken(i.withObjectives(replace(i.objectives(), o, f)), refs(o.id()));
    });
    m.put("6.3-changes", (i, r) -> {
      PlannedChange c = pick(i.changes(), x -> !x.significant(), r);
      return new Broken(i.withChanges(replace(i.changes(), c, x -> x
          .withCompletedOn(x.approval().orElseThrow().on().minusDays(1)))), refs(c.id()));
    });
    m.put("7.1-resources", (i, r) -> {
      var res = pick(i.resources(), x -> true, r);
      return new Broken(i.withResources(replace(i.resources(), res, x -> ResourceAllocation.builder().id(x.id())
          .kind(x.kind()).description(x.description()).amount(x.amount()).build())), refs(res.id()));
    });
    m.put("7.2-competence", (i, r) -> {
      CompetenceRecord c = pick(i.competenceRecords(), x -> !x.gapAction(), r);
      return new Broken(i.withCompetenceRecords(replace(i.competenceRecords(), c, x -> x.withValidUntil(A.minusDays(1)))), refs(c.person()));
    });
    m.put("7.3-awareness", (i, r) -> {
      AwarenessRecord a = pick(i.awarenessRecords(), x -> true, r);
      AwarenessTopic keep = List.of(AwarenessTopic.values()).get(r.nextInt(3));
      return new Broken(i.withAwarenessRecords(replace(i.awarenessRecords(), a, x -> x.withTopics(EnumSet.of(keep)))), refs(a.person()));
    });
    m.put("7.4-communication", (i, r) -> {
      var c = pick(i.communications(), x -> x.frequency().isPresent(), r);
      return new Broken(i.withCommunications(replace(i.communications(), c, x -> x
          .withLastPerformed(A.minusDays(200)))), refs(c.id()));
    });
    m.put("7.5.1-mandatory-documents", (i, r) -> {
      DocumentedInformation d = pick(i.documents(), x -> x.kind() == DocumentKind.RETAINED && !x.satisfies().isEmpty(), r);
      return new Broken(i.withDocuments(replace(i.documents(), d, x -> x
          .withStatus(DocumentStatus.OBSOLETE))),
          refs(EntityRef.of("MandatoryDocument", d.satisfies().iterator().next().name())));
    });
    m.put("7.5.2-approval", (i, r) -> {
      DocumentedInformation d = pick(i.documents(), x -> x.kind() == DocumentKind.MAINTAINED && !x.externalOrigin(), r);
      return new Broken(i.withDocuments(replace(i.documents(), d, x -> x
          .withStatus(DocumentStatus.DRAFT))), refs(d.id()));
    });
    m.put("7.5.2-review", (i, r) -> {
      DocumentedInformation d = pick(i.documents(), x -> x.kind() == DocumentKind.MAINTAINED && !x.externalOrigin(), r);
      return new Broken(i.withDocuments(replace(i.documents(), d, x -> x
          .withReviewedBy(Optional.empty()))), refs(d.id()));
    });
    m.put("7.5.3-control", (i, r) -> {
      DocumentedInformation d = pick(i.documents(), x -> x.kind() == DocumentKind.RETAINED, r);
      return new Broken(i.withDocuments(replace(i.documents(), d, x -> x
          .withRetention(Optional.empty()))), refs(d.id()));
    });
    m.put("8.1-operational-control", (i, r) -> {
      IsmsProcess p = pick(i.processes(), x -> true, r);
      return new Broken(i.withProcesses(replace(i.processes(), p, x -> x
          .withOperatingCriteria(List.of()))), refs(p.id()));
    });
    m.put("8.2-assessment-interval", (i, r) -> {
      Set<AssetId> changed = significantChangeAssets(i);
      Risk k = pick(i.risks(), x -> x.assets().stream().noneMatch(changed::contains), r);
      return new Broken(i.withRisks(replace(i.risks(), k, x -> reassessed(x, A.minusDays(400)))), refs(k.id()));
    });
    m.put("8.2-significant-change", (i, r) -> {
      Set<AssetId> changed = significantChangeAssets(i);
      Risk k = pick(i.risks(), x -> x.assets().stream().anyMatch(changed::contains), r);
      return new Broken(i.withRisks(replace(i.risks(), k, x -> reassessed(x, A.minusDays(120)))),
          refs(k.id(), ConformantIsms.SIGNIFICANT_CHANGE));
    });
    m.put("8.3-treatment-plan", (i, r) -> {
      Risk k = pick(i.risks(), x -> treated(x) && !x.treatment().get().actions().isEmpty(), r);
      return new Broken(i.withRisks(replace(i.risks(), k, x -> {
        Treatment t = x.treatment().orElseThrow();
        TreatmentAction a = t.actions().get(0);
        TreatmentAction late = TreatmentAction.builder().description(a.description()).control(a.control())
            .owner(a.owner()).dueDate(A.minusDays(10)).progress(ActionProgress.inProgress()).build();
        return x.withTreatment(t
            .withActions(replace(t.actions(), a, y -> late)));
      })), refs(k.id()));
    });
    m.put("8.3-soa-status", (i, r) -> {
      SoaEntry e = pick(soa(i).entries(),
          x -> x.applicable() && x.implementationStatus().equals(Optional.of(ImplementationStatus.IMPLEMENTED)), r);
      ControlImplementation record = ControlImplementation.builder().control(e.control())
          .status(ImplementationStatus.PARTIALLY_IMPLEMENTED).owner(e.owner().orElseThrow()).build();
      return new Broken(i.withControlImplementations(
          java.util.stream.Stream.concat(i.controlImplementations().stream(), java.util.stream.Stream.of(record))
              .toList()), refs(e.control()));
    });
    m.put("9.1-monitoring", (i, r) -> {
      Measurement latest = pick(i.measurements(), x -> x.measuredOn().isAfter(A.minusDays(60)), r);
      MetricId metric = latest.metric();
      List<Measurement> ms = new ArrayList<>(i.measurements());
      ms.remove(latest);
      // the evidence of the removed measurement goes with it (EvidenceItem.measurements must resolve)
      List<io.ismskit.core.evidence.EvidenceItem> ev = new ArrayList<>();
      for (var e : i.evidenceItems()) {
        ev.add(e.measurements().contains(latest.id())
            ? e.withMeasurements(e.measurements().stream().filter(x -> !x.equals(latest.id())).toList())
            : e);
      }
      return new Broken(i.withMeasurements(ms).withEvidenceItems(ev), refs(metric));
    });
    m.put("9.2.1-internal-audit", (i, r) -> {
      InternalAudit a = audit(i, "AU-3");
      return new Broken(i.withAudits(replace(i.audits(), a, x -> x
          .withPlannedOn(A.minusDays(5)))), refs(a.id()));
    });
    m.put("9.2.2-programme-coverage", (i, r) -> {
      InternalAudit a = audit(i, "AU-3");
      ControlId c = a.controls().get(r.nextInt(a.controls().size()));
      Isms out = i;
      for (String id : List.of("AU-2", "AU-3")) {
        InternalAudit x = audit(out, id);
        List<ControlId> cs = new ArrayList<>(x.controls());
        cs.remove(c);
        out = out.withAudit(x.withControls(cs));
      }
      return new Broken(out, refs(c));
    });
    m.put("9.2.2-impartiality", (i, r) -> {
      InternalAudit a = pick(i.audits(), x -> true, r);
      PersonId auditor = a.auditors().get(0);
      return new Broken(i.withAudits(replace(i.audits(), a, x -> x
          .withAuditees(concat(x.auditees(), auditor)))), refs(a.id(), auditor));
    });
    m.put("9.2.2-reporting", (i, r) -> {
      InternalAudit a = pick(i.audits(), x -> x.progress().status() == AuditStatus.REPORTED, r);
      UnaryOperator<InternalAudit> f = r.nextBoolean()
          ? x -> x.withProgress(AuditProgress.performed(x.progress().performedOn().orElseThrow()))
          : x -> x.withReportedTo(List.of());
      return new Broken(i.withAudits(replace(i.audits(), a, f)), refs(a.id()));
    });
    m.put("9.3.1-management-review", (i, r) -> {
      ManagementReview mr = latestReview(i);
      List<PersonId> notTop = new ArrayList<>();
      for (PersonId p : mr.attendees()) {
        if (i.people().stream().noneMatch(x -> x.id().equals(p) && x.topManagement())) {
          notTop.add(p);
        }
      }
      return new Broken(withReview(i, x -> x.withAttendees(notTop)),
          refs(mr.id()));
    });
    m.put("9.3.2-review-inputs", (i, r) -> {
      ManagementReview mr = latestReview(i);
      Set<ReviewInput> in = EnumSet.copyOf(mr.inputs());
      in.remove(List.of(ReviewInput.values()).get(r.nextInt(ReviewInput.values().length)));
      return new Broken(withReview(i, x -> x.withInputs(in)), refs(mr.id()));
    });
    m.put("9.3.3-review-outputs", (i, r) -> {
      ManagementReview mr = latestReview(i);
      return new Broken(withReview(i, x -> x.withMinutes(Optional.empty())),
          refs(mr.id()));
    });
    m.put("10.1-improvement", (i, r) -> {
      var imp = pick(i.improvements(), x -> x.progress().status() == ActionStatus.DONE, r);
      return new Broken(i.withImprovements(replace(i.improvements(), imp, x -> x
          .withOutcome(Optional.empty()))), refs(imp.id()));
    });
    m.put("10.2-nonconformity-handling", (i, r) -> {
      NonconformityId nc = NonconformityId.of("NC-1");
      CorrectiveAction ca = pick(i.correctiveActions(), x -> x.nonconformity().equals(nc), r);
      EffectivenessReview er = ca.effectivenessReview().orElseThrow();
      return new Broken(i.withCorrectiveActions(replace(i.correctiveActions(), ca, x -> x.withEffectivenessReview(er.withEffective(false).withNotes("Recurred")))),
          refs(nc));
    });
    m.put("10.2-overdue", (i, r) -> {
      var nc = pick(i.nonconformities(), x -> !x.closed(), r);
      return new Broken(i.withNonconformities(replace(i.nonconformities(), nc, x -> x
          .withDueDate(A.minusDays(5)))), refs(nc.id()));
    });
    // ------------------------------------------------------------------ issue 12 item 5 (SampledRules)
    m.put("6.1.2-method", (i, r) -> {
      Risk k = pick(i.risks(), x -> x.inherent().isPresent() && x.inherent().get().likelihood().isPresent(), r);
      return new Broken(i.withRisks(replace(i.risks(), k, x -> x.withInherent(x.inherent().get()
          .withLikelihood(Optional.empty())))), refs(k.id()));
    });
    m.put("6.1.3-acceptance", (i, r) -> {
      Risk k = pick(i.risks(), x -> x.acceptance().isPresent(), r);
      return new Broken(i.withRisks(replace(i.risks(), k, x -> x.withAcceptance(x.acceptance().get()
          .withValidUntil(A.minusDays(1))))), refs(k.id()));
    });
    m.put("7.2-roles", (i, r) -> {
      Set<io.ismskit.core.id.RoleId> held = new java.util.HashSet<>();
      for (var a : i.roleAssignments()) {
        if (!a.validFrom().isAfter(A) && a.validUntil().map(u -> !u.isBefore(A)).orElse(true)
            && !i.person(a.person()).orElseThrow().topManagement()) {
          held.add(a.role());
        }
      }
      var role = pick(i.roles(), x -> held.contains(x.id()) && !x.topManagement(), r);
      return new Broken(i.withRoles(replace(i.roles(), role, x -> x.withCompetencesDeterminedOn(Optional.empty()))),
          refs(role.id()));
    });
    m.put("9.2.2-audit-criteria", (i, r) -> {
      InternalAudit a = audit(i, "AU-" + (1 + r.nextInt(2)));
      return new Broken(i.withAudits(replace(i.audits(), a, x -> x.withScope(Optional.empty()))), refs(a.id()));
    });
    m.put("9.2.2-programme-basis", (i, r) -> {
      var p = i.auditProgrammes().get(0);
      return new Broken(i.withAuditProgrammes(replace(i.auditProgrammes(), p, x -> x.withRiskBasis(Optional.empty()))),
          refs(p.id()));
    });
    m.put("10.2-audit-nonconformities", (i, r) -> {
      var f = io.ismskit.core.assurance.AuditFinding.builder().id(io.ismskit.core.id.FindingId.of("F-BRK"))
          .audit(io.ismskit.core.id.AuditId.of("AU-2")).type(io.ismskit.core.assurance.FindingType.MINOR_NONCONFORMITY)
          .description("Access review not evidenced").build();
      List<io.ismskit.core.assurance.AuditFinding> fs = new ArrayList<>(i.findings());
      fs.add(f);
      return new Broken(i.withFindings(fs), refs(f.id()));
    });
    m.put("9.3.2-follow-up", (i, r) -> {
      var mr = i.managementReviews().stream().min(java.util.Comparator.comparing(x -> x.heldOn())).orElseThrow();
      return new Broken(i.withManagementReviews(replace(i.managementReviews(), mr, x -> x.withDecisions(
          x.decisions().stream().map(d -> d.withFollowedUpIn(List.of()).withFollowUp(Optional.empty())).toList()))),
          refs(mr.id()));
    });
    m.put("10.2-similar-and-changes", (i, r) -> {
      var nc = pick(i.nonconformities(), x -> x.rootCause().isPresent(), r);
      return new Broken(i.withNonconformities(replace(i.nonconformities(), nc, x -> x.withSimilarCheck(Optional.empty()))),
          refs(nc.id()));
    });
    m.put("4.2-currency", (i, r) -> {
      var p = pick(i.interestedParties(), x -> true, r);
      return new Broken(i.withInterestedParties(replace(i.interestedParties(), p, x -> x
          .withLastReviewed(A.minusDays(500)))), refs(p.id()));
    });
    m.put("5.2-policy-exceptions", (i, r) -> {
      var e = pick(i.policyExceptions(), x -> x.closedOn().isEmpty(), r);
      return new Broken(i.withPolicyExceptions(replace(i.policyExceptions(), e, x -> x.withApproval(Optional.empty()))),
          refs(e.id()));
    });
    m.put("8.1-control-evidence", (i, r) -> {
      var c = pick(soa(i).entries(), x -> x.applicable()
          && x.implementationStatus().equals(Optional.of(io.ismskit.core.control.ImplementationStatus.IMPLEMENTED)), r);
      List<io.ismskit.core.evidence.EvidenceItem> ev = new ArrayList<>();
      for (var e : i.evidenceItems()) {
        ev.add(e.withControlImplementations(e.controlImplementations().stream().filter(x -> !x.equals(c.control()))
            .toList()).withSoaEntries(e.soaEntries().stream().filter(x -> !x.equals(c.control())).toList()));
      }
      return new Broken(i.withEvidenceItems(ev), refs(c.control()));
    });
    m.put("A.5.24-incidents", (i, r) -> {
      var inc = pick(i.incidents(), x -> x.resolvedOn().isPresent(), r);
      return new Broken(i.withIncidents(replace(i.incidents(), inc, x -> x.withLessonsLearned(Optional.empty())
          .withLessonsReviewedOn(Optional.empty()))), refs(inc.id()));
    });
    m.put("A.5.19-suppliers", (i, r) -> {
      // a supplier of no cloud service: a cloud supplier's lapsed agreement breaks A.5.23-cloud-services too
      // (both findings are asserted in SampledRulesTest)
      var s = pick(i.suppliers(), x -> x.status() == io.ismskit.core.supplier.SupplierStatus.ACTIVE
          && !x.providesCloudService(), r);
      return new Broken(i.withSuppliers(replace(i.suppliers(), s, x -> x.withAgreements(x.agreements().stream()
          .map(a -> a.withValidUntil(A.minusDays(1))).toList()))), refs(s.id()));
    });
    m.put("A.5.23-cloud-services", (i, r) -> {
      var s = pick(i.suppliers(), x -> x.status() == io.ismskit.core.supplier.SupplierStatus.ACTIVE
          && x.providesCloudService(), r);
      return new Broken(i.withSupplier(s.withAgreements(s.agreements().stream()
          .map(a -> a.withExitProvision(Optional.empty())).toList())), refs(s.id()));
    });
    m.put("A.5.31-legal-register", (i, r) -> {
      var p = pick(i.interestedParties(), x -> x.requirements().stream().anyMatch(q -> q.compliance().isPresent()), r);
      var q = pick(p.requirements(), x -> x.compliance().isPresent(), r);
      return new Broken(i.withInterestedParty(p.withRequirement(q.withCompliance(
          io.ismskit.core.context.ComplianceEvaluation.of(io.ismskit.core.context.ComplianceStatus.NON_COMPLIANT,
              A.minusDays(10))))), refs(q.id()));
    });
    return m;
  }

  static <T> List<T> concat(List<T> l, T x) {
    List<T> out = new ArrayList<>(l);
    out.add(x);
    return out;
  }

}
