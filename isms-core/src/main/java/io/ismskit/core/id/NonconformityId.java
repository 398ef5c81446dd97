package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a nonconformity (clause 10.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record NonconformityId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public NonconformityId {
    Checks.id("NonconformityId", value);
  }

  /** Returns the id for {@code value}. */
  public static NonconformityId of(String value) {
    return new NonconformityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
