package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.ClimateChangeDecision;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.IssueKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.Scope;
import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 4, context of the organization. Not part of the API. */
public final class ContextRules {
  private ContextRules() {}

  static final EntityRef SCOPE = EntityRef.of("Scope", "-");

  /**
   * 4.1: internal and external issues determined and kept under review.
   *
   * <p>A review dated after the as-of date has not happened yet: the issue then counts from when it
   * was identified. An issue identified after the as-of date is not determined yet: it is not in
   * the register this rule judges, neither as a stale issue nor as one of its kind.
   *
   * <p>Grading: no issue at all is major (4.1 not addressed); issues of one kind only is a minor
   * lapse; issues not reviewed within the context review interval are graded by share (a few stale
   * issues are isolated lapses, most of them a review that does not happen).
   */
  public static final class Issues extends BuiltInRule {
    /** The rule. */
    public Issues() {
      super("4.1-issues", "The organization determines the internal and external issues relevant to its purpose "
          + "that affect the ISMS's intended outcomes, and reviews them at the planned interval.", "4.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Isms isms = ix.isms();
      List<ContextIssue> issues = isms.contextIssues().stream().filter(i -> existsByAsOf(ix, i.identifiedOn()))
          .toList();
      if (issues.isEmpty()) {
        out.missing("missing", "a register of internal and external issues", "no context issue recorded"
            + (isms.contextIssues().isEmpty() ? "" : " by " + ix.asOf()),
            "determine and record the internal and external issues relevant to the ISMS");
        return;
      }
      boolean internal = false;
      boolean external = false;
      Items stale = out.items("stale", issues.size());
      for (ContextIssue i : issues) {
        internal |= i.kind() == IssueKind.INTERNAL;
        external |= i.kind() == IssueKind.EXTERNAL;
        LocalDate last = byAsOf(ix, i.lastReviewed()).orElse(i.identifiedOn());
        if (last.plus(isms.intervals().contextReview()).isBefore(ix.asOf())) {
          stale.fail("issue " + i.id().value() + " last reviewed " + last, i.id());
        }
      }
      if (!internal || !external) {
        out.lapse("kinds", List.of(), "at least one internal and one external issue",
            "no " + (internal ? "external" : "internal") + " issue recorded",
            "consider the " + (internal ? "external" : "internal") + " context and record its issues");
      }
      stale.report("every issue reviewed within the context review interval " + isms.intervals().contextReview(),
          "review the listed issues and record the review date");
      out.evidence(issues.size() + " issues, internal and external, reviewed within the interval");
    }
  }

  /**
   * 4.1 (Amd 1:2024): a recorded decision whether climate change is a relevant issue. A decision
   * dated after the as-of date is not taken yet.
   *
   * <p>Grading: every check is a minor lapse. The amendment adds one decision to a clause whose other
   * work stands on its own (4.1-issues); a missing, unlinked or stale decision does not put the
   * ISMS's outcomes in doubt.
   */
  public static final class Climate extends BuiltInRule {
    /** The rule. */
    public Climate() {
      super("4.1-climate", "The organization decides whether climate change is a relevant issue (Amendment 1:2024) "
          + "and, where it is, records the climate-related issues.", "4.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<ClimateChangeDecision> d = ix.isms().climateChangeDecision();
      if (d.isEmpty() || !byAsOf(ix, d.get().decidedOn())) {
        out.lapse("missing", List.of(), "a recorded decision whether climate change is relevant, with rationale, "
            + "date and decision maker", d.map(c -> "no climate-change decision by " + ix.asOf() + " (decided on "
            + c.decidedOn() + ")").orElse("no climate-change decision"), "decide and record whether climate change is "
            + "a relevant issue for the ISMS");
        return;
      }
      ClimateChangeDecision c = d.get();
      EntityRef ref = EntityRef.of("ClimateChangeDecision", "-");
      if (c.relevant() && c.issues().isEmpty()) {
        out.lapse("unlinked", List.of(ref), "a relevant climate change expressed as context issues",
            "climate change decided relevant but no issue linked", "record the climate-related issues and link them");
      }
      if (c.decidedOn().plus(ix.isms().intervals().contextReview()).isBefore(ix.asOf())) {
        out.lapse("stale", List.of(ref), "the decision reconsidered within the context review interval",
            "decided on " + c.decidedOn(), "reconsider the climate-change decision at the next context review");
      }
      out.evidence("climate change decided " + (c.relevant() ? "relevant" : "not relevant") + " on " + c.decidedOn());
    }
  }

