package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a policy (clause 5.2, control A.5.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record PolicyId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public PolicyId {
    Checks.id("PolicyId", value);
  }

  /** Returns the id for {@code value}. */
  public static PolicyId of(String value) {
    return new PolicyId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
