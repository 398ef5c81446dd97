package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static io.ismskit.conformance.RuleTesting.plus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.ObjectiveStatus;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.OpportunityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskApproach;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 6 (the risk method and acceptance rules added for issue 12 item 5
 * are in {@link SampledRulesTest}), each with a conformant case, a breaking case made by a minimal
 * edit, and the exact finding; for the corrected ones, the case the misreading failed and the
 * corrected rule passes; for the rules that grade by extent, an isolated lapse (minor) and a
 * systematic failure (major).
 */
class PlanningRulesTest {
  static final PersonId CISO = PersonId.of("P-CISO");
  static final Isms EMPTY = ContextRulesTest.EMPTY;

  static Risk firstRisk(Predicate<Risk> p) {
    return BASE.risks().stream().filter(p).findFirst().orElseThrow();
  }

  static boolean treated(Risk r) {
    return r.treatment().isPresent();
  }

  static StatementOfApplicability soa(Isms i) {
    return i.statementOfApplicability().orElseThrow();
  }

  static Isms withEntry(Isms i, ControlId c, java.util.function.UnaryOperator<SoaEntry> f) {
    return i.withStatementOfApplicability(soa(i).withEntry(f.apply(soa(i).entry(c).orElseThrow())));
  }

  static SoaEntry excluded(SoaEntry e, String why) {
    return e.withApplicable(false).withReasons(Set.of()).withImplementationStatus(Optional.empty())
        .withOwner(Optional.empty()).withJustification(why);
  }

  /** The risks naming only {@code a}, moved to {@code to}. */
  static Isms moveRisks(Isms i, AssetId a, AssetId to) {
    return i.withRisks(map(i.risks(), r -> r.assets().equals(List.of(a)), r -> r.withAssets(List.of(to))));
  }

  // ---------------------------------------------------------------------------------------------- 6.1.1

  @Test
  void risksAndOpportunities() {
    conforms("6.1.1-risks-opportunities");
    // none recorded is a minor lapse, not a major (issue 12 item 3): 6.1.2 covers much of it
    Finding none = finding(BASE.withRisksAndOpportunities(List.of()), "6.1.1-risks-opportunities", "missing",
        Verdict.MINOR_NC, "6.1.1");
    assertThat(none.found()).isEqualTo("none recorded");
    var ro1 = BASE.riskOrOpportunity(OpportunityId.of("RO-1")).orElseThrow();
    var ro2 = BASE.riskOrOpportunity(OpportunityId.of("RO-2")).orElseThrow();
    assertThat(finding(BASE.withRiskOrOpportunity(ro1.withIssues(List.of())), "6.1.1-risks-opportunities",
        "untraced", Verdict.MINOR_NC, "6.1.1", ro1.id()).found())
        .isEqualTo("1 of 2 fail: RO-1 traces to no issue or requirement");
    finding(BASE.withRiskOrOpportunity(ro2.withEffectivenessEvaluation(Optional.empty())),
        "6.1.1-risks-opportunities", "evaluation", Verdict.MINOR_NC, "6.1.1", ro2.id());
    // neither traced: systematic
    Isms untraced = BASE.withRiskOrOpportunity(ro1.withIssues(List.of()))
        .withRiskOrOpportunity(ro2.withRequirements(List.of()));
    finding(untraced, "6.1.1-risks-opportunities", "untraced", Verdict.MAJOR_NC, "6.1.1", ro1.id(), ro2.id());
  }

  // ---------------------------------------------------------------------------------------------- 6.1.2

  @Test
  void criteria() {
    conforms("6.1.2-criteria");
    finding(EMPTY, "6.1.2-criteria", "missing", Verdict.MAJOR_NC, "6.1.2");
    var c = BASE.riskCriteria().orElseThrow();
    EntityRef ref = EntityRef.of("RiskCriteria", "RC-2");
    assertThat(finding(BASE.withRiskCriteria(c.withApproval(Optional.empty())), "6.1.2-criteria", "unapproved",
        Verdict.MINOR_NC, "6.1.2", ref).found()).isEqualTo("criteria RC-2 not approved");
    finding(BASE.withRiskCriteria(c.withMethodology(Optional.empty())), "6.1.2-criteria", "methodology",
        Verdict.MINOR_NC, "6.1.2", ref);
  }

  @Test
  void assetCoverage_conforms() {
    // the conformant model's criteria state asset-based identification
    assertThat(BASE.riskCriteria().orElseThrow().approaches()).containsExactly(RiskApproach.ASSET_BASED);
    conforms("6.1.2-asset-coverage");
  }

