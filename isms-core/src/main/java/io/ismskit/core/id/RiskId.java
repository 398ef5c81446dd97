package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an information security risk.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record RiskId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public RiskId {
    Checks.id("RiskId", value);
  }

  /** Returns the id for {@code value}. */
  public static RiskId of(String value) {
    return new RiskId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
