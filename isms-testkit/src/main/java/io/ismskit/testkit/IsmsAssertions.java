package io.ismskit.testkit;

import io.ismskit.core.Isms;

/**
 * The AssertJ entry point for ISMS assertions.
 *
 * <pre>{@code
 * import static io.ismskit.testkit.IsmsAssertions.assertThat;
 *
 * assertThat(isms).isValid();
 * assertThat(broken).hasViolation(ValidationCode.DANGLING, "R-7")
 *     .hasOnlyViolationsWithCode(ValidationCode.DANGLING);
 * }</pre>
 */
public final class IsmsAssertions {
  private IsmsAssertions() {}

  /** Assertions on {@code actual}, validated with the built-in ISO/IEC 27001:2022 catalog. */
  public static IsmsAssert assertThat(Isms actual) {
    return new IsmsAssert(actual);
  }
}
