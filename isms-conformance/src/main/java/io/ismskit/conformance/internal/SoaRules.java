package io.ismskit.conformance.internal;

import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The built-in Statement of Applicability rules (6.1.3 c, d). Not part of the API. */
public final class SoaRules {
  private SoaRules() {}

  static final EntityRef SOA = EntityRef.of("StatementOfApplicability", "-");

  /** Every control a treatment relies on: its controls and the controls of its actions. */
  static Set<ControlId> reliedOn(Treatment t) {
    Set<ControlId> s = new LinkedHashSet<>(t.controls());
    for (TreatmentAction a : t.actions()) {
      a.control().ifPresent(s::add);
    }
    return s;
  }

  /**
   * 6.1.3 c, d: the SoA exists, is approved, documented, and compared with Annex A (the approval
   * and the comparison on or before the as-of date).
   *
   * <p>Grading: no SoA is major (mandatory documented information at the heart of 6.1.3); each
   * missing attribute of the one SoA (approval, Annex A comparison, document) is a minor lapse.
   */
  public static final class Present extends BuiltInRule {
    /** The rule. */
    public Present() {
      super("6.1.3-soa", "A Statement of Applicability is produced, compared with Annex A, approved and kept as "
          + "documented information.", "6.1.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      Optional<StatementOfApplicability> so = ix.isms().statementOfApplicability();
      if (so.isEmpty()) {
        out.missing("missing", "a Statement of Applicability", "no SoA", "produce the Statement of Applicability");
        return;
      }
      StatementOfApplicability s = so.get();
      List<EntityRef> ref = List.of(EntityRef.of("StatementOfApplicability", s.version()));
      if (approvalByAsOf(ix, s.approval()).isEmpty()) {
        out.lapse("unapproved", ref, "the SoA approved", "SoA version " + s.version() + " not approved"
            + (s.approved() ? " by " + ix.asOf() : ""), "have the SoA approved");
      }
      if (byAsOf(ix, s.annexAComparedOn()).isEmpty()) {
        out.lapse("annex-a-comparison", ref, "the necessary controls compared with Annex A (6.1.3 c)",
            s.annexAComparedOn().isEmpty() ? "no comparison recorded" : "no comparison by " + ix.asOf(),
            "compare the necessary controls with Annex A and record the date");
      }
      if (s.document().isEmpty()) {
        out.lapse("document", ref, "the SoA as documented information", "no document linked",
            "link the SoA to its controlled document");
      }
      out.evidence("SoA version " + s.version() + " approved");
    }
  }

  /**
   * 6.1.3 d: all 93 Annex A controls listed exactly once.
   *
   * <p>Grading: unlisted controls are graded by share (a few forgotten lines are isolated lapses);
   * duplicate lines are a minor lapse.
   */
  public static final class Complete extends BuiltInRule {
    /** The rule. */
    public Complete() {
      super("6.1.3-soa-complete", "The Statement of Applicability lists every Annex A control exactly once, "
          + "included or excluded.", "6.1.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return;
      }
      List<ControlId> annexA = ix.annexA();
      Items missing = out.items("missing-controls", annexA.size());
      for (ControlId c : annexA) {
        if (ix.soaCount(c) == 0) {
          missing.fail(c.value() + " not listed", EntityRef.of(c)).control(c);
        }
      }
      missing.report("all " + annexA.size() + " Annex A controls listed", "add the listed controls to the SoA, "
          + "included or excluded with a justification");
      Set<ControlId> dup = new LinkedHashSet<>();
      for (SoaEntry e : ix.isms().statementOfApplicability().get().entries()) {
        if (ix.soaCount(e.control()) > 1) {
          dup.add(e.control());
        }
      }
      if (!dup.isEmpty()) {
        out.add(io.ismskit.conformance.Finding.builder(out.rule(), "duplicates")
            .entities(dup.stream().map(EntityRef::of).toList()).controls(dup)
            .expected("each control listed once").found("listed more than once: " + dup)
            .remedy("merge the duplicate lines").build());
      }
      out.evidence("all Annex A controls listed once");
    }
  }