  @Test
  void assetCoverage_aRiskOnWhatTheAssetDependsOn_doesNotCoverIt() {
    // the misreading counted a risk on a supporting asset for the asset that depends on it
    Asset x = BASE.assets().stream().filter(a -> a.inScope() && !a.dependsOn().isEmpty()).findFirst().orElseThrow();
    AssetId supporting = x.dependsOn().get(0);
    Isms moved = moveRisks(BASE, x.id(), supporting);
    Finding f = finding(moved, "6.1.2-asset-coverage", "uncovered", Verdict.MINOR_NC, "6.1.2", x.id());
    assertThat(f.found()).isEqualTo("1 of 12 fail: asset " + x.id().value() + " (" + x.type()
        + ") has no assessed risk of its own");
    // nor does a risk on an asset that depends on it cover the supporting asset
    Isms up = moveRisks(BASE, supporting, x.id());
    finding(up, "6.1.2-asset-coverage", "uncovered", Verdict.MINOR_NC, "6.1.2", supporting);
  }

  @Test
  void assetCoverage_onlyAnAssessedRiskCovers() {
    Asset a = BASE.assets().get(0);
    Isms unassessed = BASE.withRisks(map(BASE.risks(), r -> r.assets().contains(a.id()),
        r -> r.withInherent(Optional.empty()).withResidual(Optional.empty()).withAcceptance(Optional.empty())));
    finding(unassessed, "6.1.2-asset-coverage", "uncovered", Verdict.MINOR_NC, "6.1.2", a.id());
  }

  /** {@code i} with risk criteria stating {@code approaches} (none: the criteria do not say). */
  static Isms withApproaches(Isms i, RiskApproach... approaches) {
    return i.withRiskCriteria(i.riskCriteria().orElseThrow().withApproaches(Set.of(approaches)));
  }

  /** {@code i} with every risk event-based, naming only the assets of the risks {@code keep} matches. */
  static Isms eventBased(Isms i, Predicate<Risk> keep) {
    return i.withRisks(map(i.risks(), r -> true, r -> r.withApproach(RiskApproach.EVENT_BASED)
        .withAssets(keep.test(r) ? r.assets() : List.of())
        .withRiskSources(List.of("Organised crime seeking ransom"))));
  }

  @Test
  void assetCoverage_honoursEventBasedIdentificationStatedByTheCriteria() {
    // issue 12 item 2: 27001:2022 allows event-based identification; the criteria say which is used
    Isms eventOnly = withApproaches(eventBased(BASE, r -> false), RiskApproach.EVENT_BASED);
    assertThat(notApplicable("6.1.2-asset-coverage", eventOnly).found())
        .isEqualTo("the risk criteria identify risks from events and scenarios, not from assets");
    // the criteria decide, whatever the register holds: asset-based risks in it do not make it apply
    notApplicable("6.1.2-asset-coverage", withApproaches(BASE, RiskApproach.EVENT_BASED));
  }

  @Test
  void assetCoverage_criteriaStatingAssets_needEveryAssetCoveredEvenByAnEventBasedRegister() {
    Asset a = BASE.assets().get(0);
    // every risk event-based, only those on asset a still naming it: the other assets are not covered
    Isms eventRegister = eventBased(BASE, r -> r.assets().contains(a.id()));
    Object[] uncovered = BASE.assets().stream().filter(x -> x.inScope() && !x.id().equals(a.id()))
        .map(Asset::id).toArray();
    for (Isms i : List.of(withApproaches(eventRegister, RiskApproach.ASSET_BASED),
        withApproaches(eventRegister, RiskApproach.ASSET_BASED, RiskApproach.EVENT_BASED))) {
      Finding f = finding(i, "6.1.2-asset-coverage", "uncovered", Verdict.MAJOR_NC, "6.1.2", uncovered);
      assertThat(f.found()).startsWith("11 of 12 fail: asset ");
    }
    // an event-based risk naming an asset covers it: both approaches together conform on the base register
    conforms("6.1.2-asset-coverage", withApproaches(BASE, RiskApproach.ASSET_BASED, RiskApproach.EVENT_BASED));
    conforms("6.1.2-asset-coverage", withApproaches(eventBased(BASE, r -> true), RiskApproach.ASSET_BASED));
    // one asset without a risk of its own under criteria stating both: an isolated lapse
    Asset x = BASE.assets().stream().filter(y -> y.inScope() && !y.dependsOn().isEmpty()).findFirst().orElseThrow();
    Isms oneUncovered = withApproaches(moveRisks(BASE, x.id(), x.dependsOn().get(0)), RiskApproach.ASSET_BASED,
        RiskApproach.EVENT_BASED);
    finding(oneUncovered, "6.1.2-asset-coverage", "uncovered", Verdict.MINOR_NC, "6.1.2", x.id());
  }

