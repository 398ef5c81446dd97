package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a finding of an audit by a certification body.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ExternalFindingId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ExternalFindingId {
    Checks.id("ExternalFindingId", value);
  }

  /** Returns the id for {@code value}. */
  public static ExternalFindingId of(String value) {
    return new ExternalFindingId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
