package io.ismskit.risk.engine;

import static io.ismskit.core.control.ImplementationStatus.IMPLEMENTED;
import static io.ismskit.core.control.ImplementationStatus.PLANNED;
import static io.ismskit.risk.engine.Fixtures.ALICE;
import static io.ismskit.risk.engine.Fixtures.AS_OF;
import static io.ismskit.risk.engine.Fixtures.analysis;
import static io.ismskit.risk.engine.Fixtures.control;
import static io.ismskit.risk.engine.Fixtures.risk;
import static io.ismskit.risk.engine.Fixtures.treatment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.Isms;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.base.Text;
import io.ismskit.core.context.Organization;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.AcceptanceBasis;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.RegisterSummary.AcceptanceGap;
import io.ismskit.risk.engine.RegisterSummary.PendingAcceptance;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.RiskMatrix;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.testkit.laws.ToyMethod;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The risk process as ISO/IEC 27001:2022 and ISO/IEC 27005 describe it, through the engine's
 * public API, with the issues' reproducers: the criteria's own scales (issue 11.7), the owner's
 * decision kept (12.7), current and target residual risk (12.7), and the caller's date refused up
 * front rather than per risk (11.4).
 */
class RiskProcessTest {
  private static final RiskEngine BUILT_INS = RiskEngine.of(ScoringRegistry.builtIns());
  private static final List<String> LOW_MEDIUM_HIGH = List.of("Low", "Medium", "High");

  /** 3 × 3 criteria: likelihood and consequence Low, Medium, High; levels Low, Medium, High. */
  private static RiskCriteria threeByThree() {
    return RiskCriteria.builder()
        .version("c3")
        .method(MatrixMethod.ID)
        .addAllLikelihoodScale(LOW_MEDIUM_HIGH)
        .addAllImpactScale(List.of("Minor", "Serious", "Severe"))
        .addLevels(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High"))
        .addLevelBounds(0.3, 0.6)
        .acceptanceLevel(RiskLevel.of("Medium"))
        .appetite(0.3)
        .tolerance(0.6)
        .assessmentInterval(Period.ofYears(1))
        .build();
  }

  private static Isms isms(RiskCriteria criteria, List<Risk> risks, List<ControlImplementation> controls) {
    return Isms.builder()
        .organization(Organization.builder().name("Acme").headcount(10).build())
        .riskCriteria(criteria)
        .addAllRisks(risks)
        .addAllControlImplementations(controls)
        .build();
  }

  private static Risk matrixRisk(String id, String likelihood, String impact) {
    return risk(id, analysis("matrix", MatrixMethod.VERSION, Map.of("likelihood", likelihood, "impact", impact)));
  }

  private static Risk find(Isms isms, String id) {
    return isms.risk(RiskId.of(id)).orElseThrow();
  }

  // ---------------------------------------------------------------- the criteria's scales (11.7)

  /** Issue 11.7's reproducer: with 3 × 3 criteria, likelihood=5 was scored on the built-in 5 × 5. */
  @Test
  void threeByThreeCriteria_refuseLikelihoodFive_namingTheScale() {
    Risk five = matrixRisk("R1", "5", "2");
    AssessedRegister out = BUILT_INS.assess(isms(threeByThree(), List.of(five), List.of()), AS_OF);

    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(EngineCode.INPUTS_OFF_SCALE);
      assertThat(e.entityType()).isEqualTo("Risk");
      assertThat(e.entityId()).isEqualTo("R1");
      assertThat(e.field()).isEqualTo("inherent.inputs.likelihood");
      assertThat(e.value()).isEqualTo("5");
      assertThat(e.message()).isEqualTo("Risk R1: inherent.inputs.likelihood is not a level of the likelihood"
          + " scale of criteria c3: 1..3 or one of [Low, Medium, High], was '5'");
    });
    RiskChange change = out.report().notScored().get(0);
    assertThat(change.cause().orElseThrow().code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(find(out.isms(), "R1")).isSameAs(five);
  }

