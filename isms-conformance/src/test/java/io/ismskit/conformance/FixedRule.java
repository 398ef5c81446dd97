package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import java.util.ArrayList;
import java.util.List;

/** A test rule that returns findings fixed in advance (or throws). */
public final class FixedRule implements ConformanceRule {
  private final String id;
  private final String clause;
  private final Verdict verdict;
  private final List<EntityRef> entities;

  /** The rule ServiceLoader instantiates: id {@code test.fixed}, always a minor lapse on {@code Asset:A-1}. */
  public FixedRule() {
    this("test.fixed", "8.1", Verdict.MINOR_NC, List.of(EntityRef.of("Asset", "A-1")));
  }

  FixedRule(String id, String clause, Verdict verdict, List<EntityRef> entities) {
    this.id = id;
    this.clause = clause;
    this.verdict = verdict;
    this.entities = List.copyOf(entities);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public List<ClauseId> clauses() {
    return List.of(ClauseId.of(clause));
  }

  @Override
  public String requirement() {
    return "A fixed requirement for tests.";
  }

  @Override
  public List<Finding> evaluate(IsmsIndex index, Grading grading) {
    if (verdict.passing()) {
      return new ArrayList<>();
    }
    return List.of(Finding.builder(this, "fixed").verdict(verdict).entities(entities).expected("nothing wrong")
        .found("something wrong").remedy("fix it").build());
  }
}
