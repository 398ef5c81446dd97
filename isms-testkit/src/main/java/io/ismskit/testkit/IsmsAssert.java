package io.ismskit.testkit;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.catalog.Framework;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on an {@link Isms} and the violations ({@link Problem}s) its validation reports. The ISMS is
 * validated once, lazily, with the built-in catalog or the one given to {@link #usingFramework}.
 * Failure messages list every violation found.
 */
public final class IsmsAssert extends AbstractAssert<IsmsAssert, Isms> {
  private final Optional<Framework> catalog;
  private List<Problem> violations = List.of();
  private boolean validated;

  IsmsAssert(Isms actual) {
    this(actual, Optional.empty());
  }

  private IsmsAssert(Isms actual, Optional<Framework> catalog) {
    super(actual, IsmsAssert.class);
    this.catalog = catalog;
  }

  /** Assertions on the same ISMS, validated against the controls of {@code framework}. */
  public IsmsAssert usingFramework(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    return new IsmsAssert(actual, Optional.of(framework));
  }

  /** Every violation validation reports, in its order. */
  public List<Problem> violations() {
    isNotNull();
    if (!validated) {
      var result = catalog.isPresent() ? actual.validate(catalog.get()) : actual.validate();
      violations = result.isValid() ? List.of() : result.getError().toJavaList();
      validated = true;
    }
    return violations;
  }

  /** Fails unless validation reports nothing; the message lists every violation. */
  public IsmsAssert isValid() {
    List<Problem> found = violations();
    if (!found.isEmpty()) {
      failWithMessage("%nExpecting the ISMS to be valid, but validation reported %d violation(s):%n%s",
          found.size(), list(found));
    }
    return this;
  }

  /** Fails unless validation reports at least one violation. */
  public IsmsAssert isInvalid() {
    if (violations().isEmpty()) {
      failWithMessage("%nExpecting the ISMS to be invalid, but validation reported no violation");
    }
    return this;
  }

  /** Fails unless some violation has {@code code} and is about the entity {@code entityId}. */
  public IsmsAssert hasViolation(ProblemCode code, String entityId) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entityId, "entityId");
    return hasViolation(v -> v.code().equals(code) && v.entityId().equals(entityId),
        "code " + code.key() + " on entity " + entityId);
  }

  /** Fails unless some violation matches {@code expected}'s type, id, field and code. */
  public IsmsAssert hasViolation(ExpectedViolation expected) {
    Objects.requireNonNull(expected, "expected");
    return hasViolation(expected::matches, expected.toString());
  }

  /** Fails unless some violation passes {@code matcher}, described as {@code description}. */
  public IsmsAssert hasViolation(Predicate<Problem> matcher, String description) {
    Objects.requireNonNull(matcher, "matcher");
    List<Problem> found = violations();
    if (found.stream().noneMatch(matcher)) {
      failWithMessage("%nExpecting a violation (%s), but validation reported %d violation(s):%n%s",
          description, found.size(), list(found));
    }
    return this;
  }

  /**
   * Fails unless the violations match {@code expected} one to one, in any order: as many
   * violations as expectations, each expectation matching its own violation.
   */
  public IsmsAssert hasExactlyViolations(ExpectedViolation... expected) {
    List<ExpectedViolation> wanted = Arrays.asList(expected);
    List<Problem> found = violations();
    List<Problem> unmatched = new ArrayList<>(found);
    List<ExpectedViolation> missing = new ArrayList<>();
    for (ExpectedViolation e : wanted) {
      Problem hit = null;
      for (Problem v : unmatched) {
        if (e.matches(v)) {
          hit = v;
          break;
        }
      }
      if (hit == null) {
        missing.add(e);
      } else {
        unmatched.remove(hit);
      }
    }
    if (!missing.isEmpty() || !unmatched.isEmpty()) {
      failWithMessage("%nExpecting exactly the violations%n  %s%nbut validation reported %d violation(s):%n%s"
              + "%nmissing: %s%nunexpected: %s",
          wanted, found.size(), list(found), missing, list(unmatched));
    }
    return this;
  }

  /** Fails unless there is at least one violation and every violation has one of {@code codes}. */
  public IsmsAssert hasOnlyViolationsWithCode(ProblemCode... codes) {
    List<ProblemCode> allowed = Arrays.asList(codes);
    List<Problem> found = violations();
    List<Problem> others = found.stream().filter(v -> !allowed.contains(v.code())).toList();
    if (found.isEmpty() || !others.isEmpty()) {
      failWithMessage("%nExpecting only violations with code(s) %s, but validation reported %d violation(s):%n%s",
          allowed, found.size(), list(found));
    }
    return this;
  }

  /** AssertJ list assertions on the violations, for anything not covered here. */
  public ListAssert<Problem> violationList() {
    return Assertions.assertThat(violations());
  }

  private static String list(List<Problem> violations) {
    if (violations.isEmpty()) {
      return "  (none)";
    }
    StringBuilder sb = new StringBuilder();
    for (Problem v : violations) {
      sb.append("  - [").append(v.code().key()).append("] ").append(v.entityType()).append(' ')
          .append(v.entityId()).append('.').append(v.field()).append(": ").append(v.message())
          .append('\n');
    }
    return sb.toString();
  }
}
