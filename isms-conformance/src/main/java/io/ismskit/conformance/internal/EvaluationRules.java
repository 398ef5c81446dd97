package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 9, performance evaluation. Not part of the API. */
public final class EvaluationRules {
  private EvaluationRules() {}

  /** The 30 requirement-bearing sub-clauses of clauses 4 to 10. */
  static final List<ClauseId> REQUIREMENT_CLAUSES = Iso27001_2022.framework().requirementClauseIds();

  /** How long after fieldwork an audit may stay unreported. */
  static final int REPORTING_GRACE_DAYS = 30;

  static final Period REPORTING_GRACE = Period.ofDays(REPORTING_GRACE_DAYS);

  /** The 30 requirement-bearing sub-clauses, for the testkit and hosts. */
  public static List<ClauseId> requirementClauses() {
    return REQUIREMENT_CLAUSES;
  }

  /** The audit programme in force on the as-of date (latest start), else the one that ended last. */
  static Optional<AuditProgramme> programme(IsmsIndex ix) {
    AuditProgramme inForce = null;
    AuditProgramme ended = null;
    for (AuditProgramme p : ix.isms().auditProgrammes()) {
      if (p.covers(ix.asOf())) {
        if (inForce == null || p.start().isAfter(inForce.start())) {
          inForce = p;
        }
      } else if (p.end().isBefore(ix.asOf()) && (ended == null || p.end().isAfter(ended.end()))) {
        ended = p;
      }
    }
    return Optional.ofNullable(inForce != null ? inForce : ended);
  }

  /**
   * 9.1: metrics measured and evaluated in each period.
   *
   * <p>Grading: no metric is major (performance is not evaluated at all, so nobody can tell whether
   * the ISMS achieves its outcomes); unmeasured and unevaluated metrics are each graded by share.
   */
  public static final class Monitoring extends BuiltInRule {
    /** The rule. */
    public Monitoring() {
      super("9.1-monitoring", "What needs monitoring and measuring is determined, and each metric is measured and its "
          + "result evaluated within its frequency.", "9.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Metric> ms = ix.isms().metrics();
      if (ms.isEmpty()) {
        out.missing("missing", "metrics of security performance and ISMS effectiveness", "no metric",
            "define what is measured, how, when and by whom");
        return;
      }
      Items unmeasured = out.items("not-measured", ms.size());
      Items unevaluated = out.items("not-evaluated", ms.size());
      for (Metric m : ms) {
        LocalDate from = ix.asOf().minus(m.frequency());
        Measurement latest = null;
        for (Measurement x : ix.measurements(m.id())) {
          if (byAsOf(ix, x.measuredOn()) && (latest == null || x.measuredOn().isAfter(latest.measuredOn()))) {
            latest = x;
          }
        }
        if (latest == null || latest.measuredOn().isBefore(from)) {
          unmeasured.fail("metric " + m.id().value() + (latest == null ? " never measured" : " last measured "
              + latest.measuredOn()), m.id());
        } else if (latest.evaluation().filter(e -> byAsOf(ix, e.on())).isEmpty()) {
          unevaluated.fail("metric " + m.id().value() + " measurement " + latest.id().value() + " not evaluated",
              m.id(), latest.id());
        }
      }
      unmeasured.report("every metric measured within its frequency", "measure the listed metrics");
      unevaluated.report("every latest measurement evaluated", "analyse and evaluate the listed measurements");
      out.evidence(ms.size() + " metrics measured and evaluated on schedule");
    }
  }

