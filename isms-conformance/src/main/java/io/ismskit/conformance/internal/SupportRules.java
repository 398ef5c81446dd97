package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.ResourceId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 7, support. Not part of the API. */
public final class SupportRules {
  private SupportRules() {}

  /** How long an awareness record shows current awareness: a yearly refresher, the common practice. */
  static final Period AWARENESS_VALIDITY = Period.ofYears(1);

  /**
   * 7.1: the resources the ISMS needs are determined and provided: each allocation approved and tied
   * to the need it serves — an objective's plan (6.2) or a management review's resource decision
   * (9.3.3) — and each resource decision of a management review provided by an allocation. An
   * approval, or a review, dated after the as-of date has not happened yet.
   *
   * <p>Grading: no allocation at all is a minor lapse, not a major: an ISMS that runs (roles held,
   * processes performed) has resources, and the lapse is that their determination is not recorded.
   * Unapproved allocations, allocations tied to no need and resource decisions left unprovided are
   * each graded by share.
   */
  public static final class Resources extends BuiltInRule {
    /** The rule. */
    public Resources() {
      super("7.1-resources", "The resources the ISMS needs are determined and provided: each allocation is approved "
          + "and serves a determined need (an objective's plan or a management review decision), and each resource "
          + "decision is provided for.", "7.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<ResourceAllocation> rs = ix.isms().resources();
      if (rs.isEmpty()) {
        out.lapse("missing", List.of(), "resources determined and provided for the ISMS", "no resource allocation",
            "determine and provide people, budget and tools for the ISMS, and record them");
        return;
      }
      Set<ResourceId> needed = new HashSet<>();
      ix.isms().objectives().forEach(o -> needed.addAll(o.resources()));
      Items undecided = out.items("unprovided-decisions", 0);
      int decisions = 0;
      for (ManagementReview r : ix.isms().managementReviews()) {
        if (!byAsOf(ix, r.heldOn())) {
          continue;
        }
        for (int i = 0; i < r.decisions().size(); i++) {
          ReviewDecision d = r.decisions().get(i);
          d.resource().ifPresent(needed::add);
          if (d.kind() == DecisionKind.RESOURCE) {
            decisions++;
            if (d.resource().isEmpty()) {
              undecided.fail("review " + r.id().value() + " decision " + i + " '" + d.description()
                  + "' provides no resource allocation", r.id());
            }
          }
        }
      }
      Items unapproved = out.items("unapproved", rs.size());
      Items untied = out.items("no-need", rs.size());
      for (ResourceAllocation r : rs) {
        if (approvalByAsOf(ix, r.approval()).isEmpty()) {
          unapproved.fail("resource " + r.id().value() + " not approved" + (r.approval().isPresent() ? " by "
              + ix.asOf() : ""), r.id());
        }
        if (!needed.contains(r.id())) {
          untied.fail("resource " + r.id().value() + " serves no objective or review decision", r.id());
        }
      }
      unapproved.report("every resource allocation approved", "approve the listed allocations");
      untied.report("every allocation tied to the need it serves: an objective's plan or a management review "
          + "decision", "link the listed allocations to the objectives or decisions they serve");
      undecided.total(decisions).report("every resource decision of a management review provided by an allocation",
          "record the allocations that provide the listed decisions");
      out.evidence(rs.size() + " resource allocations approved, each serving a determined need");
    }
  }