  @Test
  void assetCoverage_criteriaSilent_infersTheApproachFromTheRegister() {
    Isms silent = withApproaches(BASE);
    conforms("6.1.2-asset-coverage", silent);
    conforms("6.1.2-asset-coverage", BASE.withRiskCriteria(Optional.empty()));
    // no risk asset-based: identification is event-based and the rule does not apply
    Isms eventBased = eventBased(silent, r -> false);
    assertThat(notApplicable("6.1.2-asset-coverage", eventBased).found()).isEqualTo("risks are identified from "
        + "events and scenarios, not from assets (the risk criteria do not say, and no risk is asset-based)");
    // an event-based scenario may name the assets it affects without making identification asset-based
    Asset a = BASE.assets().get(0);
    Isms eventBasedNamingOneAsset = eventBased(silent, r -> r.assets().contains(a.id()));
    notApplicable("6.1.2-asset-coverage", eventBasedNamingOneAsset);
    // one asset-based risk in the register: assets are used, and every in-scope asset must be covered
    Risk first = eventBasedNamingOneAsset.risks().get(0);
    Isms mixed = eventBasedNamingOneAsset.withRisk(first.withApproach(RiskApproach.ASSET_BASED));
    assertThat(RuleTesting.verdicts("6.1.2-asset-coverage", mixed)).containsExactly(Verdict.MAJOR_NC);
  }

  @Test
  void assetCoverage_mostAssetsUncovered_isSystematic() {
    AssetId a0 = BASE.assets().get(0).id();
    Isms allOnOne = BASE.withRisks(map(BASE.risks(), r -> true, r -> r.withAssets(List.of(a0))));
    Object[] uncovered = BASE.assets().stream().filter(a -> a.inScope() && !a.id().equals(a0)).map(Asset::id)
        .toArray();
    Finding f = finding(allOnOne, "6.1.2-asset-coverage", "uncovered", Verdict.MAJOR_NC, "6.1.2", uncovered);
    assertThat(f.found()).startsWith("11 of 12 fail: ").endsWith("; and 1 more");
  }

  @Test
  void riskAnalysis() {
    conforms("6.1.2-risk-analysis");
    finding(EMPTY, "6.1.2-risk-analysis", "missing", Verdict.MAJOR_NC, "6.1.2");
    Risk r = BASE.risks().get(0);
    Isms oldCriteria = BASE.withRisk(r.withInherent(r.inherent().orElseThrow().withCriteriaVersion("RC-1")));
    assertThat(finding(oldCriteria, "6.1.2-risk-analysis", "incomplete", Verdict.MINOR_NC, "6.1.2", r.id())
        .found()).isEqualTo("1 of 24 fail: risk " + r.id().value()
        + ": assessed under criteria version RC-1, current is RC-2");
    assertThat(finding(BASE.withRisk(r.withAffects(Set.of())), "6.1.2-risk-analysis", "incomplete",
        Verdict.MINOR_NC, "6.1.2", r.id()).found()).endsWith(": no property at stake");
    assertThat(finding(BASE.withRisk(r.withDecision(Optional.empty())), "6.1.2-risk-analysis", "incomplete",
        Verdict.MINOR_NC, "6.1.2", r.id()).found()).endsWith(": not evaluated");
    Risk high = firstRisk(x -> x.inherent().get().level().equals(RiskLevel.of("High")));
    assertThat(finding(BASE.withRisk(high.withDecision(RiskDecision.ACCEPT)), "6.1.2-risk-analysis", "incomplete",
        Verdict.MINOR_NC, "6.1.2", high.id()).found())
        .endsWith(": accepted at level High above the acceptance level Medium");
    assertThat(finding(BASE.withRisk(high.withPriority(Optional.empty())), "6.1.2-risk-analysis", "incomplete",
        Verdict.MINOR_NC, "6.1.2", high.id()).found()).endsWith(": to be treated but has no priority");
  }

