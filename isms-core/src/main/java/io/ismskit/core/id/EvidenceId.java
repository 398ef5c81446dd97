package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an item of evidence.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record EvidenceId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public EvidenceId {
    Checks.id("EvidenceId", value);
  }

  /** Returns the id for {@code value}. */
  public static EvidenceId of(String value) {
    return new EvidenceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