  /**
   * 7.2: competence evidence for every active role holder's required competences; gap-closing
   * actions evaluated (on or before the as-of date: an evaluation dated later has not happened yet,
   * and a gap action whose record is obtained later is not taken yet).
   *
   * <p>Grading: missing evidence and unevaluated gap actions are each graded by share.
   */
  public static final class Competence extends BuiltInRule {
    /** The rule. */
    public Competence() {
      super("7.2-competence", "Every holder of a security role has documented evidence of each competence the role "
          + "requires, and actions that closed competence gaps are evaluated for effectiveness.", "7.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      int pairs = 0;
      for (RoleAssignment a : ix.activeAssignments()) {
        pairs += ix.role(a.role()).map(r -> r.requiredCompetences().size()).orElse(0);
      }
      Items missing = out.items("no-evidence", pairs);
      LocalDate asOf = ix.asOf();
      for (RoleAssignment a : ix.activeAssignments()) {
        Optional<Role> role = ix.role(a.role());
        if (role.isEmpty()) {
          continue;
        }
        List<CompetenceRecord> records = ix.competence(a.person());
        for (String needed : role.get().requiredCompetences()) {
          boolean ok = false;
          for (CompetenceRecord c : records) {
            if (c.competence().equals(needed) && c.validOn(asOf)) {
              ok = true;
              break;
            }
          }
          if (!ok) {
            missing.fail(a.person().value() + " (role " + a.role().value() + ") has no valid evidence of '" + needed
                + "'", EntityRef.of(a.person()), EntityRef.of(a.role()));
          }
        }
      }
      missing.report("valid competence evidence for each required competence of each role holder",
          "obtain and record the missing competences (training, certification, experience)");
      int gapActions = 0;
      for (CompetenceRecord c : ix.isms().competenceRecords()) {
        if (c.gapAction() && existsByAsOf(ix, c.obtainedOn())) {
          gapActions++;
        }
      }
      Items unevaluated = out.items("gap-action-unevaluated", gapActions);
      for (CompetenceRecord c : ix.isms().competenceRecords()) {
        if (c.gapAction() && existsByAsOf(ix, c.obtainedOn()) && byAsOf(ix, c.effectivenessEvaluatedOn()).isEmpty()) {
          unevaluated.fail("gap action " + c.id().value() + " not evaluated" + (c.effectivenessEvaluatedOn()
              .isPresent() ? " by " + ix.asOf() : ""), c.id());
        }
      }
      unevaluated.report("the effectiveness of each gap-closing action evaluated", "evaluate the listed actions");
      out.evidence(pairs + " required competences of role holders evidenced");
    }
  }

  /**
   * 7.3: awareness of every in-scope person of policy, contribution and consequences, shown by dated,
   * current records.
   *
   * <p>A record counts when it is dated on or before the as-of date and no older than {@link
   * #AWARENESS_VALIDITY} (a yearly refresher, the common practice: the model holds no awareness
   * interval of the organization's own); a person is aware when the counting records together cover
   * every {@link AwarenessTopic}.
   *
   * <p>Grading: by share over the in-scope people.
   */
  public static final class Awareness extends BuiltInRule {
    /** The rule. */
    public Awareness() {
      super("7.3-awareness", "Every person working within the scope is aware of the policy, of their contribution to "
          + "the ISMS, and of what follows from not conforming, as shown by dated awareness records no older than a "
          + "year.", "7.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      int inScope = 0;
      for (Person p : ix.isms().people()) {
        if (p.inScope()) {
          inScope++;
        }
      }
      LocalDate from = ix.asOf().minus(AWARENESS_VALIDITY);
      Items items = out.items("unaware", inScope);
      for (Person p : ix.isms().people()) {
        if (!p.inScope()) {
          continue;
        }
        Set<AwarenessTopic> current = EnumSet.noneOf(AwarenessTopic.class);
        Optional<LocalDate> latest = Optional.empty();
        for (AwarenessRecord r : ix.awarenessRecords(p.id())) {
          if (byAsOf(ix, r.completedOn()) && !r.completedOn().isBefore(from)) {
            current.addAll(r.topics());
          }
          if (latest.isEmpty() || r.completedOn().isAfter(latest.get())) {
            latest = Optional.of(r.completedOn());
          }
        }
        if (current.size() < AwarenessTopic.values().length) {
          Set<AwarenessTopic> missing = EnumSet.allOf(AwarenessTopic.class);
          missing.removeAll(current);
          items.fail(p.id().value() + " has no current record of " + missing
              + latest.map(d -> " (latest record " + d + ")").orElse(" (no record)"), p.id());
        }
      }
      items.report("awareness of " + EnumSet.allOf(AwarenessTopic.class) + " recorded for each in-scope person "
          + "within " + AWARENESS_VALIDITY, "train the listed people on the missing topics and record it");
      out.evidence(inScope + " in-scope people with current awareness of all three topics");
    }
  }

