package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a resource allocation (clause 7.1).
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record ResourceId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public ResourceId {
    Checks.id("ResourceId", value);
  }

  /** Returns the id for {@code value}. */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
