package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.risk.ActionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The built-in rules of clause 10, improvement. Not part of the API. */
public final class ImprovementRules {
  private ImprovementRules() {}

  /**
   * 10.1: continual improvement judged over the cycle, not by a yearly count.
   *
   * <p>Continual improvement is the "act" of the cycle: what performance evaluation decides is
   * carried out. The rule looks at every management review held up to the as-of date: each decision
   * to improve must be followed through — once it is due it names the improvement it led to, and
   * that improvement is done, or still under way before the decision's due date. A decision not yet
   * due may still await its improvement record; a decision without a due date is due a management
   * review interval after its review. Completed improvements state their outcome. One improvement
   * raised per year proves nothing if the improvements the reviews decided are left undone; an ISMS
   * whose reviews decided nothing to improve is judged by its log alone. What is dated after the
   * as-of date has not happened yet: an improvement raised later is not recorded, and one completed
   * later is not done.
   *
   * <p>Grading: no improvement recorded and none decided is a minor lapse, not a major: improvement
   * also shows in corrective actions (10.2) and planned changes (6.3), checked on their own.
   * Decisions not followed through and completed improvements without outcome are each graded by
   * share.
   */
  public static final class ContinualImprovement extends BuiltInRule {
    /** The rule. */
    public ContinualImprovement() {
      super("10.1-improvement", "The ISMS is continually improved: every improvement a management review decides is "
          + "carried out, and completed improvements state their outcome.", "10.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Improvement> is = ix.isms().improvements().stream().filter(i -> existsByAsOf(ix, i.raisedOn())).toList();
      int decided = followThrough(ix, out);
      if (is.isEmpty() && decided == 0) {
        out.lapse("missing", List.of(), "improvements decided and carried out over the cycle", "no improvement "
            + "recorded and none decided by a management review", "identify improvement opportunities, decide them "
            + "in the management review and record them");
        return;
      }
      int done = 0;
      for (Improvement i : is) {
        if (done(ix, i)) {
          done++;
        }
      }
      Items items = out.items("no-outcome", done);
      for (Improvement i : is) {
        if (done(ix, i) && i.outcome().isEmpty()) {
          items.fail("improvement " + i.id().value() + " done without outcome", i.id());
        }
      }
      items.report("every completed improvement with its outcome", "record the outcome of the listed improvements");
      out.evidence(decided + " improvements decided by management reviews, all followed through; " + is.size()
          + " improvements recorded");
    }

    /** Whether {@code i} was done on or before the as-of date. */
    private static boolean done(IsmsIndex ix, Improvement i) {
      return i.progress().status() == ActionStatus.DONE && byAsOf(ix, i.progress().completedOn()).isPresent();
    }

    /** Checks that every improvement decision of every review held is followed through; returns how many there are. */
    private static int followThrough(IsmsIndex ix, Out out) {
      Items items = out.items("not-followed-through", 0);
      int decided = 0;
      for (ManagementReview r : ix.isms().managementReviews()) {
        if (!byAsOf(ix, r.heldOn())) {
          continue;
        }
        for (int k = 0; k < r.decisions().size(); k++) {
          ReviewDecision d = r.decisions().get(k);
          if (d.kind() != DecisionKind.IMPROVEMENT) {
            continue;
          }
          decided++;
          String problem = followedThrough(ix, r, d);
          if (problem != null) {
            items.fail("review " + r.id().value() + " decision " + k + " '" + d.description() + "': " + problem,
                r.id());
          }
        }
      }
      items.total(decided).report("every improvement a management review decided carried out: the improvement "
          + "recorded, and done or under way before its due date", "carry out the listed decisions, record the "
          + "improvements and link them to the decisions");
      return decided;
    }

    private static @Nullable String followedThrough(IsmsIndex ix, ManagementReview r, ReviewDecision d) {
      Optional<Improvement> imp = d.improvement().flatMap(ix.isms()::improvement)
          .filter(i -> existsByAsOf(ix, i.raisedOn()));
      boolean late = d.dueDate().map(due -> due.isBefore(ix.asOf())).orElse(false);
      if (imp.isEmpty()) {
        if (late) {
          return "due " + d.dueDate().orElseThrow() + ", no improvement recorded";
        }
        // without a due date, the decision is due by the next review, a review interval later
        LocalDate next = r.heldOn().plus(ix.isms().intervals().managementReview());
        return d.dueDate().isEmpty() && next.isBefore(ix.asOf()) ? "no due date, and no improvement recorded by "
            + next + ", a management review interval later" : null;
      }
      ActionStatus status = imp.get().progress().status();
      if (status == ActionStatus.CANCELLED) {
        return "improvement " + imp.get().id().value() + " cancelled";
      }
      if (!done(ix, imp.get()) && late) {
        return "improvement " + imp.get().id().value() + " is " + (status == ActionStatus.DONE ? "not done by "
            + ix.asOf() + " (" + imp.get().progress() + ")" : status) + " past the decision's due date "
            + d.dueDate().orElseThrow();
      }
      return null;
    }
  }

