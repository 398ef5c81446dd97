package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a metric (clause 9.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record MetricId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public MetricId {
    Checks.id("MetricId", value);
  }

  /** Returns the id for {@code value}. */
  public static MetricId of(String value) {
    return new MetricId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