  /**
   * 9.2.1: internal audits performed at planned intervals. An audit performed after the as-of date
   * was not performed on it: if it was planned before, it was overdue. An audit planned for a date
   * after the as-of date is not due yet: it is not among the audits whose share performed on time is
   * graded.
   *
   * <p>Grading: no programme, or no audit ever performed, is major (9.2 not addressed); a cycle
   * overrunning the interval is a minor lapse; planned audits not performed by their date are graded
   * by share.
   */
  public static final class InternalAudits extends BuiltInRule {
    /** The rule. */
    public InternalAudits() {
      super("9.2.1-internal-audit", "Internal audits are carried out at planned intervals under an audit programme, "
          + "and planned audits take place.", "9.2.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.isms().auditProgrammes().isEmpty()) {
        out.missing("no-programme", "an internal audit programme", "no audit programme",
            "establish an internal audit programme");
        return;
      }
      LocalDate last = null;
      int scheduled = 0;
      for (InternalAudit a : ix.isms().audits()) {
        if (a.progress().status() != AuditStatus.CANCELLED && existsByAsOf(ix, a.plannedOn())) {
          scheduled++;
        }
        Optional<LocalDate> performed = a.progress().performedOn();
        if (performed.isPresent() && byAsOf(ix, performed.get()) && (last == null || performed.get().isAfter(last))) {
          last = performed.get();
        }
      }
      Period interval = ix.isms().intervals().internalAudit();
      if (last == null) {
        out.missing("none-performed", "an internal audit performed within " + interval, "no audit performed",
            "carry out the internal audits of the programme");
      } else if (last.plus(interval).isBefore(ix.asOf())) {
        out.lapse("overdue-cycle", List.of(), "an internal audit performed within " + interval,
            "last audit performed " + last, "carry out the next internal audit");
      }
      Items overdue = out.items("overdue", scheduled);
      for (InternalAudit a : ix.isms().audits()) {
        Optional<LocalDate> performed = a.progress().performedOn();
        boolean notYet = a.progress().status() == AuditStatus.PLANNED || (performed.isPresent()
            && !byAsOf(ix, performed.get()));
        if (notYet && a.plannedOn().isBefore(ix.asOf())) {
          overdue.fail("audit " + a.id().value() + " planned " + a.plannedOn() + " not performed"
              + performed.map(d -> " by " + ix.asOf() + " (performed " + d + ")").orElse(""), a.id());
        }
      }
      overdue.report("every planned audit performed by its planned date", "perform or re-plan the listed audits");
      out.evidence("last internal audit performed " + last);
    }
  }

  /**
   * 9.2.2: the programme covers all clauses and the applicable controls within its period.
   *
   * <p>Grading: an unapproved programme is a minor lapse; unaudited clauses and controls are each
   * graded by share.
   */
  public static final class ProgrammeCoverage extends BuiltInRule {
    /** The rule. */
    public ProgrammeCoverage() {
      super("9.2.2-programme-coverage", "The audit programme is approved and, within its period, audits every "
          + "requirement of clauses 4 to 10 and every control the SoA declares applicable.", "9.2.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<AuditProgramme> po = programme(ix);
      if (po.isEmpty()) {
        out.notApplicable("no audit programme (see 9.2.1-internal-audit)");
        return;
      }
      AuditProgramme p = po.get();
      Set<ClauseId> clauses = new HashSet<>();
      Set<ControlId> controls = new HashSet<>();
      for (InternalAudit a : ix.isms().audits()) {
        if (a.programme().equals(p.id()) && a.progress().status() != AuditStatus.CANCELLED
            && !a.plannedOn().isBefore(p.start()) && !a.plannedOn().isAfter(p.end())) {
          clauses.addAll(a.clauses());
          controls.addAll(a.controls());
        }
      }
      if (p.approvedBy().isEmpty()) {
        out.lapse("unapproved", List.of(EntityRef.of(p.id())), "the audit programme approved", "not approved",
            "have the audit programme approved");
      }
      Items missingClauses = out.items("clauses", REQUIREMENT_CLAUSES.size());
      for (ClauseId c : REQUIREMENT_CLAUSES) {
        if (!covered(c, clauses)) {
          missingClauses.fail("clause " + c + " not audited", EntityRef.of("Clause", c.value()));
        }
      }
      missingClauses.report("every requirement clause audited within programme " + p.id().value(),
          "plan audits of the listed clauses within the programme period");
      List<ControlId> applicable = new ArrayList<>();
      ix.isms().statementOfApplicability().ifPresent(s -> {
        for (SoaEntry e : s.entries()) {
          if (e.applicable()) {
            applicable.add(e.control());
          }
        }
      });
      Items missingControls = out.items("controls", applicable.size());
      for (ControlId c : applicable) {
        if (!controls.contains(c)) {
          missingControls.fail("control " + c.value() + " not audited", EntityRef.of(c)).control(c);
        }
      }
      missingControls.report("every applicable control audited within programme " + p.id().value(),
          "plan audits of the listed controls within the programme period");
      out.evidence("programme " + p.id().value() + " covers all clauses and " + applicable.size()
          + " applicable controls");
    }

    private static boolean covered(ClauseId c, Set<ClauseId> audited) {
      // an audit of c, of one of its parents, or of the whole clause
      String v = c.value();
      while (true) {
        if (audited.contains(ClauseId.of(v))) {
          return true;
        }
        int dot = v.lastIndexOf('.');
        if (dot < 0) {
          return false;
        }
        v = v.substring(0, dot);
      }
    }
  }

