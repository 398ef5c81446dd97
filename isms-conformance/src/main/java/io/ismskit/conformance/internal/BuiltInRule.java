package io.ismskit.conformance.internal;

import io.ismskit.conformance.ConformanceRule;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Grading;
import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.RuleSet;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The base of the built-in ISO/IEC 27001:2022 rules: id, clauses, requirement, and an {@link Out}
 * collector that grades failed checks and emits {@link Verdict#CONFORMS} when none failed. Not part
 * of the API.
 *
 * <p>The collector offers one call per grade, so each rule states its grading where it checks:
 * {@link Out#missing} (the requirement not addressed at all: major), {@link Out#items} (a check over
 * many items, graded by {@link Grading#grade}: major when systematic, minor when isolated), {@link
 * Out#lapse} (an isolated lapse: minor) and {@link Out#observe} (a risk of a future lapse). Each
 * rule's Javadoc says which of its checks is graded how and why; {@code docs/conformance-rules.md}
 * tabulates it.
 *
 * <p>Evidence counts as of the check's date ({@link IsmsIndex#asOf()}): an approval, review,
 * communication, evaluation or completion dated after it has not happened yet when the ISMS is
 * checked as of an earlier date, so no rule counts it as given. Every rule compares the date of its
 * evidence through {@link #byAsOf(IsmsIndex, LocalDate)} and its overloads rather than on its own.
 *
 * <p>Populations count as of that date too: an entity that comes into being after it — a risk
 * identified, a context issue identified, a nonconformity or an audit finding or an improvement
 * raised, an audit planned for a later date, a supplier engaged, a policy exception starting, an incident
 * reported, a competence obtained — is in no rule's population yet, neither as a breach nor as
 * coverage. Every rule tests it through {@link #existsByAsOf(IsmsIndex, LocalDate)}, one date
 * comparison inside the loop it already runs ({@link RiskScanRule} does it once per risk for every
 * register scan). Assets and people carry no such date in the model and always count.
 */
public abstract class BuiltInRule implements ConformanceRule {
  /** How many failing items a finding's "found" text names before it says "and N more". */
  static final int SAMPLE = 10;

  private final String id;
  private final List<ClauseId> clauses;
  private final String requirement;

  /** A rule {@code id} over {@code clauses} checking {@code requirement}. */
  protected BuiltInRule(String id, String requirement, String... clauses) {
    this.id = id;
    this.requirement = requirement;
    List<ClauseId> c = new ArrayList<>();
    for (String s : clauses) {
      c.add(ClauseId.of(s));
    }
    this.clauses = List.copyOf(c);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<ClauseId> clauses() {
    return clauses;
  }

  @Override
  public final String requirement() {
    return requirement;
  }

  @Override
  public final String framework() {
    return RuleSet.ISO27001_2022;
  }

  @Override
  public final List<Finding> evaluate(IsmsIndex index, Grading grading) {
    Out out = new Out(this, grading);
    check(index, out);
    return out.result();
  }

  /** Runs the rule's checks, reporting failures (and optionally evidence) to {@code out}. */
  protected abstract void check(IsmsIndex ix, Out out);

  /**
   * Whether evidence dated {@code date} counts as of the check: dated on or before the as-of date.
   * Evidence dated later has not happened yet.
   */
  static boolean byAsOf(IsmsIndex ix, LocalDate date) {
    return !date.isAfter(ix.asOf());
  }

  /** {@code date} if it counts as of the check ({@link #byAsOf(IsmsIndex, LocalDate)}), else empty. */
  static Optional<LocalDate> byAsOf(IsmsIndex ix, Optional<LocalDate> date) {
    return date.filter(d -> !d.isAfter(ix.asOf()));
  }

  /**
   * Whether an entity that came into being on {@code since} — a risk identified, an asset acquired,
   * a supplier engaged, a nonconformity raised, an audit or a review planned — exists as of the
   * check: on or before the as-of date. A later one is not in any rule's population yet, neither as
   * a breach nor as coverage. One date comparison, cheap inside a rule's existing loop.
   */
  static boolean existsByAsOf(IsmsIndex ix, LocalDate since) {
    return !since.isAfter(ix.asOf());
  }

  /**
   * Whether an entity whose start is {@code since} exists as of the check ({@link #existsByAsOf(IsmsIndex,
   * LocalDate)}); one without a recorded start exists.
   */
  static boolean existsByAsOf(IsmsIndex ix, Optional<LocalDate> since) {
    return since.isEmpty() || !since.get().isAfter(ix.asOf());
  }

  /** {@code approval} if it was given on or before the as-of date, else empty: a later one is not given yet. */
  static Optional<Approval> approvalByAsOf(IsmsIndex ix, Optional<Approval> approval) {
    return approval.filter(a -> !a.on().isAfter(ix.asOf()));
  }


  @Override
  public String toString() {
    return id + " " + clauses;
  }

  /** Collects one rule's findings. */
  protected static final class Out {
    private final BuiltInRule rule;
    private final Grading grading;
    private final List<Finding> findings = new ArrayList<>();
    private Optional<String> notApplicable = Optional.empty();
    private final List<String> evidence = new ArrayList<>();

    Out(BuiltInRule rule, Grading grading) {
      this.rule = rule;
      this.grading = grading;
    }

    /**
     * Records that the requirement is not addressed at all — the artefact it asks for is entirely
     * missing — graded {@link Grading#missing()} (major).
     */
    public void missing(String code, String expected, String found, String remedy) {
      findings.add(Finding.builder(rule, code).verdict(grading.missing()).expected(expected).found(found)
          .remedy(remedy).build());
    }

    /** Records a single failed check with a fixed verdict. */
    public void fail(String code, Verdict verdict, Collection<EntityRef> entities, String expected, String found,
        String remedy) {
      findings.add(Finding.builder(rule, code).verdict(verdict).entities(entities).expected(expected).found(found)
          .remedy(remedy).build());
    }

    /** Records an isolated lapse ({@link Verdict#MINOR_NC}). */
    public void lapse(String code, Collection<EntityRef> entities, String expected, String found, String remedy) {
      fail(code, Verdict.MINOR_NC, entities, expected, found, remedy);
    }

    /** Records a risk of a future lapse that is not a nonconformity ({@link Verdict#OBSERVATION}). */
    public void observe(String code, Collection<EntityRef> entities, String expected, String found,
        String remedy) {
      fail(code, Verdict.OBSERVATION, entities, expected, found, remedy);
    }

    /** Starts a check over {@code total} items, graded by share of failing items. */
    public Items items(String code, int total) {
      return new Items(this, code, total);
    }

    /** Declares the rule not applicable, with the reason (ignored if a check failed). */
    public void notApplicable(String reason) {
      notApplicable = Optional.of(reason);
    }

    /** Adds a piece of evidence to the passing finding. */
    public void evidence(String text) {
      evidence.add(text);
    }

    void add(Finding f) {
      findings.add(f);
    }

    Grading grading() {
      return grading;
    }

    BuiltInRule rule() {
      return rule;
    }

    List<Finding> result() {
      if (!findings.isEmpty()) {
        return List.copyOf(findings);
      }
      if (notApplicable.isPresent()) {
        return List.of(Finding.notApplicable(rule, notApplicable.get()));
      }
      return List.of(Finding.conforms(rule, evidence.isEmpty() ? "every check passed" : String.join("; ", evidence)));
    }
  }

  /** A check over many items: collects the failing ones and grades them by share. */
  protected static final class Items {
    private final Out out;
    private final String code;
    private int total;
    private final Set<EntityRef> entities = new LinkedHashSet<>();
    private final Set<ControlId> controls = new LinkedHashSet<>();
    private final List<String> details = new ArrayList<>();
    private int failing;

    Items(Out out, String code, int total) {
      this.out = out;
      this.code = code;
      this.total = total;
    }

    /** Sets the number of items checked, for checks that count while they go. */
    public Items total(int n) {
      this.total = n;
      return this;
    }

    /** Records one failing item, naming the entities at fault and what is wrong with it. */
    public Items fail(String detail, EntityRef... refs) {
      failing++;
      for (EntityRef r : refs) {
        entities.add(r);
      }
      if (details.size() < SAMPLE) {
        details.add(detail);
      }
      return this;
    }

    /** Records one failing item named by typed ids. */
    public Items fail(String detail, EntityId... ids) {
      EntityRef[] refs = new EntityRef[ids.length];
      for (int i = 0; i < ids.length; i++) {
        refs[i] = EntityRef.of(ids[i]);
      }
      return fail(detail, refs);
    }

    /** Adds controls concerned. */
    public Items control(ControlId c) {
      controls.add(c);
      return this;
    }

    /** Whether any item failed. */
    public boolean failed() {
      return failing > 0;
    }

    /** Emits the finding, graded by {@link Grading#grade}, if any item failed. */
    public void report(String expected, String remedy) {
      if (failing == 0) {
        return;
      }
      int total = Math.max(this.total, failing);
      emit(out.grading().grade(failing, total), total, expected, remedy);
    }

    /** Emits the finding with verdict {@code v} whatever the share, if any item failed. */
    public void reportAs(Verdict v, String expected, String remedy) {
      if (failing == 0) {
        return;
      }
      emit(v, Math.max(this.total, failing), expected, remedy);
    }

    private void emit(Verdict v, int total, String expected, String remedy) {
      StringBuilder found = new StringBuilder();
      found.append(failing).append(" of ").append(total).append(" fail: ").append(String.join("; ", details));
      if (failing > details.size()) {
        found.append("; and ").append(failing - details.size()).append(" more");
      }
      out.add(Finding.builder(out.rule(), code).verdict(v).entities(entities).controls(controls)
          .expected(expected).found(found.toString()).remedy(remedy).build());
    }
  }
}
