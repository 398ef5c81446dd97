package io.ismskit.risk.engine;

import static io.ismskit.core.control.ImplementationStatus.IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static io.ismskit.risk.engine.Fixtures.ALICE;
import static io.ismskit.risk.engine.Fixtures.AS_OF;
import static io.ismskit.risk.engine.Fixtures.BOB;
import static io.ismskit.risk.engine.Fixtures.analysis;
import static io.ismskit.risk.engine.Fixtures.control;
import static io.ismskit.risk.engine.Fixtures.criteria;
import static io.ismskit.risk.engine.Fixtures.isms;
import static io.ismskit.risk.engine.Fixtures.risk;
import static io.ismskit.risk.engine.Fixtures.treatment;
import static io.ismskit.risk.engine.Fixtures.unassessed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.base.Problem;
import io.ismskit.core.Isms;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.RegisterSummary.AcceptanceGap;
import io.ismskit.risk.engine.RegisterSummary.PendingAcceptance;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.laws.ToyMethod;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;


class RiskEngineTest {
  private final ToyMethod toy = new ToyMethod();
  private final RiskEngine engine = RiskEngine.of(toy);
  private final RiskCriteria criteria = criteria();

  private static Risk find(Isms isms, String id) {
    return isms.risks().stream().filter(r -> r.id().value().equals(id)).findFirst().orElseThrow();
  }

  private static RiskAssessment inherent(Isms isms, String id) {
    return find(isms, id).inherent().orElseThrow();
  }

  private static RiskAssessment residual(Isms isms, String id) {
    return find(isms, id).residual().orElseThrow();
  }

  private static Risk treated(Risk r, Treatment t) {
    return r.withTreatment(t);
  }

  // ---------------------------------------------------------------- inherent, levels, decision

  @Test
  void assess_scoresTheStoredInputs_onTheCriteriaScale() {
    Risk original = risk("R1", 4, 4);
    AssessedRegister out = engine.assess(isms(original), AS_OF);

    assertThat(out.errors()).isEmpty();
    RiskAssessment in = inherent(out.isms(), "R1");
    double n = toy.normalized(4, 4);
    assertThat(in.score()).isEqualTo(4 * 4);
    assertThat(in.normalized()).isEqualTo(n);
    assertThat(in.level()).isEqualTo(criteria.levelOf(n));
    assertThat(in.method()).isEqualTo(MethodId.of("toy"));
    assertThat(in.methodVersion()).isEqualTo("1");
    assertThat(in.criteriaVersion()).contains("c1");
    assertThat(in.assessedOn()).isEqualTo(AS_OF);
    assertThat(in.assessedBy()).contains(ALICE);
    assertThat(in.inputs()).isEqualTo(original.inherent().orElseThrow().inputs());
    assertThat(in.rationale().orElseThrow()).contains("toy 1: method level 'High'");
    assertThat(in.likelihood()).contains(ScaleValue.of(4, "level 4", 1, 5));
    assertThat(in.consequence()).contains(ScaleValue.of(4, "level 4", 1, 5));
    Risk r = find(out.isms(), "R1");
    // The engine proposes; it does not record a decision for the organization.
    assertThat(r.decision()).isEmpty();
    RiskEvaluation e = out.evaluation(RiskId.of("R1")).orElseThrow();
    assertThat(e.proposedDecision()).isEqualTo(
        criteria.acceptable(in.level()) ? RiskDecision.ACCEPT : RiskDecision.TREAT);
    assertThat(e.proposedDecision()).isEqualTo(RiskDecision.TREAT);
    assertThat(e.recordedDecision()).isEmpty();
    // The unscored analysis it replaced is kept.
    assertThat(r.history()).containsExactly(original.inherent().orElseThrow());
  }

  @Test
  void untreatedRisk_hasAResidualEqualToItsInherentRisk() {
    AssessedRegister out = engine.assess(isms(risk("R1", 3, 2)), AS_OF);
    RiskAssessment in = inherent(out.isms(), "R1");
    RiskAssessment res = residual(out.isms(), "R1");
    assertThat(res.score()).isEqualTo(in.score());
    assertThat(res.level()).isEqualTo(in.level());
    assertThat(res.inputs()).isEqualTo(in.inputs());
    assertThat(out.report().changes().get(0).reasons()).contains(ChangeReason.FIRST_RESIDUAL);
  }

  // ---------------------------------------------------------------- residual

