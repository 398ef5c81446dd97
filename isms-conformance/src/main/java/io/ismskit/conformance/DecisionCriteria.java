package io.ismskit.conformance;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each {@link CertificationCriterion} of a checked ISMS: one small step per criterion, each
 * giving its {@link CriterionResult}.
 */
final class DecisionCriteria {
  /** How many missing items an unmet criterion's evidence names before it says "and N more". */
  static final int SAMPLE = 10;

  private final IsmsIndex ix;
  private final List<Finding> visible;
  private final List<Finding> ruleErrors;

  private DecisionCriteria(IsmsIndex ix, List<Finding> visible, List<Finding> ruleErrors) {
    this.ix = ix;
    this.visible = visible;
    this.ruleErrors = ruleErrors;
  }

  /**
   * The decision for {@code ix}, given its validation {@code problems}, the findings reporting the
   * rules that threw, and the visible findings of the check (those two kinds among them).
   */
  static CertificationDecision decide(IsmsIndex ix, List<Problem> problems, List<Finding> ruleErrors,
      List<Finding> visible) {
    DecisionCriteria d = new DecisionCriteria(ix, visible, ruleErrors);
    return new CertificationDecision(List.of(
        d.modelValid(problems),
        d.checkComplete(),
        d.noOpenMajor(),
        d.minorsHaveActionPlans(),
        d.internalAuditComplete(),
        d.managementReviewComplete(),
        d.mandatoryDocumentsPresent()));
  }

  CriterionResult modelValid(List<Problem> problems) {
    CertificationCriterion c = CertificationCriterion.MODEL_VALID;
    if (problems.isEmpty()) {
      return CriterionResult.met(c, "Isms.validate() finds no problem");
    }
    List<Finding> fs = findingsOf(ModelValidity.RULE_ID);
    return CriterionResult.unmet(c, "Isms.validate() finds " + problems.size() + " problem(s): "
        + sample(problems.stream().map(Problem::message).toList()), entitiesOf(fs), fs);
  }

  CriterionResult checkComplete() {
    CertificationCriterion c = CertificationCriterion.CHECK_COMPLETE;
    List<Finding> errors = ruleErrors;
    if (errors.isEmpty()) {
      return CriterionResult.met(c, "every rule evaluated without error");
    }
    return CriterionResult.unmet(c, errors.size() + " rule(s) threw, leaving their requirements unverified: "
        + sample(errors.stream().map(Finding::ruleId).toList()), entitiesOf(errors), errors);
  }

  CriterionResult noOpenMajor() {
    CertificationCriterion c = CertificationCriterion.NO_OPEN_MAJOR;
    List<Finding> majors = new ArrayList<>();
    for (Finding f : visible) {
      if (f.verdict() == Verdict.MAJOR_NC) {
        majors.add(f);
      }
    }
    if (majors.isEmpty()) {
      return CriterionResult.met(c, "no visible finding is a major nonconformity");
    }
    majors.sort(ConformanceReport.FIX_FIRST);
    return CriterionResult.unmet(c, majors.size() + " major nonconformit" + (majors.size() == 1 ? "y" : "ies")
        + " open: " + sample(majors.stream().map(Finding::key).toList()), entitiesOf(majors), majors);
  }

  CriterionResult minorsHaveActionPlans() {
    CertificationCriterion c = CertificationCriterion.MINORS_HAVE_ACTION_PLANS;
    ActionPlans plans = new ActionPlans(ix);
    int minors = 0;
    List<Finding> without = new ArrayList<>();
    for (Finding f : visible) {
      if (f.verdict() == Verdict.MINOR_NC) {
        minors++;
        if (!plans.cover(f)) {
          without.add(f);
        }
      }
    }
    if (without.isEmpty()) {
      return CriterionResult.met(c, minors == 0 ? "no minor nonconformity"
          : "each of " + minors + " minor nonconformities is recorded with a correction and corrective action");
    }
    return CriterionResult.unmet(c, without.size() + " of " + minors + " minor nonconformities have no recorded "
        + "nonconformity with a correction and a corrective action: " + sample(without.stream().map(Finding::key)
        .toList()), entitiesOf(without), without);
  }

  CriterionResult internalAuditComplete() {
    CertificationCriterion c = CertificationCriterion.INTERNAL_AUDIT_COMPLETE;
    Isms isms = ix.isms();
    Period interval = isms.intervals().internalAudit();
    LocalDate from = ix.asOf().minus(interval);
    Set<ClauseId> clauses = new HashSet<>();
    Set<ControlId> controls = new HashSet<>();
    List<String> audits = new ArrayList<>();
    for (InternalAudit a : isms.audits()) {
      Optional<LocalDate> performed = a.progress().performedOn();
      if (a.progress().status() == AuditStatus.REPORTED && performed.isPresent()
          && !performed.get().isBefore(from) && !performed.get().isAfter(ix.asOf())) {
        clauses.addAll(a.clauses());
        controls.addAll(a.controls());
        audits.add(a.id().value());
      }
    }
    Set<EntityRef> missing = new LinkedHashSet<>();
    for (ClauseId clause : Iso27001_2022.framework().requirementClauseIds()) {
      if (!coveredClause(clause, clauses)) {
        missing.add(EntityRef.of("Clause", clause.value()));
      }
    }
    for (ControlId control : applicableControls(isms)) {
      if (!controls.contains(control)) {
        missing.add(EntityRef.of(control));
      }
    }
    if (missing.isEmpty()) {
      return CriterionResult.met(c, "audits " + audits + " reported within " + interval + " cover every "
          + "requirement of clauses 4 to 10 and every applicable control");
    }
    return CriterionResult.unmet(c, (audits.isEmpty() ? "no internal audit reported within " + interval
        : "the audits " + audits + " reported within " + interval + " leave " + missing.size() + " unaudited")
        + ": " + sample(missing.stream().map(EntityRef::toString).toList()), List.copyOf(missing), List.of());
  }

