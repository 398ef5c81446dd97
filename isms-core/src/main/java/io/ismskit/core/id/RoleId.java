package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an ISMS role (clause 5.3).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record RoleId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public RoleId {
    Checks.id("RoleId", value);
  }

  /** Returns the id for {@code value}. */
  public static RoleId of(String value) {
    return new RoleId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