  /**
   * 4.2 a, b: interested parties and their requirements.
   *
   * <p>Grading: no interested party at all is major (4.2 not addressed); parties without
   * requirements are graded by share.
   */
  public static final class Parties extends BuiltInRule {
    /** The rule. */
    public Parties() {
      super("4.2-parties", "The organization determines the interested parties relevant to the ISMS and their "
          + "relevant requirements.", "4.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<InterestedParty> parties = ix.isms().interestedParties();
      if (parties.isEmpty()) {
        out.missing("missing", "a register of interested parties", "no interested party recorded",
            "determine the interested parties relevant to the ISMS");
        return;
      }
      Items none = out.items("no-requirements", parties.size());
      for (InterestedParty p : parties) {
        if (p.requirements().isEmpty()) {
          none.fail("party " + p.id().value() + " has no requirement", p.id());
        }
      }
      none.report("each interested party with its relevant requirements", "record the requirements of the listed parties");
      out.evidence(parties.size() + " interested parties with requirements");
    }
  }

  /**
   * 4.2 c: which requirements the ISMS addresses.
   *
   * <p>Grading: undecided requirements and addressed requirements linked to nothing are each graded
   * by share.
   */
  public static final class Requirements extends BuiltInRule {
    /** The rule. */
    public Requirements() {
      super("4.2-requirements", "For each relevant requirement the organization decides whether the ISMS addresses "
          + "it, and links addressed requirements to controls or objectives.", "4.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      int total = 0;
      int addressed = 0;
      for (InterestedParty p : ix.isms().interestedParties()) {
        total += p.requirements().size();
        for (Requirement r : p.requirements()) {
          if (r.addressedByIsms().orElse(false)) {
            addressed++;
          }
        }
      }
      if (total == 0) {
        out.notApplicable("no requirement recorded (see 4.2-parties)");
        return;
      }
      Items undecided = out.items("undecided", total);
      Items unlinked = out.items("unlinked", addressed);
      for (InterestedParty p : ix.isms().interestedParties()) {
        for (Requirement r : p.requirements()) {
          if (r.addressedByIsms().isEmpty()) {
            undecided.fail("requirement " + r.id().value() + " of " + p.id().value() + " undecided", r.id());
          } else if (r.addressedByIsms().get() && r.controls().isEmpty() && r.objectives().isEmpty()) {
            unlinked.fail("requirement " + r.id().value() + " addressed but linked to nothing", r.id());
          }
        }
      }
      undecided.report("a decision for each requirement whether the ISMS addresses it",
          "decide for the listed requirements whether the ISMS addresses them, with a rationale");
      unlinked.report("each addressed requirement linked to the controls or objectives that address it",
          "link the listed requirements to controls or objectives");
      out.evidence(total + " requirements decided, " + addressed + " addressed and linked");
    }
  }

