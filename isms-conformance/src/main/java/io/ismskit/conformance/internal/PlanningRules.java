package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskApproach;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The built-in rules of clause 6, planning (the Statement of Applicability rules are in {@link SoaRules}). */
public final class PlanningRules {
  private PlanningRules() {}

  /**
   * Whether {@code r} must be treated: {@link RiskCriteria#needsTreatment(Risk)} under the ISMS's
   * criteria, or, without criteria ({@code null}), whether it was decided TREAT.
   */
  static boolean needsTreatment(Risk r, @Nullable RiskCriteria criteria) {
    return criteria != null ? criteria.needsTreatment(r) : r.decision().orElse(null) == RiskDecision.TREAT;
  }

  /**
   * 6.1.1: risks and opportunities of the ISMS itself, traced and with evaluated actions.
   *
   * <p>Grading: none recorded is a minor lapse, not a major: the information security risk
   * assessment (6.1.2) already covers much of what 6.1.1 asks, so an ISMS without a separate record
   * of its own risks and opportunities still plans against risk. Untraced items and items without an
   * effectiveness evaluation are graded by share.
   */
  public static final class RisksAndOpportunities extends BuiltInRule {
    /** The rule. */
    public RisksAndOpportunities() {
      super("6.1.1-risks-opportunities", "Considering the issues and requirements, the organization determines the "
          + "risks and opportunities of the ISMS itself, plans actions for them and how to evaluate their "
          + "effectiveness.", "6.1.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<IsmsRiskOrOpportunity> items = ix.isms().risksAndOpportunities();
      if (items.isEmpty()) {
        out.lapse("missing", List.of(), "the ISMS's own risks and opportunities with planned actions",
            "none recorded", "determine the risks and opportunities of the ISMS from the issues and requirements");
        return;
      }
      Items untraced = out.items("untraced", items.size());
      Items unevaluated = out.items("evaluation", items.size());
      for (IsmsRiskOrOpportunity o : items) {
        if (o.issues().isEmpty() && o.requirements().isEmpty()) {
          untraced.fail(o.id().value() + " traces to no issue or requirement", o.id());
        }
        if (o.effectivenessEvaluation().isEmpty()) {
          unevaluated.fail(o.id().value() + " has no effectiveness evaluation", o.id());
        }
      }
      untraced.report("each traced to the issues or requirements it comes from", "link the listed items to issues "
          + "or requirements");
      unevaluated.report("for each, how the effectiveness of its action is evaluated", "plan the evaluation of the "
          + "listed actions");
      out.evidence(items.size() + " risks and opportunities, traced and evaluated");
    }
  }

  /**
   * 6.1.2 a: risk criteria with acceptance criteria, approved (on or before the as-of date) and
   * documented.
   *
   * <p>Grading: no criteria is major (no risk can be evaluated); each missing attribute of the one
   * set of criteria (approval, methodology document, scales) is a minor lapse.
   */
  public static final class Criteria extends BuiltInRule {
    /** The rule. */
    public Criteria() {
      super("6.1.2-criteria", "The risk assessment process sets risk criteria, including risk acceptance criteria and "
          + "criteria for performing assessments, approved and documented.", "6.1.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> co = ix.isms().riskCriteria();
      if (co.isEmpty()) {
        out.missing("missing", "risk criteria with acceptance criteria", "no risk criteria",
            "define the risk criteria: scales, levels, acceptance level and assessment interval");
        return;
      }
      RiskCriteria c = co.get();
      List<EntityRef> ref = List.of(EntityRef.of("RiskCriteria", c.version()));
      if (approvalByAsOf(ix, c.approval()).isEmpty()) {
        out.lapse("unapproved", ref, "the risk criteria approved", "criteria " + c.version() + " not approved"
            + (c.approval().isPresent() ? " by " + ix.asOf() : ""), "have the risk criteria approved");
      }
      if (c.methodology().isEmpty()) {
        out.lapse("methodology", ref, "the risk assessment methodology as documented information",
            "no methodology document", "link the documented risk assessment methodology");
      }
      if (c.likelihoodScale().isEmpty() || c.impactScale().isEmpty()) {
        out.lapse("scales", ref, "likelihood and consequence scales", (c.likelihoodScale().isEmpty() ? "no likelihood"
            : "no consequence") + " scale", "define both scales");
      }
      out.evidence("criteria " + c.version() + " with acceptance level " + c.acceptanceLevel());
    }
  }

