package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a supplier or other external provider.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record SupplierId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public SupplierId {
    Checks.id("SupplierId", value);
  }

  /** Returns the id for {@code value}. */
  public static SupplierId of(String value) {
    return new SupplierId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
