package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import java.util.List;

/** A test rule whose id collides with a built-in rule. */
public final class DuplicateIdRule implements ConformanceRule {
  /** For ServiceLoader. */
  public DuplicateIdRule() {}

  @Override
  public String id() {
    return "4.1-issues";
  }

  @Override
  public List<ClauseId> clauses() {
    return List.of(ClauseId.of("4.1"));
  }

  @Override
  public String requirement() {
    return "Collides.";
  }

  @Override
  public List<Finding> evaluate(IsmsIndex index, Grading grading) {
    return List.of();
  }
}
