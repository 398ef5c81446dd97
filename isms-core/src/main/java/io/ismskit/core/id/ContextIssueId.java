package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies an internal or external issue (clause 4.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ContextIssueId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ContextIssueId {
    Checks.id("ContextIssueId", value);
  }

  /** Returns the id for {@code value}. */
  public static ContextIssueId of(String value) {
    return new ContextIssueId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
