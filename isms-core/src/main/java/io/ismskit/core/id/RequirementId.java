package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a requirement of an interested party (clause 4.2).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record RequirementId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public RequirementId {
    Checks.id("RequirementId", value);
  }

  /** Returns the id for {@code value}. */
  public static RequirementId of(String value) {
    return new RequirementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
