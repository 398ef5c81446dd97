package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a management review (clause 9.3).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ReviewId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ReviewId {
    Checks.id("ReviewId", value);
  }

  /** Returns the id for {@code value}. */
  public static ReviewId of(String value) {
    return new ReviewId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