  /**
   * 9.2.2 b: auditors objective and impartial.
   *
   * <p>Grading: by share over the audits.
   */
  public static final class Impartiality extends BuiltInRule {
    /** The rule. */
    public Impartiality() {
      super("9.2.2-impartiality", "Auditors are objective and impartial: no auditor audits their own work (is among "
          + "the auditees or owns an audited process).", "9.2.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<InternalAudit> audits = new ArrayList<>();
      for (InternalAudit a : ix.isms().audits()) {
        if (a.progress().status() != AuditStatus.CANCELLED) {
          audits.add(a);
        }
      }
      if (audits.isEmpty()) {
        out.notApplicable("no audit (see 9.2.1-internal-audit)");
        return;
      }
      Items items = out.items("own-work", audits.size());
      for (InternalAudit a : audits) {
        Set<PersonId> own = new HashSet<>(a.auditees());
        for (ProcessId pid : a.processes()) {
          ix.process(pid).map(IsmsProcess::owner).ifPresent(own::add);
        }
        for (PersonId auditor : a.auditors()) {
          if (own.contains(auditor)) {
            items.fail("audit " + a.id().value() + ": auditor " + auditor.value() + " audits their own work",
                a.id(), auditor);
            break;
          }
        }
      }
      items.report("no auditor among the auditees or owning an audited process", "assign independent auditors to the "
          + "listed audits");
      out.evidence(audits.size() + " audits with independent auditors");
    }
  }

  /**
   * 9.2.2 c: results reported to the relevant managers (on or before the as-of date: a report dated
   * later is not made yet).
   *
   * <p>Grading: by share over the audits performed.
   */
  public static final class Reporting extends BuiltInRule {
    /** The rule. */
    public Reporting() {
      super("9.2.2-reporting", "The results of every performed audit are reported to the relevant managers and "
          + "retained as a report, within " + REPORTING_GRACE_DAYS + " days of the fieldwork.", "9.2.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<InternalAudit> done = new ArrayList<>();
      for (InternalAudit a : ix.isms().audits()) {
        Optional<LocalDate> performed = a.progress().performedOn();
        if (performed.isPresent() && performed.get().plus(REPORTING_GRACE).isBefore(ix.asOf())) {
          done.add(a);
        }
      }
      if (done.isEmpty()) {
        out.notApplicable("no audit performed more than " + REPORTING_GRACE_DAYS + " days ago");
        return;
      }
      Items items = out.items("unreported", done.size());
      for (InternalAudit a : done) {
        AuditStatus status = a.progress().status();
        boolean reported = status == AuditStatus.REPORTED && byAsOf(ix, a.progress().reportedOn()).isPresent();
        if (!reported || a.report().isEmpty() || a.reportedTo().isEmpty()) {
          items.fail("audit " + a.id().value() + " performed " + a.progress().performedOn().orElseThrow() + " is "
              + (status != AuditStatus.REPORTED ? "not reported" : !reported ? "not reported by " + ix.asOf()
              + " (reported " + a.progress().reportedOn().orElseThrow() + ")" : a.report().isEmpty()
              ? "without report" : "reported to nobody"), a.id());
        }
      }
      items.report("every performed audit reported, with a report, to the relevant managers", "issue and distribute "
          + "the reports of the listed audits");
      out.evidence(done.size() + " audits reported");
    }
  }

