package io.ismskit.risk.spi;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import java.util.List;
import java.util.Objects;

/**
 * The result of scoring one input: the raw value, a 0..1 normalized value for comparing methods,
 * the method's own level label, the method id and version, and the factors that explain it.
 *
 * @param value the raw score within the method's {@linkplain MethodDescriptor#bounds() bounds}
 * @param normalized the score mapped to {@code [0, 1]}, order-preserving with {@code value}
 * @param level the method's level label for the score, such as {@code "High"} or {@code "Critical"}
 * @param method the id of the method that produced the score
 * @param methodVersion the version of that method
 * @param factors the inputs and intermediate values that produced the score, in computation order
 * @implSpec This class is immutable and thread-safe.
 */
public record Score(
    double value,
    double normalized,
    String level,
    MethodId method,
    String methodVersion,
    List<ScoreFactor> factors) {
  /**
   * Refuses a non-finite value or a normalized value outside {@code [0, 1]} with an {@link
   * InvalidValueException} of code {@link ScoringCode#SCORE_INVALID}.
   */
  public Score {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(methodVersion, "methodVersion");
    factors = List.copyOf(factors);
    if (!Double.isFinite(value)) {
      throw invalid(method, "value", value, "must be finite");
    }
    if (!(normalized >= 0 && normalized <= 1)) {
      throw invalid(method, "normalized", normalized, "must be in 0..1");
    }
  }

  private static InvalidValueException invalid(MethodId method, String field, double value, String reason) {
    return new InvalidValueException(
        Problem.of(ScoringCode.SCORE_INVALID, "Score", method.value(), field, value, reason));
  }
}