  /**
   * 6.1.3 d: each excluded control justified.
   *
   * <p>Grading: by share over the excluded controls.
   */
  public static final class Exclusions extends BuiltInRule {
    /** The rule. */
    public Exclusions() {
      super("6.1.3-soa-exclusions", "Every control the Statement of Applicability excludes carries a justification "
          + "for its exclusion.", "6.1.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return;
      }
      List<SoaEntry> excluded = new ArrayList<>();
      for (SoaEntry e : ix.isms().statementOfApplicability().get().entries()) {
        if (!e.applicable()) {
          excluded.add(e);
        }
      }
      if (excluded.isEmpty()) {
        out.notApplicable("no control excluded");
        return;
      }
      Items items = out.items("unjustified", excluded.size());
      for (SoaEntry e : excluded) {
        if (e.justification().isEmpty()) {
          items.fail(e.control().value() + " excluded without justification", EntityRef.of(e.control()))
              .control(e.control());
        }
      }
      items.report("a justification for each excluded control", "justify the exclusion of the listed controls");
      out.evidence(excluded.size() + " exclusions justified");
    }
  }

  /**
   * 6.1.3 d: each included control justified and with an implementation status.
   *
   * <p>Grading: by share over the included controls.
   */
  public static final class Inclusions extends BuiltInRule {
    /** The rule. */
    public Inclusions() {
      super("6.1.3-soa-inclusions", "Every control the Statement of Applicability includes carries the reason for its "
          + "inclusion (risk treatment, legal or contractual obligation, or another stated reason) and whether it is "
          + "implemented.", "6.1.3");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return;
      }
      List<SoaEntry> included = new ArrayList<>();
      for (SoaEntry e : ix.isms().statementOfApplicability().get().entries()) {
        if (e.applicable()) {
          included.add(e);
        }
      }
      Items items = out.items("incomplete", included.size());
      for (SoaEntry e : included) {
        boolean reason = !e.reasons().isEmpty() || e.justification().isPresent();
        if (!reason || e.implementationStatus().isEmpty()) {
          items.fail(e.control().value() + " included without " + (reason ? "implementation status" : "reason"),
              EntityRef.of(e.control())).control(e.control());
        }
      }
      items.report("a reason and an implementation status for each included control",
          "state why the listed controls are included and whether they are implemented");
      out.evidence(included.size() + " inclusions justified with implementation status");
    }
  }

  /**
   * 6.1.3 b, d: every control a risk treatment relies on is applicable in the SoA.
   *
   * <p>Grading: by share over the controls relied on.
   */
  public static final class TreatmentControls extends RiskScanRule {
    /** The rule. */
    public TreatmentControls() {
      super("6.1.3-soa-treatment-controls", "Every control a risk treatment relies on is included as applicable in the "
          + "Statement of Applicability; an excluded control may not be relied on.", "6.1.3");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return null;
      }
      Map<ControlId, List<Risk>> bad = new LinkedHashMap<>();
      Set<ControlId> all = new LinkedHashSet<>();
      return new Scan() {
        @Override
        public void risk(Risk r) {
          if (r.treatment().isEmpty()) {
            return;
          }
          Treatment t = r.treatment().get();
          List<ControlId> controls = t.controls();
          for (int i = 0; i < controls.size(); i++) {
            ControlId c = controls.get(i);
            all.add(c);
            if (!ix.applicable(c)) {
              bad.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            }
          }
          List<TreatmentAction> actions = t.actions();
          for (int i = 0; i < actions.size(); i++) {
            Optional<ControlId> oc = actions.get(i).control();
            if (oc.isPresent() && !controls.contains(oc.get())) {
              ControlId c = oc.get();
              all.add(c);
              if (!ix.applicable(c)) {
                bad.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
              }
            }
          }
        }

        @Override
        public void finish() {
          report(ix, out, bad, all);
        }
      };
    }

