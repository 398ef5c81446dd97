package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.risk.ActionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The built-in rules of clause 10, improvement. Not part of the API. */
public final class ImprovementRules {
  private ImprovementRules() {}

  /** 10.1: continual improvement recorded and ongoing. */
  public static final class ContinualImprovement extends BuiltInRule {
    /** The rule. */
    public ContinualImprovement() {
      super("10.1-improvement", "The ISMS is continually improved: improvements are recorded, raised in every review "
          + "period, and completed ones state their outcome.", "10.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Improvement> is = ix.isms().improvements();
      if (is.isEmpty()) {
        out.missing("missing", "recorded improvements", "no improvement recorded", "record improvement opportunities "
            + "and actions");
        return;
      }
      LocalDate from = ix.asOf().minus(ix.isms().intervals().managementReview());
      boolean recent = false;
      int done = 0;
      for (Improvement i : is) {
        recent |= !i.raisedOn().isBefore(from) && !i.raisedOn().isAfter(ix.asOf());
        if (i.progress().status() == ActionStatus.DONE) {
          done++;
        }
      }
      if (!recent) {
        out.lapse("stale", List.of(), "an improvement raised within " + ix.isms().intervals().managementReview(),
            "none raised since " + from, "identify and record improvement opportunities");
      }
      Items items = out.items("no-outcome", done);
      for (Improvement i : is) {
        if (i.progress().status() == ActionStatus.DONE && i.outcome().isEmpty()) {
          items.fail("improvement " + i.id().value() + " done without outcome", i.id());
        }
      }
      items.report("every completed improvement with its outcome", "record the outcome of the listed improvements");
      out.evidence(is.size() + " improvements recorded");
    }
  }

  /** 10.2 a-g: each nonconformity handled through correction, cause analysis, action and effectiveness review. */
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

  /** 10.2: nothing overdue. */
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
