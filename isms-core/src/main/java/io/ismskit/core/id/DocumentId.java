package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an item of documented information (clause 7.5).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record DocumentId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public DocumentId {
    Checks.id("DocumentId", value);
  }

  /** Returns the id for {@code value}. */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
