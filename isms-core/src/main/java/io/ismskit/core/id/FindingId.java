package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an audit finding (clause 9.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record FindingId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public FindingId {
    Checks.id("FindingId", value);
  }

  /** Returns the id for {@code value}. */
  public static FindingId of(String value) {
    return new FindingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