  private AssessedRegister treatedWith(Treatment t, ControlImplementation... controls) {
    return engine.assess(isms(List.of(treated(risk("R1", 4, 4), t)), List.of(controls)), AS_OF);
  }

  @Test
  void residual_fullEffectiveness_lowersTheLikelihoodToItsFloor() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.MODIFY, "C1"),
        control("C1", IMPLEMENTED, 1.0, true, false));
    RiskAssessment res = residual(out.isms(), "R1");
    int l = ToyMethod.reduce(4, 1.0);
    assertThat(res.inputs()).containsEntry("likelihood", String.valueOf(l)).containsEntry("impact", "4");
    assertThat(res.score()).isEqualTo(l * 4);
    assertThat(res.level()).isEqualTo(criteria.levelOf(toy.normalized(l, 4)));
    assertThat(res.rationale().orElseThrow()).contains("C1=IMPLEMENTED 1.0 (likelihood)");
  }

  @Test
  void residual_zeroEffectiveness_equalsInherent() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.MODIFY, "C1"),
        control("C1", IMPLEMENTED, 0.0, true, false));
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(inherent(out.isms(), "R1").score());
  }

  @Test
  void residual_partialImplementation_creditsHalfTheEffectiveness() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.MODIFY, "C1"),
        control("C1", PARTIALLY_IMPLEMENTED, 0.5, true, false));
    int l = ToyMethod.reduce(4, 0.5 * 0.5);
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(l * 4);
    assertThat(l).isBetween(2, 3);
  }

  @Test
  void residual_controlCreditsOnlyTheRisksItIsLinkedTo() {
    Isms isms = isms(
        List.of(treated(risk("R1", 4, 4), treatment(TreatmentOption.MODIFY, "C1")),
            risk("R2", 4, 4)),
        List.of(control("C1", IMPLEMENTED, 1.0, true, true)));
    AssessedRegister out = engine.assess(isms, AS_OF);
    assertThat(residual(out.isms(), "R1").score()).isLessThan(inherent(out.isms(), "R1").score());
    assertThat(residual(out.isms(), "R2").score()).isEqualTo(inherent(out.isms(), "R2").score());
  }

  @Test
  void residual_severalControls_combinePerEffect() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.MODIFY, "L1", "L2", "I1"),
        control("L1", IMPLEMENTED, 0.5, true, false),
        control("L2", IMPLEMENTED, 0.5, true, false),
        control("I1", IMPLEMENTED, 0.5, false, true));
    int l = ToyMethod.reduce(4, 1 - (1 - 0.5) * (1 - 0.5));
    int i = ToyMethod.reduce(4, 0.5);
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(l * i);
  }

  @Test
  void avoid_givesTheLowestScoreTheMethodDerives() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.AVOID));
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(toy.descriptor().bounds().min());
    assertThat(residual(out.isms(), "R1").rationale().orElseThrow()).contains("avoided");
  }

  @Test
  void share_reducesImpactByTheConfiguredFraction() {
    Treatment t = Treatment.builder().addOptions(TreatmentOption.SHARE).sharedWith("Insurer").build();
    Isms isms = isms(treated(risk("R1", 4, 4), t));
    assertThat(engine.assess(isms, AS_OF).isms().risks().get(0).residual().orElseThrow().score())
        .isEqualTo(16);
    AssessedRegister out = engine.withShareFraction(0.5).assess(isms, AS_OF);
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(4 * ToyMethod.reduce(4, 0.5));
  }

  @Test
  void retainWithoutControls_leavesTheResidualAtTheInherentRisk() {
    AssessedRegister out = treatedWith(treatment(TreatmentOption.RETAIN));
    assertThat(residual(out.isms(), "R1").score()).isEqualTo(inherent(out.isms(), "R1").score());
  }

  // ---------------------------------------------------------------- errors

  @Test
  void unknownMethod_isReported_andTheRiskKeepsItsData() {
    Risk bad = risk("R1", analysis("nope", "1", 2, 2));
    Risk good = risk("R2", 2, 2);
    AssessedRegister out = engine.assess(isms(bad, good), AS_OF);

    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.entityType()).isEqualTo("Risk");
      assertThat(e.entityId()).isEqualTo("R1");
      assertThat(e.code()).isEqualTo(EngineCode.METHOD_UNKNOWN);
      assertThat(e.field()).isEqualTo("inherent.method");
      assertThat(e.value()).isEqualTo("nope");
      assertThat(e.message()).contains("R1", "nope", "known: toy");
    });
    assertThat(find(out.isms(), "R1")).isSameAs(bad);
    assertThat(find(out.isms(), "R2").residual()).isPresent();
    assertThat(out.report().notScored()).extracting(RiskChange::risk).containsExactly(RiskId.of("R1"));
  }

  @Test
  void badInputs_nameTheRiskAndTheField_andLeaveTheRiskUnchanged() {
    Risk bad = risk("R1", analysis("toy", "1", Map.of("likelihood", "9", "impact", "2")));
    AssessedRegister out = engine.assess(isms(bad), AS_OF);
    Problem e = out.errors().get(0);
    assertThat(e.code()).isEqualTo(EngineCode.INPUTS_INVALID);
    assertThat(e.field()).isEqualTo("inherent.inputs.likelihood");
    assertThat(e.value()).isEqualTo("9");
    assertThat(e.message()).isEqualTo("Risk R1: inherent.inputs.likelihood: must be in 1..5, was '9'");
    RiskChange change = out.report().notScored().get(0);
    assertThat(change.error()).contains(e);
    assertThat(change.cause().orElseThrow().code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(change.cause().orElseThrow().field()).isEqualTo("likelihood");
    assertThat(out.isms().risks()).containsExactly(bad);
  }

  @Test
  void unassessedRisk_andMissingCriteria_areReported() {
    AssessedRegister out = engine.assess(isms(unassessed("R1")), AS_OF);
    assertThat(out.errors()).extracting(Problem::code).containsExactly(EngineCode.RISK_UNASSESSED);
    assertThat(out.register().orElseThrow().unassessed()).isEqualTo(1);

    Isms noCriteria = isms(risk("R1", 2, 2), risk("R2", 3, 3))
        .withRiskCriteria(java.util.Optional.empty());
    AssessedRegister none = engine.assess(noCriteria, AS_OF);
    assertThat(none.isms()).isSameAs(noCriteria);
    assertThat(none.register()).isEmpty();
    assertThat(none.errors()).extracting(Problem::code)
        .containsExactly(EngineCode.CRITERIA_MISSING, EngineCode.CRITERIA_MISSING);
  }

  @Test
  void assessmentDateBeforeIdentification_isReported() {
    AssessedRegister out = engine.assess(isms(risk("R1", 2, 2)), Fixtures.IDENTIFIED.minusDays(1));
    assertThat(out.errors()).extracting(Problem::code)
        .containsExactly(EngineCode.DATE_BEFORE_IDENTIFIED);
  }

  /** A method that misbehaves in a chosen way, delegating the rest to the toy method. */
  private static final class Misbehaving implements ScoringMethod<ToyMethod.Input> {
    private final ToyMethod toy = new ToyMethod(MethodId.of("bad"), "1", 5);
    private final boolean throwOnScore;

    Misbehaving(boolean throwOnScore) {
      this.throwOnScore = throwOnScore;
    }

    @Override public MethodDescriptor<ToyMethod.Input> descriptor() { return toy.descriptor(); }
    @Override public Either<Problem, Score> score(ToyMethod.Input input) {
      if (throwOnScore) {
        throw new IllegalStateException("boom");
      }
      return toy.score(input);
    }
    @Override public Either<Problem, ToyMethod.Input> decode(Map<String, String> inputs) {
      return toy.decode(inputs);
    }
    @Override public Map<String, String> encode(ToyMethod.Input input) { return toy.encode(input); }
    @Override public Either<Problem, ToyMethod.Input> mitigate(ToyMethod.Input in, Mitigation m) {
      return Either.right(new ToyMethod.Input(5, 5)); // raises the risk: breaks the contract
    }
  }

  @Test
  void throwingMethod_isReported_notThrown() {
    Risk r = risk("R1", analysis("bad", "1", 2, 2));
    AssessedRegister out = RiskEngine.of(new Misbehaving(true)).assess(isms(r), AS_OF);
    assertThat(out.errors()).extracting(Problem::code).containsExactly(EngineCode.METHOD_FAILED);
    assertThat(out.errors().get(0).message()).contains("boom", "IllegalStateException");
    assertThat(out.isms().risks()).containsExactly(r);
  }

  @Test
  void residualAboveInherent_isRefused() {
    Risk r = treated(risk("R1", analysis("bad", "1", 2, 2)), treatment(TreatmentOption.AVOID));
    AssessedRegister out = RiskEngine.of(new Misbehaving(false)).assess(isms(r), AS_OF);
    assertThat(out.errors()).extracting(Problem::code)
        .containsExactly(EngineCode.RESIDUAL_ABOVE_INHERENT);
    assertThat(out.isms().risks()).containsExactly(r);
  }

  @Test
  void duplicateMethodIds_areRefused() {
    assertThatThrownBy(() -> RiskEngine.of(new ToyMethod(), new ToyMethod(MethodId.of("toy"), "2", 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate scoring method id 'toy'");
  }

  // ---------------------------------------------------------------- re-assessment and migration

  @Test
  void assessTwice_changesNothing() {
    Isms first = engine.assess(isms(risk("R1", 4, 4), risk("R2", 1, 2)), AS_OF).isms();
    AssessedRegister again = engine.assess(first, AS_OF.plusMonths(1));
    assertThat(again.isms()).isSameAs(first);
    assertThat(again.report().changes()).isEmpty();
    assertThat(again.report().unchanged()).isEqualTo(2);
  }

  @Test
  void changedControl_replacesOnlyTheResidual_andKeepsTheOldOneInHistory() {
    ControlImplementation weak = control("C1", PARTIALLY_IMPLEMENTED, 0.5, true, false);
    Isms first = engine.assess(
        isms(List.of(treated(risk("R1", 4, 4), treatment(TreatmentOption.MODIFY, "C1"))),
            List.of(weak)), AS_OF).isms();
    RiskAssessment oldInherent = inherent(first, "R1");
    RiskAssessment oldResidual = residual(first, "R1");

    Isms improved = first
        .withControlImplementations(control("C1", IMPLEMENTED, 1.0, true, false));
    LocalDate later = AS_OF.plusMonths(3);
    AssessedRegister out = engine.assess(improved, later);

    assertThat(inherent(out.isms(), "R1")).isSameAs(oldInherent);
    assertThat(residual(out.isms(), "R1").assessedOn()).isEqualTo(later);
    assertThat(residual(out.isms(), "R1").score()).isLessThan(oldResidual.score());
    assertThat(find(out.isms(), "R1").history()).endsWith(oldResidual);
    assertThat(out.report().changes()).singleElement().satisfies(c -> {
      assertThat(c.reasons()).contains(ChangeReason.RESIDUAL_CHANGED);
      assertThat(c.residualBefore()).contains(oldResidual);
    });
  }

  @Test
  void newMethodVersion_isRefusedByAssess_andAppliedByMigrate_withHistory() {
    Isms v1 = engine.assess(isms(risk("R1", 4, 4)), AS_OF).isms();
    RiskAssessment oldInherent = inherent(v1, "R1");
    RiskAssessment oldResidual = residual(v1, "R1");
    RiskEngine v2 = engine.withMethod(new ToyMethod(MethodId.of("toy"), "2", 5));

    AssessedRegister refused = v2.assess(v1, AS_OF.plusDays(1));
    assertThat(refused.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(EngineCode.METHOD_VERSION_CHANGED);
      assertThat(e.field()).isEqualTo("inherent.methodVersion");
      assertThat(e.value()).isEqualTo("1");
    });
    assertThat(refused.isms()).isSameAs(v1);

    AssessedRegister migrated = v2.migrate(v1, AS_OF.plusDays(1));
    assertThat(migrated.errors()).isEmpty();
    assertThat(inherent(migrated.isms(), "R1").methodVersion()).isEqualTo("2");
    assertThat(find(migrated.isms(), "R1").history()).endsWith(oldInherent, oldResidual);
    RiskChange change = migrated.report().changes().get(0);
    assertThat(change.reasons()).contains(ChangeReason.METHOD_VERSION_CHANGED);
    assertThat(change.inherentBefore()).contains(oldInherent);
    assertThat(change.inherentLevelBefore()).contains(oldInherent.level());
  }

  @Test
  void migrationToANewScale_reportsUnreadableInputs_orMapsThem() {
    Isms v1 = engine.assess(isms(risk("R1", 4, 4), risk("R2", 1, 1)), AS_OF).isms();
    ToyMethod three = new ToyMethod(MethodId.of("toy"), "2", 3);
    RiskEngine v2 = engine.withMethod(three);

    AssessedRegister plain = v2.migrate(v1, AS_OF.plusDays(1));
    assertThat(plain.errors()).singleElement().satisfies(e -> {
      assertThat(e.entityId()).isEqualTo("R1");
      assertThat(e.code()).isEqualTo(EngineCode.INPUTS_INVALID);
    });
    assertThat(plain.report().notScored()).extracting(RiskChange::risk)
        .containsExactly(RiskId.of("R1"));
    assertThat(find(plain.isms(), "R1")).isSameAs(find(v1, "R1"));

    InputMapping halve = (risk, previous, target) -> {
      Map<String, String> m = new TreeMap<>();
      previous.inputs().forEach((k, v) -> m.put(k, String.valueOf((Integer.parseInt(v) + 1) / 2)));
      return m;
    };
    AssessedRegister mapped = v2.migrate(v1, AS_OF.plusDays(1), halve);
    assertThat(mapped.errors()).isEmpty();
    assertThat(inherent(mapped.isms(), "R1").normalized()).isEqualTo(three.normalized(2, 2));
    assertThat(mapped.report().with(ChangeReason.INPUTS_MAPPED)).extracting(RiskChange::risk)
        .containsExactly(RiskId.of("R1"));
  }

  @Test
  void newCriteria_reStampTheAssessments() {
    Isms c1 = engine.assess(isms(risk("R1", 4, 4)), AS_OF).isms();
    Isms c2 = c1.withRiskCriteria(criteria("c2"));
    AssessedRegister out = engine.assess(c2, AS_OF.plusDays(1));
    assertThat(inherent(out.isms(), "R1").criteriaVersion()).contains("c2");
    assertThat(out.report().changes().get(0).reasons()).contains(ChangeReason.CRITERIA_CHANGED);
    assertThat(find(out.isms(), "R1").history()).contains(inherent(c1, "R1"));
  }

  // ---------------------------------------------------------------- summary

  @Test
  void summary_countsRanksAndListsTheRegister() {
    LocalDate past = AS_OF.minusDays(10);
    LocalDate future = AS_OF.plusDays(10);
    Treatment plan = Treatment.builder().addOptions(TreatmentOption.RETAIN)
        .addActions(action(ActionStatus.DONE, past), action(ActionStatus.PLANNED, past),
            action(ActionStatus.IN_PROGRESS, future), action(ActionStatus.CANCELLED, past))
        .build();
    List<Risk> risks = List.of(
        treated(risk("R1", 5, 5), plan),
        risk("R2", 4, 3).withAcceptance(RiskAcceptance.of(BOB, AS_OF)),
        risk("R3", 2, 2).withAcceptance(RiskAcceptance.of(ALICE, past)),
        risk("R4", 1, 2).withAcceptance(RiskAcceptance.of(ALICE, AS_OF)),
        unassessed("R5"));
    RegisterSummary s = engine.withTopN(2).assess(isms(risks, List.of()), AS_OF).register()
        .orElseThrow();

    assertThat(s.risks()).isEqualTo(5);
    assertThat(s.unassessed()).isEqualTo(1);
    int[][] inputs = {{5, 5}, {4, 3}, {2, 2}, {1, 2}};
    for (RiskLevel level : criteria.levels()) {
      long expected = java.util.Arrays.stream(inputs)
          .filter(x -> criteria.levelOf(toy.normalized(x[0], x[1])).equals(level)).count();
      assertThat(s.inherentCount(level)).as(level.name()).isEqualTo((int) expected);
      assertThat(s.residualCount(level)).as(level.name()).isEqualTo((int) expected);
    }
    assertThat(s.topByResidual()).extracting(RegisterSummary.RankedRisk::risk)
        .containsExactly(RiskId.of("R1"), RiskId.of("R2"));
    List<RiskId> above = java.util.stream.Stream.of("R1", "R2", "R3", "R4")
        .filter(id -> {
          int[] x = inputs[Integer.parseInt(id.substring(1)) - 1];
          return toy.normalized(x[0], x[1]) > criteria.appetite();
        }).map(RiskId::of).toList();
    assertThat(s.aboveAppetite()).isEqualTo(above);
    assertThat(s.pendingAcceptance()).containsExactly(
        new PendingAcceptance(RiskId.of("R1"), AcceptanceGap.MISSING),
        new PendingAcceptance(RiskId.of("R2"), AcceptanceGap.NOT_BY_OWNER),
        new PendingAcceptance(RiskId.of("R3"), AcceptanceGap.BEFORE_RESIDUAL));
    RegisterSummary.PlanProgress p = s.plan();
    assertThat(p.actions()).isEqualTo(4);
    assertThat(p.done()).isEqualTo(1);
    assertThat(p.open()).isEqualTo(2);
    assertThat(p.overdue()).isEqualTo(1);
    assertThat(p.cancelled()).isEqualTo(1);
    assertThat(p.withoutEffectivenessEvaluation()).as("none of the three that count says how").isEqualTo(3);
    assertThat(p.percentComplete()).isEqualTo(100.0 / 3);
  }

  private static TreatmentAction action(ActionStatus status, LocalDate due) {
    return TreatmentAction.builder()
        .description("Action " + status)
        .owner(ALICE)
        .dueDate(due)
        .progress(status == ActionStatus.DONE ? ActionProgress.done(due) : ActionProgress.of(status))
        .build();
  }

  @Test
  void evaluate_doesNotReScore() {
    Isms scored = engine.assess(isms(risk("R1", 4, 4)), AS_OF).isms();
    List<RiskEvaluation> e = RiskEngine.of().evaluate(scored, AS_OF.plusYears(2));
    assertThat(e).singleElement().satisfies(x -> assertThat(x.overdue()).isTrue());
    assertThat(e.get(0).inherentLevel()).isEqualTo(inherent(scored, "R1").level());
  }

  @Test
  void builtInMatrix_isTreatedLikeAnyOtherMethod() {
    // MatrixMethod's documented mitigation: likelihood lowered by round(reduction x (N - 1)) steps.
    RiskEngine builtIns = RiskEngine.of(ScoringRegistry.builtIns());
    Risk r = treated(risk("R1", analysis("matrix", MatrixMethod.VERSION, 5, 4)),
        treatment(TreatmentOption.MODIFY, "C1"));
    AssessedRegister out = builtIns.assess(
        isms(List.of(r), List.of(control("C1", IMPLEMENTED, 0.5, true, false))), AS_OF);
    assertThat(out.errors()).isEmpty();
    MatrixMethod matrix = new MatrixMethod();
    int l = 5 - (int) Math.round(0.5 * (5 - 1));
    Score expected = matrix.score(new MatrixInput(l, 4)).get();
    RiskAssessment res = residual(out.isms(), "R1");
    assertThat(res.score()).isEqualTo(expected.value());
    assertThat(res.level()).isEqualTo(criteria.levelOf(expected.normalized()));
    assertThat(res.rationale().orElseThrow()).contains(expected.level());
    assertThat(inherent(out.isms(), "R1").score())
        .isEqualTo(matrix.score(new MatrixInput(5, 4)).get().value());
  }

  @Test
  void analyse_scoresFirstInputsUnderTheCriteriaMethod() {
    Risk fresh = unassessed("R1");
    Risk analysed = engine.analyse(fresh, criteria, Map.of("likelihood", "3", "impact", "5"), AS_OF)
        .get();
    RiskAssessment a = analysed.inherent().orElseThrow();
    assertThat(a.method()).isEqualTo(criteria.method());
    assertThat(a.score()).isEqualTo(3 * 5);
    assertThat(a.level()).isEqualTo(criteria.levelOf(toy.normalized(3, 5)));
    assertThat(analysed.history()).isEmpty();
    // The next run adds the residual risk without touching the new analysis.
    AssessedRegister out = engine.assess(isms(analysed), AS_OF);
    assertThat(inherent(out.isms(), "R1")).isSameAs(a);
    assertThat(find(out.isms(), "R1").residual()).isPresent();

    Problem bad = engine.analyse(fresh, criteria, Map.of("likelihood", "x", "impact", "5"), AS_OF)
        .getLeft();
    assertThat(bad.code()).isEqualTo(EngineCode.INPUTS_INVALID);
    assertThat(bad.field()).isEqualTo("inherent.inputs.likelihood");
    assertThat(bad.entityId()).isEqualTo("R1");
    assertThat(engine.analyse(fresh, criteria, MethodId.of("nope"), Map.of(), AS_OF).getLeft().code())
        .isEqualTo(EngineCode.METHOD_UNKNOWN);
  }

  @Test
  void engine_listsItsMethods() {
    assertThat(engine.methodIds()).containsExactly(MethodId.of("toy"));
    assertThat(engine.method(MethodId.of("toy"))).containsSame(toy);
    ScoringRegistry registry = ScoringRegistry.of(toy);
    assertThat(RiskEngine.of(registry).registry()).as("the engine looks methods up in its registry")
        .isSameAs(registry);
  }
}
