package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a measurement (clause 9.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record MeasurementId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public MeasurementId {
    Checks.id("MeasurementId", value);
  }

  /** Returns the id for {@code value}. */
  public static MeasurementId of(String value) {
    return new MeasurementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