  /**
   * 9.3.1: management review held within the interval, with top management.
   *
   * <p>Grading: no review ever held is major (9.3 not addressed); an overdue review and a review
   * without top management are each a minor lapse of the one latest review.
   */
  public static final class ReviewHeld extends BuiltInRule {
    /** The rule. */
    public ReviewHeld() {
      super("9.3.1-management-review", "Top management reviews the ISMS at the planned interval, and attends the "
          + "review.", "9.3.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<ManagementReview> ro = ix.latestReview();
      if (ro.isEmpty()) {
        out.missing("missing", "a management review", "no management review held", "hold a management review");
        return;
      }
      ManagementReview r = ro.get();
      Period interval = ix.isms().intervals().managementReview();
      if (r.heldOn().plus(interval).isBefore(ix.asOf())) {
        out.lapse("overdue", List.of(EntityRef.of(r.id())), "a management review within " + interval,
            "last held " + r.heldOn(), "hold the management review");
      }
      boolean tm = false;
      for (PersonId p : r.attendees()) {
        tm |= ix.topManagement(p);
      }
      if (!tm) {
        out.lapse("top-management", List.of(EntityRef.of(r.id())), "top management attending the review",
            "no attendee is top management", "have top management attend and lead the review");
      }
      out.evidence("review " + r.id().value() + " held " + r.heldOn() + " with top management");
    }
  }

