package io.ismskit.pdca;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The exit criteria of each phase: the machine's own (what must exist and be approved, the
 * thresholds of the profile) and the conformance checker's nonconformities in the phase's clauses.
 * Linear in the size of the ISMS.
 */
final class Gates {
  /** How many entities one criterion names. */
  static final int SAMPLE = 20;

  private Gates() {}

  /** Every unmet exit criterion of {@code leaving}, in clause and key order. */
  static List<UnmetCriterion> unmet(Phase leaving, CycleState state, Isms isms, LocalDate asOf, Profile profile,
      ConformanceReport report) {
    List<UnmetCriterion> out = new ArrayList<>();
    LocalDate since = profile.evidenceWindow().map(asOf::minus).orElse(state.startedOn().orElse(asOf));
    switch (leaving) {
      case PLAN -> plan(state, isms, out);
      case DO -> operation(isms, asOf, profile, out);
      case CHECK -> check(isms, asOf, since, profile, out);
      case ACT -> act(isms, asOf, since, out);
    }
    conformance(leaving, report, profile, out);
    out.sort(Comparator.comparing(UnmetCriterion::clause).thenComparing(UnmetCriterion::key));
    return List.copyOf(out);
  }

  // ---- PLAN: clauses 4 to 6 ------------------------------------------------------------------

  private static void plan(CycleState state, Isms isms, List<UnmetCriterion> out) {
    if (isms.contextIssues().isEmpty()) {
      out.add(criterion("4.1", "plan.context", List.of(), "no internal or external issue is recorded",
          "determine the issues that affect what the ISMS can achieve"));
    }
    if (isms.scope().isEmpty() || !isms.scope().get().approved()) {
      out.add(criterion("4.3", "plan.scope", List.of(),
          isms.scope().isEmpty() ? "the ISMS has no scope" : "the scope is not approved",
          "document the scope with its boundaries, interfaces and dependencies, and have it approved"));
    }
    boolean policy = false;
    for (Policy p : isms.policies()) {
      policy |= p.kind() == PolicyKind.INFORMATION_SECURITY && p.approval().isPresent();
    }
    if (!policy) {
      out.add(criterion("5.2", "plan.policy", List.of(), "no information security policy is approved",
          "have top management approve the information security policy"));
    }
    if (isms.roleAssignments().isEmpty()) {
      out.add(criterion("5.3", "plan.roles", List.of(), "no ISMS role is assigned",
          "assign the ISMS roles, including conformity and reporting to top management"));
    }
    RiskCriteria criteria = isms.riskCriteria().orElse(null);
    if (criteria == null || criteria.approval().isEmpty()) {
      out.add(criterion("6.1.2", "plan.risk-criteria", List.of(),
          criteria == null ? "no risk criteria are set" : "the risk criteria are not approved",
          "set risk acceptance criteria and criteria for performing assessments, and approve them"));
    }
    if (isms.risks().isEmpty()) {
      out.add(criterion("6.1.2", "plan.risks-assessed", List.of(), "no risk is identified",
          "identify and assess the risks to the information in scope"));
    } else {
      Sample unassessed = new Sample();
      Sample untreated = new Sample();
      for (Risk r : isms.risks()) {
        if (r.inherent().isEmpty()) {
          unassessed.add(r.id());
        } else if (criteria != null && criteria.needsTreatment(r)
            && (r.treatment().isEmpty() || r.treatment().get().planApproval().isEmpty())) {
          untreated.add(r.id());
        }
      }
      unassessed.report(out, "6.1.2", "plan.risks-assessed", "risks not assessed",
          "assess each risk into a level under the risk criteria");
      untreated.report(out, "6.1.3", "plan.treatment-plan", "risks above the acceptance criteria without an "
          + "approved treatment plan", "choose treatment options and have the risk owner approve the plan");
    }
    if (isms.statementOfApplicability().isEmpty() || !isms.statementOfApplicability().get().approved()) {
      out.add(criterion("6.1.3", "plan.soa", List.of(), isms.statementOfApplicability().isEmpty()
          ? "there is no Statement of Applicability" : "the Statement of Applicability is not approved",
          "produce the Statement of Applicability and have it approved"));
    }
    if (isms.objectives().isEmpty()) {
      out.add(criterion("6.2", "plan.objectives", List.of(), "no information security objective is set",
          "set measurable objectives consistent with the policy"));
    }
    for (PendingReplan p : state.replans()) {
      Sample stale = new Sample();
      for (EntityRef ref : p.affected()) {
        if (!ref.type().equals("Risk")) {
          continue;
        }
        Risk r = isms.risk(io.ismskit.core.id.RiskId.of(ref.id())).orElse(null);
        if (r != null && r.lastAssessedOn().map(d -> d.isBefore(p.recordedOn())).orElse(true)) {
          stale.add(r.id());
        }
      }
      stale.report(out, "6.3", "plan.replan", "risks named by change " + p.change() + " (recorded "
          + p.recordedOn() + ") not re-assessed since", "re-assess them (8.2) before approving the plan again");
    }
  }

