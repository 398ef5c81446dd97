package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a continual improvement (clause 10.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ImprovementId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ImprovementId {
    Checks.id("ImprovementId", value);
  }

  /** Returns the id for {@code value}. */
  public static ImprovementId of(String value) {
    return new ImprovementId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
