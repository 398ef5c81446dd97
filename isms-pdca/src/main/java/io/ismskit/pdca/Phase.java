package io.ismskit.pdca;

import io.ismskit.core.catalog.ClauseId;
import java.util.List;

/**
 * The four phases of the ISMS cycle and the clauses of ISO/IEC 27001:2022 whose requirements must
 * be met to leave each: PLAN (4–6: context, leadership, planning), DO (7–8: support, operation),
 * CHECK (9: performance evaluation) and ACT (10: improvement).
 */
public enum Phase {
  /** Establish the ISMS: context, scope, policy, roles, risk assessment and treatment, SoA, objectives. */
  PLAN(4, 5, 6),
  /** Implement and operate: competence, awareness, documented information, the treatment plan. */
  DO(7, 8),
  /** Monitor, measure, audit and review. */
  CHECK(9),
  /** Correct and improve; then the next cycle starts. */
  ACT(10);

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, of immutable Integers
  private final List<Integer> clauses;

  Phase(Integer... clauses) {
    this.clauses = List.of(clauses);
  }

  /** The top-level clauses whose requirements gate leaving this phase, such as [4, 5, 6] for PLAN. */
  public List<Integer> clauses() {
    return clauses;
  }

  /** Whether leaving this phase needs the requirements of {@code clause}. */
  public boolean gates(ClauseId clause) {
    return clauses.contains(clause.topLevel());
  }

  /** The phase that follows: PLAN after ACT (the next cycle). */
  public Phase next() {
    return switch (this) {
      case PLAN -> DO;
      case DO -> CHECK;
      case CHECK -> ACT;
      case ACT -> PLAN;
    };
  }

  /** The phase before: ACT before PLAN. */
  public Phase previous() {
    return switch (this) {
      case PLAN -> ACT;
      case DO -> PLAN;
      case CHECK -> DO;
      case ACT -> CHECK;
    };
  }

  /** The clause range as text, such as {@code "4-6"} or {@code "10"}. */
  public String clauseRange() {
    return clauses.size() == 1 ? clauses.get(0).toString() : clauses.get(0) + "-" + clauses.get(clauses.size() - 1);
  }
}
