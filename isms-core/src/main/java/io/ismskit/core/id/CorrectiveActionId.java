package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a corrective action (clause 10.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record CorrectiveActionId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public CorrectiveActionId {
    Checks.id("CorrectiveActionId", value);
  }

  /** Returns the id for {@code value}. */
  public static CorrectiveActionId of(String value) {
    return new CorrectiveActionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
