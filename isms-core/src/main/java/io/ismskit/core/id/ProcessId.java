package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an ISMS process (clause 4.4).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ProcessId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ProcessId {
    Checks.id("ProcessId", value);
  }

  /** Returns the id for {@code value}. */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
