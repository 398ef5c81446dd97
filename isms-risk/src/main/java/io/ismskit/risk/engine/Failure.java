package io.ismskit.risk.engine;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.RiskId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why one step could not assess a risk, before it is said about a particular risk: an {@link
 * EngineCode}, the field at fault, the offending value and the reason, or the scoring method's own
 * problem it passes on. {@link #about} makes the risk's {@link Problem}.
 *
 * @param code the engine's code
 * @param field the field of the risk at fault, such as {@code "inherent.inputs.likelihood"}
 * @param value the offending value, {@code null} when it is missing
 * @param reason why, after the field; unused when {@code cause} is present and {@code code} is not
 *     {@link EngineCode#INPUTS_OFF_SCALE}
 * @param cause the method's own problem, when the method refused
 */
record Failure(
    EngineCode code, String field, @Nullable Object value, String reason, Optional<Problem> cause) {

  Failure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(cause, "cause");
  }

  /** A failure of the engine's own, with no method problem behind it. */
  static Failure of(EngineCode code, String field, @Nullable Object value, String reason) {
    return new Failure(code, field, value, reason, Optional.empty());
  }

  /**
   * The method's refusal {@code cause}, passed on with {@code code} on the field {@code prefix +
   * cause.field()} (just the prefix without its final dot when the cause names no field).
   */
  static Failure causedBy(EngineCode code, String prefix, Problem cause) {
    String field = cause.field().isEmpty() ? stripDot(prefix) : prefix + cause.field();
    return new Failure(code, field, cause.value(), "", Optional.of(cause));
  }

  private static String stripDot(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }

  /** The problem this failure is about {@code risk}: entity type {@code "Risk"}, its id, the field. */
  Problem about(RiskId risk) {
    Problem c = cause.orElse(null);
    if (c == null || !reason.isEmpty()) {
      return Problem.of(code, "Risk", risk.value(), field, value, reason);
    }
    // The method's message already names its field and the value, shortened.
    String where = c.field().isEmpty() ? field + ": " : field.substring(0, field.length() - c.field().length());
    String message = "Risk " + Text.shorten(risk.value()) + ": " + where + c.message();
    return new Problem(code, "Risk", risk.value(), field, c.value(), message);
  }
}
