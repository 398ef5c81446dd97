package io.ismskit.risk.spi;

import java.util.Objects;

/**
 * Why a method refused its input: the field at fault, the offending value and the reason. Returned,
 * never thrown.
 *
 * @param code a stable machine key such as {@code "cvss.metric.unknown"}
 * @param field the input field or vector position at fault, such as {@code "AV"} or {@code "trials"}
 * @param value the offending value as text ({@code ""} when the value is missing)
 * @param message a sentence naming field, value and reason
 */
public record ScoringError(String code, String field, String value, String message) {
  /** Requires all parts. */
  public ScoringError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /** An error for {@code field} with {@code value}; the message is built from the three parts. */
  public static ScoringError of(String code, String field, Object value, String reason) {
    String v = String.valueOf(value);
    return new ScoringError(code, field, v, field + ": " + reason + ", was '" + v + "'");
  }

  @Override
  public String toString() {
    return message;
  }
}