  /**
   * 6.1.2 c: where risks are identified from assets, every in-scope asset is covered by an assessed
   * risk on that asset itself.
   *
   * <p>ISO/IEC 27001:2022 does not require asset-based identification: risks may be identified from
   * events and scenarios (ISO/IEC 27005:2022 describes both approaches). The rule honours the
   * approach the risk criteria state ({@link RiskCriteria#approaches()}): when they hold {@link
   * RiskApproach#ASSET_BASED} (alone or with {@link RiskApproach#EVENT_BASED}), assets are used
   * whatever the register holds; when they hold only {@link RiskApproach#EVENT_BASED}, the rule
   * does not apply. When there are no criteria or they do not state the approach, the rule infers
   * it from the register: when no risk is {@link RiskApproach#ASSET_BASED}, identification is
   * event-based and the rule does not apply — an event-based scenario may name the assets it
   * affects without making the identification asset-based. Where assets are used, an asset counts
   * as covered only by an assessed risk (of either approach) that names the asset itself — not by a
   * risk on an asset it depends on or that depends on it, which says nothing of the asset's own
   * threats and vulnerabilities.
   *
   * <p>Grading: uncovered assets are graded by share (a few forgotten assets are isolated lapses;
   * most assets uncovered means the identification does not reach the scope).
   */
  public static final class AssetCoverage extends RiskScanRule {
    /** The rule. */
    public AssetCoverage() {
      super("6.1.2-asset-coverage", "Risks to the information in scope are identified: where risks are identified "
          + "from assets, every in-scope asset is covered by an assessed risk on that asset itself.", "6.1.2");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      Set<RiskApproach> stated = ix.isms().riskCriteria().map(RiskCriteria::approaches).orElse(Set.of());
      if (!stated.isEmpty() && !stated.contains(RiskApproach.ASSET_BASED)) {
        out.notApplicable("the risk criteria identify risks from events and scenarios, not from assets");
        return null;
      }
      boolean statedAssets = !stated.isEmpty();
      Set<AssetId> covered = new HashSet<>();
      return new Scan() {
        boolean assetsUsed = statedAssets;

        @Override
        public void risk(Risk r) {
          assetsUsed |= r.approach() == RiskApproach.ASSET_BASED;
          if (r.inherent().isPresent()) {
            covered.addAll(r.assets());
          }
        }

        @Override
        public void finish() {
          if (!assetsUsed) {
            out.notApplicable("risks are identified from events and scenarios, not from assets (the risk criteria "
                + "do not say, and no risk is asset-based)");
            return;
          }
          report(ix, out, covered);
        }
      };
    }

    private static void report(IsmsIndex ix, Out out, Set<AssetId> covered) {
      int inScope = 0;
      for (Asset a : ix.isms().assets()) {
        if (a.inScope()) {
          inScope++;
        }
      }
      Items items = out.items("uncovered", inScope);
      for (Asset a : ix.isms().assets()) {
        if (a.inScope() && !covered.contains(a.id())) {
          items.fail("asset " + a.id().value() + " (" + a.type() + ") has no assessed risk of its own", a.id());
        }
      }
      items.report("every in-scope asset covered by at least one assessed risk that names it", "identify and "
          + "assess the risks of the listed assets themselves");
      out.evidence(inScope + " in-scope assets each covered by an assessed risk of its own");
    }
  }

