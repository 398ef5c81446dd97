package io.ismskit.testkit;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import java.util.Objects;

/**
 * A description of a violation — a {@link Problem} — that {@link io.ismskit.core.Isms#validate()}
 * is expected to report: the entity type, the entity id, the field and the code. It matches every
 * problem with these four parts, whatever its message.
 *
 * @param entityType the entity's type, such as {@code "Risk"}
 * @param entityId the entity's id, such as {@code "R-1"}
 * @param field the field at fault, such as {@code "threat"}
 * @param code the problem's code, such as {@link io.ismskit.core.ValidationCode#DANGLING}
 */
public record ExpectedViolation(String entityType, String entityId, String field, ProblemCode code) {
  /** Requires all parts. */
  public ExpectedViolation {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
  }

  /** The expectation of a violation with these parts. */
  public static ExpectedViolation of(String entityType, String entityId, String field, ProblemCode code) {
    return new ExpectedViolation(entityType, entityId, field, code);
  }

  /** The expectation that matches exactly {@code violation}'s type, id, field and code. */
  public static ExpectedViolation of(Problem violation) {
    return new ExpectedViolation(
        violation.entityType(), violation.entityId(), violation.field(), violation.code());
  }

  /** Whether {@code violation} has this expectation's type, id, field and code. */
  public boolean matches(Problem violation) {
    return entityType.equals(violation.entityType())
        && entityId.equals(violation.entityId())
        && field.equals(violation.field())
        && code.equals(violation.code());
  }

  @Override
  public String toString() {
    return code.key() + " on " + entityType + " " + entityId + "." + field;
  }
}
