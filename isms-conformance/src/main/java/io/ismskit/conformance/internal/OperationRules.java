package io.ismskit.conformance.internal;

import static io.ismskit.conformance.internal.BuiltInRule.byAsOf;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.ScopeInterface;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** The built-in rules of clause 8, operation. Not part of the API. */
public final class OperationRules {
  private OperationRules() {}

  /**
   * The date of the latest assessment of {@code r} — inherent, residual or earlier — on or before the
   * as-of date; an assessment dated later has not happened yet. As cheap as {@link
   * Risk#lastAssessedOn()} unless that is after the as-of date.
   */
  static Optional<LocalDate> lastAssessedBy(IsmsIndex ix, Risk r) {
    Optional<LocalDate> last = r.lastAssessedOn();
    if (last.isEmpty() || byAsOf(ix, last.get())) {
      return last;
    }
    LocalDate best = null;
    List<RiskAssessment> all = new ArrayList<>(r.history());
    r.inherent().ifPresent(all::add);
    r.residual().ifPresent(all::add);
    for (RiskAssessment a : all) {
      if (byAsOf(ix, a.assessedOn()) && (best == null || a.assessedOn().isAfter(best))) {
        best = a.assessedOn();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The Annex A controls by which externally provided processes are controlled (A.5.19, A.5.22). */
  static final List<ControlId> SUPPLIER_CONTROLS = List.of(ControlId.of("A.5.19"), ControlId.of("A.5.22"));

  /**
   * 8.1: processes operated against criteria, with records; externally provided processes
   * controlled; unintended changes reviewed for their consequences.
   *
   * <ul>
   *   <li>each ISMS process has operating criteria and a record of being carried out;
   *   <li>when a process is externally provided or the scope names an outsourced interface, the
   *       Statement of Applicability includes the supplier controls by which such processes are
   *       controlled: A.5.19 (information security in supplier relationships) and A.5.22
   *       (monitoring, review and change management of supplier services);
   *   <li>a change carried out without prior approval (none recorded, or approved only after it was
   *       completed) was not intended as planned; its consequences must be reviewed: its impact is
   *       recorded.
   * </ul>
   *
   * <p>Grading: uncontrolled processes and unreviewed unintended changes are each graded by share;
   * the supplier controls missing are graded by share over the two (one missing is an isolated
   * lapse, both missing means outsourced processes are not controlled at all).
   */
  public static final class OperationalControl extends BuiltInRule {
    /** The rule. */
    public OperationalControl() {
      super("8.1-operational-control", "Each ISMS process has criteria it is operated and controlled against and "
          + "records showing it was carried out as planned; externally provided processes are controlled; the "
          + "consequences of unintended changes are reviewed.", "8.1");
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
        } else if (byAsOf(ix, p.lastPerformed()).isEmpty()) {
          items.fail("process " + p.id().value() + " has no record of being carried out", p.id());
        }
      }
      items.report("operating criteria and execution records for every process", "define criteria and keep records "
          + "for the listed processes");
      externallyProvided(ix, out);
      unintendedChanges(ix, out);
      out.evidence(ps.size() + " processes operated against criteria; external provision and unintended changes "
          + "controlled");
    }

    private static void externallyProvided(IsmsIndex ix, Out out) {
      List<EntityRef> external = new ArrayList<>();
      for (IsmsProcess p : ix.isms().processes()) {
        if (p.externallyProvided()) {
          external.add(EntityRef.of(p.id()));
        }
      }
      boolean outsourced = ix.isms().scope().map(s -> s.interfaces().stream().anyMatch(ScopeInterface::outsourced))
          .orElse(false);
      if (external.isEmpty() && !outsourced) {
        return;
      }
      Items items = out.items("external-provision", SUPPLIER_CONTROLS.size());
      for (ControlId c : SUPPLIER_CONTROLS) {
        if (!ix.applicable(c)) {
          EntityRef[] refs = new EntityRef[external.size() + 1];
          refs[0] = EntityRef.of(c);
          for (int i = 0; i < external.size(); i++) {
            refs[i + 1] = external.get(i);
          }
          items.fail(c.value() + " is not applicable in the SoA, though "
              + (external.isEmpty() ? "the scope names outsourced interfaces" : external.size()
              + " process(es) are externally provided"), refs).control(c);
        }
      }
      items.report("externally provided processes controlled: " + SUPPLIER_CONTROLS + " applicable in the SoA",
          "include the supplier controls in the SoA and apply them to the external providers");
    }

    private static void unintendedChanges(IsmsIndex ix, Out out) {
      int unintended = 0;
      Items items = out.items("unintended-change", 0);
      for (PlannedChange c : ix.isms().changes()) {
        Optional<LocalDate> done = byAsOf(ix, c.completedOn());
        if (done.isEmpty() || c.approval().map(a -> !a.on().isAfter(done.get())).orElse(false)) {
          continue;
        }
        unintended++;
        if (c.impact().isEmpty()) {
          items.fail("change " + c.id().value() + " completed " + done.get() + " without prior approval and without "
              + "a review of its consequences", c.id());
        }
      }
      items.total(unintended).report("the consequences of every change carried out without prior approval "
          + "reviewed (its impact recorded)", "review the consequences of the listed changes, record their impact "
          + "and mitigate any adverse effect");
    }
  }

  /**
   * 8.2: risks re-assessed within the planned interval. Computes without overflow for every
   * supported as-of date ({@link RiskCriteria#assessmentOverdue(LocalDate)}: dates and periods stay
   * within {@link io.ismskit.core.base.Dates}).
   *
   * <p>An assessment dated after the as-of date has not happened yet: the risk then counts from its
   * latest assessment (inherent, residual or earlier) on or before it, and without one it was not
   * assessed by then. A risk identified after the as-of date is not in the register yet ({@link
   * RiskScanRule}).
   *
   * <p>Grading: by share over the register.
   */
  public static final class AssessmentInterval extends RiskScanRule {
    /** The rule. */
    public AssessmentInterval() {
      super("8.2-assessment-interval", "Risk assessments are performed at the planned interval set in the risk "
          + "criteria.", "8.2");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> co = ix.isms().riskCriteria();
      if (co.isEmpty()) {
        out.notApplicable("no risk criteria, so no planned interval (see 6.1.2-criteria)");
        return null;
      }
      Items items = out.items("stale", 0);
      LocalDate asOf = ix.asOf();
      Period interval = co.get().assessmentInterval();
      Predicate<Risk> overdue = co.get().assessmentOverdue(asOf);
      return new Scan() {
        int risks;

        @Override
        public void risk(Risk r) {
          risks++;
          Optional<LocalDate> latest = r.lastAssessedOn();
          if (latest.isPresent() && latest.get().isAfter(asOf)) {
            // assessed after the as-of date: judged by what was assessed by then
            Optional<LocalDate> last = lastAssessedBy(ix, r);
            if (last.isEmpty()) {
              items.fail("risk " + r.id().value() + " not assessed by " + asOf + " (first assessed "
                  + latest.get() + ")", r.id());
            } else if (last.isPresent() && last.get().plus(interval).isBefore(asOf)) {
              items.fail("risk " + r.id().value() + " last assessed " + last.get() + " by " + asOf, r.id());
            }
          } else if (overdue.test(r)) {
            items.fail("risk " + r.id().value() + latest.map(d -> " last assessed " + d).orElse(" never assessed"),
                r.id());
          }
        }

        @Override
        public void finish() {
          items.total(risks).report("every risk assessed within " + co.get().assessmentInterval(), "re-assess the "
              + "listed risks");
          out.evidence(risks + " risks assessed within the interval");
        }
      };
    }
  }

  /**
   * 8.2: risks re-assessed after a significant change (the change completed, and the risk assessed,
   * on or before the as-of date: what is dated later has not happened yet).
   *
   * <p>Grading: by share over the risks the significant changes affect.
   */
  public static final class SignificantChange extends RiskScanRule {
    /** The rule. */
    public SignificantChange() {
      super("8.2-significant-change", "Risks are re-assessed when a significant change is carried out: every risk a "
          + "completed significant change affects (directly or through its assets) is assessed after the change.",
          "8.2", "6.3");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      // the latest completed significant change per asset and per risk
      Map<AssetId, PlannedChange> byAsset = new HashMap<>();
      Map<RiskId, PlannedChange> byRisk = new HashMap<>();
      int changes = 0;
      for (PlannedChange c : ix.isms().changes()) {
        if (!c.significant() || byAsOf(ix, c.completedOn()).isEmpty()) {
          continue;
        }
        changes++;
        for (AssetId a : c.assets()) {
          byAsset.merge(a, c, OperationRules::later);
        }
        for (RiskId id : c.risks()) {
          byRisk.merge(id, c, OperationRules::later);
        }
      }
      if (changes == 0) {
        out.notApplicable("no significant change completed");
        return null;
      }
      int significant = changes;
      Items items = out.items("not-reassessed", 0);
      return new Scan() {
        int affected;

        @Override
        public void risk(Risk r) {
          PlannedChange c = byRisk.isEmpty() ? null : byRisk.get(r.id());
          if (!byAsset.isEmpty()) {
            for (AssetId a : r.assets()) {
              PlannedChange x = byAsset.get(a);
              if (x != null && (c == null || later(c, x) == x)) {
                c = x;
              }
            }
          }
          if (c == null) {
            return;
          }
          affected++;
          LocalDate done = c.completedOn().orElseThrow();
          Optional<LocalDate> last = lastAssessedBy(ix, r);
          if (last.isEmpty() || last.get().isBefore(done)) {
            items.fail("risk " + r.id().value() + " last assessed " + last.map(Object::toString).orElse("never")
                + ", before change " + c.id().value() + " completed " + done, r.id(), c.id());
          }
        }

        @Override
        public void finish() {
          items.total(affected);
          items.report("every risk affected by a significant change re-assessed after it", "re-assess the listed "
              + "risks");
          out.evidence(affected + " risks affected by " + significant + " significant changes, all re-assessed");
        }
      };
    }
  }

  private static PlannedChange later(PlannedChange a, PlannedChange b) {
    return b.completedOn().orElseThrow().isAfter(a.completedOn().orElseThrow()) ? b : a;
  }

  /**
   * 8.3: the risk treatment plan implemented: no overdue action. An action completed after the
   * as-of date was still open on it.
   *
   * <p>Grading: by share over the treatment actions.
   */
  public static final class TreatmentPlan extends RiskScanRule {
    /** The rule. */
    public TreatmentPlan() {
      super("8.3-treatment-plan", "The risk treatment plan is implemented: no treatment action is open past its due "
          + "date.", "8.3");
    }

    @Override
    protected Scan scan(IsmsIndex ix, Out out) {
      Items items = out.items("overdue", 0);
      return new Scan() {
        int actions;

        @Override
        public void risk(Risk r) {
          if (r.treatment().isEmpty()) {
            return;
          }
          List<TreatmentAction> as = r.treatment().get().actions();
          actions += as.size();
          for (TreatmentAction a : as) {
            boolean doneLater = a.progress().completedOn().map(d -> !byAsOf(ix, d)).orElse(false);
            if (a.overdue(ix.asOf()) || (doneLater && ix.asOf().isAfter(a.dueDate()))) {
              items.fail("risk " + r.id().value() + " action '" + a.description() + "' due " + a.dueDate() + " is "
                  + (doneLater ? "not done by " + ix.asOf() + " (" + a.progress() + ")" : a.progress().status()),
                  r.id());
            }
          }
        }

        @Override
        public void finish() {
          if (actions == 0) {
            out.notApplicable("no treatment action planned");
            return;
          }
          items.total(actions);
          items.report("no treatment action open past its due date", "complete or re-plan the listed actions");
          out.evidence(actions + " treatment actions on schedule");
        }
      };
    }
  }

  /**
   * 8.3: the SoA shows the implementation status that the treatment results reached.
   *
   * <p>Grading: by share over the implementation records.
   */
  public static final class SoaStatus extends BuiltInRule {
    /** The rule. */
    public SoaStatus() {
      super("8.3-soa-status", "The Statement of Applicability is kept current with the results of risk treatment: "
          + "each applicable control's implementation status in the SoA is the status its implementation record "
          + "shows.", "8.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<ControlImplementation> records = ix.isms().controlImplementations();
      Items items = out.items("soa-status-stale", records.size());
      int compared = 0;
      for (ControlImplementation c : records) {
        Optional<SoaEntry> e = ix.soaEntry(c.control());
        if (e.isEmpty() || !e.get().applicable()) {
          continue;
        }
        compared++;
        Optional<ImplementationStatus> shown = e.get().implementationStatus();
        if (shown.isPresent() && shown.get() != c.status()) {
          items.fail("control " + c.control().value() + " is " + c.status() + " but the SoA shows " + shown.get(),
              c.control());
        }
      }
      items.report("the SoA's implementation status of every applicable control matches its implementation record",
          "update the listed SoA entries to the status the implementation records show, and re-approve the SoA");
      out.evidence(compared == 0
          ? "no implementation record to compare; the SoA's statuses stand on their own"
          : compared + " implementation records agree with the SoA");
    }
  }
}