    private static void report(IsmsIndex ix, Out out, Map<ControlId, List<Risk>> bad, Set<ControlId> all) {
      Items items = out.items("not-applicable", all.size());
      for (Map.Entry<ControlId, List<Risk>> e : bad.entrySet()) {
        ControlId c = e.getKey();
        List<EntityRef> refs = new ArrayList<>();
        refs.add(EntityRef.of(c));
        for (Risk r : e.getValue()) {
          refs.add(EntityRef.of(r.id()));
        }
        items.fail(c.value() + (ix.soaEntry(c).isPresent() ? " is excluded" : " is not listed") + " but "
            + e.getValue().size() + " treatment(s) rely on it", refs.toArray(EntityRef[]::new)).control(c);
      }
      items.report("every control relied on by a treatment applicable in the SoA", "include the listed controls in the "
          + "SoA or change the treatments");
      out.evidence(all.size() + " controls relied on by treatments, all applicable");
    }
  }

  /**
   * 6.1.3 d, 4.2: a control required by a binding requirement is not excluded.
   *
   * <p>Grading: by share over the controls binding requirements name.
   */
  public static final class RequirementControls extends BuiltInRule {
    /** The rule. */
    public RequirementControls() {
      super("6.1.3-soa-requirement-controls", "A control that a legal, regulatory or contractual requirement relies "
          + "on is not excluded in the Statement of Applicability.", "6.1.3", "4.2");
    }

    @Override
    protected void check(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return;
      }
      Map<ControlId, List<Requirement>> bad = new LinkedHashMap<>();
      Set<ControlId> all = new LinkedHashSet<>();
      for (InterestedParty p : ix.isms().interestedParties()) {
        for (Requirement r : p.requirements()) {
          if (!r.type().binding()) {
            continue;
          }
          for (ControlId c : r.controls()) {
            all.add(c);
            Optional<SoaEntry> e = ix.soaEntry(c);
            if (e.isPresent() && !e.get().applicable()) {
              bad.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
            }
          }
        }
      }
      Items items = out.items("excluded", all.size());
      for (Map.Entry<ControlId, List<Requirement>> e : bad.entrySet()) {
        List<EntityRef> refs = new ArrayList<>();
        refs.add(EntityRef.of(e.getKey()));
        e.getValue().forEach(r -> refs.add(EntityRef.of(r.id())));
        items.fail(e.getKey().value() + " excluded but required by " + e.getValue().size() + " binding requirement(s)",
            refs.toArray(EntityRef[]::new)).control(e.getKey());
      }
      items.report("no control excluded that a binding requirement relies on", "include the listed controls or revise "
          + "the requirements' links");
      out.evidence(all.size() + " controls named by binding requirements, none excluded");
    }
  }

  /**
   * 6.1.3 d, e: treatment plans that predate the revision of the Statement of Applicability that
   * changed their controls.
   *
   * <p>The standard does not ask a treatment plan to cite an SoA version, and a new SoA revision does
   * not make every plan wrong: only a plan approved before the SoA lines of its own controls were
   * last changed may no longer match them. The model keeps no SoA history, so a line counts as
   * changed on its {@link SoaEntry#lastReviewed()} date; a plan that refers to the current SoA
   * version, or whose controls' lines have no date, is taken as current. A plan approved, or a line
   * changed, after the as-of date is not (yet) either.
   *
   * <p>Grading: an observation — a plan that may no longer match its controls is a risk of a future
   * lapse in 6.1.3 e or 8.3, not a nonconformity.
   */
  public static final class Version extends RiskScanRule {
    /** The rule. */
    public Version() {
      super("6.1.3-soa-version", "Treatment plans are reviewed when the Statement of Applicability lines of their "
          + "controls change, so that no plan predates the SoA revision that changed its controls.", "6.1.3");
    }

    @Override
    protected @Nullable Scan scan(IsmsIndex ix, Out out) {
      if (ix.isms().statementOfApplicability().isEmpty()) {
        out.notApplicable("no SoA (see 6.1.3-soa)");
        return null;
      }
      String v = ix.isms().statementOfApplicability().get().version();
      Items items = out.items("plan-predates-soa", 0);
      return new Scan() {
        int treated;

        @Override
        public void risk(Risk r) {
          Treatment t = r.treatment().orElse(null);
          if (t != null) {
            treated++;
          }
          if (t == null || approvalByAsOf(ix, t.planApproval()).isEmpty()
              || t.soaVersion().map(v::equals).orElse(false)) {
            return;
          }
          LocalDate approved = t.planApproval().get().on();
          for (ControlId c : reliedOn(t)) {
            Optional<LocalDate> changed = byAsOf(ix, ix.soaEntry(c).flatMap(SoaEntry::lastReviewed));
            if (changed.isPresent() && changed.get().isAfter(approved)) {
              items.fail("risk " + r.id().value() + " plan approved " + approved + " (SoA version "
                  + t.soaVersion().orElse("not stated") + ") predates the change of " + c.value() + " on "
                  + changed.get(), r.id()).control(c);
              return;
            }
          }
        }

        @Override
        public void finish() {
          items.total(treated).reportAs(Verdict.OBSERVATION, "every treatment plan reviewed after the SoA lines of "
              + "its controls last changed (current SoA version " + v + ")", "review the listed plans against the current SoA and "
              + "record the SoA version they refer to");
          out.evidence("no treatment plan predates a change of its controls in the SoA (version " + v + ")");
        }
      };
    }
  }
}