  @Test
  void threeByThreeCriteria_refuseALabelOfAnotherScale_andAnOffScaleImpact() {
    AssessedRegister out = BUILT_INS.assess(isms(threeByThree(),
        List.of(matrixRisk("R1", "Almost certain", "1"), matrixRisk("R2", "1", "4")), List.of()), AS_OF);
    assertThat(out.errors()).extracting(Problem::code)
        .containsExactly(EngineCode.INPUTS_OFF_SCALE, EngineCode.INPUTS_OFF_SCALE);
    assertThat(out.errors(RiskId.of("R1")).get(0).message())
        .contains("likelihood scale of criteria c3", "was 'Almost certain'");
    assertThat(out.errors(RiskId.of("R2")).get(0).field()).isEqualTo("inherent.inputs.impact");
    assertThat(out.errors(RiskId.of("R2")).get(0).message())
        .contains("consequence (impact) scale of criteria c3: 1..3 or one of [Minor, Serious, Severe]");
  }

  @Test
  void threeByThreeCriteria_scoreOnTheCriteriasMatrix_withItsLabels() {
    RiskCriteria c = threeByThree();
    AssessedRegister out = BUILT_INS.assess(
        isms(c, List.of(matrixRisk("R1", "High", "Serious"), matrixRisk("R2", "1", "1")), List.of()), AS_OF);
    assertThat(out.errors()).isEmpty();

    RiskMatrix expected = RiskMatrix.ofBands(LOW_MEDIUM_HIGH, List.of("Minor", "Serious", "Severe"),
        LOW_MEDIUM_HIGH, List.of(0.3, 0.6)).get();
    Score s = MatrixMethod.of(expected).score(MatrixInput.of(3, 2)).get();
    RiskAssessment a = find(out.isms(), "R1").inherent().orElseThrow();
    assertThat(a.score()).isEqualTo(6).isEqualTo(s.value());
    assertThat(a.normalized()).isEqualTo(s.normalized()).isEqualTo((6 - 1) / 8.0);
    assertThat(a.level()).isEqualTo(c.levelOf(s.normalized())).isEqualTo(RiskLevel.of("High"));
    assertThat(a.likelihood()).contains(ScaleValue.level(3, LOW_MEDIUM_HIGH));
    assertThat(a.consequence()).contains(ScaleValue.level(2, List.of("Minor", "Serious", "Severe")));
    assertThat(a.inputs()).containsEntry("likelihood", "High"); // stored inputs are kept as written
    assertThat(find(out.isms(), "R2").inherent().orElseThrow().level()).isEqualTo(RiskLevel.of("Low"));
  }