  CriterionResult managementReviewComplete() {
    CertificationCriterion c = CertificationCriterion.MANAGEMENT_REVIEW_COMPLETE;
    Optional<ManagementReview> latest = ix.latestReview();
    if (latest.isEmpty()) {
      return CriterionResult.unmet(c, "no management review held", List.of(), List.of());
    }
    ManagementReview r = latest.get();
    Period interval = ix.isms().intervals().managementReview();
    List<String> gaps = new ArrayList<>();
    if (r.heldOn().plus(interval).isBefore(ix.asOf())) {
      gaps.add("held " + r.heldOn() + ", more than " + interval + " ago");
    }
    boolean top = false;
    for (PersonId p : r.attendees()) {
      top |= ix.topManagement(p);
    }
    if (!top) {
      gaps.add("no attendee is top management");
    }
    Set<ReviewInput> inputs = EnumSet.allOf(ReviewInput.class);
    inputs.removeAll(r.inputs());
    if (!inputs.isEmpty()) {
      gaps.add("inputs not considered: " + inputs);
    }
    if (gaps.isEmpty()) {
      return CriterionResult.met(c, "review " + r.id().value() + " held " + r.heldOn() + " with top management "
          + "considered every input");
    }
    return CriterionResult.unmet(c, "review " + r.id().value() + ": " + String.join("; ", gaps),
        List.of(EntityRef.of(r.id())), List.of());
  }

  CriterionResult mandatoryDocumentsPresent() {
    CertificationCriterion c = CertificationCriterion.MANDATORY_DOCUMENTS_PRESENT;
    List<MandatoryDocument> missing = ix.missingMandatoryDocuments();
    if (missing.isEmpty()) {
      return CriterionResult.met(c, "every mandatory item of documented information has a current item");
    }
    List<EntityRef> refs = missing.stream().map(m -> EntityRef.of("MandatoryDocument", m.name())).toList();
    return CriterionResult.unmet(c, missing.size() + " mandatory item(s) without a current item: "
        + sample(missing.stream().map(m -> m.name() + " (" + m.reference() + ")").toList()), refs, List.of());
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Whether {@code clause}, or a clause above it, is among {@code audited}. */
  static boolean coveredClause(ClauseId clause, Set<ClauseId> audited) {
    String v = clause.value();
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

  private static List<ControlId> applicableControls(Isms isms) {
    List<ControlId> out = new ArrayList<>();
    isms.statementOfApplicability().ifPresent(s -> {
      for (SoaEntry e : s.entries()) {
        if (e.applicable()) {
          out.add(e.control());
        }
      }
    });
    return out;
  }

  private List<Finding> findingsOf(String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : visible) {
      if (f.ruleId().equals(ruleId)) {
        out.add(f);
      }
    }
    return out;
  }

  private static List<EntityRef> entitiesOf(List<Finding> findings) {
    Set<EntityRef> s = new LinkedHashSet<>();
    findings.forEach(f -> s.addAll(f.entities()));
    return List.copyOf(s);
  }

  static String sample(List<String> items) {
    if (items.size() <= SAMPLE) {
      return String.join("; ", items);
    }
    return String.join("; ", items.subList(0, SAMPLE)) + "; and " + (items.size() - SAMPLE) + " more";
  }

  /**
   * The nonconformities of the ISMS that stand as an action plan for a finding: not closed, with a
   * correction and at least one corrective action, indexed by the clause and control they name.
   */
  static final class ActionPlans {
    private final Set<ClauseId> clauses = new HashSet<>();
    private final Set<ControlId> controls = new HashSet<>();

    ActionPlans(IsmsIndex ix) {
      for (Nonconformity n : ix.isms().nonconformities()) {
        if (!n.closed() && n.correction().isPresent() && !ix.correctiveActions(n.id()).isEmpty()) {
          n.clause().ifPresent(clauses::add);
          n.control().ifPresent(controls::add);
        }
      }
    }

    /** Whether a plan names one of {@code f}'s clauses (or a clause above it) or one of its controls. */
    boolean cover(Finding f) {
      for (ClauseId c : f.clauses()) {
        if (coveredClause(c, clauses)) {
          return true;
        }
      }
      for (ControlId c : f.controls()) {
        if (controls.contains(c)) {
          return true;
        }
      }
      return false;
    }
  }
}
