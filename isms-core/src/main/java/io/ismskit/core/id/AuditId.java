package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an internal audit (clause 9.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record AuditId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public AuditId {
    Checks.id("AuditId", value);
  }

  /** Returns the id for {@code value}. */
  public static AuditId of(String value) {
    return new AuditId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
