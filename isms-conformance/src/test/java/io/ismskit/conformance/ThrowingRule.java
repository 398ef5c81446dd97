package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import java.util.List;

/** A test rule that throws. */
final class ThrowingRule implements ConformanceRule {
  @Override
  public String id() {
    return "test.throws";
  }

  @Override
  public List<ClauseId> clauses() {
    return List.of(ClauseId.of("9.1"));
  }

  @Override
  public String requirement() {
    return "Throws.";
  }

  @Override
  public List<Finding> evaluate(IsmsIndex index, Grading grading) {
    throw new IllegalStateException("boom");
  }
}