  // ---- DO: clauses 7 and 8 -------------------------------------------------------------------

  private static void operation(Isms isms, LocalDate asOf, Profile profile, List<UnmetCriterion> out) {
    if (isms.competenceRecords().isEmpty()) {
      out.add(criterion("7.2", "do.competence", List.of(), "no evidence of competence is recorded",
          "record the competence of the people in ISMS roles"));
    }
    if (isms.awarenessRecords().isEmpty()) {
      out.add(criterion("7.3", "do.awareness", List.of(), "no awareness record exists",
          "make people aware of the policy and their contribution, and record it"));
    }
    if (isms.documents().isEmpty()) {
      out.add(criterion("7.5", "do.documents", List.of(), "no documented information is under control",
          "put the documented information the ISMS needs under control"));
    }
    int due = 0;
    int done = 0;
    Sample late = new Sample();
    for (Risk r : isms.risks()) {
      if (r.treatment().isEmpty()) {
        continue;
      }
      for (TreatmentAction a : r.treatment().get().actions()) {
        if (a.progress().status() == ActionStatus.CANCELLED || a.dueDate().isAfter(asOf)) {
          continue;
        }
        due++;
        if (a.progress().status() == ActionStatus.DONE) {
          done++;
        } else {
          late.add(r.id());
        }
      }
    }
    if (due > 0 && done < profile.treatmentCompletion() * due) {
      out.add(criterion("8.3", "do.treatment-executed", late.refs(), String.format(Locale.ROOT,
          "%d of %d treatment actions due by %s are done (%.0f %%), below the %.0f %% of profile %s", done, due, asOf,
          100.0 * done / due, 100 * profile.treatmentCompletion(), profile.name()) + late.more(),
          "complete the overdue treatment actions or re-plan them with their risk owners"));
    }
    if (isms.metrics().isEmpty()) {
      out.add(criterion("9.1", "do.metrics-defined", List.of(), "no metric is defined",
          "determine what is monitored and measured, how, when and by whom"));
    }
  }

  // ---- CHECK: clause 9 -----------------------------------------------------------------------

  private static void check(Isms isms, LocalDate asOf, LocalDate since, Profile profile, List<UnmetCriterion> out) {
    Set<MetricId> measured = new HashSet<>();
    for (Measurement m : isms.measurements()) {
      if (m.evaluation().isPresent() && within(m.measuredOn(), since, asOf)) {
        measured.add(m.metric());
      }
    }
    Sample unmeasured = new Sample();
    for (Metric m : isms.metrics()) {
      if (!measured.contains(m.id())) {
        unmeasured.add(m.id());
      }
    }
    int metrics = isms.metrics().size();
    if (metrics == 0) {
      out.add(criterion("9.1", "check.measurements", List.of(), "no metric is defined, so nothing was measured",
          "define metrics, measure them and evaluate the results"));
    } else if (metrics - unmeasured.count < profile.metricCoverage() * metrics) {
      out.add(criterion("9.1", "check.measurements", unmeasured.refs(), String.format(Locale.ROOT,
          "%d of %d metrics have an evaluated measurement since %s, below the %.0f %% of profile %s",
          metrics - unmeasured.count, metrics, since, 100 * profile.metricCoverage(), profile.name())
          + unmeasured.more(), "measure the listed metrics and evaluate the results"));
    }
    LocalDate lastAudit = null;
    for (InternalAudit a : isms.audits()) {
      LocalDate d = a.progress().performedOn().orElse(null);
      if (d != null && within(d, since, asOf) && (lastAudit == null || d.isAfter(lastAudit))) {
        lastAudit = d;
      }
    }
    if (lastAudit == null) {
      out.add(criterion("9.2", "check.internal-audit", List.of(), "no internal audit was performed since " + since,
          "perform the internal audit of the programme"));
    }
    LocalDate lastReview = null;
    for (ManagementReview r : isms.managementReviews()) {
      if (within(r.heldOn(), since, asOf) && (lastReview == null || r.heldOn().isAfter(lastReview))) {
        lastReview = r.heldOn();
      }
    }
    if (lastReview == null) {
      out.add(criterion("9.3", "check.management-review", List.of(), "no management review was held since " + since,
          "hold the management review with top management"));
    } else if (lastAudit != null && lastReview.isBefore(lastAudit)) {
      out.add(criterion("9.3", "check.management-review", List.of(), "the last management review (" + lastReview
          + ") was held before the last internal audit (" + lastAudit + "), so it could not consider its results",
          "hold the management review after the internal audit"));
    }
  }

