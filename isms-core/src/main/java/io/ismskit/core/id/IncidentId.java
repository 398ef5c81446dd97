package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an information security incident.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record IncidentId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public IncidentId {
    Checks.id("IncidentId", value);
  }

  /** Returns the id for {@code value}. */
  public static IncidentId of(String value) {
    return new IncidentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
