package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
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

  /** 5.1: top management named and directing the ISMS, including its resources. */
  public static final class TopManagement extends BuiltInRule {
    /** The rule. */
    public TopManagement() {
      super("5.1-top-management", "Top management is named and shows leadership of the ISMS, among other things by "
          + "deciding the resources it needs.", "5.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.topManagement().isEmpty()) {
        out.missing("missing", "the people of top management named", "nobody is marked as top management",
            "mark the people who direct the organization at the highest level as top management");
        return;
      }
      int approved = 0;
      for (ResourceAllocation r : ix.isms().resources()) {
        if (r.approval().isPresent()) {
          approved++;
        }
      }
      Items items = out.items("resources", approved);
      for (ResourceAllocation r : ix.isms().resources()) {
        Optional<PersonId> approver = r.approval().map(Approval::by);
        if (approver.isPresent() && !ix.topManagement(approver.get())) {
          items.fail("resource " + r.id().value() + " approved by " + approver.get().value()
              + ", not top management", r.id());
        }
      }
      items.report("resources for the ISMS decided by top management", "have top management approve the listed "
          + "resource allocations");
      out.evidence(ix.topManagement().size() + " people of top management; resources approved by them");
    }
  }

  /** 5.2: the information security policy, approved by top management, with its commitments. */
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
        Optional<String> by = p.approval().map(a -> a.by().value());
        if (p.approval().isEmpty() || !ix.topManagement(p.approval().get().by())) {
          approval.fail("policy " + p.id().value() + (by.isEmpty() ? " not approved" : " approved by " + by.get()
              + ", not top management"), p.id());
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

  /** 5.2 e-g: the policy communicated within the organization. */
  public static final class PolicyCommunication extends BuiltInRule {
    /** The rule. */
    public PolicyCommunication() {
      super("5.2-policy-communication", "The information security policy is communicated within the organization.",
          "5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Policy> ps = informationSecurityPolicies(ix);
      if (ps.isEmpty()) {
        out.notApplicable("no information security policy (see 5.2-policy)");
        return;
      }
      Items items = out.items("uncommunicated", ps.size());
      for (Policy p : ps) {
        if (p.communicatedOn().isEmpty() || p.communicatedOn().get().isAfter(ix.asOf())) {
          items.fail("policy " + p.id().value() + " not communicated", p.id());
        }
      }
      items.report("the policy communicated within the organization", "communicate the policy and record the date");
      out.evidence("policy communicated");
    }
  }

  /** 5.2 and A.5.1: every policy reviewed within its interval. */
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
        Optional<java.time.LocalDate> due = p.nextReviewDue();
        if (due.isEmpty() || due.get().isBefore(ix.asOf())) {
          items.fail("policy " + p.id().value() + (due.isEmpty() ? " never approved or reviewed"
              : " review due " + due.get()), p.id());
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

  /** 5.3: the two ISMS duties assigned to active role holders; assignments communicated. */
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
        out.fail("unassigned", out.grading().missing(), vacant,
            "duties " + EnumSet.allOf(IsmsDuty.class) + " each carried by a role with an active holder",
            "no active holder carries " + missing, "assign the duties to roles and the roles to people");
      }
      Items uncommunicated = out.items("uncommunicated", ix.activeAssignments().size());
      for (RoleAssignment a : ix.activeAssignments()) {
        if (a.communicatedOn().isEmpty()) {
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