  // ---- ACT: clause 10 ------------------------------------------------------------------------

  private static void act(Isms isms, LocalDate asOf, LocalDate since, List<UnmetCriterion> out) {
    Set<NonconformityId> withAction = new HashSet<>();
    for (CorrectiveAction a : isms.correctiveActions()) {
      withAction.add(a.nonconformity());
    }
    Sample unhandled = new Sample();
    for (Nonconformity n : isms.nonconformities()) {
      NonconformityStatus s = n.progress().status();
      boolean handled = s == NonconformityStatus.CLOSED || ((s == NonconformityStatus.ACTION_IN_PROGRESS
          || s == NonconformityStatus.VERIFYING || s == NonconformityStatus.EFFECTIVENESS_VERIFIED)
          && withAction.contains(n.id()));
      if (!handled) {
        unhandled.add(n.id());
      }
    }
    unhandled.report(out, "10.2", "act.nonconformities", "nonconformities not yet corrected with a corrective "
        + "action under way", "correct each, analyse its causes and plan its corrective action");
    boolean improved = false;
    for (Improvement i : isms.improvements()) {
      improved |= within(i.raisedOn(), since, asOf);
    }
    if (!improved) {
      out.add(criterion("10.1", "act.improvements", List.of(), "no improvement was recorded since " + since,
          "record the improvements decided in the cycle (from the review, audits, metrics)"));
    }
  }

  // ---- the conformance checker's findings ----------------------------------------------------

  private static void conformance(Phase leaving, ConformanceReport report, Profile profile,
      List<UnmetCriterion> out) {
    for (int clause : leaving.clauses()) {
      boolean covered = false;
      for (ConformanceReport.RuleResult r : report.rules()) {
        for (ClauseId c : r.clauses()) {
          covered |= c.topLevel() == clause;
        }
      }
      if (!covered) {
        out.add(criterion(Integer.toString(clause), "gate.no-rule", List.of(), "no rule of rule set "
            + report.ruleSetId() + " " + report.ruleSetVersion() + " checks clause " + clause,
            "check with a rule set that covers clause " + clause + "; without one the gate stays closed"));
      }
    }
    for (Finding f : report.findings()) {
      if (profile.blocking().contains(f.verdict()) && leaving.gates(f.clause())) {
        out.add(new UnmetCriterion(f.clause(), "conformance:" + f.key(), f.entities(),
            f.verdict() + ": expected " + f.expected() + "; found " + f.found(), f.remedy()));
      }
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return !d.isBefore(from) && !d.isAfter(to);
  }

  private static UnmetCriterion criterion(String clause, String key, List<EntityRef> entities, String unmet,
      String remedy) {
    return new UnmetCriterion(ClauseId.of(clause), key, entities, unmet, remedy);
  }

  /** The first {@link #SAMPLE} entities at fault and how many there are. */
  private static final class Sample {
    final List<EntityRef> refs = new ArrayList<>();
    int count;

    void add(EntityId id) {
      if (count++ < SAMPLE) {
        refs.add(EntityRef.of(id));
      }
    }

    List<EntityRef> refs() {
      return refs;
    }

    String more() {
      return count > SAMPLE ? " (the first " + SAMPLE + " of " + count + " listed)" : "";
    }

    void report(List<UnmetCriterion> out, String clause, String key, String what, String remedy) {
      if (count > 0) {
        out.add(criterion(clause, key, refs, count + " " + what + more(), remedy));
      }
    }
  }
}
