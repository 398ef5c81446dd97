package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.MandatoryDocument;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The built-in rules of clause 7, support. Not part of the API. */
public final class SupportRules {
  private SupportRules() {}

  /** The clauses whose own text requires documented information ({@link io.ismskit.core.catalog.MandatoryDocument}). */
  static final List<ClauseId> MANDATORY = MandatoryDocument.requiringClauses();

  /** The mandatory clauses, for the testkit and hosts. */
  public static List<ClauseId> mandatoryDocumentClauses() {
    return MANDATORY;
  }

  /** 7.1: resources determined and provided. */
  public static final class Resources extends BuiltInRule {
    /** The rule. */
    public Resources() {
      super("7.1-resources", "The resources the ISMS needs are determined and provided (approved).", "7.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<ResourceAllocation> rs = ix.isms().resources();
      if (rs.isEmpty()) {
        out.missing("missing", "resources determined and provided for the ISMS", "no resource allocation",
            "determine and provide people, budget and tools for the ISMS");
        return;
      }
      Items items = out.items("unapproved", rs.size());
      for (ResourceAllocation r : rs) {
        if (r.approval().isEmpty()) {
          items.fail("resource " + r.id().value() + " not approved", r.id());
        }
      }
      items.report("every resource allocation approved", "approve the listed allocations");
      out.evidence(rs.size() + " resource allocations provided");
    }
  }

