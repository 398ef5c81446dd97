package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an internal audit programme (clause 9.2.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record AuditProgrammeId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public AuditProgrammeId {
    Checks.id("AuditProgrammeId", value);
  }

  /** Returns the id for {@code value}. */
  public static AuditProgrammeId of(String value) {
    return new AuditProgrammeId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
