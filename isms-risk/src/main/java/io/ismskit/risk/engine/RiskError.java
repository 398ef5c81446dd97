package io.ismskit.risk.engine;

import io.ismskit.core.id.RiskId;
import io.ismskit.core.base.Problem;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the engine could not score one risk. The risk keeps its previous assessments unchanged.
 * Returned, never thrown.
 *
 * @param risk the risk that was not scored
 * @param code a stable machine key, one of the constants of this class
 * @param field the field of the risk at fault, such as {@code "inherent.method"} or {@code
 *     "inherent.inputs.likelihood"}
 * @param value the offending value as text ({@code ""} when it is missing)
 * @param message a sentence naming the risk, the field, the value and the reason
 * @param cause the scoring method's own problem, when the method refused the input
 * @implSpec This class is immutable and thread-safe.
 */
public record RiskError(
    RiskId risk,
    String code,
    String field,
    String value,
    String message,
    Optional<Problem> cause) {

  /** The ISMS has no risk criteria, so nothing can be evaluated. */
  public static final String CRITERIA_MISSING = "engine.criteria.missing";

  /** The risk has no inherent assessment, so there is no method and no input to score. */
  public static final String UNASSESSED = "engine.risk.unassessed";

  /** No registered method has the id named by the risk's inherent assessment. */
  public static final String METHOD_UNKNOWN = "engine.method.unknown";

  /**
   * The registered method's version differs from the version the risk was assessed with; {@code
   * assess} refuses it, {@code migrate} applies it.
   */
  public static final String METHOD_VERSION_CHANGED = "engine.method.version-changed";

  /** The method cannot read the stored inputs. */
  public static final String INPUTS_INVALID = "engine.inputs.invalid";

  /** The method read the inputs but refused to score them. */
  public static final String SCORE_FAILED = "engine.score.failed";

  /** The method could not derive or score the residual input. */
  public static final String RESIDUAL_FAILED = "engine.residual.failed";

  /** The method scored the residual input above the inherent one, breaking its contract. */
  public static final String RESIDUAL_ABOVE_INHERENT = "engine.residual.above-inherent";

  /** The assessment date is before the date the risk was identified. */
  public static final String DATE_BEFORE_IDENTIFIED = "engine.date.before-identified";

  /** The method threw an exception instead of returning an error. */
  public static final String METHOD_FAILED = "engine.method.failed";

  /** Requires all parts. */
  public RiskError {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(cause, "cause");
  }

  /** An error without a method cause; the message is built from the parts. */
  static RiskError of(RiskId risk, String code, String field, Object value, String reason) {
    String v = String.valueOf(value);
    return new RiskError(
        risk, code, field, v, "Risk " + risk + ": " + field + " " + reason + ", was '" + v + "'",
        Optional.empty());
  }

  /** An error caused by the method's own problem, on the field {@code prefix + cause.field()}. */
  static RiskError of(RiskId risk, String code, String prefix, Problem cause) {
    String field = prefix + cause.field();
    return new RiskError(
        risk, code, field, cause.value(), "Risk " + risk + ": " + field + ": " + cause.message(),
        Optional.of(cause));
  }

  @Override
  public String toString() {
    return message;
  }
}
