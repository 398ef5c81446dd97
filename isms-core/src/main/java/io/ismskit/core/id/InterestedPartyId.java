package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an interested party (clause 4.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record InterestedPartyId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public InterestedPartyId {
    Checks.id("InterestedPartyId", value);
  }

  /** Returns the id for {@code value}. */
  public static InterestedPartyId of(String value) {
    return new InterestedPartyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
