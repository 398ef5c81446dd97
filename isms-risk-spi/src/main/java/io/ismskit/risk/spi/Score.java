package io.ismskit.risk.spi;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.ScaleValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of scoring one input: the raw value, a 0..1 normalized value for comparing methods,
 * the method's own level label, the method id and version, the factors that explain it, and the
 * two components the level of risk is determined from — its likelihood and its consequence, each
 * on the method's own scale (ISO/IEC 27001:2022 6.1.2 d, ISO/IEC 27005).
 *
 * <p>Every built-in method states both components, and a method that declares them in its
 * {@linkplain MethodDescriptor#likelihood() descriptor} gives them with every score (a law of
 * {@code isms-testkit} checks it). What each method's components are is documented on the method
 * and in its descriptor; a matrix's likelihood and impact levels, NIST SP 800-30's overall
 * likelihood and level of impact, FAIR's loss event frequency and loss magnitude, and for CVSS — a
 * severity, not a risk — the exploit maturity of the vulnerability's threat context and the
 * vulnerability's severity.
 *
 * @param value the raw score within the method's {@linkplain MethodDescriptor#bounds() bounds}
 * @param normalized the score mapped to {@code [0, 1]}, order-preserving with {@code value}
 * @param level the method's level label for the score, such as {@code "High"} or {@code "Critical"}
 * @param method the id of the method that produced the score
 * @param methodVersion the version of that method
 * @param factors the inputs and intermediate values that produced the score, in computation order
 * @param likelihood the likelihood of the risk on the method's likelihood scale, when the method
 *     states it
 * @param consequence the consequence of the risk on the method's consequence scale, when the
 *     method states it
 * @implSpec This class is immutable and thread-safe.
 */
public record Score(
    double value,
    double normalized,
    String level,
    MethodId method,
    String methodVersion,
    List<ScoreFactor> factors,
    Optional<ScaleValue> likelihood,
    Optional<ScaleValue> consequence) {
  /**
   * Refuses a non-finite value or a normalized value outside {@code [0, 1]} with an {@link
   * InvalidValueException} of code {@link ScoringCode#SCORE_INVALID}.
   */
  public Score {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(methodVersion, "methodVersion");
    factors = List.copyOf(factors);
    Objects.requireNonNull(likelihood, "likelihood");
    Objects.requireNonNull(consequence, "consequence");
    if (!Double.isFinite(value)) {
      throw invalid(method, "value", value, "must be finite");
    }
    if (!(normalized >= 0 && normalized <= 1)) {
      throw invalid(method, "normalized", normalized, "must be in 0..1");
    }
  }

  /** A score that states neither likelihood nor consequence; see {@link #withComponents}. */
  public Score(
      double value,
      double normalized,
      String level,
      MethodId method,
      String methodVersion,
      List<ScoreFactor> factors) {
    this(value, normalized, level, method, methodVersion, factors, Optional.empty(), Optional.empty());
  }

  /** A score with both components stated. */
  public Score(
      double value,
      double normalized,
      String level,
      MethodId method,
      String methodVersion,
      List<ScoreFactor> factors,
      ScaleValue likelihood,
      ScaleValue consequence) {
    this(value, normalized, level, method, methodVersion, factors, Optional.of(likelihood),
        Optional.of(consequence));
  }

  /** This score with {@code likelihood} and {@code consequence} stated; the rest unchanged. */
  public Score withComponents(ScaleValue likelihood, ScaleValue consequence) {
    return new Score(value, normalized, level, method, methodVersion, factors, likelihood, consequence);
  }

  /** Whether the score states both its likelihood and its consequence. */
  public boolean componentsStated() {
    return likelihood.isPresent() && consequence.isPresent();
  }

  private static InvalidValueException invalid(MethodId method, String field, double value, String reason) {
    return new InvalidValueException(
        Problem.of(ScoringCode.SCORE_INVALID, "Score", method.value(), field, value, reason));
  }
}