  /**
   * 7.4: communication planned and carried out: each recurring communication performed within its
   * frequency before the as-of date (a performance dated later has not happened yet).
   *
   * <p>Grading: no communication planned is a minor lapse: communication happens in any running
   * ISMS (the policy, 5.2, is checked on its own) and the lapse is that it is not determined;
   * recurring communications not carried out on time are graded by share.
   */
  public static final class CommunicationRule extends BuiltInRule {
    /** The rule. */
    public CommunicationRule() {
      super("7.4-communication", "The organization determines its ISMS communication — topic, timing, audience, method "
          + "and who communicates — and carries recurring communications out on time.", "7.4");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<Communication> cs = ix.isms().communications();
      if (cs.isEmpty()) {
        out.lapse("missing", List.of(), "a communication plan", "no communication planned", "plan internal and "
            + "external ISMS communication");
        return;
      }
      Items items = out.items("overdue", cs.size());
      for (Communication c : cs) {
        if (c.frequency().isEmpty()) {
          continue;
        }
        // a performance dated after the as-of date has not happened yet
        Optional<LocalDate> last = byAsOf(ix, c.lastPerformed());
        if (last.isEmpty() || last.get().plus(c.frequency().get()).isBefore(ix.asOf())) {
          items.fail("communication " + c.id().value() + last.map(d -> " last performed " + d)
              .orElse(c.lastPerformed().isEmpty() ? " never performed" : " not performed by " + ix.asOf()), c.id());
        }
      }
      items.report("every recurring communication carried out within its frequency", "carry out the listed "
          + "communications and record them");
      out.evidence(cs.size() + " communications planned and on schedule");
    }
  }

  /**
   * 7.5.1: the mandatory documented information exists: one current item per mandatory item of the
   * standard ({@link MandatoryDocument}), not per clause — 6.1.3 asks for three: the treatment
   * process, the Statement of Applicability and the treatment plan.
   *
   * <p>{@link DocumentedInformation#satisfies()} is the authoritative link from a document to the
   * mandatory items it is. A document that declares no {@code satisfies} counts, by its {@link
   * DocumentedInformation#clauses()}, for a clause that requires exactly one mandatory item (a
   * document tagged 4.3 is the scope); for a clause that requires several (6.1.3), only {@code
   * satisfies} says which item a document is. See {@link IsmsIndex#documentsFor(MandatoryDocument)}.
   *
   * <p>Grading: no mandatory item present is major (documented information not addressed at all);
   * missing items are otherwise graded by share over the {@value #MANDATORY_ITEMS} items (a few
   * gaps are isolated lapses).
   */
  public static final class MandatoryDocuments extends BuiltInRule {
    /** The mandatory items checked: every {@link MandatoryDocument} but the organization-defined one. */
    static final int MANDATORY_ITEMS = 15;

