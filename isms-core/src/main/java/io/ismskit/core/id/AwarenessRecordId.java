package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an awareness record (clause 7.3).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record AwarenessRecordId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public AwarenessRecordId {
    Checks.id("AwarenessRecordId", value);
  }

  /** Returns the id for {@code value}. */
  public static AwarenessRecordId of(String value) {
    return new AwarenessRecordId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
