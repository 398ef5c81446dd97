package io.ismskit.core.internal.conformance;

import io.ismskit.core.asset.AssetId;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.conformance.IsmsIndex;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskId;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 8, operation. Not part of the API. */
public final class OperationRules {
  private OperationRules() {}

  /** 8.1: processes operated against criteria, with records. */
  public static final class OperationalControl extends BuiltInRule {
    /** The rule. */
    public OperationalControl() {
      super("8.1-operational-control", "Each ISMS process has criteria it is operated and controlled against, and "
          + "records showing it was carried out as planned.", "8.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<IsmsProcess> ps = ix.isms().processes();
      if (ps.isEmpty()) {
        out.notApplicable("no process (see 4.4-processes)");
        return;
      }
      Items items = out.items("uncontrolled", ps.size());
      for (IsmsProcess p : ps) {
        if (p.operatingCriteria().isEmpty()) {
          items.fail("process " + p.id().value() + " has no operating criteria", p.id());
        } else if (p.lastPerformed().isEmpty() || p.lastPerformed().get().isAfter(ix.asOf())) {
          items.fail("process " + p.id().value() + " has no record of being carried out", p.id());
        }
      }
      items.report("operating criteria and execution records for every process", "define criteria and keep records "
          + "for the listed processes");
      out.evidence(ps.size() + " processes operated against criteria");
    }
  }

  /** 8.2: risks re-assessed within the planned interval. */
  public static final class AssessmentInterval extends BuiltInRule {
    /** The rule. */
    public AssessmentInterval() {
      super("8.2-assessment-interval", "Risk assessments are performed at the planned interval set in the risk "
          + "criteria.", "8.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> co = ix.isms().riskCriteria();
      if (co.isEmpty()) {
        out.notApplicable("no risk criteria, so no planned interval (see 6.1.2-criteria)");
        return;
      }
      List<Risk> risks = ix.isms().risks();
      Items items = out.items("stale", risks.size());
      LocalDate oldest = ix.asOf().minus(co.get().assessmentInterval());
      for (Risk r : risks) {
        Optional<LocalDate> last = r.lastAssessedOn();
        if (last.isEmpty() || last.get().isBefore(oldest)) {
          items.fail("risk " + r.id().value() + last.map(d -> " last assessed " + d).orElse(" never assessed"), r.id());
        }
      }
      items.report("every risk assessed within " + co.get().assessmentInterval(), "re-assess the listed risks");
      out.evidence(risks.size() + " risks assessed within the interval");
    }
  }

  /** 8.2: risks re-assessed after a significant change. */
  public static final class SignificantChange extends BuiltInRule {
    /** The rule. */
    public SignificantChange() {
      super("8.2-significant-change", "Risks are re-assessed when a significant change is carried out: every risk a "
          + "completed significant change affects (directly or through its assets) is assessed after the change.",
          "8.2", "6.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Map<RiskId, Risk> affected = new LinkedHashMap<>();
      Map<RiskId, PlannedChange> cause = new LinkedHashMap<>();
      int changes = 0;
      for (PlannedChange c : ix.isms().changes()) {
        if (!c.significant() || c.completedOn().isEmpty() || c.completedOn().get().isAfter(ix.asOf())) {
          continue;
        }
        changes++;
        LocalDate done = c.completedOn().get();
        Set<RiskId> seen = new HashSet<>();
        List<Risk> rs = new ArrayList<>();
        for (RiskId id : c.risks()) {
          ix.risk(id).ifPresent(rs::add);
        }
        for (AssetId a : c.assets()) {
          rs.addAll(ix.risksOf(a));
        }
        for (Risk r : rs) {
          if (!seen.add(r.id())) {
            continue;
          }
          affected.putIfAbsent(r.id(), r);
          if (r.lastAssessedOn().map(d -> d.isBefore(done)).orElse(true)) {
            cause.putIfAbsent(r.id(), c);
          }
        }
      }
      if (changes == 0) {
        out.notApplicable("no significant change completed");
        return;
      }
      Items items = out.items("not-reassessed", affected.size());
      for (Map.Entry<RiskId, PlannedChange> e : cause.entrySet()) {
        Risk r = java.util.Objects.requireNonNull(affected.get(e.getKey()));
        items.fail("risk " + e.getKey().value() + " last assessed " + r.lastAssessedOn().map(Object::toString)
            .orElse("never") + ", before change " + e.getValue().id().value() + " completed "
            + e.getValue().completedOn().orElseThrow(), e.getKey(), e.getValue().id());
      }
      items.report("every risk affected by a significant change re-assessed after it", "re-assess the listed risks");
      out.evidence(affected.size() + " risks affected by " + changes + " significant changes, all re-assessed");
    }
  }

  /** 8.3: the risk treatment plan implemented: no overdue action. */
  public static final class TreatmentPlan extends BuiltInRule {
    /** The rule. */
    public TreatmentPlan() {
      super("8.3-treatment-plan", "The risk treatment plan is implemented: no treatment action is open past its due "
          + "date.", "8.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      int actions = 0;
      for (Risk r : ix.isms().risks()) {
        if (r.treatment().isPresent()) {
          actions += r.treatment().get().actions().size();
        }
      }
      if (actions == 0) {
        out.notApplicable("no treatment action planned");
        return;
      }
      Items items = out.items("overdue", actions);
      for (Risk r : ix.isms().risks()) {
        if (r.treatment().isEmpty()) {
          continue;
        }
        for (TreatmentAction a : r.treatment().get().actions()) {
          if (a.overdue(ix.asOf())) {
            items.fail("risk " + r.id().value() + " action '" + a.description() + "' due " + a.dueDate() + " is "
                + a.status(), r.id());
          }
        }
      }
      items.report("no treatment action open past its due date", "complete or re-plan the listed actions");
      out.evidence(actions + " treatment actions on schedule");
    }
  }
}
