package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an ISMS-level risk or opportunity (clause 6.1.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record OpportunityId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public OpportunityId {
    Checks.id("OpportunityId", value);
  }

  /** Returns the id for {@code value}. */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
