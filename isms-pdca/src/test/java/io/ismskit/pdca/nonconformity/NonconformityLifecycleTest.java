package io.ismskit.pdca.nonconformity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.PdcaCode;
import io.ismskit.pdca.nonconformity.NonconformityStep.Kind;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonconformityLifecycleTest {
  private static final PersonId CISO = PersonId.of("P-CISO");
  private static final NonconformityId NC = NonconformityId.of("NC-NEW");
  private static final LocalDate RAISED = LocalDate.of(2026, 3, 2);
  private static final NonconformityLifecycle LIFE = NonconformityLifecycle.of(NonconformityPolicy.STRICT);
  private static final Isms BASE = ConformantIsms.small(1).withNonconformity(Nonconformity.builder().id(NC)
      .source(NonconformitySource.INTERNAL_AUDIT).grade(Nonconformity.Grade.MINOR)
      .description("Leavers keep VPN access for weeks").raisedOn(RAISED).owner(CISO)
      .progress(NonconformityProgress.open()).build());

  private static CorrectiveAction action(String id, LocalDate due) {
    return CorrectiveAction.builder().id(CorrectiveActionId.of(id)).nonconformity(NC)
        .description("Automate deprovisioning from the HR system").owner(CISO).dueDate(due).build();
  }

  private static Isms step(Isms isms, NonconformityStep s, LocalDate on) {
    return LIFE.apply(isms, NC, s, on).getOrElseThrow(p -> new AssertionError(p.toString()));
  }

  private static NonconformityStatus status(Isms isms) {
    return isms.nonconformity(NC).orElseThrow().progress().status();
  }

  @Test
  void aNonconformityGoesThroughEveryStepAndIsReopenedWhenItsActionFailsTheReview() {
    Isms i = BASE;
    assertThat(LIFE.due(i, NC)).hasValue(new NonconformityLifecycle.StepDue(NC, Kind.CORRECT, RAISED.plusDays(30)));
    i = step(i, new NonconformityStep.Correct("Access of the three leavers revoked"), RAISED.plusDays(1));
    assertThat(status(i)).isEqualTo(NonconformityStatus.CORRECTED);
    i = step(i, new NonconformityStep.AnalyseCauses("HR does not tell IT", "Checked SaaS accounts: two more"),
        RAISED.plusDays(10));
    assertThat(i.nonconformity(NC).orElseThrow().similarCheck()).hasValue("Checked SaaS accounts: two more");
    assertThat(LIFE.due(i, NC).orElseThrow().step()).isEqualTo(Kind.PLAN_ACTION);
    i = step(i, new NonconformityStep.PlanAction(action("CA-A", RAISED.plusDays(40))), RAISED.plusDays(12));
    assertThat(status(i)).isEqualTo(NonconformityStatus.ACTION_IN_PROGRESS);
    assertThat(LIFE.due(i, NC)).hasValue(new NonconformityLifecycle.StepDue(NC, Kind.COMPLETE_ACTION,
        RAISED.plusDays(40)));
    assertThat(LIFE.overdue(i, NC, RAISED.plusDays(41))).isTrue();
    assertThat(LIFE.overdue(i, NC, RAISED.plusDays(40))).isFalse();
    i = step(i, new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-A")), RAISED.plusDays(35));
    assertThat(status(i)).isEqualTo(NonconformityStatus.VERIFYING);
    assertThat(LIFE.due(i, NC).orElseThrow().due()).isEqualTo(RAISED.plusDays(35 + 90));
    // the first effectiveness review finds the action did not work: reopened, causes analysed again
    i = step(i, new NonconformityStep.ReviewEffectiveness(CorrectiveActionId.of("CA-A"), CISO, false,
        "Two leavers in May still had access"), RAISED.plusDays(100));
    assertThat(status(i)).isEqualTo(NonconformityStatus.REOPENED);
    assertThat(i.nonconformity(NC).orElseThrow().reopenedOn()).containsExactly(RAISED.plusDays(100));
    assertThat(LIFE.due(i, NC)).hasValue(new NonconformityLifecycle.StepDue(NC, Kind.ANALYSE_CAUSES,
        RAISED.plusDays(130)));
    i = step(i, new NonconformityStep.AnalyseCauses("Contractors are not in the HR system", "none"),
        RAISED.plusDays(105));
    i = step(i, new NonconformityStep.PlanAction(action("CA-B", RAISED.plusDays(150))), RAISED.plusDays(106));
    i = step(i, new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-B")), RAISED.plusDays(140));
    i = step(i, new NonconformityStep.ReviewEffectiveness(CorrectiveActionId.of("CA-B"), CISO, true,
        "No leaver with access since"), RAISED.plusDays(200));
    assertThat(status(i)).isEqualTo(NonconformityStatus.EFFECTIVENESS_VERIFIED);
    i = step(i, new NonconformityStep.Close(), RAISED.plusDays(201));
    assertThat(status(i)).isEqualTo(NonconformityStatus.CLOSED);
    assertThat(LIFE.due(i, NC)).isEmpty();
    assertThat(i.validate().isValid()).as(i.validate().toString()).isTrue();
  }

  @Test
  void noStepMayBeSkipped() {
    for (Kind k : List.of(Kind.ANALYSE_CAUSES, Kind.COMPLETE_ACTION, Kind.REVIEW_EFFECTIVENESS, Kind.CLOSE)) {
      NonconformityStep s = switch (k) {
        case ANALYSE_CAUSES -> new NonconformityStep.AnalyseCauses("x", "y");
        case COMPLETE_ACTION -> new NonconformityStep.CompleteAction(CorrectiveActionId.of("CA-A"));
        case REVIEW_EFFECTIVENESS -> new NonconformityStep.ReviewEffectiveness(CorrectiveActionId.of("CA-A"), CISO,
            true, "ok");
        default -> new NonconformityStep.Close();
      };
      Either<List<Problem>, Isms> r = LIFE.apply(BASE, NC, s, RAISED.plusDays(1));
      assertThat(r.getLeft()).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo(PdcaCode.STEP_OUT_OF_ORDER);
        assertThat(p.entityId()).isEqualTo("NC-NEW");
        assertThat(p.message()).contains("CORRECT");
      });
    }
    for (NonconformityStatus st : NonconformityStatus.values()) {
      assertThat(NonconformityLifecycle.next(st)).as(st.name()).hasSizeLessThanOrEqualTo(2);
    }
    assertThat(NonconformityLifecycle.next(NonconformityStatus.CLOSED)).isEmpty();
  }

  @Test
  void incompleteOrWrongStepsAreRefusedWithEveryReason() {
    List<Problem> blank = LIFE.apply(BASE, NC, new NonconformityStep.Correct(" "), RAISED).getLeft();
    assertThat(blank).extracting(p -> p.code().key()).containsExactly("pdca.nonconformity.step-incomplete");
    assertThat(LIFE.apply(BASE, NonconformityId.of("NC-NONE"), new NonconformityStep.Correct("x"), RAISED).getLeft())
        .extracting(Problem::code).containsExactly(PdcaCode.UNKNOWN_ENTITY);
    Isms analysed = step(step(BASE, new NonconformityStep.Correct("x"), RAISED),
        new NonconformityStep.AnalyseCauses("c", "s"), RAISED);
    CorrectiveAction other = action("CA-X", RAISED.plusDays(9)).withNonconformity(NonconformityId.of("NC-1"));
    assertThat(LIFE.apply(analysed, NC, new NonconformityStep.PlanAction(other), RAISED).getLeft())
        .extracting(Problem::field).contains("nonconformity");
    // a step dated before the one before it is refused by the model's own checks
    Either<List<Problem>, Isms> early = LIFE.apply(BASE, NC, new NonconformityStep.Correct("x"), RAISED.minusDays(3));
    assertThat(early.isLeft()).isTrue();
    assertThat(BASE.nonconformity(NC).orElseThrow().progress().status()).isEqualTo(NonconformityStatus.OPEN);
  }
}
