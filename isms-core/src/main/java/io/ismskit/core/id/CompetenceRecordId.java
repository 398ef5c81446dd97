package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a competence record (clause 7.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record CompetenceRecordId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public CompetenceRecordId {
    Checks.id("CompetenceRecordId", value);
  }

  /** Returns the id for {@code value}. */
  public static CompetenceRecordId of(String value) {
    return new CompetenceRecordId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