    /** The rule. */
    public MandatoryDocuments() {
      super("7.5.1-mandatory-documents", "The ISMS includes the documented information the standard requires, one "
          + "current item per mandatory item: scope, policy, risk assessment process, risk treatment process, SoA, "
          + "risk treatment plan, objectives, evidence of competence, operational records, risk assessment and "
          + "treatment results, monitoring results, audit programme and results, management review results, "
          + "nonconformities and corrective actions.", "7.5.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<MandatoryDocument> missing = ix.missingMandatoryDocuments();
      if (missing.size() == MANDATORY_ITEMS) {
        out.missing("missing-documents", "the mandatory documented information", "no mandatory item has a current "
            + "item of documented information", "create the mandatory documented information and register which "
            + "item each document is (DocumentedInformation.satisfies)");
        return;
      }
      Items items = out.items("missing-documents", MANDATORY_ITEMS);
      for (MandatoryDocument m : missing) {
        items.fail("no current documented information is " + m.name() + " (" + m.reference() + ")",
            EntityRef.of("MandatoryDocument", m.name()));
      }
      items.report("a current item of documented information for each of the " + MANDATORY_ITEMS + " mandatory "
          + "items", "create the documented information for the listed items and register which item each document "
          + "is (DocumentedInformation.satisfies)");
      out.evidence("documented information present for all " + MANDATORY_ITEMS + " mandatory items");
    }
  }

