package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an audit by a certification body: stage 1, stage 2, surveillance, recertification or special.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ExternalAuditId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ExternalAuditId {
    Checks.id("ExternalAuditId", value);
  }

  /** Returns the id for {@code value}. */
  public static ExternalAuditId of(String value) {
    return new ExternalAuditId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
