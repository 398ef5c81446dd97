package io.ismskit.risk.fair;

import io.ismskit.risk.spi.ScoringError;
import java.util.Optional;

/** Validation helpers shared by the value factories; every error names field, value and reason. */
final class Checks {
  private Checks() {}

  static Optional<ScoringError> finite(String field, double value) {
    if (Double.isNaN(value)) {
      return Optional.of(ScoringError.of("fair.not-finite", field, value, "must be a number"));
    }
    if (Double.isInfinite(value)) {
      return Optional.of(ScoringError.of("fair.not-finite", field, value, "must be finite"));
    }
    return Optional.empty();
  }

  static Optional<ScoringError> nonNegative(String field, double value) {
    Optional<ScoringError> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (value < 0) {
      return Optional.of(ScoringError.of("fair.negative", field, value, "must not be negative"));
    }
    return Optional.empty();
  }

  static Optional<ScoringError> positive(String field, double value) {
    Optional<ScoringError> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (!(value > 0)) {
      return Optional.of(ScoringError.of("fair.not-positive", field, value, "must be positive"));
    }
    return Optional.empty();
  }

  static Optional<ScoringError> probability(String field, double value) {
    Optional<ScoringError> e = finite(field, value);
    if (e.isPresent()) {
      return e;
    }
    if (value < 0 || value > 1) {
      return Optional.of(
          ScoringError.of("fair.probability", field, value, "must be a probability in [0, 1]"));
    }
    return Optional.empty();
  }

  static Optional<ScoringError> atMost(
      String field, double value, String otherField, double other) {
    if (value > other) {
      return Optional.of(
          ScoringError.of(
              "fair.order",
              field,
              value,
              "must not exceed " + otherField + " (" + other + ")"));
    }
    return Optional.empty();
  }

  @SafeVarargs
  static Optional<ScoringError> first(Optional<ScoringError>... checks) {
    for (Optional<ScoringError> c : checks) {
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The error with {@code prefix.} in front of its field and message. */
  static ScoringError prefixed(String prefix, ScoringError e) {
    return new ScoringError(
        e.code(), prefix + "." + e.field(), e.value(), prefix + "." + e.message());
  }
}
