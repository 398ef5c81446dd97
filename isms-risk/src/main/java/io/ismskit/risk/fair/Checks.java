package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import java.util.Optional;

/** Validation helpers shared by the value factories; every error names field, value and reason. */
final class Checks {
  private Checks() {}

  static Optional<Problem> finite(String field, double value) {
    if (Double.isNaN(value)) {
      return Optional.of(Problem.ofField(FairCode.NOT_FINITE, field, value, "must be a number"));
    }
    if (Double.isInfinite(value)) {
      return Optional.of(Problem.ofField(FairCode.NOT_FINITE, field, value, "must be finite"));
    }
    return Optional.empty();
  }

  static Optional<Problem> nonNegative(String field, double value) {
    Optional<Problem> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (value < 0) {
      return Optional.of(Problem.ofField(FairCode.NEGATIVE, field, value, "must not be negative"));
    }
    return Optional.empty();
  }

  static Optional<Problem> positive(String field, double value) {
    Optional<Problem> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (!(value > 0)) {
      return Optional.of(Problem.ofField(FairCode.NOT_POSITIVE, field, value, "must be positive"));
    }
    return Optional.empty();
  }

  static Optional<Problem> probability(String field, double value) {
    Optional<Problem> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (value < 0 || value > 1) {
      return Optional.of(
          Problem.ofField(FairCode.PROBABILITY, field, value, "must be a probability in [0, 1]"));
    }
    return Optional.empty();
  }

  static Optional<Problem> atMost(
      String field, double value, String otherField, double other) {
    if (value > other) {
      return Optional.of(
          Problem.ofField(FairCode.ORDER,
              field,
              value,
              "must not exceed " + otherField + " (" + other + ")"));
    }
    return Optional.empty();
  }

  @SafeVarargs
  static Optional<Problem> first(Optional<Problem>... checks) {
    for (Optional<Problem> c : checks) {
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The error with {@code prefix.} in front of its field and message. */
  static Problem prefixed(String prefix, Problem e) {
    return new Problem(
        e.code(), e.entityType(), e.entityId(), prefix + "." + e.field(), e.value(), prefix + "." + e.message());
  }
}