  @Test
  void criteriaWithOneScale_orScalesThatMakeNoMatrix_refuseMatrixRisks_notOthers() {
    RiskCriteria oneScale = threeByThree().withImpactScale(List.of());
    Risk toyRisk = risk("R2", 2, 2);
    RiskEngine engine = RiskEngine.builder().registry(ScoringRegistry.builtIns()).method(new ToyMethod()).build();
    AssessedRegister out = engine.assess(isms(oneScale, List.of(matrixRisk("R1", "1", "1"), toyRisk), List.of()),
        AS_OF);
    assertThat(out.errors()).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(EngineCode.CRITERIA_MATRIX_INVALID);
      assertThat(e.entityId()).isEqualTo("R1");
      assertThat(e.field()).isEqualTo("riskCriteria.impactScale");
      assertThat(e.message()).contains("give both, or neither");
    });

    RiskCriteria numeric = threeByThree().withLikelihoodScale(List.of("1", "2", "3"));
    Problem e = BUILT_INS.assess(isms(numeric, List.of(matrixRisk("R1", "1", "1")), List.of()), AS_OF)
        .errors().get(0);
    assertThat(e.code()).isEqualTo(EngineCode.CRITERIA_MATRIX_INVALID);
    assertThat(e.message()).contains("does not make a risk matrix", "likelihoodLabels");
  }

  @Test
  void criteriaWithoutScales_scoreOnTheMethodsOwnMatrix() {
    RiskCriteria none = threeByThree().withLikelihoodScale(List.<String>of()).withImpactScale(List.<String>of());
    AssessedRegister out = BUILT_INS.assess(isms(none, List.of(matrixRisk("R1", "5", "5")), List.of()), AS_OF);
    assertThat(out.errors()).isEmpty();
    assertThat(find(out.isms(), "R1").inherent().orElseThrow().score()).isEqualTo(25);
  }

  @Test
  void analyse_validatesFirstInputsAgainstTheCriteriasScales() {
    Risk fresh = Fixtures.unassessed("R1");
    Problem off = BUILT_INS.analyse(fresh, threeByThree(), Map.of("likelihood", "5", "impact", "1"), AS_OF)
        .getLeft();
    assertThat(off.code()).isEqualTo(EngineCode.INPUTS_OFF_SCALE);
    Risk ok = BUILT_INS.analyse(fresh, threeByThree(), Map.of("likelihood", "Medium", "impact", "Severe"), AS_OF)
        .get();
    assertThat(ok.inherent().orElseThrow().score()).isEqualTo(6);
  }

  // ---------------------------------------------------------------- the recorded decision (12.7)

  /** Issue 12.7's reproducer: the engine overwrote the owner's recorded decision with its own. */
  @Test
  void aRecordedDecision_isKept_andShownBesideTheProposal() {
    Risk accepted = risk("R1", 5, 5).withDecision(RiskDecision.ACCEPT); // Critical, yet accepted by the owner
    Risk undecided = risk("R2", 5, 5);
    Risk agreed = risk("R3", 1, 1).withDecision(RiskDecision.ACCEPT);
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    AssessedRegister out = engine.assess(Fixtures.isms(accepted, undecided, agreed), AS_OF);

    assertThat(out.errors()).isEmpty();
    assertThat(find(out.isms(), "R1").decision()).contains(RiskDecision.ACCEPT);
    assertThat(find(out.isms(), "R2").decision()).isEmpty();
    RiskEvaluation e1 = out.evaluation(RiskId.of("R1")).orElseThrow();
    assertThat(e1.recordedDecision()).contains(RiskDecision.ACCEPT);
    assertThat(e1.proposedDecision()).isEqualTo(RiskDecision.TREAT);
    assertThat(e1.decisionDiffers()).isTrue();
    RegisterSummary s = out.register().orElseThrow();
    assertThat(s.decisionDiffers()).containsExactly(RiskId.of("R1"));
    assertThat(s.undecided()).containsExactly(RiskId.of("R2"));
    assertThat(s.toTreat()).isEqualTo(2);
    // and a second run changes nothing, the decision included
    assertThat(engine.assess(out.isms(), AS_OF.plusDays(1)).isms()).isSameAs(out.isms());
  }

  // ---------------------------------------------------------------- current and target residual (12.7)

  @Test
  void aPlannedControl_creditsNothingNow_andItsFullEffectivenessAtTarget() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    Risk r = risk("R1", 4, 4).withTreatment(treatment(TreatmentOption.MODIFY, "C1"));
    AssessedRegister out = engine.assess(
        Fixtures.isms(List.of(r), List.of(control("C1", PLANNED, 0.5, true, false))), AS_OF);

    Risk scored = find(out.isms(), "R1");
    RiskAssessment inherent = scored.inherent().orElseThrow();
    RiskAssessment now = scored.residual().orElseThrow();
    RiskAssessment target = scored.targetResidual().orElseThrow();
    assertThat(now.score()).as("a planned control credits nothing yet").isEqualTo(inherent.score());
    int l = ToyMethod.reduce(4, 0.5);
    assertThat(target.score()).isEqualTo(l * 4);
    assertThat(target.inputs()).containsEntry("likelihood", String.valueOf(l));
    assertThat(target.likelihood()).contains(ScaleValue.of(l, "level " + l, 1, 5));
    assertThat(target.rationale().orElseThrow()).startsWith("[engine] target residual by toy 1")
        .contains("C1=PLANNED 0.5 (likelihood)");
    assertThat(out.report().changes().get(0).targetAfter()).contains(target);
    assertThat(out.report().changes().get(0).reasons()).contains(ChangeReason.TARGET_CHANGED);

    RiskEvaluation e = out.evaluation(RiskId.of("R1")).orElseThrow();
    assertThat(e.targetAssessed()).isTrue();
    assertThat(e.targetResidual()).isEqualTo(target.normalized()).isLessThan(e.residual());
  }

  @Test
  void anImplementedControl_givesTheSameCurrentAndTargetResidual() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    Risk r = risk("R1", 4, 4).withTreatment(treatment(TreatmentOption.MODIFY, "C1"));
    Risk scored = find(engine.assess(
        Fixtures.isms(List.of(r), List.of(control("C1", IMPLEMENTED, 0.5, true, false))), AS_OF).isms(), "R1");
    assertThat(scored.targetResidual().orElseThrow().score()).isEqualTo(scored.residual().orElseThrow().score());
  }

  @Test
  void aTargetIsReplacedWithoutHistory_andRemovedWithTheTreatment() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    Risk r = risk("R1", 4, 4).withTreatment(treatment(TreatmentOption.MODIFY, "C1"));
    Isms first = engine.assess(Fixtures.isms(List.of(r), List.of(control("C1", PLANNED, 0.5, true, false))), AS_OF)
        .isms();
    RiskAssessment oldTarget = find(first, "R1").targetResidual().orElseThrow();

    Isms stronger = first.withControlImplementations(control("C1", PLANNED, 1.0, true, false));
    AssessedRegister out = engine.assess(stronger, AS_OF.plusDays(1));
    assertThat(out.report().changes()).singleElement()
        .satisfies(c -> assertThat(c.reasons()).containsExactly(ChangeReason.TARGET_CHANGED));
    Risk after = find(out.isms(), "R1");
    assertThat(after.targetResidual().orElseThrow().score()).isLessThan(oldTarget.score());
    assertThat(after.history()).doesNotContain(oldTarget);

    Isms untreated = out.isms().withRisk(after.withTreatment(java.util.Optional.empty()));
    Risk cleared = find(engine.assess(untreated, AS_OF.plusDays(2)).isms(), "R1");
    assertThat(cleared.targetResidual()).isEmpty();
  }

  @Test
  void anOwnerMayAcceptTheTargetResidual_theSummarySaysWhatIsMissing() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    RiskAcceptance target = RiskAcceptance.builder().acceptedBy(ALICE).acceptedOn(AS_OF)
        .basis(AcceptanceBasis.TARGET_RESIDUAL).build();
    Risk planned = risk("R1", 4, 4).withTreatment(treatment(TreatmentOption.MODIFY, "C1")).withAcceptance(target);
    Risk noTarget = risk("R2", 4, 4).withAcceptance(target); // no treatment, so no target residual
    Risk lapsed = risk("R3", 1, 1).withAcceptance(RiskAcceptance.builder().acceptedBy(ALICE)
        .acceptedOn(AS_OF.minusYears(2)).validUntil(AS_OF.minusYears(1)).build());
    AssessedRegister out = engine.assess(Fixtures.isms(List.of(planned, noTarget, lapsed),
        List.of(control("C1", PLANNED, 0.5, true, false))), AS_OF);

    assertThat(find(out.isms(), "R1").acceptedResidual()).isEqualTo(find(out.isms(), "R1").targetResidual());
    assertThat(out.register().orElseThrow().pendingAcceptance()).containsExactly(
        new PendingAcceptance(RiskId.of("R2"), AcceptanceGap.TARGET_MISSING),
        new PendingAcceptance(RiskId.of("R3"), AcceptanceGap.EXPIRED));
    assertThat(out.register().orElseThrow().targetResidualCount(
        out.evaluation(RiskId.of("R1")).orElseThrow().targetResidualLevel())).isPositive();
  }

  // ---------------------------------------------------------------- likelihood and consequence (12.7)

  @Test
  void everyAssessmentTheEngineWrites_statesLikelihoodAndConsequence() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    Risk r = risk("R1", 3, 5).withTreatment(treatment(TreatmentOption.MODIFY, "C1"));
    Risk scored = find(engine.assess(
        Fixtures.isms(List.of(r), List.of(control("C1", PLANNED, 0.9, true, true))), AS_OF).isms(), "R1");
    for (RiskAssessment a : List.of(scored.inherent().orElseThrow(), scored.residual().orElseThrow(),
        scored.targetResidual().orElseThrow())) {
      assertThat(a.likelihood()).as("likelihood of %s", a).isPresent();
      assertThat(a.consequence()).as("consequence of %s", a).isPresent();
    }
    assertThat(scored.inherent().orElseThrow().consequence().orElseThrow().value()).isEqualTo(5);
  }

  @Test
  void anAssessmentStoredWithoutComponents_isCompleted_withItsReason() {
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    Isms first = engine.assess(Fixtures.isms(risk("R1", 3, 3)), AS_OF).isms();
    Risk r = find(first, "R1");
    RiskAssessment bare = r.inherent().orElseThrow().withLikelihood(java.util.Optional.empty())
        .withConsequence(java.util.Optional.empty());
    AssessedRegister out = engine.assess(first.withRisk(r.withInherent(bare)), AS_OF.plusDays(1));
    assertThat(out.report().changes()).singleElement()
        .satisfies(c -> assertThat(c.reasons()).containsExactly(ChangeReason.COMPONENTS_CHANGED));
    assertThat(find(out.isms(), "R1").inherent().orElseThrow().likelihood()).isPresent();
  }

  // ---------------------------------------------------------------- the caller's date (11.4)

  /** Issue 11.4: an unsupported asOf surfaced as a "method failed" on every risk. */
  @Test
  void anUnsupportedAsOf_isRefusedUpFront_namingIt() {
    Isms isms = Fixtures.isms(risk("R1", 2, 2));
    RiskEngine engine = RiskEngine.of(new ToyMethod());
    for (LocalDate bad : List.of(LocalDate.MAX, LocalDate.MIN, LocalDate.of(10_000, 1, 1))) {
      assertThatThrownBy(() -> engine.assess(isms, bad))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("asOf")
          .satisfies(ex -> assertThat(((InvalidValueException) ex).problem().code())
              .isEqualTo(ModelCode.DATE_UNSUPPORTED));
      assertThatThrownBy(() -> engine.migrate(isms, bad)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> engine.evaluate(isms, bad)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> engine.summarize(isms, bad)).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> engine.analyse(Fixtures.unassessed("R9"), Fixtures.criteria(),
          Map.of("likelihood", "1", "impact", "1"), bad)).isInstanceOf(InvalidValueException.class);
    }
    // the last supported day is fine
    assertThat(engine.assess(isms, LocalDate.of(9999, 12, 31)).errors()).isEmpty();
  }

  // ---------------------------------------------------------------- problems safe to print (11.5)

  @Test
  void echoedValues_areShortenedAndEscaped() {
    String huge = "\u001b[31m" + "9".repeat(1_000_000) + "\n";
    Risk r = risk("R1", analysis("toy", "1", Map.of("likelihood", huge, "impact", "1")));
    Problem e = RiskEngine.of(new ToyMethod()).assess(Fixtures.isms(r), AS_OF).errors().get(0);
    assertThat(e.message()).hasSizeLessThan(300).doesNotContain("\u001b", "\n");
    assertThat(e.value()).isEqualTo(Text.shorten(huge));

    Risk unknown = risk("R2", analysis("x".repeat(64), "1", 1, 1));
    Problem u = RiskEngine.of(new ToyMethod()).assess(Fixtures.isms(unknown), AS_OF).errors().get(0);
    assertThat(u.code()).isEqualTo(EngineCode.METHOD_UNKNOWN);
    assertThat(u.message()).isEqualTo("Risk R2: inherent.method names no registered scoring method (known: toy),"
        + " was '" + "x".repeat(64) + "'");
  }

  @Test
  void everyEngineCode_followsTheOneGrammar_andIsUnique() {
    assertThat(EngineCode.values()).allSatisfy(c -> assertThat(ProblemCode.wellFormed(c.key())).as(c.key()).isTrue());
    assertThat(java.util.Arrays.stream(EngineCode.values()).map(EngineCode::key).distinct())
        .hasSize(EngineCode.values().length);
  }

  @Test
  void badOptions_areRefusedWithAProblem() {
    assertThatThrownBy(() -> RiskEngine.builder().topN(-1))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(ex -> assertThat(((InvalidValueException) ex).problem().code()).isEqualTo(EngineCode.CONFIG_INVALID))
        .hasMessageContaining("topN");
    assertThatThrownBy(() -> RiskEngine.builder().shareFraction(Double.NaN))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("shareFraction");
  }

  @Test
  void withMethod_replacesTheMethodOfItsId_inANewRegistry() {
    ToyMethod v1 = new ToyMethod();
    ToyMethod v2 = new ToyMethod(MethodId.of("toy"), "2", 5);
    RiskEngine engine = RiskEngine.of(v1);
    RiskEngine replaced = engine.withMethod(v2);
    assertThat(replaced.method(MethodId.of("toy"))).containsSame(v2);
    assertThat(engine.method(MethodId.of("toy"))).containsSame(v1);
  }
}
