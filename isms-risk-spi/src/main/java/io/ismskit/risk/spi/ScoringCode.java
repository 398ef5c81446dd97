package io.ismskit.risk.spi;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems every scoring method and the registry share: the contract of the flat
 * string form (an unknown or missing key, a value out of range, not a number, an unknown label),
 * the registry's refusals, and the SPI values' own checks. A method's own codes (a CVSS vector's
 * syntax, a matrix's configuration) come from its own enum; a third-party method uses these codes
 * for the flat-form problems they name, so a host can handle them alike for every method.
 *
 * <p>Every {@link #key()} follows {@link ProblemCode#GRAMMAR}.
 */
public enum ScoringCode implements ProblemCode {
  /** A flat-form key the method does not know; the field is the key, the message lists the known ones. */
  KEY_UNKNOWN("scoring.key.unknown"),
  /** A required flat-form key is absent; the field is the key. */
  KEY_MISSING("scoring.key.missing"),
  /** A value outside the range its key allows. */
  VALUE_OUT_OF_RANGE("scoring.value.out-of-range"),
  /** A value that must be a whole number is not one. */
  VALUE_NOT_INTEGER("scoring.value.not-integer"),
  /** A value that must be a decimal number is not one. */
  VALUE_NOT_NUMBER("scoring.value.not-number"),
  /** A value is {@code NaN} where a number or level is required. */
  VALUE_NAN("scoring.value.nan"),
  /** A value is neither a level number nor one of the scale's labels. */
  VALUE_UNKNOWN_LABEL("scoring.value.unknown-label"),
  /** No method with the asked id is registered. */
  REGISTRY_METHOD_UNKNOWN("registry.method.unknown"),
  /** Two methods with the same id were registered. */
  REGISTRY_METHOD_DUPLICATE("registry.method.duplicate"),
  /** A {@link Score} with a non-finite value or a normalized value outside [0, 1]. */
  SCORE_INVALID("scoring.score.invalid"),
  /** {@link Bounds} with NaN, an infinite minimum or a maximum below the minimum. */
  BOUNDS_INVALID("scoring.bounds.invalid"),
  /** A {@link Mitigation} with a reduction outside [0, 1]. */
  MITIGATION_INVALID("scoring.mitigation.invalid"),
  /** A {@link MethodDescriptor} with a blank or duplicate key or factor name. */
  DESCRIPTOR_INVALID("scoring.descriptor.invalid");

  private final String key;

  ScoringCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