  /**
   * 6.1.2 c-e: every risk analysed and evaluated under the current criteria.
   *
   * <p>The register is the risks identified on or before the as-of date ({@link RiskScanRule}).
   *
   * <p>Grading: an empty register is major (no risk assessment); incomplete risks are graded by
   * share.
   */
  public static final class RiskAnalysis extends RiskScanRule {
    /** The rule. */
    public RiskAnalysis() {
      super("6.1.2-risk-analysis", "Every risk names the properties at stake and an owner, is analysed into a level "
          + "of risk under the current criteria, and is evaluated against the acceptance criteria and prioritized.",
          "6.1.2");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      Optional<RiskCriteria> co = ix.isms().riskCriteria();
      Items items = out.items("incomplete", 0);
      return new Scan() {
        int risks;

        @Override
        public void risk(Risk r) {
          risks++;
          String problem = problem(r, co, ix);
          if (problem != null) {
            items.fail("risk " + r.id().value() + ": " + problem, r.id());
          }
        }

        @Override
        public void finish() {
          if (risks == 0) {
            out.missing("missing", "an assessed risk register", "no risk" + (ix.isms().risks().isEmpty() ? ""
                : " identified by " + ix.asOf()), "identify, analyse and evaluate the risks");
            return;
          }
          items.total(risks).report("each risk with properties at stake, an inherent level under the current "
              + "criteria, a decision consistent with the acceptance criteria and, when treated, a priority",
              "complete the analysis and evaluation of the listed risks");
          out.evidence(risks + " risks analysed and evaluated");
        }
      };
    }

    private static @Nullable String problem(Risk r, Optional<RiskCriteria> co, IsmsIndex ix) {
      if (r.affects().isEmpty()) {
        return "no property at stake";
      }
      if (r.inherent().isEmpty()) {
        return "not analysed";
      }
      RiskAssessment a = r.inherent().get();
      Optional<RiskDecision> d = r.decision();
      if (d.isEmpty()) {
        return "not evaluated";
      }
      if (co.isPresent()) {
        RiskCriteria c = co.get();
        boolean acceptable = ix.acceptable(a.level());
        if (!acceptable && !c.knows(a.level())) {
          return "level '" + a.level() + "' is not a level of the criteria";
        }
        Optional<String> v = a.criteriaVersion();
        if (v.isEmpty() || !v.get().equals(c.version())) {
          return "assessed under criteria version " + v.orElse("(none)") + ", current is " + c.version();
        }
        if (d.get() == RiskDecision.ACCEPT && !acceptable) {
          return "accepted at level " + a.level() + " above the acceptance level " + c.acceptanceLevel();
        }
      }
      if (d.get() == RiskDecision.TREAT && r.priority().isEmpty()) {
        return "to be treated but has no priority";
      }
      return null;
    }
  }

  /**
   * 6.1.3 a, b, e: every risk above the acceptance criteria treated, with controls and a plan
   * approved by its owner on or before the as-of date.
   *
   * <p>Grading: untreated risks, modifications without controls and plans not approved by the owner
   * are each graded by share.
   */
  public static final class TreatmentRule extends RiskScanRule {
    /** The rule. */
    public TreatmentRule() {
      super("6.1.3-treatment", "Every risk above the acceptance criteria has treatment options chosen, the controls a "
          + "modification needs, and a treatment plan approved by its risk owner.", "6.1.3");
    }

    @Override
    protected Scan scan(IsmsIndex ix, Out out) {
      RiskCriteria criteria = ix.isms().riskCriteria().orElse(null);
      Items untreated = out.items("untreated", 0);
      Items noControls = out.items("no-controls", 0);
      Items approval = out.items("plan-approval", 0);
      return new Scan() {
        int needing;
        int treated;

        @Override
        public void risk(Risk r) {
          Optional<Treatment> t = r.treatment();
          if (t.isEmpty()) {
            if (needsTreatment(r, criteria)) {
              needing++;
              untreated.fail("risk " + r.id().value() + " above acceptance has no treatment", r.id());
            }
            return;
          }
          treated++;
          if (needsTreatment(r, criteria)) {
            needing++;
          }
          if (t.get().has(TreatmentOption.MODIFY) && t.get().controls().isEmpty()) {
            noControls.fail("risk " + r.id().value() + " is modified without controls", r.id());
          }
          Approval plan = approvalByAsOf(ix, t.get().planApproval()).orElse(null);
          if (plan == null || !plan.by().equals(r.owner())) {
            approval.fail("risk " + r.id().value() + " plan " + (plan != null ? "approved by " + plan.by().value()
                + ", not the owner " + r.owner().value() : t.get().planApproval().isPresent() ? "not approved by "
                + ix.asOf() : "not approved"), r.id());
          }
        }

        @Override
        public void finish() {
          untreated.total(needing);
          noControls.total(treated);
          approval.total(treated);
          untreated.report("every risk above the acceptance criteria treated", "choose treatment options for the "
              + "listed risks");
          noControls.report("every modification naming the controls it relies on", "name the controls of the listed "
              + "treatments");
          approval.report("every treatment plan approved by the risk owner", "have the risk owners approve the listed "
              + "plans");
          out.evidence(needing + " risks above acceptance, all treated with owner-approved plans");
        }
      };
    }
  }

