package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.DecisionKind;
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
   * whose reviews decided nothing to improve is judged by its log alone.
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
      List<Improvement> is = ix.isms().improvements();
      int decided = followThrough(ix, out);
      if (is.isEmpty() && decided == 0) {
        out.lapse("missing", List.of(), "improvements decided and carried out over the cycle", "no improvement "
            + "recorded and none decided by a management review", "identify improvement opportunities, decide them "
            + "in the management review and record them");
        return;
      }
      int done = 0;
      for (Improvement i : is) {
        if (i.progress().status() == ActionStatus.DONE) {
          done++;
        }
      }
      Items items = out.items("no-outcome", done);
      for (Improvement i : is) {
        if (i.progress().status() == ActionStatus.DONE && i.outcome().isEmpty()) {
          items.fail("improvement " + i.id().value() + " done without outcome", i.id());
        }
      }
      items.report("every completed improvement with its outcome", "record the outcome of the listed improvements");
      out.evidence(decided + " improvements decided by management reviews, all followed through; " + is.size()
          + " improvements recorded");
    }

    /** Checks that every improvement decision of every review held is followed through; returns how many there are. */
    private static int followThrough(IsmsIndex ix, Out out) {
      Items items = out.items("not-followed-through", 0);
      int decided = 0;
      for (ManagementReview r : ix.isms().managementReviews()) {
        if (r.heldOn().isAfter(ix.asOf())) {
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
      Optional<Improvement> imp = d.improvement().flatMap(ix.isms()::improvement);
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
      if (status != ActionStatus.DONE && late) {
        return "improvement " + imp.get().id().value() + " is " + status + " past the decision's due date "
            + d.dueDate().orElseThrow();
      }
      return null;
    }
  }

  /**
   * 10.2 a-g: each nonconformity handled through correction, cause analysis, action and
   * effectiveness review.
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
      List<Nonconformity> ncs = ix.isms().nonconformities();
      if (ncs.isEmpty()) {
        out.notApplicable("no nonconformity recorded");
        return;
      }
      Items items = out.items("incomplete", ncs.size());
      for (Nonconformity n : ncs) {
        String p = problem(n, ix.correctiveActions(n.id()));
        if (p != null) {
          items.fail("nonconformity " + n.id().value() + " (" + n.progress().status() + "): " + p, n.id());
        }
      }
      items.report("each nonconformity handled as far as its status claims: correction, root cause, corrective "
          + "action, and an effective review before closure", "complete the handling of the listed nonconformities");
      out.evidence(ncs.size() + " nonconformities handled");
    }

    private static @Nullable String problem(Nonconformity n, List<CorrectiveAction> actions) {
      NonconformityStatus s = n.progress().status();
      if (s == NonconformityStatus.OPEN) {
        return null;
      }
      if (n.correction().isEmpty()) {
        return "no correction";
      }
      if (s == NonconformityStatus.CORRECTED || s == NonconformityStatus.REOPENED) {
        return null; // a reopened nonconformity has its causes analysed again
      }
      if (n.rootCause().isEmpty()) {
        return "no root cause";
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
        if (a.completedOn().isEmpty()) {
          return "corrective action " + a.id().value() + " not completed";
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
          if (a.effectivenessReview().map(r -> !r.effective()).orElse(true)) {
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
        if (!a.effectivenessReview().get().effective()) {
          return "closed though " + a.id().value() + " was found ineffective";
        }
        if (a.effectivenessReview().get().reviewedOn().isAfter(closed)) {
          return "closed on " + closed + " before the effectiveness review of " + a.id().value();
        }
      }
      return null;
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
   * 10.2: nothing overdue.
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
      List<Nonconformity> ncs = ix.isms().nonconformities();
      if (ncs.isEmpty() && ix.isms().correctiveActions().isEmpty()) {
        out.notApplicable("no nonconformity recorded");
        return;
      }
      Items items = out.items("overdue", ncs.size() + ix.isms().correctiveActions().size());
      for (Nonconformity n : ncs) {
        if (!n.closed() && n.dueDate().map(d -> d.isBefore(ix.asOf())).orElse(false)) {
          items.fail("nonconformity " + n.id().value() + " open past " + n.dueDate().get(), n.id());
        }
      }
      for (CorrectiveAction a : ix.isms().correctiveActions()) {
        if (a.overdue(ix.asOf())) {
          items.fail("corrective action " + a.id().value() + " overdue since " + a.dueDate(), a.id(), a.nonconformity());
        }
      }
      items.report("no nonconformity or corrective action past its due date", "complete or re-plan the listed items");
      out.evidence("no nonconformity or corrective action overdue");
    }
  }
}
