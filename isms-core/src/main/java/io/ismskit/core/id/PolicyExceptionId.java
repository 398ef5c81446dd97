package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an exception to a policy.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record PolicyExceptionId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public PolicyExceptionId {
    Checks.id("PolicyExceptionId", value);
  }

  /** Returns the id for {@code value}. */
  public static PolicyExceptionId of(String value) {
    return new PolicyExceptionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