  /**
   * 6.1.3 f: residual risks assessed and accepted by their owners, or, above the owner's authority,
   * in the authority of a role the criteria name (whether that authority holds is {@code
   * 6.1.3-acceptance}). An acceptance dated after the as-of date is not given yet.
   *
   * <p>Grading: missing residual assessments, acceptances and justifications are each graded by
   * share.
   */
  public static final class Residual extends RiskScanRule {
    /** The rule. */
    public Residual() {
      super("6.1.3-residual", "For every treated risk the residual risk is assessed and accepted by the risk owner, "
          + "with a justification when it still exceeds the acceptance criteria.", "6.1.3");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      boolean criteria = ix.isms().riskCriteria().isPresent();
      if (ix.treatedRisks().isEmpty()) {
        out.notApplicable("no treated risk");
        return null;
      }
      Items residual = out.items("residual", 0);
      Items acceptance = out.items("acceptance", 0);
      Items justification = out.items("justification", 0);
      return new Scan() {
        int treated;

        @Override
        public void risk(Risk r) {
          if (r.treatment().isEmpty()) {
            return;
          }
          treated++;
          Optional<RiskAssessment> res = r.residual();
          if (res.isEmpty()) {
            residual.fail("risk " + r.id().value() + " has no residual assessment", r.id());
          }
          Optional<RiskAcceptance> acc = r.acceptance().filter(a -> byAsOf(ix, a.acceptedOn()));
          // an acceptance in the authority of a role (escalated above the owner) is judged by 6.1.3-acceptance
          if (acc.isEmpty() || (!acc.get().acceptedBy().equals(r.owner()) && acc.get().authority().isEmpty())) {
            acceptance.fail("risk " + r.id().value() + acc.map(a -> " accepted by " + a.acceptedBy().value()
                + ", not the owner " + r.owner().value()).orElse(" residual risk not accepted"
                + (r.acceptance().isPresent() ? " by " + ix.asOf() : "")), r.id());
          } else if (criteria && res.isPresent() && !ix.acceptable(res.get().level())
              && acc.get().justification().isEmpty()) {
            justification.fail("risk " + r.id().value() + " accepted at " + res.get().level()
                + " without justification", r.id());
          }
        }

        @Override
        public void finish() {
          if (treated == 0) {
            out.notApplicable("no treated risk identified by " + ix.asOf());
            return;
          }
          residual.total(treated);
          acceptance.total(treated);
          justification.total(treated);
          residual.report("a residual assessment for every treated risk", "assess the residual risk of the listed "
              + "risks");
          acceptance.report("the residual risk accepted by the risk owner", "have the owners accept the listed "
              + "residual risks");
          justification.report("a justification for accepting a residual risk above the acceptance criteria",
              "record why the listed residual risks are accepted");
          out.evidence(treated + " treated risks with residual risk accepted by their owners");
        }
      };
    }
  }

