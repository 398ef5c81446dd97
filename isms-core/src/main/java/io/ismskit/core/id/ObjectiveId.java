package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an information security objective (clause 6.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ObjectiveId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ObjectiveId {
    Checks.id("ObjectiveId", value);
  }

  /** Returns the id for {@code value}. */
  public static ObjectiveId of(String value) {
    return new ObjectiveId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
