package io.ismskit.pdca.nonconformity;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.pdca.NonconformityPolicy;
import io.ismskit.pdca.PdcaCode;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The life cycle of a nonconformity (clause 10.2) over the model's {@link Nonconformity} and its
 * {@link CorrectiveAction}s: raised → corrected → causes analysed (with similar cases) → action
 * planned → action done → effectiveness verified → closed, and reopened when an effectiveness
 * review finds an action ineffective, after which the causes are analysed again.
 *
 * <pre>{@code
 * NonconformityLifecycle life = NonconformityLifecycle.of(NonconformityPolicy.STRICT);
 * Either<List<Problem>, Isms> corrected = life.apply(isms, ncId, new NonconformityStep.Correct("Access revoked"), day);
 * life.apply(isms, ncId, new NonconformityStep.Close(), day);   // refused: "step CLOSE is out of order ..."
 * life.due(isms, ncId);                                          // the next step and by when
 * }</pre>
 *
 * <p>Steps cannot be skipped: a step out of order is refused with {@link
 * PdcaCode#STEP_OUT_OF_ORDER}, naming the status and the step that comes next. Each step also
 * records its date ({@code correctedOn}, {@code causeAnalysedOn}, an action's {@code completedOn}, a
 * review's {@code reviewedOn}, {@code reopenedOn}, {@code closedOn}) and the model's own checks
 * apply (a step dated before the one before it is refused). The {@linkplain #due due date} of each
 * status comes from the {@link NonconformityPolicy}.
 *
 * @implSpec Immutable and thread-safe; {@code apply} returns a new ISMS and changes nothing.
 */
public final class NonconformityLifecycle {
  private final NonconformityPolicy policy;

  private NonconformityLifecycle(NonconformityPolicy policy) {
    this.policy = policy;
  }

  /** The life cycle with the periods of {@code policy}. */
  public static NonconformityLifecycle of(NonconformityPolicy policy) {
    return new NonconformityLifecycle(Objects.requireNonNull(policy, "policy"));
  }

  /** The periods. */
  public NonconformityPolicy policy() {
    return policy;
  }

  /** The step kinds that may come next for a nonconformity of {@code status}. */
  public static List<NonconformityStep.Kind> next(NonconformityStatus status) {
    return switch (status) {
      case OPEN -> List.of(NonconformityStep.Kind.CORRECT);
      case CORRECTED, REOPENED -> List.of(NonconformityStep.Kind.ANALYSE_CAUSES);
      case CAUSE_ANALYSED -> List.of(NonconformityStep.Kind.PLAN_ACTION);
      case ACTION_IN_PROGRESS -> List.of(NonconformityStep.Kind.PLAN_ACTION, NonconformityStep.Kind.COMPLETE_ACTION);
      case VERIFYING -> List.of(NonconformityStep.Kind.REVIEW_EFFECTIVENESS);
      case EFFECTIVENESS_VERIFIED -> List.of(NonconformityStep.Kind.CLOSE);
      case CLOSED -> List.of();
    };
  }

  /**
   * The ISMS with {@code step} applied on {@code on} to nonconformity {@code id}, or every reason it
   * is refused: an unknown nonconformity or action, a step out of order, blank content, a date the
   * model refuses.
   */
  public Either<List<Problem>, Isms> apply(Isms isms, NonconformityId id, NonconformityStep step, LocalDate on) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(on, "on");
    List<Problem> problems = new ArrayList<>();
    if (!Dates.supported(on)) {
      problems.add(Problem.of(PdcaCode.DATE_UNSUPPORTED, "NonconformityStep", step.kind().name(), "on", on,
          "must be a date from " + Dates.MIN + " to " + Dates.MAX));
    }
    Nonconformity nc = isms.nonconformity(id).orElse(null);
    if (nc == null) {
      problems.add(Problem.of(PdcaCode.UNKNOWN_ENTITY, "Nonconformity", id.value(), "id", null,
          "is not a nonconformity of the ISMS"));
      return Either.left(problems);
    }
    NonconformityStatus status = nc.progress().status();
    if (!next(status).contains(step.kind())) {
      problems.add(Problem.of(PdcaCode.STEP_OUT_OF_ORDER, "Nonconformity", id.value(), "progress.status", status,
          "does not permit step " + step.kind() + "; next: "
              + (next(status).isEmpty() ? "nothing, it is closed" : next(status)) + " (no step may be skipped)"));
    }
    if (!problems.isEmpty()) {
      return Either.left(problems);
    }
    try {
      return step(isms, nc, step, on, problems);
    } catch (InvalidValueException e) {
      problems.add(e.problem().within("Nonconformity", id.value(), ""));
      return Either.left(problems);
    }
  }

  private Either<List<Problem>, Isms> step(Isms isms, Nonconformity nc, NonconformityStep step, LocalDate on,
      List<Problem> problems) {
    String id = nc.id().value();
    if (step instanceof NonconformityStep.Correct s) {
      blank(s.correction(), id, "correction", problems);
      return problems.isEmpty() ? Either.right(isms.withNonconformity(nc.toBuilder().correction(s.correction())
          .correctedOn(on).progress(NonconformityProgress.of(NonconformityStatus.CORRECTED)).build()))
          : Either.left(problems);
    }
    if (step instanceof NonconformityStep.AnalyseCauses s) {
      blank(s.rootCause(), id, "rootCause", problems);
      blank(s.similarCases(), id, "similarCheck", problems);
      return problems.isEmpty() ? Either.right(isms.withNonconformity(nc.toBuilder().rootCause(s.rootCause())
          .similarCheck(s.similarCases()).causeAnalysedOn(on)
          .progress(NonconformityProgress.of(NonconformityStatus.CAUSE_ANALYSED)).build()))
          : Either.left(problems);
    }
    if (step instanceof NonconformityStep.PlanAction s) {
      CorrectiveAction a = s.action();
      if (!a.nonconformity().equals(nc.id())) {
        problems.add(Problem.of(PdcaCode.STEP_INCOMPLETE, "CorrectiveAction", a.id().value(), "nonconformity",
            a.nonconformity(), "must be " + Text.shorten(id) + ", the nonconformity it is planned for"));
      }
      if (isms.correctiveAction(a.id()).isPresent()) {
        problems.add(Problem.of(PdcaCode.STEP_INCOMPLETE, "CorrectiveAction", a.id().value(), "id", a.id(),
            "is already used by a corrective action of the ISMS"));
      }
      if (a.completedOn().isPresent() || a.effectivenessReview().isPresent()) {
        problems.add(Problem.of(PdcaCode.STEP_INCOMPLETE, "CorrectiveAction", a.id().value(), "completedOn",
            a.completedOn().orElse(null), "must be empty: an action is planned first, completed in a later step"));
      }
      return problems.isEmpty() ? Either.right(isms.withCorrectiveAction(a)
          .withNonconformity(nc.withProgress(NonconformityProgress.of(NonconformityStatus.ACTION_IN_PROGRESS))))
          : Either.left(problems);
    }
    if (step instanceof NonconformityStep.CompleteAction s) {
      CorrectiveAction a = action(isms, nc, s.action(), problems);
      if (a != null && a.completedOn().isPresent()) {
        problems.add(Problem.of(PdcaCode.STEP_OUT_OF_ORDER, "CorrectiveAction", a.id().value(), "completedOn",
            a.completedOn().get(), "is set: the action is already completed"));
      }
      if (a == null || !problems.isEmpty()) {
        return Either.left(problems);
      }
      Isms next = isms.withCorrectiveAction(a.withCompletedOn(on));
      boolean allDone = current(next, nc).stream().allMatch(x -> x.completedOn().isPresent());
      return Either.right(allDone
          ? next.withNonconformity(nc.withProgress(NonconformityProgress.of(NonconformityStatus.VERIFYING))) : next);
    }
    if (step instanceof NonconformityStep.ReviewEffectiveness s) {
      CorrectiveAction a = action(isms, nc, s.action(), problems);
      blank(s.notes(), id, "effectivenessReview.notes", problems);
      if (isms.person(s.reviewedBy()).isEmpty()) {
        problems.add(Problem.of(PdcaCode.UNKNOWN_PERSON, "Nonconformity", id, "effectivenessReview.reviewedBy",
            s.reviewedBy(), "refers to a person the ISMS does not know"));
      }
      if (a != null && (a.completedOn().isEmpty() || a.effectivenessReview().isPresent())) {
        problems.add(Problem.of(PdcaCode.STEP_OUT_OF_ORDER, "CorrectiveAction", a.id().value(), "effectivenessReview",
            null, a.completedOn().isEmpty() ? "needs the action completed first" : "has been reviewed already"));
      }
      if (a == null || !problems.isEmpty()) {
        return Either.left(problems);
      }
      EffectivenessReview review = EffectivenessReview.builder().reviewedOn(on).reviewedBy(s.reviewedBy())
          .effective(s.effective()).notes(s.notes()).build();
      Isms next = isms.withCorrectiveAction(a.withEffectivenessReview(review));
      if (!s.effective()) {
        List<LocalDate> reopened = new ArrayList<>(nc.reopenedOn());
        reopened.add(on);
        return Either.right(next.withNonconformity(nc.toBuilder().reopenedOn(reopened)
            .progress(NonconformityProgress.reopened()).build()));
      }
      boolean allEffective = current(next, nc).isEmpty();
      return Either.right(allEffective ? next.withNonconformity(
          nc.withProgress(NonconformityProgress.of(NonconformityStatus.EFFECTIVENESS_VERIFIED))) : next);
    }
    // Close
    return Either.right(isms.withNonconformity(nc.withProgress(NonconformityProgress.closed(on))));
  }

  /**
   * The corrective actions of {@code nc} not yet reviewed: the ones planned since the last reopening
   * (an action found ineffective keeps its review and no longer counts).
   */
  static List<CorrectiveAction> current(Isms isms, Nonconformity nc) {
    List<CorrectiveAction> out = new ArrayList<>();
    for (CorrectiveAction a : isms.correctiveActions()) {
      if (a.nonconformity().equals(nc.id()) && a.effectivenessReview().isEmpty()) {
        out.add(a);
      }
    }
    return out;
  }

  private static @org.jspecify.annotations.Nullable CorrectiveAction action(Isms isms, Nonconformity nc,
      io.ismskit.core.id.CorrectiveActionId id, List<Problem> problems) {
    CorrectiveAction a = isms.correctiveAction(id).orElse(null);
    if (a == null || !a.nonconformity().equals(nc.id())) {
      problems.add(Problem.of(PdcaCode.UNKNOWN_ENTITY, "CorrectiveAction", id.value(), "nonconformity", null,
          "is not a corrective action of nonconformity " + Text.shorten(nc.id().value())));
      return null;
    }
    return a;
  }

  private static void blank(String text, String id, String field, List<Problem> problems) {
    if (!Text.hasVisible(text)) {
      problems.add(Problem.of(PdcaCode.STEP_INCOMPLETE, "Nonconformity", id, field, text, "must not be blank"));
    }
  }

  // ---- due dates -----------------------------------------------------------------------------

  /**
   * When the next step of a nonconformity is due.
   *
   * @param nonconformity the nonconformity
   * @param step the step due
   * @param due by when, under the policy (or the actions' own due dates)
   */
  public record StepDue(NonconformityId nonconformity, NonconformityStep.Kind step, LocalDate due) {
    /** Requires all parts. */
    public StepDue {
      Objects.requireNonNull(nonconformity, "nonconformity");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(due, "due");
    }

    /** Whether the step is overdue on {@code asOf}: its due date has passed. */
    public boolean overdueOn(LocalDate asOf) {
      return asOf.isAfter(due);
    }
  }

  /**
   * When the next step of nonconformity {@code id} is due: a correction within the policy's period of
   * being raised, the cause analysis within its period of the correction or the last reopening, an
   * action planned within its period of the analysis, the earliest due date of the open actions
   * while they are under way, the effectiveness review within its period of the last action done,
   * the closure within its period of the last review. Empty when closed or unknown.
   */
  public Optional<StepDue> due(Isms isms, NonconformityId id) {
    return isms.nonconformity(id).flatMap(nc -> {
      List<CorrectiveAction> actions = new ArrayList<>();
      for (CorrectiveAction a : isms.correctiveActions()) {
        if (a.nonconformity().equals(id)) {
          actions.add(a);
        }
      }
      return due(nc, actions);
    });
  }

  /**
   * {@link #due(Isms, NonconformityId)} for a nonconformity and its corrective actions, for callers
   * that have them at hand (such as a calendar over the whole register).
   */
  public Optional<StepDue> due(Nonconformity nc, List<CorrectiveAction> actions) {
    NonconformityId id = nc.id();
    LocalDate corrected = nc.correctedOn().orElse(nc.raisedOn());
    return switch (nc.progress().status()) {
      case OPEN -> Optional.of(new StepDue(id, NonconformityStep.Kind.CORRECT, nc.raisedOn().plus(policy.correctionWithin())));
      case CORRECTED -> Optional.of(new StepDue(id, NonconformityStep.Kind.ANALYSE_CAUSES,
          corrected.plus(policy.causeAnalysisWithin())));
      case REOPENED -> Optional.of(new StepDue(id, NonconformityStep.Kind.ANALYSE_CAUSES,
          last(nc.reopenedOn(), corrected).plus(policy.causeAnalysisWithin())));
      case CAUSE_ANALYSED -> Optional.of(new StepDue(id, NonconformityStep.Kind.PLAN_ACTION,
          nc.causeAnalysedOn().orElse(corrected).plus(policy.actionPlanningWithin())));
      case ACTION_IN_PROGRESS -> {
        LocalDate earliest = null;
        for (CorrectiveAction a : actions) {
          if (a.completedOn().isEmpty() && (earliest == null || a.dueDate().isBefore(earliest))) {
            earliest = a.dueDate();
          }
        }
        yield Optional.of(new StepDue(id, earliest == null ? NonconformityStep.Kind.PLAN_ACTION
            : NonconformityStep.Kind.COMPLETE_ACTION, earliest != null ? earliest
            : nc.dueDate().orElse(nc.causeAnalysedOn().orElse(corrected).plus(policy.actionPlanningWithin()))));
      }
      case VERIFYING -> {
        LocalDate done = nc.causeAnalysedOn().orElse(corrected);
        for (CorrectiveAction a : actions) {
          if (a.effectivenessReview().isEmpty() && a.completedOn().isPresent() && a.completedOn().get().isAfter(done)) {
            done = a.completedOn().get();
          }
        }
        yield Optional.of(new StepDue(id, NonconformityStep.Kind.REVIEW_EFFECTIVENESS,
            done.plus(policy.effectivenessReviewWithin())));
      }
      case EFFECTIVENESS_VERIFIED -> {
        LocalDate reviewed = nc.causeAnalysedOn().orElse(corrected);
        for (CorrectiveAction a : actions) {
          LocalDate r = a.effectivenessReview().map(EffectivenessReview::reviewedOn).orElse(reviewed);
          reviewed = r.isAfter(reviewed) ? r : reviewed;
        }
        yield Optional.of(new StepDue(id, NonconformityStep.Kind.CLOSE, reviewed.plus(policy.closureWithin())));
      }
      case CLOSED -> Optional.empty();
    };
  }

  private static LocalDate last(List<LocalDate> dates, LocalDate otherwise) {
    return dates.isEmpty() ? otherwise : dates.get(dates.size() - 1);
  }

  /** Whether the next step of nonconformity {@code id} is overdue on {@code asOf}. */
  public boolean overdue(Isms isms, NonconformityId id, LocalDate asOf) {
    return due(isms, id).map(d -> d.overdueOn(asOf)).orElse(false);
  }
}