  /**
   * 4.3: the scope, documented and approved (on or before the as-of date).
   *
   * <p>Grading: no scope is major (mandatory documented information, and every other clause depends
   * on it); each missing attribute of the one scope (approval, boundaries, considered issues or
   * requirements, document) is a minor lapse; a scope naming no interface with others is an
   * observation (few organizations have none, but some do).
   */
  public static final class ScopeRule extends BuiltInRule {
    /** The rule. */
    public ScopeRule() {
      super("4.3-scope", "The ISMS scope fixes boundaries and applicability, names interfaces and dependencies with "
          + "others, justifies exclusions, takes issues and requirements into account, and is approved documented "
          + "information.", "4.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<Scope> so = ix.isms().scope();
      if (so.isEmpty()) {
        out.missing("missing", "a documented, approved ISMS scope", "no scope", "define and approve the ISMS scope");
        return;
      }
      Scope s = so.get();
      List<EntityRef> ref = List.of(SCOPE);
      if (approvalByAsOf(ix, s.approval()).isEmpty()) {
        out.lapse("unapproved", ref, "the scope approved", "scope version " + s.version() + " is not approved"
            + (s.approved() ? " by " + ix.asOf() : ""), "have the scope approved by top management");
      }
      if (s.organizationalUnits().isEmpty() && s.locations().isEmpty() && s.processes().isEmpty()) {
        out.lapse("boundaries", ref, "boundaries: units, locations or processes in scope", "none listed",
            "list the organizational units, locations and processes in scope");
      }
      if (s.consideredIssues().isEmpty() || s.consideredRequirements().isEmpty()) {
        out.lapse("inputs", ref, "the scope takes the 4.1 issues and the 4.2 requirements into account",
            (s.consideredIssues().isEmpty() ? "no issue" : "no requirement") + " referenced",
            "reference the issues and requirements considered in fixing the scope");
      }
      if (s.document().isEmpty()) {
        out.lapse("document", ref, "the scope available as documented information", "no document linked",
            "link the scope to its controlled document");
      }
      if (s.interfaces().isEmpty()) {
        out.fail("interfaces", Verdict.OBSERVATION, ref, "interfaces and dependencies with activities of others",
            "none listed", "list outsourced and cloud services and other interfaces");
      }
      out.evidence("scope version " + s.version() + " approved with " + s.interfaces().size() + " interfaces and "
          + s.exclusions().size() + " justified exclusions");
    }
  }

  /**
   * 4.4: the ISMS processes and their interactions, serving every requirement sub-clause.
   *
   * <p>A process serves a requirement-bearing sub-clause when its {@link IsmsProcess#clauses()} name
   * the sub-clause itself or its intermediate heading (6.1, 7.5, 9.2, 9.3: an internal audit process
   * tagged 9.2 serves 9.2.1 and 9.2.2). A top-level clause serves none of its sub-clauses: one
   * process tagged "9" does not show how monitoring (9.1), internal audit (9.2) and management
   * review (9.3) are run.
   *
   * <p>Grading: no process at all is major (4.4 not addressed); isolated processes and sub-clauses
   * no process serves are each graded by share (a few gaps are isolated lapses; most sub-clauses
   * unserved means the ISMS is not established as a set of processes).
   */
  public static final class Processes extends BuiltInRule {
    /** The rule. */
    public Processes() {
      super("4.4-processes", "The ISMS is established with the processes it needs and their interactions, and "
          + "together they serve every requirement-bearing sub-clause of clauses 4 to 10.", "4.4");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<IsmsProcess> ps = ix.isms().processes();
      if (ps.isEmpty()) {
        out.missing("missing", "a catalogue of ISMS processes", "no process", "define the ISMS processes, their owners "
            + "and interactions");
        return;
      }
      Items isolated = out.items("interactions", ps.size());
      Set<ClauseId> named = new HashSet<>();
      for (IsmsProcess p : ps) {
        if (p.interactsWith().isEmpty() && p.inputs().isEmpty() && p.outputs().isEmpty()) {
          isolated.fail("process " + p.id().value() + " has no interaction, input or output", p.id());
        }
        named.addAll(p.clauses());
      }
      isolated.report("each process with its interactions, inputs and outputs", "document how the listed processes "
          + "interact with the others");
      List<ClauseId> requirements = Iso27001_2022.framework().requirementClauseIds();
      Items unserved = out.items("clauses", requirements.size());
      for (ClauseId c : requirements) {
        if (!served(c, named)) {
          unserved.fail("no process serves " + c, EntityRef.of("Clause", c.value()));
        }
      }
      unserved.report("every requirement-bearing sub-clause of clauses 4 to 10 served by a process that names it "
          + "(or its intermediate heading); a top-level clause is not specific enough", "assign the listed "
          + "sub-clauses to the processes that carry them out");
      out.evidence(ps.size() + " processes serving all " + requirements.size() + " requirement sub-clauses");
    }

    /** Whether {@code c} or its intermediate heading (a parent that is not a top-level clause) is named. */
    static boolean served(ClauseId c, Set<ClauseId> named) {
      String v = c.value();
      while (v.indexOf('.') >= 0) {
        if (named.contains(ClauseId.of(v))) {
          return true;
        }
        v = v.substring(0, v.lastIndexOf('.'));
      }
      return false;
    }
  }
}