  /**
   * 10.2 a-g: each nonconformity handled through correction, cause analysis, action and
   * effectiveness review.
   *
   * <p>What is dated after the as-of date has not happened yet: a correction or cause analysis, a
   * corrective action's completion, an effectiveness review. A nonconformity closed after the as-of
   * date was still open on it, and its status then is not recorded, so it claims nothing yet. A
   * nonconformity raised after the as-of date is not in the population yet.
   *
   * <p>Grading: by share over the nonconformities.
   */
  public static final class Handling extends BuiltInRule {
    /** The rule. */
    public Handling() {
      super("10.2-nonconformity-handling", "Each nonconformity is corrected, its root cause analysed, corrective action "
          + "taken, and the action's effectiveness reviewed before the nonconformity is closed.", "10.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Nonconformity> ncs = ix.isms().nonconformities().stream().filter(n -> existsByAsOf(ix, n.raisedOn()))
          .toList();
      if (ncs.isEmpty()) {
        out.notApplicable("no nonconformity raised by " + ix.asOf());
        return;
      }
      Items items = out.items("incomplete", ncs.size());
      for (Nonconformity n : ncs) {
        String p = problem(ix, n, ix.correctiveActions(n.id()));
        if (p != null) {
          items.fail("nonconformity " + n.id().value() + " (" + n.progress().status() + "): " + p, n.id());
        }
      }
      items.report("each nonconformity handled as far as its status claims: correction, root cause, corrective "
          + "action, and an effective review before closure", "complete the handling of the listed nonconformities");
      out.evidence(ncs.size() + " nonconformities handled");
    }

    private static @Nullable String problem(IsmsIndex ix, Nonconformity n, List<CorrectiveAction> actions) {
      NonconformityStatus s = n.progress().status();
      if (s == NonconformityStatus.OPEN || (n.closed() && byAsOf(ix, n.progress().closedOn()).isEmpty())) {
        return null;
      }
      if (n.correction().isEmpty()) {
        return "no correction";
      }
      if (n.correctedOn().filter(d -> !byAsOf(ix, d)).isPresent()) {
        return "no correction by " + ix.asOf() + " (corrected " + n.correctedOn().orElseThrow() + ")";
      }
      if (s == NonconformityStatus.CORRECTED || s == NonconformityStatus.REOPENED) {
        return null; // a reopened nonconformity has its causes analysed again
      }
      if (n.rootCause().isEmpty()) {
        return "no root cause";
      }
      if (n.causeAnalysedOn().filter(d -> !byAsOf(ix, d)).isPresent()) {
        return "no root cause by " + ix.asOf() + " (analysed " + n.causeAnalysedOn().orElseThrow() + ")";
      }
      if (s == NonconformityStatus.CAUSE_ANALYSED) {
        return null;
      }
      if (actions.isEmpty()) {
        return "no corrective action";
      }
      if (s == NonconformityStatus.ACTION_IN_PROGRESS) {
        return null;
      }
      for (CorrectiveAction a : actions) {
        if (byAsOf(ix, a.completedOn()).isEmpty()) {
          return "corrective action " + a.id().value() + " not completed" + a.completedOn().map(d -> " by "
              + ix.asOf() + " (completed " + d + ")").orElse("");
        }
      }
      if (s == NonconformityStatus.VERIFYING) {
        return null;
      }
      // an action found ineffective before a reopening is history: the reopening dealt with it
      List<CorrectiveAction> current = new ArrayList<>();
      for (CorrectiveAction a : actions) {
        if (!supersededByReopening(n, a)) {
          current.add(a);
        }
      }
      if (current.isEmpty()) {
        return "no corrective action since the last reopening";
      }
      if (s == NonconformityStatus.EFFECTIVENESS_VERIFIED) {
        for (CorrectiveAction a : current) {
          if (review(ix, a).map(r -> !r.effective()).orElse(true)) {
            return "effectiveness claimed verified without an effective review of " + a.id().value();
          }
        }
        return null;
      }
      LocalDate closed = n.progress().closedOn().orElseThrow();
      for (CorrectiveAction a : current) {
        if (a.effectivenessReview().isEmpty()) {
          return "closed without an effectiveness review of " + a.id().value();
        }
        // closed on or before the as-of date (see above), so a review dated later is also after the closing
        if (!a.effectivenessReview().get().effective()) {
          return "closed though " + a.id().value() + " was found ineffective";
        }
        if (a.effectivenessReview().get().reviewedOn().isAfter(closed)) {
          return "closed on " + closed + " before the effectiveness review of " + a.id().value();
        }
      }
      return null;
    }

    /** The effectiveness review of {@code a} if it took place on or before the as-of date. */
    private static Optional<EffectivenessReview> review(IsmsIndex ix, CorrectiveAction a) {
      return a.effectivenessReview().filter(r -> byAsOf(ix, r.reviewedOn()));
    }

    /** Whether {@code a} was found ineffective on or before a reopening of {@code n}. */
    private static boolean supersededByReopening(Nonconformity n, CorrectiveAction a) {
      if (a.effectivenessReview().isEmpty() || a.effectivenessReview().get().effective()) {
        return false;
      }
      LocalDate reviewed = a.effectivenessReview().get().reviewedOn();
      for (LocalDate reopened : n.reopenedOn()) {
        if (!reopened.isBefore(reviewed)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * 10.2: nothing overdue. A nonconformity closed, or a corrective action completed, after the as-of
   * date was still open on it. A nonconformity raised after the as-of date, and its corrective
   * actions, are not in the population yet.
   *
   * <p>Grading: by share over the nonconformities and corrective actions.
   */
  public static final class Overdue extends BuiltInRule {
    /** The rule. */
    public Overdue() {
      super("10.2-overdue", "No nonconformity is open past its due date and no corrective action is overdue.", "10.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Nonconformity> ncs = ix.isms().nonconformities().stream().filter(n -> existsByAsOf(ix, n.raisedOn()))
          .toList();
      List<CorrectiveAction> actions = ix.isms().correctiveActions().stream()
          .filter(a -> ix.isms().nonconformity(a.nonconformity()).map(n -> existsByAsOf(ix, n.raisedOn()))
              .orElse(true))
          .toList();
      if (ncs.isEmpty() && actions.isEmpty()) {
        out.notApplicable("no nonconformity raised by " + ix.asOf());
        return;
      }
      Items items = out.items("overdue", ncs.size() + actions.size());
      for (Nonconformity n : ncs) {
        boolean open = byAsOf(ix, n.progress().closedOn()).isEmpty();
        if (open && n.dueDate().map(d -> d.isBefore(ix.asOf())).orElse(false)) {
          items.fail("nonconformity " + n.id().value() + " open past " + n.dueDate().get()
              + n.progress().closedOn().map(d -> " (closed only on " + d + ")").orElse(""), n.id());
        }
      }
      for (CorrectiveAction a : actions) {
        if (byAsOf(ix, a.completedOn()).isEmpty() && ix.asOf().isAfter(a.dueDate())) {
          items.fail("corrective action " + a.id().value() + " overdue since " + a.dueDate(), a.id(), a.nonconformity());
        }
      }
      items.report("no nonconformity or corrective action past its due date", "complete or re-plan the listed items");
      out.evidence("no nonconformity or corrective action overdue");
    }
  }
}
