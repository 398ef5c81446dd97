package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a planned change to the ISMS (clause 6.3).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ChangeId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ChangeId {
    Checks.id("ChangeId", value);
  }

  /** Returns the id for {@code value}. */
  public static ChangeId of(String value) {
    return new ChangeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
