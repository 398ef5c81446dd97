package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import java.util.List;

/** A test rule whose finding names controls of two themes. */
final class ControlRule implements ConformanceRule {
  @Override
  public String id() {
    return "test.controls";
  }

  @Override
  public List<ClauseId> clauses() {
    return List.of(ClauseId.of("6.1.3"));
  }

  @Override
  public String requirement() {
    return "Controls.";
  }

  @Override
  public List<Finding> evaluate(IsmsIndex index, Grading grading) {
    return List.of(Finding.builder(this, "c").control(ControlId.of("A.5.1")).control(ControlId.of("A.8.2"))
        .expected("x").found("y").remedy("z").build());
  }
}
