package io.ismskit.core.id;

import io.ismskit.core.base.Checks;

/**
 * Identifies a person working under the organization's control.
 *
 * @param value the id text, 1..128 characters of letters, digits and {@code . _ : / -}
 */
public record PersonId(String value) implements EntityId {
  /** Refuses a null, blank or malformed id, naming the type and the value. */
  public PersonId {
    Checks.id("PersonId", value);
  }

  /** Returns the id for {@code value}. */
  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