  /** 7.2: competence evidence for every active role holder's required competences. */
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
        if (c.gapAction()) {
          gapActions++;
        }
      }
      Items unevaluated = out.items("gap-action-unevaluated", gapActions);
      for (CompetenceRecord c : ix.isms().competenceRecords()) {
        if (c.gapAction() && c.effectivenessEvaluatedOn().isEmpty()) {
          unevaluated.fail("gap action " + c.id().value() + " not evaluated", c.id());
        }
      }
      unevaluated.report("the effectiveness of each gap-closing action evaluated", "evaluate the listed actions");
      out.evidence(pairs + " required competences of role holders evidenced");
    }
  }

  /** 7.3: awareness of every in-scope person of policy, contribution and consequences. */
  public static final class Awareness extends BuiltInRule {
    /** The rule. */
    public Awareness() {
      super("7.3-awareness", "Every person working within the scope is aware of the policy, of their contribution to "
          + "the ISMS, and of what follows from not conforming.", "7.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      int inScope = 0;
      for (Person p : ix.isms().people()) {
        if (p.inScope()) {
          inScope++;
        }
      }
      Items items = out.items("unaware", inScope);
      for (Person p : ix.isms().people()) {
        if (!p.inScope()) {
          continue;
        }
        Set<AwarenessTopic> topics = ix.awareness(p.id());
        if (topics.size() < AwarenessTopic.values().length) {
          Set<AwarenessTopic> missing = EnumSet.allOf(AwarenessTopic.class);
          missing.removeAll(topics);
          items.fail(p.id().value() + " not aware of " + missing, p.id());
        }
      }
      items.report("awareness of " + EnumSet.allOf(AwarenessTopic.class) + " recorded for each in-scope person",
          "train the listed people on the missing topics");
      out.evidence(inScope + " in-scope people aware of all three topics");
    }
  }

  /** 7.4: communication planned and carried out. */
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
        out.missing("missing", "a communication plan", "no communication planned", "plan internal and external "
            + "ISMS communication");
        return;
      }
      Items items = out.items("overdue", cs.size());
      for (Communication c : cs) {
        if (c.frequency().isEmpty()) {
          continue;
        }
        Optional<LocalDate> last = c.lastPerformed();
        if (last.isEmpty() || last.get().plus(c.frequency().get()).isBefore(ix.asOf())) {
          items.fail("communication " + c.id().value() + last.map(d -> " last performed " + d).orElse(" never performed"),
              c.id());
        }
      }
      items.report("every recurring communication carried out within its frequency", "carry out the listed "
          + "communications and record them");
      out.evidence(cs.size() + " communications planned and on schedule");
    }
  }

  /** 7.5.1: the mandatory documented information exists. */
  public static final class MandatoryDocuments extends BuiltInRule {
    /** The rule. */
    public MandatoryDocuments() {
      super("7.5.1-mandatory-documents", "The ISMS includes the documented information the standard requires: scope, "
          + "policy, risk assessment and treatment processes, SoA, objectives, competence, operational records, risk "
          + "assessment and treatment results, monitoring results, audit programme and results, management review "
          + "results, nonconformities and corrective actions.", "7.5.1");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Items items = out.items("missing-documents", MANDATORY.size());
      for (ClauseId c : MANDATORY) {
        if (ix.currentDocumentsOf(c).isEmpty()) {
          items.fail("no current documented information for clause " + c, EntityRef.of("Clause", c.value()));
        }
      }
      items.report("a current item of documented information for each mandatory clause " + MANDATORY,
          "create the documented information for the listed clauses and register it with its clause");
      out.evidence("documented information present for all " + MANDATORY.size() + " mandatory clauses");
    }
  }

  static List<DocumentedInformation> currentMaintained(IsmsIndex ix) {
    List<DocumentedInformation> out = new ArrayList<>();
    for (DocumentedInformation d : ix.isms().documents()) {
      if (d.kind() == DocumentKind.MAINTAINED && d.status() != DocumentStatus.OBSOLETE) {
        out.add(d);
      }
    }
    return out;
  }

  /** 7.5.2: documents identified, formatted, reviewed and approved. */
  public static final class Approval extends BuiltInRule {
    /** The rule. */
    public Approval() {
      super("7.5.2-approval", "Every maintained document in force is identified, has a format, and its current version "
          + "is approved.", "7.5.2");
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
        if (d.status() != DocumentStatus.APPROVED || d.approval().isEmpty()) {
          items.fail("document " + d.id().value() + " version " + d.version() + " is " + d.status(), d.id());
        } else if (d.format().isEmpty()) {
          items.fail("document " + d.id().value() + " has no format", d.id());
        }
      }
      items.report("every maintained document in force approved, with a format", "review and approve the listed "
          + "documents");
      out.evidence(ds.size() + " maintained documents approved");
    }
  }

  /** 7.5.2: documents reviewed at their interval. */
  public static final class Review extends BuiltInRule {
    /** The rule. */
    public Review() {
      super("7.5.2-review", "Every maintained document in force has a review interval and is reviewed within it.",
          "7.5.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      List<DocumentedInformation> ds = currentMaintained(ix);
      if (ds.isEmpty()) {
        out.notApplicable("no maintained document (see 7.5.1-mandatory-documents)");
        return;
      }
      Items items = out.items("overdue", ds.size());
      for (DocumentedInformation d : ds) {
        if (d.reviewInterval().isEmpty()) {
          items.fail("document " + d.id().value() + " has no review interval", d.id());
        } else if (d.nextReviewDue().map(x -> x.isBefore(ix.asOf())).orElse(false)) {
          items.fail("document " + d.id().value() + " review due " + d.nextReviewDue().get(), d.id());
        }
      }
      items.report("every maintained document reviewed within its interval", "review the listed documents");
      out.evidence(ds.size() + " maintained documents reviewed on time");
    }
  }

  /** 7.5.3: documented information controlled: stored and, for records, retained. */
  public static final class Control extends BuiltInRule {
    /** The rule. */
    public Control() {
      super("7.5.3-control", "Documented information is controlled: each item has a storage location, and each record "
          + "a retention period.", "7.5.3");
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
        if (d.location().isEmpty()) {
          items.fail("document " + d.id().value() + " has no storage location", d.id());
        } else if (d.kind() == DocumentKind.RETAINED && d.retention().isEmpty()) {
          items.fail("record " + d.id().value() + " has no retention period", d.id());
        }
      }
      items.report("a storage location for every item and a retention period for every record",
          "record where the listed items are kept and how long");
      out.evidence(ds.size() + " items of documented information controlled");
    }
  }
}
