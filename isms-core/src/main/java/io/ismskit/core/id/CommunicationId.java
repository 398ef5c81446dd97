package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a planned communication (clause 7.4).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record CommunicationId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public CommunicationId {
    Checks.id("CommunicationId", value);
  }

  /** Returns the id for {@code value}. */
  public static CommunicationId of(String value) {
    return new CommunicationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