  @Test
  void riskAnalysis_aRegisterAssessedUnderOldCriteria_isSystematic() {
    Isms old = BASE.withRisks(map(BASE.risks(), r -> true,
        r -> r.withInherent(r.inherent().orElseThrow().withCriteriaVersion("RC-1"))));
    Finding f = finding(old, "6.1.2-risk-analysis", "incomplete", Verdict.MAJOR_NC, "6.1.2",
        BASE.risks().stream().map(Risk::id).toArray());
    assertThat(f.found()).startsWith("24 of 24 fail: ").endsWith("; and 14 more");
  }

  // ---------------------------------------------------------------------------------------------- 6.1.3

  @Test
  void treatment() {
    conforms("6.1.3-treatment");
    Risk r = firstRisk(x -> treated(x) && !x.owner().equals(CISO));
    long needing = BASE.risks().stream().filter(PlanningRulesTest::treated).count();
    Isms untreated = BASE.withRisk(r.withTreatment(Optional.empty()).withResidual(Optional.empty())
        .withAcceptance(Optional.empty()));
    assertThat(finding(untreated, "6.1.3-treatment", "untreated", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .isEqualTo("1 of " + needing + " fail: risk " + r.id().value() + " above acceptance has no treatment");
    Treatment t = r.treatment().orElseThrow();
    finding(BASE.withRisk(r.withTreatment(t.withControls(List.of()))), "6.1.3-treatment", "no-controls",
        Verdict.MINOR_NC, "6.1.3", r.id());
    Isms cisoApproved = BASE.withRisk(r.withTreatment(t.withPlanApproval(Approval.of(CISO, A.minusDays(5)))));
    assertThat(finding(cisoApproved, "6.1.3-treatment", "plan-approval", Verdict.MINOR_NC, "6.1.3", r.id())
        .found()).endsWith("risk " + r.id().value() + " plan approved by P-CISO, not the owner " + r.owner().value());
    // no plan approved at all: systematic
    Isms unapproved = BASE.withRisks(map(BASE.risks(), PlanningRulesTest::treated,
        x -> x.withTreatment(x.treatment().orElseThrow().withPlanApproval(Optional.empty()))));
    finding(unapproved, "6.1.3-treatment", "plan-approval", Verdict.MAJOR_NC, "6.1.3",
        BASE.risks().stream().filter(PlanningRulesTest::treated).map(Risk::id).toArray());
  }

  @Test
  void residual() {
    conforms("6.1.3-residual");
    notApplicable("6.1.3-residual", EMPTY);
    Risk r = firstRisk(x -> treated(x) && !x.owner().equals(CISO));
    finding(BASE.withRisk(r.withResidual(Optional.empty())), "6.1.3-residual", "residual", Verdict.MINOR_NC,
        "6.1.3", r.id());
    Isms byOther = BASE.withRisk(r.withAcceptance(r.acceptance().orElseThrow().withAcceptedBy(CISO)));
    assertThat(finding(byOther, "6.1.3-residual", "acceptance", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("risk " + r.id().value() + " accepted by P-CISO, not the owner " + r.owner().value());
    Isms stillHigh = BASE.withRisk(r.withResidual(r.residual().orElseThrow().withLevel(RiskLevel.of("High"))));
    assertThat(finding(stillHigh, "6.1.3-residual", "justification", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("risk " + r.id().value() + " accepted at High without justification");
    conforms("6.1.3-residual", stillHigh.withRisk(stillHigh.risk(r.id()).orElseThrow().withAcceptance(
        r.acceptance().orElseThrow().withJustification("Compensated by the cyber insurance policy"))));
  }

  // ---------------------------------------------------------------------------------------------- SoA

  @Test
  void soa() {
    conforms("6.1.3-soa");
    finding(EMPTY, "6.1.3-soa", "missing", Verdict.MAJOR_NC, "6.1.3");
    EntityRef ref = EntityRef.of("StatementOfApplicability", "SOA-3");
    assertThat(finding(BASE.withStatementOfApplicability(soa(BASE).withApproval(Optional.empty())), "6.1.3-soa",
        "unapproved", Verdict.MINOR_NC, "6.1.3", ref).found()).isEqualTo("SoA version SOA-3 not approved");
    finding(BASE.withStatementOfApplicability(soa(BASE).withAnnexAComparedOn(Optional.empty())), "6.1.3-soa",
        "annex-a-comparison", Verdict.MINOR_NC, "6.1.3", ref);
    finding(BASE.withStatementOfApplicability(soa(BASE).withDocument(Optional.empty())), "6.1.3-soa", "document",
        Verdict.MINOR_NC, "6.1.3", ref);
  }

  @Test
  void soaComplete() {
    conforms("6.1.3-soa-complete");
    notApplicable("6.1.3-soa-complete", EMPTY);
    ControlId c = soa(BASE).entries().stream().filter(e -> !e.applicable()).findFirst().orElseThrow().control();
    Finding f = finding(BASE.withStatementOfApplicability(soa(BASE).withoutEntry(c)), "6.1.3-soa-complete",
        "missing-controls", Verdict.MINOR_NC, "6.1.3", c);
    assertThat(f.found()).isEqualTo("1 of 93 fail: " + c.value() + " not listed");
    assertThat(f.controls()).containsExactly(c);
    // twenty lines forgotten: systematic
    List<ControlId> twenty = soa(BASE).entries().stream().filter(SoaEntry::applicable).limit(20)
        .map(SoaEntry::control).toList();
    Isms forgotten = BASE;
    for (ControlId x : twenty) {
      forgotten = forgotten.withStatementOfApplicability(soa(forgotten).withoutEntry(x))
          .withoutEvidenceItem(EvidenceId.of("EV-" + x.value()));
    }
    finding(forgotten, "6.1.3-soa-complete", "missing-controls", Verdict.MAJOR_NC, "6.1.3", twenty.toArray());
  }

  @Test
  void soaComplete_duplicateLines_areAMinorLapse() {
    // the model refuses duplicate lines (Isms.validate), so the checker fails closed on them; the rule
    // still names them when run on its own
    SoaEntry e = soa(BASE).entries().get(0);
    Isms twice = BASE.withStatementOfApplicability(soa(BASE).withEntries(plus(soa(BASE).entries(), e)));
    assertThat(twice.validate().isInvalid()).isTrue();
    List<Finding> fs = RuleTesting.rule("6.1.3-soa-complete").evaluate(IsmsIndex.of(twice, A), Grading.DEFAULT);
    assertThat(fs).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("duplicates");
      assertThat(f.verdict()).isEqualTo(Verdict.MINOR_NC);
      assertThat(f.entities()).containsExactly(EntityRef.of(e.control()));
      assertThat(f.found()).isEqualTo("listed more than once: [" + e.control().value() + "]");
    });
  }

  @Test
  void soaExclusions() {
    conforms("6.1.3-soa-exclusions");
    List<ControlId> excluded = soa(BASE).entries().stream().filter(e -> !e.applicable()).map(SoaEntry::control)
        .toList();
    ControlId c = excluded.get(0);
    Finding f = finding(withEntry(BASE, c, e -> e.withJustification(Optional.empty())), "6.1.3-soa-exclusions",
        "unjustified", Verdict.MINOR_NC, "6.1.3", c);
    assertThat(f.found()).isEqualTo("1 of " + excluded.size() + " fail: " + c.value() + " excluded without "
        + "justification");
    Isms none = BASE;
    for (ControlId x : excluded) {
      none = withEntry(none, x, e -> e.withJustification(Optional.empty()));
    }
    finding(none, "6.1.3-soa-exclusions", "unjustified", Verdict.MAJOR_NC, "6.1.3", excluded.toArray());
  }

  @Test
  void soaInclusions() {
    conforms("6.1.3-soa-inclusions");
    ControlId c = soa(BASE).entries().stream().filter(SoaEntry::applicable).findFirst().orElseThrow().control();
    assertThat(finding(withEntry(BASE, c, e -> e.withImplementationStatus(Optional.empty())), "6.1.3-soa-inclusions",
        "incomplete", Verdict.MINOR_NC, "6.1.3", c).found()).endsWith(c.value() + " included without implementation "
        + "status");
    assertThat(finding(withEntry(BASE, c, e -> e.withReasons(Set.of()).withJustification(Optional.empty())),
        "6.1.3-soa-inclusions", "incomplete", Verdict.MINOR_NC, "6.1.3", c).found())
        .endsWith(c.value() + " included without reason");
    // a stated reason alone (no InclusionReason) is a reason
    conforms("6.1.3-soa-inclusions", withEntry(BASE, c, e -> e.withReasons(Set.of())));
  }

  @Test
  void soaTreatmentControls() {
    conforms("6.1.3-soa-treatment-controls");
    Risk r = firstRisk(PlanningRulesTest::treated);
    ControlId c = r.treatment().orElseThrow().controls().get(0);
    List<EntityRef> expected = new ArrayList<>();
    expected.add(EntityRef.of(c));
    BASE.risks().stream().filter(x -> x.treatment().map(t -> SoaRulesAccess.reliedOn(t).contains(c)).orElse(false))
        .forEach(x -> expected.add(EntityRef.of(x.id())));
    Isms excludedButRelied = withEntry(BASE, c, e -> excluded(e, "Not needed"));
    Finding f = finding(excludedButRelied, "6.1.3-soa-treatment-controls", "not-applicable", Verdict.MINOR_NC,
        "6.1.3", expected.toArray());
    assertThat(f.found()).contains(c.value() + " is excluded but " + (expected.size() - 1)
        + " treatment(s) rely on it");
    assertThat(f.controls()).containsExactly(c);
    Isms unlisted = BASE.withStatementOfApplicability(soa(BASE).withoutEntry(c))
        .withoutEvidenceItem(EvidenceId.of("EV-" + c.value()));
    assertThat(finding(unlisted, "6.1.3-soa-treatment-controls", "not-applicable", Verdict.MINOR_NC, "6.1.3",
        expected.toArray()).found()).contains(c.value() + " is not listed but ");
  }

  @Test
  void soaRequirementControls() {
    conforms("6.1.3-soa-requirement-controls");
    ControlId a534 = ControlId.of("A.5.34");
    Finding f = finding(withEntry(BASE, a534, e -> excluded(e, "Handled by the group")),
        "6.1.3-soa-requirement-controls", "excluded", Verdict.MINOR_NC, "6.1.3", a534, RequirementId.of("REQ-1"));
    assertThat(f.found()).isEqualTo("1 of 3 fail: A.5.34 excluded but required by 1 binding requirement(s)");
    assertThat(f.clauses()).containsExactly(ClauseId.of("6.1.3"), ClauseId.of("4.2"));
    // an expectation (not binding) naming an excluded control is no finding
    ControlId x = soa(BASE).entries().stream().filter(e -> !e.applicable()).findFirst().orElseThrow().control();
    var ip3 = BASE.interestedParty(InterestedPartyId.of("IP-3")).orElseThrow();
    var req3 = ip3.requirements().get(0);
    conforms("6.1.3-soa-requirement-controls", BASE.withInterestedParty(ip3.withRequirements(List.of(
        req3.withControls(List.of(x))))));
  }

  @Test
  void soaVersion_aPlanStatingAnOlderSoaVersionIsNoFindingByItself() {
    // the misreading failed every plan that did not cite the current SoA version, as a major
    conforms("6.1.3-soa-version");
    Isms oldVersion = BASE.withRisks(map(BASE.risks(), PlanningRulesTest::treated,
        r -> r.withTreatment(r.treatment().orElseThrow().withSoaVersion("SOA-2"))));
    conforms("6.1.3-soa-version", oldVersion);
  }

  @Test
  void soaVersion_aPlanPredatingTheChangeOfItsControlsLine_isAnObservation() {
    Risk r = firstRisk(x -> treated(x) && x.treatment().get().planApproval().isPresent());
    Treatment t = r.treatment().orElseThrow();
    ControlId c = t.controls().get(0);
    Isms changed = withEntry(BASE, c, e -> e.withLastReviewed(A.minusDays(1)));
    // the plan cites the current version: it was reviewed against this SoA
    assertThat(RuleTesting.findings("6.1.3-soa-version", changed)).extracting(Finding::verdict)
        .containsExactly(Verdict.CONFORMS);
    Isms predates = changed.withRisk(r.withTreatment(t.withSoaVersion("SOA-2")));
    Finding f = finding(predates, "6.1.3-soa-version", "plan-predates-soa", Verdict.OBSERVATION, "6.1.3", r.id());
    assertThat(f.found()).contains("risk " + r.id().value() + " plan approved " + t.planApproval().get().on()
        + " (SoA version SOA-2) predates the change of " + c.value() + " on " + A.minusDays(1));
    assertThat(f.controls()).containsExactly(c);
  }

  @Test
  void soaVersion_everyPlanPredatingChangedLines_isStillOnlyAnObservation() {
    Isms allChanged = BASE.withStatementOfApplicability(soa(BASE).withEntries(map(soa(BASE).entries(), e -> true,
        e -> e.withLastReviewed(A.minusDays(1)))));
    Isms allOld = allChanged.withRisks(map(BASE.risks(), PlanningRulesTest::treated,
        r -> r.withTreatment(r.treatment().orElseThrow().withSoaVersion(Optional.empty()))));
    Finding f = finding(allOld, "6.1.3-soa-version", "plan-predates-soa", Verdict.OBSERVATION, "6.1.3",
        BASE.risks().stream().filter(PlanningRulesTest::treated).map(Risk::id).toArray());
    assertThat(f.found()).contains("(SoA version not stated)");
  }

  // ---------------------------------------------------------------------------------------------- 6.2

  static Objective objective(String id) {
    return BASE.objective(ObjectiveId.of(id)).orElseThrow();
  }

  @Test
  void objectives() {
    conforms("6.2-objectives");
    finding(EMPTY, "6.2-objectives", "missing", Verdict.MAJOR_NC, "6.2");
    Objective o1 = objective("OBJ-1");
    assertThat(finding(BASE.withObjective(o1.withEvaluationMethod(Optional.empty())), "6.2-objectives",
        "incomplete", Verdict.MINOR_NC, "6.2", o1.id()).found())
        .isEqualTo("1 of 3 fail: objective OBJ-1 lacks evaluation method");
    Objective o2 = objective("OBJ-2");
    assertThat(finding(BASE.withObjective(o2.withDueDate(A.minusDays(1))), "6.2-objectives", "overdue",
        Verdict.MINOR_NC, "6.2", o2.id()).found()).endsWith("objective OBJ-2 open past its due date "
        + A.minusDays(1));
    // achieved before its due date: not overdue
    conforms("6.2-objectives", BASE.withObjective(o2.withDueDate(A.minusDays(1)).withStatus(ObjectiveStatus.ACHIEVED)));
  }

  @Test
  void objectives_monitoredAndCommunicated() {
    // a shallow rule passes with any evaluation date: OBJ-3's metric is measured every 3 months
    Objective o3 = objective("OBJ-3");
    Finding stale = finding(BASE.withObjective(o3.withLastEvaluated(A.minusDays(100))), "6.2-objectives",
        "unmonitored", Verdict.MINOR_NC, "6.2", o3.id());
    assertThat(stale.found()).endsWith("objective OBJ-3 last evaluated " + A.minusDays(100)
        + ", to be monitored every P3M");
    finding(BASE.withObjective(o3.withLastEvaluated(Optional.empty())), "6.2-objectives", "unmonitored",
        Verdict.MINOR_NC, "6.2", o3.id());
    finding(BASE.withObjective(o3.withCommunicatedOn(Optional.empty())), "6.2-objectives", "uncommunicated",
        Verdict.MINOR_NC, "6.2", o3.id());
    // communication planned for next week has not happened
    finding(BASE.withObjective(o3.withCommunicatedOn(A.plusDays(7))), "6.2-objectives", "uncommunicated",
        Verdict.MINOR_NC, "6.2", o3.id());
    // no objective communicated: systematic
    Isms silent = BASE.withObjectives(map(BASE.objectives(), o -> true, o -> o.withCommunicatedOn(Optional.empty())));
    finding(silent, "6.2-objectives", "uncommunicated", Verdict.MAJOR_NC, "6.2", ObjectiveId.of("OBJ-1"),
        ObjectiveId.of("OBJ-2"), ObjectiveId.of("OBJ-3"));
  }

  // ---------------------------------------------------------------------------------------------- 6.3

  @Test
  void changes() {
    conforms("6.3-changes");
    notApplicable("6.3-changes", EMPTY);
    var ch1 = BASE.change(ChangeId.of("CH-1")).orElseThrow();
    assertThat(finding(BASE.withChange(ch1.withApproval(Optional.empty())), "6.3-changes", "unplanned",
        Verdict.MINOR_NC, "6.3", ch1.id()).found()).isEqualTo("1 of 3 fail: change CH-1 not approved");
    var nc1 = BASE.change(ChangeId.of("CH-NC1")).orElseThrow();
    Isms approvedAfter = BASE.withChange(nc1.withApproval(Approval.of(PersonId.of("P-CEO"), A.minusDays(60))));
    assertThat(finding(approvedAfter, "6.3-changes", "unplanned", Verdict.MINOR_NC, "6.3", nc1.id()).found())
        .endsWith("change CH-NC1 completed before its approval");
    finding(approvedAfter.withChange(ch1.withApproval(Optional.empty())), "6.3-changes", "unplanned",
        Verdict.MAJOR_NC, "6.3", ch1.id(), nc1.id());
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  static final java.time.LocalDate LATER = A.plusDays(3);

  @Test
  void criteria_approvedAfterTheAsOfDate_isNotApproved() {
    var c = BASE.riskCriteria().orElseThrow();
    Isms later = BASE.withRiskCriteria(c.withApproval(Approval.of(PersonId.of("P-CEO"), LATER)));
    assertThat(finding(later, "6.1.2-criteria", "unapproved", Verdict.MINOR_NC, "6.1.2",
        EntityRef.of("RiskCriteria", "RC-2")).found()).isEqualTo("criteria RC-2 not approved by " + A);
  }

  @Test
  void treatment_aPlanApprovedAfterTheAsOfDate_isNotApproved() {
    Risk r = firstRisk(x -> treated(x) && !x.owner().equals(CISO));
    Treatment t = r.treatment().orElseThrow();
    Isms later = BASE.withRisk(r.withTreatment(t.withPlanApproval(Approval.of(r.owner(), LATER))));
    assertThat(finding(later, "6.1.3-treatment", "plan-approval", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("risk " + r.id().value() + " plan not approved by " + A);
  }

  @Test
  void residual_anAcceptanceDatedAfterTheAsOfDate_isNotGiven() {
    Risk r = firstRisk(x -> treated(x) && !x.owner().equals(CISO));
    Isms later = BASE.withRisk(r.withAcceptance(r.acceptance().orElseThrow().withAcceptedOn(LATER)
        .withValidUntil(Optional.empty())));
    assertThat(finding(later, "6.1.3-residual", "acceptance", Verdict.MINOR_NC, "6.1.3", r.id()).found())
        .endsWith("risk " + r.id().value() + " residual risk not accepted by " + A);
  }

  @Test
  void soa_approvalAndComparisonDatedAfterTheAsOfDate_doNotCount() {
    EntityRef ref = EntityRef.of("StatementOfApplicability", "SOA-3");
    Isms approvedLater = BASE.withStatementOfApplicability(soa(BASE).withApproval(Approval.of(PersonId.of("P-CEO"),
        LATER)));
    assertThat(finding(approvedLater, "6.1.3-soa", "unapproved", Verdict.MINOR_NC, "6.1.3", ref).found())
        .isEqualTo("SoA version SOA-3 not approved by " + A);
    Isms comparedLater = BASE.withStatementOfApplicability(soa(BASE).withAnnexAComparedOn(LATER));
    assertThat(finding(comparedLater, "6.1.3-soa", "annex-a-comparison", Verdict.MINOR_NC, "6.1.3", ref).found())
        .isEqualTo("no comparison by " + A);
  }

  @Test
  void soaVersion_aLineChangedAfterTheAsOfDate_hasNotChangedYet() {
    Risk r = firstRisk(x -> treated(x) && x.treatment().get().planApproval().isPresent());
    Treatment t = r.treatment().orElseThrow();
    ControlId c = t.controls().get(0);
    Isms changedLater = withEntry(BASE, c, e -> e.withLastReviewed(LATER)).withRisk(r.withTreatment(
        t.withSoaVersion("SOA-2")));
    // the misreading took the change as made: an observation on a plan the SoA has not outdated yet
    conforms("6.1.3-soa-version", changedLater);
    // changed on the as-of date: the plan predates it
    finding(withEntry(changedLater, c, e -> e.withLastReviewed(A)), "6.1.3-soa-version", "plan-predates-soa",
        Verdict.OBSERVATION, "6.1.3", r.id());
  }

  @Test
  void changes_approvedAfterTheAsOfDate_isNotApproved() {
    var ch1 = BASE.change(ChangeId.of("CH-1")).orElseThrow();
    assertThat(ch1.completedOn()).isEmpty();
    Isms later = BASE.withChange(ch1.withApproval(Approval.of(PersonId.of("P-CEO"), LATER)));
    assertThat(finding(later, "6.3-changes", "unplanned", Verdict.MINOR_NC, "6.3", ch1.id()).found())
        .isEqualTo("1 of 3 fail: change CH-1 not approved by " + A);
  }

  /** Package-private access to the SoA rules' notion of the controls a treatment relies on. */
  static final class SoaRulesAccess {
    private SoaRulesAccess() {}

    static Set<ControlId> reliedOn(Treatment t) {
      Set<ControlId> s = new LinkedHashSet<>(t.controls());
      t.actions().forEach(a -> a.control().ifPresent(s::add));
      return s;
    }
  }
}
