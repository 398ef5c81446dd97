package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a threat.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ThreatId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ThreatId {
    Checks.id("ThreatId", value);
  }

  /** Returns the id for {@code value}. */
  public static ThreatId of(String value) {
    return new ThreatId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