  /** The maintained documents in force that the organization creates: not obsolete, not of external origin. */
  static List<DocumentedInformation> currentMaintained(IsmsIndex ix) {
    List<DocumentedInformation> out = new ArrayList<>();
    for (DocumentedInformation d : ix.isms().documents()) {
      if (d.kind() == DocumentKind.MAINTAINED && d.status() != DocumentStatus.OBSOLETE && !d.externalOrigin()) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * 7.5.2: documents created or updated are identified (an author), have a format, and their current
   * version is approved (on or before the as-of date: an approval dated later is not given yet).
   * Documents of external origin are controlled under 7.5.3, not created here.
   *
   * <p>Grading: by share over the maintained documents in force.
   */
  public static final class Approval extends BuiltInRule {
    /** The rule. */
    public Approval() {
      super("7.5.2-approval", "Every maintained document in force is identified with its author, has a format, and "
          + "its current version is approved.", "7.5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<DocumentedInformation> ds = currentMaintained(ix);
      if (ds.isEmpty()) {
        out.notApplicable("no maintained document (see 7.5.1-mandatory-documents)");
        return;
      }
      Items items = out.items("unapproved", ds.size());
      for (DocumentedInformation d : ds) {
        if (d.status() != DocumentStatus.APPROVED || approvalByAsOf(ix, d.approval()).isEmpty()) {
          items.fail("document " + d.id().value() + " version " + d.version() + " is " + d.status()
              + (d.approval().isEmpty() ? " without approval" : approvalByAsOf(ix, d.approval()).isEmpty()
              ? " without approval by " + ix.asOf() : ""), d.id());
        } else if (d.format().isEmpty()) {
          items.fail("document " + d.id().value() + " has no format", d.id());
        } else if (d.author().isEmpty()) {
          items.fail("document " + d.id().value() + " names no author", d.id());
        }
      }
      items.report("every maintained document in force identified with its author, with a format, and approved",
          "identify, format and approve the listed documents");
      out.evidence(ds.size() + " maintained documents identified and approved");
    }
  }

  /**
   * 7.5.2: documents are reviewed for suitability and adequacy when they are created or updated: the
   * current version of each maintained document in force names who reviewed it.
   *
   * <p>This is not periodic review: 7.5.2 asks for review and approval when documented information is
   * created or updated. Periodic review of policies belongs to 5.2 and A.5.1 ({@code
   * 5.2-policy-review}); periodic review of other documents is the organization's own rule, which a
   * host adds as a rule of its own.
   *
   * <p>Grading: by share over the maintained documents in force.
   */
  public static final class Review extends BuiltInRule {
    /** The rule. */
    public Review() {
      super("7.5.2-review", "The current version of every maintained document in force was reviewed for suitability "
          + "and adequacy when it was created or updated, and names its reviewer.", "7.5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<DocumentedInformation> ds = currentMaintained(ix);
      if (ds.isEmpty()) {
        out.notApplicable("no maintained document (see 7.5.1-mandatory-documents)");
        return;
      }
      Items items = out.items("unreviewed", ds.size());
      for (DocumentedInformation d : ds) {
        if (d.reviewedBy().isEmpty()) {
          items.fail("document " + d.id().value() + " version " + d.version() + " names no reviewer", d.id());
        }
      }
      items.report("the current version of every maintained document reviewed for suitability and adequacy",
          "review the listed documents' current versions and record who reviewed them");
      out.evidence(ds.size() + " maintained documents reviewed when created or updated");
    }
  }

  /**
   * 7.5.3: documented information controlled: stored, versioned with its history, approved on every
   * change, distributed to or accessible by whom it concerns, and retained and disposed of as
   * decided.
   *
   * <p>Every item has a storage location ({@link DocumentedInformation#location()}). A maintained
   * item in force that the organization creates records its history ({@link
   * DocumentedInformation#history()}): the current version is in it, and every version in it is
   * approved (approval on change, 7.5.3 c; as of the as-of date: a version dated later is not in the
   * history yet, and an approval dated later is not given yet). Every item in force says to whom it
   * is distributed or which roles may access it ({@link DocumentedInformation#distribution()}, {@link
   * DocumentedInformation#accessRoles()}, 7.5.3 a, b). A record has a retention period and a
   * disposition ({@link DocumentedInformation#retention()}, {@link
   * DocumentedInformation#disposition()}, 7.5.3 d); an obsolete item says what superseded it or what
   * happens to it.
   *
   * <p>Grading: by share over all items of documented information: a few uncontrolled items are
   * isolated lapses; most items uncontrolled is a systematic failure of document control (major).
   */
  public static final class Control extends BuiltInRule {
    /** The rule. */
    public Control() {
      super("7.5.3-control", "Documented information is controlled: each item is stored, versioned with a history "
          + "whose every version is approved, distributed or access-controlled, and each record has a retention "
          + "period and a disposition.", "7.5.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<DocumentedInformation> ds = ix.isms().documents();
      if (ds.isEmpty()) {
        out.notApplicable("no documented information (see 7.5.1-mandatory-documents)");
        return;
      }
      Items items = out.items("uncontrolled", ds.size());
      for (DocumentedInformation d : ds) {
        String problem = problem(ix, d);
        if (problem != null) {
          items.fail("document " + d.id().value() + " " + problem, d.id());
        }
      }
      items.report("every item stored, versioned and approved on change, distributed or access-controlled, and "
          + "each record retained and disposed of as decided", "complete the control of the listed items");
      out.evidence(ds.size() + " items of documented information controlled");
    }

    private static @org.jspecify.annotations.Nullable String problem(IsmsIndex ix, DocumentedInformation d) {
      if (d.location().isEmpty()) {
        return "has no storage location";
      }
      boolean inForce = d.status() != DocumentStatus.OBSOLETE;
      if (d.kind() == DocumentKind.RETAINED && d.retention().isEmpty()) {
        return "is a record without a retention period";
      }
      if (d.kind() == DocumentKind.RETAINED && d.disposition().isEmpty()) {
        return "is a record without a disposition";
      }
      if (!inForce) {
        return d.supersededBy().isEmpty() && d.disposition().isEmpty() ? "is obsolete without a successor or a "
            + "disposition" : null;
      }
      if (d.distribution().isEmpty() && d.accessRoles().isEmpty()) {
        return "says neither to whom it is distributed nor who may access it";
      }
      if (d.kind() == DocumentKind.MAINTAINED && !d.externalOrigin()) {
        if (d.history().stream().noneMatch(v -> v.version().equals(d.version()))) {
          return "version " + d.version() + " is not in its history";
        }
        for (var v : d.history()) {
          // a version dated after the as-of date did not exist yet; an earlier one approved later was not approved
          if (byAsOf(ix, v.date()) && approvalByAsOf(ix, v.approval()).isEmpty()) {
            return "version " + v.version() + " of its history was not approved" + (v.approval().isPresent()
                ? " by " + ix.asOf() : "");
          }
        }
      }
      return null;
    }
  }
}
