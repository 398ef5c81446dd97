package io.ismskit.conformance.internal;

import static io.ismskit.conformance.internal.BuiltInRule.byAsOf;
import static io.ismskit.conformance.internal.BuiltInRule.existsByAsOf;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.FindingType;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.ComplianceStatus;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.RequirementType;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The built-in rules over what a certification auditor samples (issue 12 item 5): the risk method
 * and its results, the authority and currency of risk acceptance, role competences, audit criteria
 * and the programme's basis, audit nonconformities raised, follow-up of review decisions, similar
 * nonconformities and the changes corrective action makes, currency of interested parties, policy
 * exceptions, evidence of operating controls, and the operation of the incident, supplier and
 * legal-register controls of Annex A. Not part of the API.
 *
 * <p>Grading follows ISO/IEC 17021-1 as {@link BuiltInRule} describes: a check over many items is
 * graded by share ({@link io.ismskit.conformance.Grading#grade}: an isolated lapse is minor, a
 * systematic one major); a requirement not addressed at all is major; what is only a risk of a
 * future lapse is an observation. Each rule's Javadoc gives its rationale.
 */
public final class SampledRules {
  private SampledRules() {}

  /**
   * The latest date on or before the as-of date that a document shows it was current: its current
   * version's date, its approval or its last review, whichever is latest. A date after the as-of
   * date has not happened yet, and does not hide an earlier one.
   */
  static Optional<LocalDate> lastDated(IsmsIndex ix, io.ismskit.core.governance.DocumentedInformation d) {
    LocalDate best = null;
    List<LocalDate> dates = new ArrayList<>();
    d.currentVersion().ifPresent(v -> dates.add(v.date()));
    d.approval().ifPresent(a -> dates.add(a.on()));
    d.lastReviewed().ifPresent(dates::add);
    for (LocalDate x : dates) {
      if (byAsOf(ix, x) && (best == null || x.isAfter(best))) {
        best = x;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean within(LocalDate date, Period interval, LocalDate asOf) {
    return !date.isAfter(asOf) && !date.plus(interval).isBefore(asOf);
  }

  // ---------------------------------------------------------------------------------------------- 6.1.2

  /**
   * 6.1.2 b, d: risk assessments that give comparable results, each stating likelihood and
   * consequence.
   *
   * <p>Every current assessment (inherent and residual) uses the method the criteria name ({@link
   * RiskCriteria#method()}); an assessment by another method is comparable only when the criteria
   * reference a methodology document ({@link RiskCriteria#methodology()}, the authoritative field for
   * the comparability mapping between methods). Every assessment states its likelihood and its
   * consequence ({@link RiskAssessment#likelihood()}, {@link RiskAssessment#consequence()}).
   *
   * <p>Grading: each check by share over the assessed risks: a few risks scored on another method or
   * without likelihood and consequence are isolated lapses (minor); a register where most are is a
   * risk assessment process that does not produce consistent, comparable results (major).
   */
  public static final class RiskMethod extends RiskScanRule {
    /** The rule. */
    public RiskMethod() {
      super("6.1.2-method", "Risk assessments give consistent, comparable results: every assessment uses the method "
          + "the criteria name, or the criteria document how another method's results compare, and each states "
          + "the likelihood and the consequence it assessed.", "6.1.2");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> criteria = ix.isms().riskCriteria();
      Items method = out.items("method", 0);
      Items factors = out.items("likelihood-consequence", 0);
      return new Scan() {
        int assessed;

        @Override
        public void risk(Risk r) {
          if (r.inherent().isEmpty() && r.residual().isEmpty()) {
            return;
          }
          assessed++;
          // the inherent, then the residual assessment; no list made per risk of the register
          @Nullable RiskAssessment inherent = r.inherent().orElse(null);
          @Nullable RiskAssessment residual = r.residual().orElse(null);
          @Nullable RiskAssessment other = byOtherMethod(inherent) ? inherent : byOtherMethod(residual) ? residual : null;
          if (other != null) {
            method.fail("risk " + r.id().value() + " assessed by " + other.method().value() + ", the criteria name "
                + criteria.orElseThrow().method().value() + " and document no comparability mapping", r.id());
          }
          @Nullable RiskAssessment bare = withoutFactor(inherent) ? inherent : withoutFactor(residual) ? residual : null;
          if (bare != null) {
            factors.fail("risk " + r.id().value() + " assessed on " + bare.assessedOn() + " without "
                + (bare.likelihood().isEmpty() ? "likelihood" : "consequence"), r.id());
          }
        }

        private boolean byOtherMethod(@Nullable RiskAssessment a) {
          return a != null && criteria.isPresent() && !a.method().equals(criteria.get().method())
              && criteria.get().methodology().isEmpty();
        }

        private boolean withoutFactor(@Nullable RiskAssessment a) {
          return a != null && (a.likelihood().isEmpty() || a.consequence().isEmpty());
        }

        @Override
        public void finish() {
          method.total(assessed);
          factors.total(assessed);
          method.report("every assessment by the criteria's method, or a documented comparability mapping "
              + "(RiskCriteria.methodology)", "reassess the listed risks with the criteria's method, or document "
              + "how the other method's results map onto the criteria's levels");
          factors.report("every assessment stating the likelihood and the consequence assessed",
              "record the likelihood and the consequence of the listed risks' assessments");
          out.evidence(assessed + " assessed risks on one method, each with likelihood and consequence");
        }
      };
    }
  }

  // ---------------------------------------------------------------------------------------------- 6.1.3 f

  /**
   * 6.1.3 f: residual risk accepted by someone with the authority the criteria name, for the
   * residual risk as it stands, and not past the acceptance's validity.
   *
   * <p>An acceptance dated after the as-of date is not given yet: it is not judged here ({@code
   * 6.1.3-residual} reports the residual risk not accepted). An acceptance is expired when its {@link
   * RiskAcceptance#validUntil()} is before the as-of date; stale when it predates the assessment it accepts ({@link Risk#acceptedResidual()}) and
   * that reassessment changed the level: the assessment in force when it was given (the latest of
   * {@link Risk#history()} on or before the acceptance) had another level, or there is none. Its authority is that of the owner when the
   * criteria let owners accept the level ({@link RiskCriteria#ownerMayAccept}); above it, the
   * acceptance names a role ({@link RiskAcceptance#authority()}) among {@link
   * RiskCriteria#authoritiesFor} that the accepting person actively holds.
   *
   * <p>Grading: each check by share over the accepted risks: one lapsed acceptance is an isolated
   * lapse (minor); acceptances that are mostly expired, stale or given without authority are a
   * systematic failure of the acceptance step (major). A stale acceptance whose reassessment is at
   * most {@value #REACCEPTANCE_GRACE_DAYS} days old is an observation ({@code reacceptance-due}): the
   * owner has not yet had the time to accept the new residual risk, a risk of a lapse, not one.
   */
  public static final class Acceptance extends RiskScanRule {
    /** How long after a reassessment that changed its level a risk's acceptance may await renewal. */
    static final int REACCEPTANCE_GRACE_DAYS = 30;

    /** The rule. */
    public Acceptance() {
      super("6.1.3-acceptance", "Every acceptance of residual risk is in force, no older than the assessment it "
          + "accepts, and given by someone with the authority the risk criteria name for its level.", "6.1.3");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> criteria = ix.isms().riskCriteria();
      LocalDate asOf = ix.asOf();
      Items expired = out.items("expired", 0);
      Items stale = out.items("stale", 0);
      Items due = out.items("reacceptance-due", 0);
      Items authority = out.items("authority", 0);
      return new Scan() {
        int accepted;

        @Override
        public void risk(Risk r) {
          RiskAcceptance acc = r.acceptance().orElse(null);
          if (acc == null || !byAsOf(ix, acc.acceptedOn())) {
            return;
          }
          accepted++;
          if (acc.validUntil().isPresent() && acc.validUntil().get().isBefore(asOf)) {
            expired.fail("risk " + r.id().value() + " acceptance expired on " + acc.validUntil().get(), r.id());
          }
          Optional<RiskAssessment> res = r.acceptedResidual();
          if (res.isPresent() && acc.acceptedOn().isBefore(res.get().assessedOn())
              && !sameLevelWhenAccepted(r, acc, res.get())) {
            (res.get().assessedOn().plusDays(REACCEPTANCE_GRACE_DAYS).isBefore(asOf) ? stale : due).fail("risk " + r.id().value() + " accepted on " + acc.acceptedOn() + ", before its assessment of "
                + res.get().assessedOn(), r.id());
          }
          if (criteria.isPresent() && res.isPresent() && criteria.get().levels().contains(res.get().level())) {
            String problem = authorityProblem(acc, res.get(), criteria.get(), ix);
            if (problem != null) {
              authority.fail("risk " + r.id().value() + " " + problem, r.id());
            }
          }
        }

        @Override
        public void finish() {
          expired.total(accepted);
          stale.total(accepted);
          authority.total(accepted);
          expired.report("every acceptance in force on the as-of date", "renew or withdraw the listed acceptances");
          stale.report("every acceptance given for the residual risk as last assessed", "have the listed risks' "
              + "current residual risk accepted again");
          due.reportAs(io.ismskit.conformance.Verdict.OBSERVATION, "the residual risk of each reassessed risk "
              + "accepted again within " + REACCEPTANCE_GRACE_DAYS + " days", "have the owners accept the listed "
              + "risks' new residual risk");
          authority.report("every acceptance given by someone with the authority the criteria name for its level",
              "have the listed residual risks accepted by a holder of a role the criteria authorize for the level");
          out.evidence(accepted + " acceptances in force, current, and within the acceptor's authority");
        }
      };
    }

    /**
     * Whether the assessment in force when {@code acc} was given (the latest of the risk's history on
     * or before the acceptance) had the level {@code res} has now: a reassessment that leaves the
     * level as it was keeps the acceptance.
     */
    static boolean sameLevelWhenAccepted(Risk r, RiskAcceptance acc, RiskAssessment res) {
      LocalDate latest = null;
      for (RiskAssessment h : r.history()) {
        if (!h.assessedOn().isAfter(acc.acceptedOn()) && (latest == null || h.assessedOn().isAfter(latest))) {
          latest = h.assessedOn();
        }
      }
      for (RiskAssessment h : r.history()) {
        if (h.assessedOn().equals(latest) && h.level().equals(res.level())) {
          return true;
        }
      }
      return false;
    }

    private static @Nullable String authorityProblem(RiskAcceptance acc, RiskAssessment res,
        RiskCriteria c, IsmsIndex ix) {
      Optional<RoleId> role = acc.authority();
      if (role.isEmpty()) {
        return c.ownerMayAccept(res.level()) ? null : "at level " + res.level() + " accepted by its owner, above "
            + "the owner's authority; the criteria name " + names(c.authoritiesFor(res.level()));
      }
      if (!c.authoritiesFor(res.level()).contains(role.get())) {
        return "at level " + res.level() + " accepted in the authority of " + role.get().value()
            + ", which the criteria do not authorize for that level";
      }
      for (RoleAssignment a : ix.activeHolders(role.get())) {
        if (a.person().equals(acc.acceptedBy())) {
          return null;
        }
      }
      return "accepted by " + acc.acceptedBy().value() + ", who does not hold role " + role.get().value();
    }

    private static String names(List<RoleId> roles) {
      return roles.isEmpty() ? "no role" : String.join(", ", roles.stream().map(RoleId::value).toList());
    }
  }

  // ---------------------------------------------------------------------------------------------- 7.2

  /**
   * 7.2 a, d: the competences each security role needs are determined, and the competence records
   * of its holders point to the documented evidence.
   *
   * <p>A role with active holders other than top management (whose leadership is judged under
   * 5.1) has its competences determined when it lists {@link
   * Role#requiredCompetences()} and says when they were determined ({@link
   * Role#competencesDeterminedOn()}, on or before the as-of date). A competence record of a role holder is evidenced when it
   * names its evidence document ({@link CompetenceRecord#evidence()}); a record obtained after the
   * as-of date is not a record yet. Whether each required
   * competence is held is {@code 7.2-competence}.
   *
   * <p>Grading: each check by share (roles, then records): one role or record is an isolated lapse;
   * most of them undetermined or unevidenced is a systematic failure of 7.2.
   */
  public static final class Roles extends BuiltInRule {
    /** The rule. */
    public Roles() {
      super("7.2-roles", "Every security role with holders has the competences it needs determined, and the "
          + "competence records of its holders name their documented evidence.", "7.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Set<RoleId> held = new HashSet<>();
      Set<RoleId> heldByOthers = new HashSet<>();
      Set<PersonId> holders = new HashSet<>();
      for (RoleAssignment a : ix.activeAssignments()) {
        held.add(a.role());
        holders.add(a.person());
        if (!ix.topManagement(a.person())) {
          heldByOthers.add(a.role());
        }
      }
      if (held.isEmpty()) {
        out.notApplicable("no role has a holder (see 5.3-duties)");
        return;
      }
      int determinable = (int) ix.isms().roles().stream()
          .filter(r -> heldByOthers.contains(r.id()) && !r.topManagement()).count();
      Items undetermined = out.items("undetermined", determinable);
      for (Role r : ix.isms().roles()) {
        if (heldByOthers.contains(r.id()) && !r.topManagement()
            && (r.requiredCompetences().isEmpty() || byAsOf(ix, r.competencesDeterminedOn()).isEmpty())) {
          undetermined.fail("role " + r.id().value() + (r.requiredCompetences().isEmpty()
              ? " lists no required competence" : r.competencesDeterminedOn().isPresent() ? " had its competences "
              + "determined only on " + r.competencesDeterminedOn().get() + ", after " + ix.asOf()
              : " does not say when its competences were determined"), r.id());
        }
      }
      undetermined.report("the competences of every held role determined and dated", "determine and record the "
          + "competences the listed roles need");
      int records = 0;
      Items unevidenced = out.items("no-evidence-document", 0);
      for (CompetenceRecord c : ix.isms().competenceRecords()) {
        if (!holders.contains(c.person()) || !existsByAsOf(ix, c.obtainedOn())) {
          continue;
        }
        records++;
        if (c.evidence().isEmpty()) {
          unevidenced.fail("competence record " + c.id().value() + " of " + c.person().value()
              + " names no evidence document", c.id());
        }
      }
      unevidenced.total(records).report("every competence record of a role holder naming its documented evidence",
          "retain the evidence of the listed competences and reference it");
      out.evidence(held.size() + " held roles with determined competences; " + records + " competence records "
          + "with evidence");
    }
  }

  // ---------------------------------------------------------------------------------------------- 9.2

  /**
   * 9.2.1 a, 9.2.2 b: every performed audit states its criteria — the standard and the
   * organization's own requirements — and its scope, and each auditor on it is shown competent and
   * independent.
   *
   * <p>An audit's criteria include the organization's own requirements when it names a policy, a
   * document or a requirement of an interested party ({@link InternalAudit#criteriaPolicies()},
   * {@link InternalAudit#criteriaDocuments()}, {@link InternalAudit#criteriaRequirements()}). Each
   * auditor is a {@link AuditTeamMember} with competence records and an independence statement. An
   * audit performed after the as-of date is not performed yet.
   *
   * <p>Grading: by share over the performed audits: one audit without stated criteria, scope or
   * auditor competence is an isolated lapse; most of them is a programme whose audits cannot show
   * what they checked (major).
   */
  public static final class AuditCriteria extends BuiltInRule {
    /** The rule. */
    public AuditCriteria() {
      super("9.2.2-audit-criteria", "Every performed internal audit states its criteria (the standard and the "
          + "organization's own requirements) and its scope, and each of its auditors is shown competent and "
          + "independent of what they audit.", "9.2.2", "9.2.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<InternalAudit> done = new ArrayList<>();
      for (InternalAudit a : ix.isms().audits()) {
        if (a.done() && byAsOf(ix, a.progress().performedOn()).isPresent()) {
          done.add(a);
        }
      }
      if (done.isEmpty()) {
        out.notApplicable("no performed audit (see 9.2.1-internal-audit)");
        return;
      }
      Items items = out.items("incomplete", done.size());
      for (InternalAudit a : done) {
        String problem = problem(a);
        if (problem != null) {
          items.fail("audit " + a.id().value() + " " + problem, a.id());
        }
      }
      items.report("each performed audit with criteria (the standard and the organization's own requirements), a "
          + "scope, and auditors shown competent and independent", "record the criteria, scope and auditor "
          + "competence and independence of the listed audits");
      out.evidence(done.size() + " performed audits with criteria, scope and a competent, independent team");
    }

    private static @Nullable String problem(InternalAudit a) {
      if (a.criteria().isEmpty()) {
        return "states no audit criteria";
      }
      if (a.criteriaPolicies().isEmpty() && a.criteriaDocuments().isEmpty() && a.criteriaRequirements().isEmpty()) {
        return "names none of the organization's own requirements among its criteria";
      }
      if (a.scope().isEmpty()) {
        return "states no scope";
      }
      for (PersonId auditor : a.auditors()) {
        Optional<AuditTeamMember> m = a.teamMember(auditor);
        if (m.isEmpty() || m.get().competence().isEmpty()) {
          return "auditor " + auditor.value() + " is not shown competent";
        }
        if (m.get().independence().isEmpty()) {
          return "auditor " + auditor.value() + " is not shown independent";
        }
      }
      return null;
    }
  }

  /**
   * 9.2.2: the audit programme takes into account the importance of the processes concerned and
   * the results of previous audits.
   *
   * <p>The programme in force on the as-of date states its basis ({@link AuditProgramme#riskBasis()})
   * and weighs processes ({@link AuditProgramme#priorities()}); every process that an audit finding
   * of a nonconformity concerned is weighed with that finding among its {@link
   * AuditPriority#previousFindings()}. A finding raised after the as-of date is not a previous result
   * yet.
   *
   * <p>Grading: a programme with no basis and no priorities is a minor nonconformity — audits still
   * happen (9.2.1 is its own rule), but the programme ignores a requirement of 9.2.2 in one
   * document; previous findings not carried into the priorities are graded by share over those
   * findings.
   */
  public static final class ProgrammeBasis extends BuiltInRule {
    /** The rule. */
    public ProgrammeBasis() {
      super("9.2.2-programme-basis", "The audit programme weighs processes by their importance and by the results "
          + "of previous audits: it states its basis and carries each earlier nonconformity finding into the "
          + "priority of the process concerned.", "9.2.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<AuditProgramme> ap = ix.isms().auditProgrammes().stream().filter(p -> p.covers(ix.asOf()))
          .findFirst();
      if (ap.isEmpty()) {
        out.notApplicable("no audit programme in force (see 9.2.2-programme-coverage)");
        return;
      }
      AuditProgramme p = ap.get();
      if (p.riskBasis().isEmpty() || p.priorities().isEmpty()) {
        out.lapse("unweighted", List.of(io.ismskit.core.id.EntityRef.of(p.id())), "a programme that states its "
            + "basis and weighs processes by importance and previous results", "programme " + p.id().value()
            + (p.riskBasis().isEmpty() ? " states no basis" : " weighs no process"), "state the programme's basis "
            + "and its priorities per process");
        return;
      }
      Map<ProcessId, AuditPriority> byProcess = new HashMap<>();
      for (AuditPriority pr : p.priorities()) {
        byProcess.put(pr.process(), pr);
      }
      int ncs = 0;
      Items ignored = out.items("previous-results", 0);
      for (AuditFinding f : ix.isms().findings()) {
        if (f.process().isEmpty() || !nonconformity(f.type()) || !existsByAsOf(ix, f.raisedOn())) {
          continue;
        }
        ncs++;
        AuditPriority pr = byProcess.get(f.process().get());
        if (pr == null || !pr.previousFindings().contains(f.id())) {
          ignored.fail("finding " + f.id().value() + " on process " + f.process().get().value() + " is not among "
              + "the programme's previous results", f.id());
        }
      }
      ignored.total(ncs).report("each earlier nonconformity finding carried into its process's priority",
          "weigh the listed findings' processes by them in the programme");
      out.evidence("programme " + p.id().value() + " weighs " + p.priorities().size() + " processes; " + ncs
          + " earlier findings considered");
    }
  }

  static boolean nonconformity(FindingType t) {
    return t == FindingType.MAJOR_NONCONFORMITY || t == FindingType.MINOR_NONCONFORMITY;
  }

  /**
   * 9.2 → 10.2: every nonconformity an audit found is raised as a nonconformity and handled under
   * 10.2.
   *
   * <p>An audit finding of a major or minor nonconformity is raised when it names its {@link
   * AuditFinding#nonconformity()} or a nonconformity names it ({@link Nonconformity#finding()}),
   * that nonconformity raised on or before the as-of date. A finding raised after the as-of date is
   * not judged yet.
   *
   * <p>Grading: by share over the nonconformity findings: one not raised is an isolated lapse;
   * most not raised means audit results do not feed corrective action at all (major).
   */
  public static final class AuditNonconformities extends BuiltInRule {
    /** The rule. */
    public AuditNonconformities() {
      super("10.2-audit-nonconformities", "Every nonconformity an internal audit found is raised as a "
          + "nonconformity and handled under 10.2.", "10.2", "9.2.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Set<FindingId> raised = new HashSet<>();
      Set<io.ismskit.core.id.NonconformityId> ncs = new HashSet<>();
      for (Nonconformity n : ix.isms().nonconformities()) {
        if (existsByAsOf(ix, n.raisedOn())) {
          ncs.add(n.id());
          n.finding().ifPresent(raised::add);
        }
      }
      int total = 0;
      Items items = out.items("not-raised", 0);
      for (AuditFinding f : ix.isms().findings()) {
        if (!nonconformity(f.type()) || !existsByAsOf(ix, f.raisedOn())) {
          continue;
        }
        total++;
        if (!(f.nonconformity().isPresent() && ncs.contains(f.nonconformity().get())) && !raised.contains(f.id())) {
          items.fail("finding " + f.id().value() + " (" + f.type() + ") is not raised as a nonconformity", f.id());
        }
      }
      if (total == 0) {
        out.notApplicable("no audit finding of a nonconformity");
        return;
      }
      items.total(total).report("every audit nonconformity raised as a nonconformity", "raise the listed findings "
          + "as nonconformities and handle them under 10.2");
      out.evidence(total + " audit nonconformities raised");
    }
  }

  /**
   * 9.3.2 a: the management review considers the status of actions from previous reviews.
   *
   * <p>Every decision of the review before the latest one is followed up: it names the latest review
   * among {@link ReviewDecision#followedUpIn()}, or records its {@link ReviewDecision#followUp()}.
   *
   * <p>Grading: by share over the previous review's decisions: one decision not followed up is an
   * isolated lapse; none of several followed up is a review that does not close its own loop (major).
   */
  public static final class DecisionFollowUp extends BuiltInRule {
    /** The rule. */
    public DecisionFollowUp() {
      super("9.3.2-follow-up", "The management review follows up the decisions of the previous review: each is "
          + "taken up in the latest review or has its follow-up recorded.", "9.3.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<ManagementReview> latest = ix.latestReview();
      if (latest.isEmpty()) {
        out.notApplicable("no management review (see 9.3.1-management-review)");
        return;
      }
      ManagementReview l = latest.get();
      Optional<ManagementReview> previous = ix.isms().managementReviews().stream()
          .filter(m -> m.heldOn().isBefore(l.heldOn())).max(Comparator.comparing(ManagementReview::heldOn));
      if (previous.isEmpty() || previous.get().decisions().isEmpty()) {
        out.notApplicable("no earlier review with decisions to follow up");
        return;
      }
      ManagementReview p = previous.get();
      Items items = out.items("not-followed-up", p.decisions().size());
      for (ReviewDecision d : p.decisions()) {
        if (!d.followedUpIn().contains(l.id()) && d.followUp().isEmpty()) {
          items.fail("decision '" + io.ismskit.core.base.Text.shorten(d.description()) + "' of " + p.id().value()
              + " is not followed up in " + l.id().value(), p.id());
        }
      }
      items.report("each decision of the previous review followed up", "record in the latest review how the listed "
          + "decisions stand");
      out.evidence(p.decisions().size() + " decisions of " + p.id().value() + " followed up in " + l.id().value());
    }
  }

  // ---------------------------------------------------------------------------------------------- 10.2

  /**
   * 10.2 b 3, e: whether similar nonconformities exist or could occur is examined, and the changes
   * to the ISMS that corrective action needs are made.
   *
   * <p>A nonconformity whose root cause is analysed records the examination of similar
   * nonconformities ({@link Nonconformity#similarCheck()}); a closed nonconformity's changes ({@link
   * Nonconformity#changes()}) are completed ({@link PlannedChange#completedOn()}). A change completed
   * after the closing date is accepted: the change is made, which is what 10.2 e asks. A closing or a
   * completion dated after the as-of date has not happened yet, and a nonconformity raised after it
   * is not in the population.
   *
   * <p>Grading: each by share over the nonconformities concerned: an isolated missing examination or
   * unfinished change is minor; a register where it is mostly missing is a systematic failure.
   */
  public static final class SimilarAndChanges extends BuiltInRule {
    /** The rule. */
    public SimilarAndChanges() {
      super("10.2-similar-and-changes", "For every analysed nonconformity the organization examines whether similar "
          + "ones exist or could occur, and every closed nonconformity has the ISMS changes it needed made.", "10.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Map<ChangeId, PlannedChange> changes = new HashMap<>();
      for (PlannedChange c : ix.isms().changes()) {
        changes.put(c.id(), c);
      }
      int analysed = 0;
      int closedWithChanges = 0;
      Items similar = out.items("similar", 0);
      Items unmade = out.items("changes", 0);
      for (Nonconformity n : ix.isms().nonconformities()) {
        if (!existsByAsOf(ix, n.raisedOn())) {
          continue;
        }
        if (n.rootCause().isPresent()) {
          analysed++;
          if (n.similarCheck().isEmpty()) {
            similar.fail("nonconformity " + n.id().value() + " does not record the examination of similar ones",
                n.id());
          }
        }
        Optional<LocalDate> closed = byAsOf(ix, n.progress().closedOn());
        if (closed.isPresent() && !n.changes().isEmpty()) {
          closedWithChanges++;
          for (ChangeId c : n.changes()) {
            PlannedChange pc = changes.get(c);
            if (pc != null && byAsOf(ix, pc.completedOn()).isEmpty()) {
              unmade.fail("nonconformity " + n.id().value() + " closed on " + closed.get() + " but its change "
                  + c.value() + " is not made" + pc.completedOn().map(d -> " by " + ix.asOf() + " (completed "
                  + d + ")").orElse(""), n.id(), c);
              break;
            }
          }
        }
      }
      if (analysed == 0 && closedWithChanges == 0) {
        out.notApplicable("no analysed nonconformity");
        return;
      }
      similar.total(analysed).report("similar nonconformities examined for each analysed nonconformity",
          "examine and record whether nonconformities similar to the listed ones exist or could occur");
      unmade.total(closedWithChanges).report("every change a closed nonconformity needed made",
          "reopen the listed nonconformities until their changes are made");
      out.evidence(analysed + " analysed nonconformities examined for similar ones; " + closedWithChanges
          + " closed with their changes made");
    }
  }

  // ---------------------------------------------------------------------------------------------- 4.2

  /**
   * 4.2: interested parties and their requirements kept current.
   *
   * <p>A party is current when it was reviewed ({@link InterestedParty#lastReviewed()}) within the
   * context review interval ({@link io.ismskit.core.ReviewIntervals#contextReview()}); a
   * requirement with its own {@link Requirement#lastReviewed()} is current within that interval too.
   *
   * <p>Grading: by share over parties and requirements: a stale entry is an isolated lapse; a
   * register mostly out of date is a systematic failure to keep 4.2 current (major).
   */
  public static final class PartiesCurrent extends BuiltInRule {
    /** The rule. */
    public PartiesCurrent() {
      super("4.2-currency", "The interested parties and their requirements are reviewed within the context review "
          + "interval.", "4.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<InterestedParty> parties = ix.isms().interestedParties();
      if (parties.isEmpty()) {
        out.notApplicable("no interested party (see 4.2-parties)");
        return;
      }
      Period interval = ix.isms().intervals().contextReview();
      Items items = out.items("stale", 0);
      int total = 0;
      for (InterestedParty p : parties) {
        total++;
        if (p.lastReviewed().isEmpty() || !within(p.lastReviewed().get(), interval, ix.asOf())) {
          items.fail("party " + p.id().value() + p.lastReviewed().map(d -> " last reviewed on " + d)
              .orElse(" never reviewed"), p.id());
        }
        for (Requirement q : p.requirements()) {
          total++;
          if (q.lastReviewed().isPresent() && !within(q.lastReviewed().get(), interval, ix.asOf())) {
            items.fail("requirement " + q.id().value() + " last reviewed on " + q.lastReviewed().get(), q.id());
          }
        }
      }
      items.total(total).report("every party and requirement reviewed within " + interval, "review the listed "
          + "parties and requirements");
      out.evidence(total + " parties and requirements reviewed within " + interval);
    }
  }

  // ---------------------------------------------------------------------------------------------- 5.2

  /**
   * 5.2 (A.5.1): exceptions to the policies are approved and do not outlive their expiry.
   *
   * <p>An exception in the register ({@link PolicyException}) needs an {@link
   * PolicyException#approval()}; one past its {@link PolicyException#expiresOn()} and not closed is
   * an expired exception still relied on. An approval or a closing dated after the as-of date has not
   * happened yet; an exception that starts after it ({@link PolicyException#validFrom()}) is not open
   * yet.
   *
   * <p>Grading: by share over the exceptions not closed: one lapsed exception is minor; most of them
   * unapproved or expired is a policy that is not enforced (major).
   */
  public static final class PolicyExceptions extends BuiltInRule {
    /** The rule. */
    public PolicyExceptions() {
      super("5.2-policy-exceptions", "Every exception to a policy is approved and closed by its expiry.", "5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<PolicyException> open = ix.isms().policyExceptions().stream()
          .filter(e -> existsByAsOf(ix, e.validFrom()) && byAsOf(ix, e.closedOn()).isEmpty()).toList();
      if (open.isEmpty()) {
        out.notApplicable("no open policy exception");
        return;
      }
      Items items = out.items("exceptions", open.size());
      for (PolicyException e : open) {
        if (approvalByAsOf(ix, e.approval()).isEmpty()) {
          items.fail("exception " + e.id().value() + (e.approval().isPresent() ? " was not approved by " + ix.asOf()
              : " has no approver"), e.id());
        } else if (ix.asOf().isAfter(e.expiresOn())) {
          items.fail("exception " + e.id().value() + " expired on " + e.expiresOn() + " and is not closed", e.id());
        }
      }
      items.report("every open policy exception approved and within its validity", "approve, renew or close the "
          + "listed exceptions");
      out.evidence(open.size() + " open policy exceptions approved and in force");
    }
  }

  // ---------------------------------------------------------------------------------------------- 8.1, Annex A

  /**
   * 8.1 (7.5.1 b): every control implemented is shown operating by evidence from the review interval.
   *
   * <p>A control is implemented when the Statement of Applicability includes it with status {@link
   * ImplementationStatus#IMPLEMENTED}, or its {@link ControlImplementation} says so. It has
   * evidence when an {@link EvidenceItem} linked to its implementation or to its SoA entry
   * ({@link EvidenceItem#controlImplementations()}, {@link EvidenceItem#soaEntries()}) covers, or
   * was collected within, the management review interval before the as-of date; or when a document its {@link ControlImplementation}
   * names as evidence ({@link ControlImplementation#evidence()}) is in force and dated within that
   * interval (its current version, approval or last review).
   *
   * <p>Grading: by share over the implemented controls: a few controls without recent evidence are
   * isolated lapses; most of them is a claim of implementation the ISMS cannot back (major).
   */
  public static final class ControlEvidence extends BuiltInRule {
    /** The rule. */
    public ControlEvidence() {
      super("8.1-control-evidence", "Every implemented control the SoA includes is backed by evidence of its "
          + "operation from within the management review interval.", "8.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Period interval = ix.isms().intervals().managementReview();
      LocalDate from = ix.asOf().minus(interval);
      Set<ControlId> evidenced = new HashSet<>();
      for (EvidenceItem e : ix.isms().evidenceItems()) {
        boolean recent = e.period().map(p -> p.overlaps(from, ix.asOf()))
            .orElse(within(e.collectedOn(), interval, ix.asOf()));
        if (recent && byAsOf(ix, e.collectedOn())) {
          evidenced.addAll(e.controlImplementations());
          evidenced.addAll(e.soaEntries());
        }
      }
      Set<ControlId> implemented = new java.util.LinkedHashSet<>();
      ix.isms().statementOfApplicability().ifPresent(s -> s.entries().stream().filter(e -> e.applicable()
          && e.implementationStatus().equals(Optional.of(ImplementationStatus.IMPLEMENTED)))
          .forEach(e -> implemented.add(e.control())));
      for (ControlImplementation c : ix.isms().controlImplementations()) {
        if (c.status() == ImplementationStatus.IMPLEMENTED && ix.applicable(c.control())) {
          implemented.add(c.control());
        }
        for (io.ismskit.core.id.DocumentId d : c.evidence()) {
          Optional<LocalDate> dated = ix.document(d)
              .filter(x -> x.status() != io.ismskit.core.governance.DocumentStatus.OBSOLETE)
              .flatMap(x -> lastDated(ix, x));
          if (dated.isPresent() && within(dated.get(), interval, ix.asOf())) {
            evidenced.add(c.control());
          }
        }
      }
      int total = implemented.size();
      Items items = out.items("no-evidence", total);
      for (ControlId c : implemented) {
        if (!evidenced.contains(c)) {
          items.fail("control " + c.value() + " is implemented without evidence since " + from, c).control(c);
        }
      }
      if (total == 0) {
        out.notApplicable("no implemented control");
        return;
      }
      items.total(total).report("evidence of operation within " + interval + " for every implemented control",
          "collect and link evidence of the listed controls' operation");
      out.evidence(total + " implemented controls with evidence since " + from);
    }
  }

  /**
   * Annex A 5.24–5.28, where the SoA includes them: incidents assessed, resolved with lessons learned
   * reviewed, and evidence collected.
   *
   * <p>A resolved incident has an assessment date (A.5.25), its lessons learned and their review
   * date (A.5.27), and at least one evidence item (A.5.28) when its severity is above low. Dates
   * after the as-of date have not happened yet: an incident resolved later is not resolved, and an
   * assessment or a review of lessons dated later is not made; an incident reported later is not in
   * the population.
   *
   * <p>Grading: by share over the resolved incidents: an incident closed without lessons is an
   * isolated lapse; an incident process that never learns is systematic (major). Not applicable when
   * the SoA includes none of A.5.24–5.28 or no incident is resolved.
   */
  public static final class Incidents extends BuiltInRule {
    static final List<ControlId> CONTROLS = List.of(ControlId.of("A.5.24"), ControlId.of("A.5.25"),
        ControlId.of("A.5.26"), ControlId.of("A.5.27"), ControlId.of("A.5.28"));

    /** The rule. */
    public Incidents() {
      super("A.5.24-incidents", "Every resolved incident was assessed, its lessons learned recorded and reviewed, "
          + "and its evidence collected, as the included incident controls (A.5.24–A.5.28) require.", "8.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (CONTROLS.stream().noneMatch(ix::applicable)) {
        out.notApplicable("the SoA includes none of A.5.24-A.5.28");
        return;
      }
      List<Incident> resolved = ix.isms().incidents().stream().filter(i -> existsByAsOf(ix, i.reportedOn())
          && byAsOf(ix, i.resolvedOn()).isPresent()).toList();
      if (resolved.isEmpty()) {
        out.notApplicable("no resolved incident");
        return;
      }
      Items items = out.items("incomplete", resolved.size());
      for (Incident i : resolved) {
        String problem = byAsOf(ix, i.assessedOn()).isEmpty() ? "was never assessed (A.5.25)"
            + (i.assessedOn().isPresent() ? " by " + ix.asOf() : "")
            : i.lessonsLearned().isEmpty() || byAsOf(ix, i.lessonsReviewedOn()).isEmpty() ? "has no reviewed "
            + "lessons learned (A.5.27)" + (i.lessonsReviewedOn().isPresent() ? " by " + ix.asOf() : "")
            : i.severity() != Incident.Severity.LOW && i.evidence().isEmpty() ? "has no evidence collected (A.5.28)"
            : null;
        if (problem != null) {
          items.fail("incident " + i.id().value() + " " + problem, i.id());
        }
      }
      CONTROLS.stream().filter(ix::applicable).forEach(items::control);
      items.report("every resolved incident assessed, with reviewed lessons learned and evidence", "complete the "
          + "handling of the listed incidents");
      out.evidence(resolved.size() + " resolved incidents assessed, with lessons learned and evidence");
    }
  }

  /**
   * Annex A 5.19–5.22, where the SoA includes them: every active supplier is under an agreement in
   * force that states security requirements, and is assessed within its review interval with an
   * acceptable outcome. An assessment performed after the as-of date has not happened yet: the
   * supplier is judged by its latest assessment on or before it. A supplier engaged after the as-of
   * date ({@link Supplier#since()}) is not a supplier yet.
   *
   * <p>This rule judges every supplier, of whatever kind, against the general supplier controls.
   * What A.5.23 adds for the suppliers of cloud services — an exit provision, and the same
   * agreement and assessment judged against A.5.23 even when the SoA excludes A.5.19–A.5.22 — is
   * {@code A.5.23-cloud-services}: a cloud supplier without an agreement or an assessment fails both
   * rules, each finding naming its own controls.
   *
   * <p>Grading: by share over the active suppliers: one supplier out of control is an isolated
   * lapse; most of them is a supplier process that does not operate (major). Not applicable when the
   * SoA includes none of A.5.19–A.5.22 or there is no active supplier.
   */
  public static final class Suppliers extends BuiltInRule {
    static final List<ControlId> CONTROLS = List.of(ControlId.of("A.5.19"), ControlId.of("A.5.20"),
        ControlId.of("A.5.21"), ControlId.of("A.5.22"));

    /** The rule. */
    public Suppliers() {
      super("A.5.19-suppliers", "Every active supplier has an agreement in force stating security requirements and "
          + "is assessed within its review interval with an acceptable outcome, as the included supplier "
          + "controls (A.5.19–A.5.22) require.", "8.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (CONTROLS.stream().noneMatch(ix::applicable)) {
        out.notApplicable("the SoA includes none of A.5.19-A.5.22");
        return;
      }
      List<Supplier> active = ix.isms().suppliers().stream().filter(s -> s.status() == SupplierStatus.ACTIVE
          && existsByAsOf(ix, s.since())).toList();
      if (active.isEmpty()) {
        out.notApplicable("no active supplier");
        return;
      }
      Items items = out.items("uncontrolled", active.size());
      for (Supplier s : active) {
        String problem = problem(ix, s);
        if (problem != null) {
          items.fail("supplier " + s.id().value() + " " + problem, s.id());
        }
      }
      CONTROLS.stream().filter(ix::applicable).forEach(items::control);
      items.report("every active supplier under an agreement with security requirements, assessed on time with "
          + "an acceptable outcome", "agree security requirements with, or assess, the listed suppliers");
      out.evidence(active.size() + " active suppliers under agreement and assessed");
    }

    private static @Nullable String problem(IsmsIndex ix, Supplier s) {
      LocalDate asOf = ix.asOf();
      boolean agreed = false;
      for (SupplierAgreement a : s.agreements()) {
        if (a.validOn(asOf) && !a.securityRequirements().isEmpty()) {
          agreed = true;
          break;
        }
      }
      if (!agreed) {
        return "has no agreement in force stating security requirements (A.5.20)";
      }
      SupplierAssessment latest = latestByAsOf(ix, s);
      if (latest == null) {
        return "was never assessed (A.5.22)" + (s.assessments().isEmpty() ? "" : " by " + asOf);
      }
      if (latest.outcome() == AssessmentOutcome.NOT_ACCEPTABLE) {
        return "was last assessed not acceptable on " + latest.performedOn();
      }
      Optional<LocalDate> due = due(s, latest);
      if (due.isPresent() && due.get().isBefore(asOf)) {
        return "was due for assessment on " + due.get();
      }
      return null;
    }

    /** The supplier's latest assessment performed on or before the as-of date (the last of several that day). */
    static @Nullable SupplierAssessment latestByAsOf(IsmsIndex ix, Supplier s) {
      SupplierAssessment latest = null;
      for (SupplierAssessment a : s.assessments()) {
        if (byAsOf(ix, a.performedOn()) && (latest == null || !a.performedOn().isBefore(latest.performedOn()))) {
          latest = a;
        }
      }
      return latest;
    }

    /** When the review after {@code last} is due: its own next due date, else the supplier's interval after it. */
    static Optional<LocalDate> due(Supplier s, SupplierAssessment last) {
      return last.nextDue().or(() -> s.reviewInterval().map(i -> last.performedOn().plus(i)));
    }
  }

  /**
   * Annex A 5.23, where the SoA includes it: the use of every cloud service is acquired, managed and
   * can be left as the organization's security requirements say.
   *
   * <p>A.5.23 asks for processes to acquire, use, manage and exit cloud services that reflect the
   * organization's security requirements. The model holds the outcome of those processes per
   * supplier, and this rule checks it for every active supplier that provides a {@link
   * io.ismskit.core.supplier.ProvisionKind#CLOUD_SERVICE} ({@link Supplier#providesCloudService()}):
   * an agreement in force on the as-of date states its security requirements (acquisition); the
   * supplier's latest assessment on or before the as-of date is not past its next due date (its
   * own {@link SupplierAssessment#nextDue()}, else the supplier's review interval) and did not find
   * it not acceptable (management); and an agreement in force provides for exit ({@link
   * SupplierAgreement#exitProvision()}). A supplier engaged after the as-of date ({@link
   * Supplier#since()}) is not yet in the population. What the model does not hold — how the
   * organization decided to use a cloud service, or the shared responsibilities of each service
   * model in detail — is left to the auditor.
   *
   * <p>{@code A.5.19-suppliers} judges every supplier against A.5.19–A.5.22; this rule judges the
   * cloud service suppliers against A.5.23 only, so a cloud supplier without an agreement or an
   * assessment fails both, each finding naming its own controls, and a missing exit provision fails
   * only this one.
   *
   * <p>Grading: one cloud supplier out of control while others are under control is an isolated
   * lapse (minor), several out of more than {@link io.ismskit.conformance.Grading#majorShare()} of
   * them a systematic one (major); no cloud supplier under control at all means A.5.23 is not
   * operating for any cloud service the organization uses (major). Not applicable when the SoA does
   * not include A.5.23 or no active supplier provides a cloud service.
   */
  public static final class CloudServices extends BuiltInRule {
    static final ControlId A_5_23 = ControlId.of("A.5.23");

    /** The rule. */
    public CloudServices() {
      super("A.5.23-cloud-services", "Every active supplier of a cloud service has an agreement in force stating "
          + "security requirements and providing for exit, and is assessed within its review interval with an "
          + "acceptable outcome, as the included cloud control (A.5.23) requires.", "8.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (!ix.applicable(A_5_23)) {
        out.notApplicable("the SoA does not include A.5.23");
        return;
      }
      List<Supplier> cloud = ix.isms().suppliers().stream().filter(s -> s.status() == SupplierStatus.ACTIVE
          && s.providesCloudService() && existsByAsOf(ix, s.since())).toList();
      if (cloud.isEmpty()) {
        out.notApplicable("no active supplier provides a cloud service");
        return;
      }
      Items items = out.items("uncontrolled", cloud.size()).control(A_5_23);
      int failing = 0;
      for (Supplier s : cloud) {
        String problem = problem(ix, s);
        if (problem != null) {
          failing++;
          items.fail("cloud supplier " + s.id().value() + " " + problem, s.id());
        }
      }
      String expected = "every active cloud service supplier under an agreement in force stating security "
          + "requirements and providing for exit, assessed on time with an acceptable outcome";
      String remedy = "agree security requirements and an exit provision with, or assess, the listed cloud service "
          + "suppliers";
      if (failing == cloud.size()) {
        items.reportAs(out.grading().missing(), expected, remedy);
      } else {
        items.report(expected, remedy);
      }
      out.evidence(cloud.size() + " cloud service suppliers under agreement with an exit provision and assessed");
    }

    private static @Nullable String problem(IsmsIndex ix, Supplier s) {
      LocalDate asOf = ix.asOf();
      boolean requirements = false;
      boolean exit = false;
      for (SupplierAgreement a : s.agreements()) {
        if (a.validOn(asOf)) {
          requirements |= !a.securityRequirements().isEmpty();
          exit |= a.exitProvision().isPresent();
        }
      }
      if (!requirements) {
        return "has no agreement in force stating security requirements";
      }
      SupplierAssessment latest = Suppliers.latestByAsOf(ix, s);
      if (latest == null) {
        return "was never assessed" + (s.assessments().isEmpty() ? "" : " by " + asOf);
      }
      if (latest.outcome() == AssessmentOutcome.NOT_ACCEPTABLE) {
        return "was last assessed not acceptable on " + latest.performedOn();
      }
      Optional<LocalDate> due = Suppliers.due(s, latest);
      if (due.isPresent() && due.get().isBefore(asOf)) {
        return "was due for assessment on " + due.get();
      }
      if (!exit) {
        return "has no agreement in force providing for exit from its cloud service";
      }
      return null;
    }
  }

  /**
   * Annex A 5.31, where the SoA includes it: every legal, regulatory and contractual requirement the
   * ISMS addresses is evaluated for compliance within the context review interval and not found
   * non-compliant.
   *
   * <p>The compliance evaluation ({@link Requirement#compliance()}, a {@link ComplianceEvaluation})
   * is the authoritative field.
   *
   * <p>Grading: by share over those requirements: one unevaluated or non-compliant requirement is an
   * isolated lapse; a legal register mostly unevaluated is a systematic failure (major).
   */
  public static final class LegalRegister extends BuiltInRule {
    static final ControlId A_5_31 = ControlId.of("A.5.31");

    /** The rule. */
    public LegalRegister() {
      super("A.5.31-legal-register", "Every legal, regulatory and contractual requirement the ISMS addresses is "
          + "evaluated for compliance within the context review interval and not found non-compliant (A.5.31).",
          "4.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (!ix.applicable(A_5_31)) {
        out.notApplicable("the SoA does not include A.5.31");
        return;
      }
      Period interval = ix.isms().intervals().contextReview();
      int total = 0;
      Items items = out.items("unevaluated", 0);
      for (InterestedParty p : ix.isms().interestedParties()) {
        for (Requirement q : p.requirements()) {
          if (q.type() == RequirementType.EXPECTATION || q.type() == RequirementType.OTHER
              || !q.addressedByIsms().orElse(false)) {
            continue;
          }
          total++;
          Optional<ComplianceEvaluation> c = q.compliance();
          if (c.isEmpty() || !within(c.get().on(), interval, ix.asOf())) {
            items.fail("requirement " + q.id().value() + c.map(e -> " last evaluated on " + e.on())
                .orElse(" never evaluated for compliance"), q.id());
          } else if (c.get().status() == ComplianceStatus.NON_COMPLIANT) {
            items.fail("requirement " + q.id().value() + " evaluated non-compliant on " + c.get().on(), q.id());
          }
        }
      }
      if (total == 0) {
        out.notApplicable("no legal, regulatory or contractual requirement addressed");
        return;
      }
      items.control(A_5_31).total(total).report("every legal, regulatory and contractual requirement evaluated for "
          + "compliance within " + interval + " and compliant", "evaluate compliance with the listed requirements "
          + "and act on non-compliance");
      out.evidence(total + " legal, regulatory and contractual requirements evaluated compliant");
    }
  }

}
