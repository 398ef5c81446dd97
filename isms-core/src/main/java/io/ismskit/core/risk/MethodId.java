package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import java.util.regex.Pattern;

/**
 * Identifies a scoring method, such as {@code "matrix"}, {@code "cvss"} or {@code "acme.custom"}.
 *
 * @param value lower-case letters, digits, {@code . _ -}; 1..64 characters, starting with a letter
 * @implSpec This class is immutable and thread-safe.
 */
public record MethodId(String value) implements Comparable<MethodId> {
  private static final Pattern P = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

  /** Refuses a malformed id. */
  public MethodId {
    Checks.matches("MethodId", "value", value, P,
        "1..64 lower-case letters, digits, '.', '_' or '-', starting with a letter");
  }

  /** Returns the method id for {@code value}. */
  public static MethodId of(String value) {
    return new MethodId(value);
  }

  @Override
  public int compareTo(MethodId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