  /**
   * 6.2: measurable, owned, resourced, dated objectives with an evaluation method, monitored and
   * communicated.
   *
   * <p>An objective is monitored when it was evaluated within its metric's frequency (or, without
   * a metric, within the management review interval) and communicated when a communication date on
   * or before the as-of date is recorded.
   *
   * <p>Grading: no objective is major (6.2 not addressed, and mandatory documented information);
   * incomplete, overdue, unmonitored and uncommunicated objectives are each graded by share.
   */
  public static final class Objectives extends BuiltInRule {
    /** The rule. */
    public Objectives() {
      super("6.2-objectives", "Information security objectives are set, consistent with the policy and measurable, "
          + "with what will be done, resources, owner, due date and how results are evaluated; they are monitored "
          + "and communicated.", "6.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Objective> os = ix.isms().objectives();
      if (os.isEmpty()) {
        out.missing("missing", "information security objectives", "no objective", "set information security "
            + "objectives and plans to achieve them");
        return;
      }
      Items incomplete = out.items("incomplete", os.size());
      Items overdue = out.items("overdue", os.size());
      Items unmonitored = out.items("unmonitored", os.size());
      Items uncommunicated = out.items("uncommunicated", os.size());
      for (Objective o : os) {
        List<String> lacks = lacks(o);
        if (!lacks.isEmpty()) {
          incomplete.fail("objective " + o.id().value() + " lacks " + String.join(", ", lacks), o.id());
        }
        if (o.status().open() && o.dueDate().isBefore(ix.asOf())) {
          overdue.fail("objective " + o.id().value() + " open past its due date " + o.dueDate(), o.id());
        }
        Period every = o.metric().flatMap(ix.isms()::metric).map(Metric::frequency)
            .orElse(ix.isms().intervals().managementReview());
        Optional<LocalDate> evaluated = byAsOf(ix, o.lastEvaluated());
        if (evaluated.isEmpty() || evaluated.get().plus(every).isBefore(ix.asOf())) {
          unmonitored.fail("objective " + o.id().value() + evaluated.map(d -> " last evaluated " + d)
              .orElse(" never evaluated") + ", to be monitored every " + every, o.id());
        }
        if (byAsOf(ix, o.communicatedOn()).isEmpty()) {
          uncommunicated.fail("objective " + o.id().value() + " not communicated", o.id());
        }
      }
      incomplete.report("each objective measurable, linked to the policy, with actions, resources and an evaluation "
          + "method", "complete the listed objectives");
      overdue.report("no open objective past its due date", "evaluate the listed objectives and close or re-plan them");
      unmonitored.report("each objective monitored: evaluated within its metric's frequency", "evaluate the progress "
          + "of the listed objectives and record it");
      uncommunicated.report("each objective communicated to those who work towards it", "communicate the listed "
          + "objectives and record the date");
      out.evidence(os.size() + " objectives complete, on schedule, monitored and communicated");
    }

    private static List<String> lacks(Objective o) {
      List<String> lacks = new ArrayList<>();
      if (o.metric().isEmpty()) {
        lacks.add("metric");
      }
      if (o.resources().isEmpty()) {
        lacks.add("resources");
      }
      if (o.evaluationMethod().isEmpty()) {
        lacks.add("evaluation method");
      }
      if (o.policy().isEmpty()) {
        lacks.add("policy");
      }
      if (o.actions().isEmpty()) {
        lacks.add("actions");
      }
      return lacks;
    }
  }

  /**
   * 6.3: changes to the ISMS carried out in a planned manner: approved (on or before the as-of date)
   * before they are completed.
   *
   * <p>Grading: unplanned changes are graded by share.
   */
  public static final class Changes extends BuiltInRule {
    /** The rule. */
    public Changes() {
      super("6.3-changes", "Changes to the ISMS are carried out in a planned manner: approved, with a responsible "
          + "person and a planned date, before they are carried out.", "6.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<PlannedChange> cs = ix.isms().changes();
      if (cs.isEmpty()) {
        out.notApplicable("no change to the ISMS recorded");
        return;
      }
      Items items = out.items("unplanned", cs.size());
      for (PlannedChange c : cs) {
        if (approvalByAsOf(ix, c.approval()).isEmpty()) {
          items.fail("change " + c.id().value() + " not approved" + (c.approval().isPresent() ? " by " + ix.asOf()
              : ""), c.id());
        } else if (c.completedOn().isPresent() && c.completedOn().get().isBefore(c.approval().get().on())) {
          items.fail("change " + c.id().value() + " completed before its approval", c.id());
        }
      }
      items.report("every change approved before it is carried out", "approve the listed changes and plan them");
      out.evidence(cs.size() + " changes approved and planned");
    }
  }
}
