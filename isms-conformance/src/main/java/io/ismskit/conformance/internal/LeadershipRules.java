package io.ismskit.conformance.internal;

import static io.ismskit.conformance.internal.BuiltInRule.approvalByAsOf;
import static io.ismskit.conformance.internal.BuiltInRule.byAsOf;
import static io.ismskit.conformance.internal.BuiltInRule.existsByAsOf;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.IsmsDuty;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 5, leadership. Not part of the API. */
public final class LeadershipRules {
  private LeadershipRules() {}

  static final ControlId A_5_1 = ControlId.of("A.5.1");

  static List<Policy> informationSecurityPolicies(IsmsIndex ix) {
    List<Policy> out = new ArrayList<>();
    for (Policy p : ix.isms().policies()) {
      if (p.kind() == PolicyKind.INFORMATION_SECURITY) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * 5.1: top management named and showing leadership of the ISMS, with evidence for each of 5.1 a)
   * to h) that the model holds:
   *
   * <ol type="a">
   *   <li>policy and objectives established: an information security policy approved by top
   *       management, and objectives set under a policy;
   *   <li>ISMS requirements integrated into the organization's processes: ISMS processes defined and
   *       the scope naming the business processes they serve;
   *   <li>resources available: a resource allocation approved by top management (and none approved
   *       by anyone else, checked per allocation);
   *   <li>importance of effective security and of conformity communicated: an internal
   *       communication that top management is responsible for, carried out;
   *   <li>the ISMS achieving its outcomes: top management evaluates performance — it evaluates a
   *       metric (9.1) or attends the latest management review (9.3);
   *   <li>persons directed and supported: active role assignments made by top management;
   *   <li>continual improvement promoted: an improvement decided by a management review;
   *   <li>other management roles supported: a role with authorities held by someone outside top
   *       management.
   * </ol>
   *
   * <p>Evidence dated after the as-of date (an approval, a communication, a review, an improvement)
   * does not count.
   *
   * <p>Grading: nobody named as top management is major (leadership cannot be shown at all); the
   * items a) to h) lacking evidence are graded by share (one item is an isolated lapse; several
   * mean top management does not lead the ISMS, a systematic failure); resource allocations
   * approved outside top management are graded by share.
   */
  public static final class TopManagement extends BuiltInRule {
    /** The rule. */
    public TopManagement() {
      super("5.1-top-management", "Top management is named and shows leadership of the ISMS: policy and objectives "
          + "set, ISMS requirements integrated into processes, resources provided, the importance of security "
          + "communicated, outcomes evaluated, people directed, improvement promoted and other managers supported.",
          "5.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.topManagement().isEmpty()) {
        out.missing("missing", "the people of top management named", "nobody is marked as top management",
            "mark the people who direct the organization at the highest level as top management");
        return;
      }
      resourcesApprovedByTopManagement(ix, out);
      List<String> lacking = Leadership.lacking(ix);
      Items items = out.items("evidence", Leadership.ITEMS);
      for (String l : lacking) {
        items.fail(l, EntityRef.of("Clause", "5.1"));
      }
      items.report("evidence of leadership for each of 5.1 a) to h)", "have top management take and record the "
          + "listed actions");
      out.evidence(ix.topManagement().size() + " people of top management with evidence for 5.1 a) to h)");
    }

    private static void resourcesApprovedByTopManagement(IsmsIndex ix, Out out) {
      int approved = 0;
      for (ResourceAllocation r : ix.isms().resources()) {
        if (approvalByAsOf(ix, r.approval()).isPresent()) {
          approved++;
        }
      }
      Items items = out.items("resources", approved);
      for (ResourceAllocation r : ix.isms().resources()) {
        Optional<PersonId> approver = approvalByAsOf(ix, r.approval()).map(Approval::by);
        if (approver.isPresent() && !ix.topManagement(approver.get())) {
          items.fail("resource " + r.id().value() + " approved by " + approver.get().value()
              + ", not top management", r.id());
        }
      }
      items.report("resources for the ISMS decided by top management", "have top management approve the listed "
          + "resource allocations");
    }
  }

  /** The evidence of 5.1 a) to h), one check per item. */
  static final class Leadership {
    static final int ITEMS = 8;

    private Leadership() {}

    /** What each item lacks, for the items without evidence, in order a) to h). */
    static List<String> lacking(IsmsIndex ix) {
      List<String> out = new ArrayList<>();
      Isms isms = ix.isms();
      if (!policyApprovedByTopManagement(ix) || isms.objectives().stream().noneMatch(o -> o.policy().isPresent())) {
        out.add("a) no information security policy approved by top management with objectives set under it");
      }
      if (isms.processes().isEmpty() || isms.scope().map(sc -> sc.processes().isEmpty()).orElse(true)) {
        out.add("b) no ISMS process, or no business process named in the scope, to integrate the ISMS into");
      }
      if (isms.resources().stream()
          .noneMatch(r -> approvalByAsOf(ix, r.approval()).map(a -> ix.topManagement(a.by())).orElse(false))) {
        out.add("c) no resource allocation approved by top management");
      }
      if (isms.communications().stream().noneMatch(c -> c.internal() && ix.topManagement(c.responsible())
          && byAsOf(ix, c.lastPerformed()).isPresent())) {
        out.add("d) no internal communication by top management carried out");
      }
      if (!evaluatesOutcomes(ix)) {
        out.add("e) top management neither evaluates a metric nor attended the latest management review");
      }
      if (ix.activeAssignments().stream().noneMatch(a -> a.assignedBy().map(ix::topManagement).orElse(false))) {
        out.add("f) no active role assignment made by top management");
      }
      if (!improvementPromoted(ix)) {
        out.add("g) no improvement decided by a management review");
      }
      if (!otherManagersSupported(ix)) {
        out.add("h) no role with authorities held by someone outside top management");
      }
      return out;
    }

    private static boolean policyApprovedByTopManagement(IsmsIndex ix) {
      for (Policy p : informationSecurityPolicies(ix)) {
        if (approvalByAsOf(ix, p.approval()).map(a -> ix.topManagement(a.by())).orElse(false)) {
          return true;
        }
      }
      return false;
    }

    private static boolean evaluatesOutcomes(IsmsIndex ix) {
      for (Metric m : ix.isms().metrics()) {
        if (ix.topManagement(m.evaluatedBy())) {
          return true;
        }
      }
      return ix.latestReview().map(r -> r.attendees().stream().anyMatch(ix::topManagement)).orElse(false);
    }

    private static boolean improvementPromoted(IsmsIndex ix) {
      for (ManagementReview r : ix.isms().managementReviews()) {
        if (byAsOf(ix, r.heldOn()) && r.decisions().stream().anyMatch(d -> d.kind() == DecisionKind.IMPROVEMENT)) {
          return true;
        }
      }
      return ix.isms().improvements().stream().anyMatch(i -> i.review().isPresent() && existsByAsOf(ix, i.raisedOn()));
    }

    private static boolean otherManagersSupported(IsmsIndex ix) {
      for (RoleAssignment a : ix.activeAssignments()) {
        if (!ix.topManagement(a.person()) && ix.role(a.role()).map(r -> !r.authorities().isEmpty()).orElse(false)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * 5.2 a-d: the information security policy, approved by top management (on or before the as-of
   * date), with its commitments.
   *
   * <p>Grading: no information security policy is major (5.2 not addressed, and mandatory
   * documented information); approval, content and document are each graded by share over the
   * policies (with one policy, a lapse in it is minor).
   */
  public static final class PolicyRule extends BuiltInRule {
    /** The rule. */
    public PolicyRule() {
      super("5.2-policy", "Top management establishes an information security policy, available as documented "
          + "information, that includes objectives or a framework for them and commits to meeting applicable "
          + "requirements and to continual improvement.", "5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Policy> ps = informationSecurityPolicies(ix);
      if (ps.isEmpty()) {
        out.missing("missing", "an information security policy", "no policy of kind INFORMATION_SECURITY",
            "write the information security policy and have top management approve it");
        return;
      }
      Items approval = out.items("approval", ps.size());
      Items content = out.items("content", ps.size());
      Items doc = out.items("document", ps.size());
      for (Policy p : ps) {
        Optional<Approval> given = approvalByAsOf(ix, p.approval());
        if (given.isEmpty() || !ix.topManagement(given.get().by())) {
          approval.fail("policy " + p.id().value() + (given.isPresent() ? " approved by " + given.get().by().value()
              + ", not top management" : p.approval().isPresent() ? " not approved by " + ix.asOf()
              : " not approved"), p.id());
        }
        if (!p.includesObjectivesFramework() || !p.commitsToRequirements() || !p.commitsToContinualImprovement()) {
          content.fail("policy " + p.id().value() + " lacks " + lacks(p), p.id());
        }
        if (p.document().isEmpty()) {
          doc.fail("policy " + p.id().value() + " has no document", p.id());
        }
      }
      approval.report("the policy approved by top management", "have top management approve the policy");
      content.report("an objectives framework and commitments to requirements and to continual improvement",
          "add the missing content to the policy");
      doc.report("the policy available as documented information", "link the policy to its controlled document");
      out.evidence(ps.size() + " information security policy approved by top management with its commitments");
    }

    private static String lacks(Policy p) {
      List<String> l = new ArrayList<>();
      if (!p.includesObjectivesFramework()) {
        l.add("objectives framework");
      }
      if (!p.commitsToRequirements()) {
        l.add("commitment to requirements");
      }
      if (!p.commitsToContinualImprovement()) {
        l.add("commitment to continual improvement");
      }
      return String.join(", ", l);
    }
  }

  /**
   * 5.2 f, g: the information security policy communicated within the organization after its
   * current version was approved, and available to interested parties.
   *
   * <p>A communication dated before the approval of the version in force communicated an earlier
   * version: it does not show the current policy was communicated.
   *
   * <p>Grading: by share over the information security policies (with one policy, a lapse is minor:
   * the policy exists and is in force, its communication lags).
   */
  public static final class PolicyCommunication extends BuiltInRule {
    /** The rule. */
    public PolicyCommunication() {
      super("5.2-policy-communication", "The information security policy in force is communicated within the "
          + "organization once its current version is approved, and is available to interested parties.", "5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Policy> ps = informationSecurityPolicies(ix);
      if (ps.isEmpty()) {
        out.notApplicable("no information security policy (see 5.2-policy)");
        return;
      }
      Items items = out.items("uncommunicated", ps.size());
      Items unavailable = out.items("unavailable", ps.size());
      for (Policy p : ps) {
        Optional<LocalDate> on = byAsOf(ix, p.communicatedOn());
        Optional<LocalDate> approved = p.approval().map(Approval::on);
        if (on.isEmpty()) {
          items.fail("policy " + p.id().value() + " not communicated", p.id());
        } else if (approved.isPresent() && on.get().isBefore(approved.get())) {
          items.fail("policy " + p.id().value() + " last communicated " + on.get() + ", before version "
              + p.version() + " was approved on " + approved.get(), p.id());
        }
        if (!p.availableToInterestedParties()) {
          unavailable.fail("policy " + p.id().value() + " not available to interested parties", p.id());
        }
      }
      items.report("the policy's current version communicated within the organization", "communicate the current "
          + "version of the policy and record the date");
      unavailable.report("the policy available to interested parties, as appropriate (5.2 g)", "make the policy "
          + "available to the interested parties it concerns and record it");
      out.evidence("current policy communicated and available to interested parties");
    }
  }

  /**
   * 5.2 and A.5.1: every policy reviewed within its interval. Periodic review of documented
   * information in general is not required by 7.5.2; for policies it is (A.5.1 asks for reviews at
   * planned intervals), so it is checked here.
   *
   * <p>A review or approval dated after the as-of date has not happened yet: the next review is due
   * an interval after the latest review (or approval) on or before it.
   *
   * <p>Grading: by share over all policies.
   */
  public static final class PolicyReview extends BuiltInRule {
    /** The rule. */
    public PolicyReview() {
      super("5.2-policy-review", "The information security policy and the topic-specific policies are reviewed at "
          + "their planned intervals (5.2, A.5.1).", "5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Policy> ps = ix.isms().policies();
      if (ps.isEmpty()) {
        out.notApplicable("no policy (see 5.2-policy)");
        return;
      }
      Items items = out.items("overdue", ps.size());
      for (Policy p : ps) {
        Optional<LocalDate> due = byAsOf(ix, p.lastReviewed())
            .or(() -> approvalByAsOf(ix, p.approval()).map(Approval::on)).map(d -> d.plus(p.reviewInterval()));
        if (due.isEmpty() || due.get().isBefore(ix.asOf())) {
          items.fail("policy " + p.id().value() + (due.isPresent() ? " review due " + due.get()
              : p.nextReviewDue().isPresent() ? " not approved or reviewed by " + ix.asOf()
              : " never approved or reviewed"), p.id());
          if (p.kind() == PolicyKind.TOPIC_SPECIFIC) {
            items.control(A_5_1);
          }
        }
      }
      items.report("every policy reviewed within its review interval", "review the listed policies and record the "
          + "review");
      out.evidence(ps.size() + " policies reviewed within their intervals");
    }
  }

  /**
   * 5.3: the two ISMS duties assigned to active role holders; assignments communicated (on or
   * before the as-of date: a communication dated later has not happened yet).
   *
   * <p>Grading: neither duty (conformity of the ISMS, reporting its performance) carried by an
   * active role holder is major (nobody is responsible for the ISMS); one of the two missing is a
   * minor lapse; uncommunicated assignments and held roles without responsibilities are graded by
   * share.
   */
  public static final class Duties extends BuiltInRule {
    /** The rule. */
    public Duties() {
      super("5.3-duties", "Top management assigns and communicates the responsibilities and authorities of the "
          + "security roles, including making the ISMS conform to ISO/IEC 27001 and reporting its performance to top "
          + "management.", "5.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Set<IsmsDuty> carried = EnumSet.noneOf(IsmsDuty.class);
      List<EntityRef> vacant = new ArrayList<>();
      for (Role r : ix.isms().roles()) {
        if (r.duties().isEmpty()) {
          continue;
        }
        if (ix.activeHolders(r.id()).isEmpty()) {
          vacant.add(EntityRef.of(r.id()));
        } else {
          carried.addAll(r.duties());
        }
      }
      Set<IsmsDuty> missing = EnumSet.allOf(IsmsDuty.class);
      missing.removeAll(carried);
      if (!missing.isEmpty()) {
        out.fail("unassigned", carried.isEmpty() ? out.grading().missing() : Verdict.MINOR_NC, vacant,
            "duties " + EnumSet.allOf(IsmsDuty.class) + " each carried by a role with an active holder",
            "no active holder carries " + missing, "assign the duties to roles and the roles to people");
      }
      Items uncommunicated = out.items("uncommunicated", ix.activeAssignments().size());
      for (RoleAssignment a : ix.activeAssignments()) {
        if (byAsOf(ix, a.communicatedOn()).isEmpty()) {
          uncommunicated.fail("role " + a.role().value() + " of " + a.person().value() + " not communicated",
              EntityRef.of("RoleAssignment", a.role().value() + "@" + a.person().value()));
        }
      }
      uncommunicated.report("role assignments communicated in the organization", "communicate the listed assignments");
      Items undefined = out.items("responsibilities", ix.isms().roles().size());
      for (Role r : ix.isms().roles()) {
        if (r.responsibilities().isEmpty() && !ix.activeHolders(r.id()).isEmpty()) {
          undefined.fail("role " + r.id().value() + " has no responsibilities", r.id());
        }
      }
      undefined.report("each held role with its responsibilities", "define the responsibilities of the listed roles");
      out.evidence("both ISMS duties carried by active, communicated role holders");
    }
  }
}
