package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.EntityId;
import io.ismskit.core.id.EntityRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One explainable result of a conformance rule: which requirement (clause, control), which rule
 * and check, the verdict, the entities at fault, what was expected, what was found, and how to fix
 * it.
 *
 * <p>A rule that passes emits a finding too, with verdict {@link Verdict#CONFORMS} (or {@link
 * Verdict#NOT_APPLICABLE}), so that the report shows coverage per clause.
 *
 * @param ruleId the id of the rule that produced the finding
 * @param code a stable key of the check within the rule, such as {@code "missing"} or {@code
 *     "stale"}; {@code ruleId} and {@code code} together identify a finding across reports
 * @param verdict the verdict
 * @param clauses the clauses of ISO/IEC 27001:2022 concerned; at least one
 * @param controls the Annex A (or other) controls concerned, if any
 * @param entities the entities at fault, in a stable order; empty for a passing finding or when
 *     the fault is an absence
 * @param expected what the requirement expects, in one sentence
 * @param found what was found instead (or, for a passing finding, what shows conformity)
 * @param remedy how to fix it; empty string for a passing finding
 * @param note a remark added by the checker, such as an expired suppression or a re-grading
 */
public record Finding(
    String ruleId,
    String code,
    Verdict verdict,
    List<ClauseId> clauses,
    List<ControlId> controls,
    List<EntityRef> entities,
    String expected,
    String found,
    String remedy,
    Optional<String> note) {

  /** Copies the lists; requires all parts and at least one clause. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(verdict, "verdict");
    clauses = List.copyOf(clauses);
    controls = List.copyOf(controls);
    entities = List.copyOf(entities);
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(note, "note");
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("Finding.clauses: at least one clause is required (rule " + ruleId + ")");
    }
  }

  /** The identity of the finding across reports: {@code ruleId + "#" + code}. */
  public String key() {
    return ruleId + "#" + code;
  }

  /** The first clause, by which findings are ordered and grouped. */
  public ClauseId clause() {
    return clauses.get(0);
  }

  /** This finding with verdict {@code v}. */
  public Finding withVerdict(Verdict v) {
    return new Finding(ruleId, code, v, clauses, controls, entities, expected, found, remedy, note);
  }

  /** This finding with {@code text} appended to its note. */
  public Finding withNote(String text) {
    Objects.requireNonNull(text, "text");
    String n = note.map(x -> x + "; " + text).orElse(text);
    return new Finding(ruleId, code, verdict, clauses, controls, entities, expected, found, remedy, Optional.of(n));
  }

  /** A builder of a finding of {@code rule}, check {@code code}, with the rule's clauses. */
  public static Builder builder(ConformanceRule rule, String code) {
    Objects.requireNonNull(rule, "rule");
    return new Builder(rule.id(), code, rule.clauses());
  }

  /**
   * The passing finding of {@code rule}: verdict {@link Verdict#CONFORMS}, expected = the rule's
   * requirement, found = {@code evidence}.
   */
  public static Finding conforms(ConformanceRule rule, String evidence) {
    return builder(rule, "conforms").verdict(Verdict.CONFORMS).expected(rule.requirement()).found(evidence).build();
  }

  /** The finding of {@code rule} that it does not apply, with the reason. */
  public static Finding notApplicable(ConformanceRule rule, String reason) {
    return builder(rule, "not-applicable")
        .verdict(Verdict.NOT_APPLICABLE)
        .expected(rule.requirement())
        .found(reason)
        .build();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    b.append(verdict).append(' ').append(clauses.get(0)).append(' ').append(key());
    if (!entities.isEmpty()) {
      b.append(' ').append(entities.size() <= 5 ? entities.toString() : entities.subList(0, 5) + "...");
    }
    b.append(": expected ").append(expected).append("; found ").append(found);
    if (!remedy.isEmpty()) {
      b.append("; fix: ").append(remedy);
    }
    note.ifPresent(n -> b.append(" [").append(n).append(']'));
    return b.toString();
  }

  /** A mutable builder of one finding; not thread-safe. */
  public static final class Builder {
    private final String ruleId;
    private final String code;
    private List<ClauseId> clauses;
    private final List<ControlId> controls = new ArrayList<>();
    private final List<EntityRef> entities = new ArrayList<>();
    private Verdict verdict = Verdict.MINOR_NC;
    private String expected = "";
    private String found = "";
    private String remedy = "";
    private Optional<String> note = Optional.empty();

    private Builder(String ruleId, String code, List<ClauseId> clauses) {
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      this.code = Objects.requireNonNull(code, "code");
      this.clauses = List.copyOf(clauses);
    }

    /** Sets the verdict (default {@link Verdict#MINOR_NC}). */
    public Builder verdict(Verdict v) {
      this.verdict = Objects.requireNonNull(v, "v");
      return this;
    }

    /** Replaces the rule's clauses with {@code c}. */
    public Builder clauses(List<ClauseId> c) {
      this.clauses = List.copyOf(c);
      return this;
    }

    /** Adds a control. */
    public Builder control(ControlId c) {
      controls.add(Objects.requireNonNull(c, "c"));
      return this;
    }

    /** Adds controls. */
    public Builder controls(Collection<ControlId> c) {
      controls.addAll(c);
      return this;
    }

    /** Adds an entity at fault. */
    public Builder entity(EntityRef e) {
      entities.add(Objects.requireNonNull(e, "e"));
      return this;
    }

    /** Adds an entity at fault by its typed id. */
    public Builder entity(EntityId id) {
      entities.add(EntityRef.of(id));
      return this;
    }

    /** Adds entities at fault. */
    public Builder entities(Collection<EntityRef> e) {
      entities.addAll(e);
      return this;
    }

    /** Sets what was expected. */
    public Builder expected(String text) {
      this.expected = Objects.requireNonNull(text, "text");
      return this;
    }

    /** Sets what was found. */
    public Builder found(String text) {
      this.found = Objects.requireNonNull(text, "text");
      return this;
    }

    /** Sets how to fix it. */
    public Builder remedy(String text) {
      this.remedy = Objects.requireNonNull(text, "text");
      return this;
    }

    /** Sets a note. */
    public Builder note(String text) {
      this.note = Optional.of(text);
      return this;
    }

    /** The finding; entities keep the order they were added in. */
    public Finding build() {
      return new Finding(ruleId, code, verdict, clauses, controls, entities, expected, found, remedy, note);
    }
  }
}