  /**
   * 9.3.2: every required input considered, and the inputs claimed backed by the artefacts they
   * consider.
   *
   * <p>A review that lists an input must have had something to consider: for the inputs the model
   * can trace, an artefact of that kind must exist on or before the day of the review — changes in
   * issues: a context issue; monitoring results: an evaluated measurement; audit results: an
   * internal audit performed; fulfilment of objectives: an objective; risk assessment results: an
   * assessed risk. (The model does not record which artefacts a review considered; see the
   * conformance docs.)
   *
   * <p>Grading: missing inputs and inputs claimed without an artefact are each graded by share over
   * the ten inputs.
   */
  public static final class ReviewInputs extends BuiltInRule {
    /** The rule. */
    public ReviewInputs() {
      super("9.3.2-review-inputs", "The management review considers every required input: previous actions, changes "
          + "in issues and in interested parties' needs, performance feedback (nonconformities, monitoring, audits, "
          + "objectives), interested-party feedback, risk assessment and treatment status, and improvement "
          + "opportunities; each input it lists rests on artefacts that existed when it was held.", "9.3.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<ManagementReview> ro = ix.latestReview();
      if (ro.isEmpty()) {
        out.notApplicable("no management review (see 9.3.1-management-review)");
        return;
      }
      ManagementReview r = ro.get();
      Items items = out.items("missing-inputs", ReviewInput.values().length);
      Set<ReviewInput> missing = EnumSet.allOf(ReviewInput.class);
      missing.removeAll(r.inputs());
      for (ReviewInput i : missing) {
        items.fail("input " + i + " not considered", EntityRef.of(r.id()));
      }
      items.report("all " + ReviewInput.values().length + " inputs considered in review " + r.id().value(),
          "consider the missing inputs in the review and minute them");
      Items unsupported = out.items("unsupported-inputs", ReviewInput.values().length);
      for (ReviewInput i : r.inputs()) {
        if (!backed(ix, i, r.heldOn())) {
          unsupported.fail("input " + i + " listed, but nothing of that kind existed by " + r.heldOn(),
              EntityRef.of(r.id()));
        }
      }
      unsupported.report("each input of review " + r.id().value() + " resting on artefacts that existed when it was "
          + "held", "record the artefacts the review considered, or correct the inputs listed");
      out.evidence("review " + r.id().value() + " considered all inputs, each backed by its artefacts");
    }

    /** Whether an artefact of input {@code i}'s kind existed on {@code day}; true for inputs the model cannot trace. */
    static boolean backed(IsmsIndex ix, ReviewInput i, LocalDate day) {
      Isms isms = ix.isms();
      return switch (i) {
        case ISSUE_CHANGES -> isms.contextIssues().stream().anyMatch(c -> !c.identifiedOn().isAfter(day));
        case MONITORING_RESULTS -> isms.measurements().stream()
            .anyMatch(m -> m.evaluation().map(e -> !e.on().isAfter(day)).orElse(false));
        case AUDIT_RESULTS -> isms.audits().stream()
            .anyMatch(a -> a.progress().performedOn().map(d -> !d.isAfter(day)).orElse(false));
        case OBJECTIVE_FULFILMENT -> !isms.objectives().isEmpty();
        case RISK_STATUS -> isms.risks().stream().anyMatch(k -> assessedBy(k, day));
        default -> true;
      };
    }

    private static boolean assessedBy(Risk k, LocalDate day) {
      if (k.inherent().map(a -> !a.assessedOn().isAfter(day)).orElse(false)) {
        return true;
      }
      for (RiskAssessment a : k.history()) {
        if (!a.assessedOn().isAfter(day)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * 9.3.3: the review results in decisions, with owners, due dates and minutes.
   *
   * <p>Grading: every check concerns the one latest review, so each is a minor lapse — a review with
   * no decision at all included: the review was held (9.3.1), what is missing is its results.
   * Decisions without owner or due date are graded by share.
   */
  public static final class ReviewOutputs extends BuiltInRule {
    /** The rule. */
    public ReviewOutputs() {
      super("9.3.3-review-outputs", "The management review results in decisions on improvement opportunities and on "
          + "changes to the ISMS, each with an owner and a due date, kept as documented information.", "9.3.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<ManagementReview> ro = ix.latestReview();
      if (ro.isEmpty()) {
        out.notApplicable("no management review (see 9.3.1-management-review)");
        return;
      }
      ManagementReview r = ro.get();
      List<EntityRef> ref = List.of(EntityRef.of(r.id()));
      if (r.decisions().isEmpty()) {
        out.lapse("no-decisions", ref, "decisions on improvement and changes", "review " + r.id().value()
            + " took no decision", "record the review's decisions");
        return;
      }
      boolean improvementOrChange = false;
      Items items = out.items("incomplete-actions", r.decisions().size());
      for (int i = 0; i < r.decisions().size(); i++) {
        ReviewDecision d = r.decisions().get(i);
        improvementOrChange |= d.kind() == DecisionKind.IMPROVEMENT || d.kind() == DecisionKind.CHANGE;
        if (d.owner().isEmpty() || d.dueDate().isEmpty()) {
          items.fail("decision " + i + " '" + d.description() + "' has no " + (d.owner().isEmpty() ? "owner"
              : "due date"), EntityRef.of(r.id()));
        }
      }
      if (!improvementOrChange) {
        out.lapse("no-improvement", ref, "a decision on improvement opportunities or on changes to the ISMS",
            "only decisions of other kinds", "decide which improvements to pursue and what to change");
      }
      items.report("every decision with an owner and a due date", "assign owners and due dates");
      if (r.minutes().isEmpty()) {
        out.lapse("minutes", ref, "the results kept as documented information (minutes)", "no minutes",
            "link the review's minutes");
      }
      out.evidence("review " + r.id().value() + " took " + r.decisions().size() + " decisions");
    }
  }
}
