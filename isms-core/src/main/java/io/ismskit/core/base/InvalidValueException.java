package io.ismskit.core.base;

import java.util.Objects;

/**
 * Thrown when a value cannot be built because it is wrong on its own: an id with a space, a CIA
 * value of 6, an end date before its start, a required attribute left out. It is the one exception
 * every factory, record and builder of the model throws for a bad value, and it carries the {@link
 * Problem} that says what, where and why, so that an importer can turn it into a located error.
 *
 * <p>It extends {@link IllegalArgumentException}: a bad value is a bad argument.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problem; records are serializable, {@link ProblemCode} enums too. */
  @SuppressWarnings("serial")
  private final Problem problem;

  /** An exception for {@code problem}; its message is the problem's. */
  public InvalidValueException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").message());
    this.problem = problem;
  }

  /**
   * For the model's generated builders (Immutables' {@code throwForInvalidImmutableState}): a
   * build that left out {@code missingAttributes}. The problem ({@link ModelCode#REQUIRED}) names
   * the type being built, the first missing attribute and how to set each, as in {@code
   * "Risk.owner: is required; set it with owner(PersonId)"}. Other code uses {@link
   * #InvalidValueException(Problem)}.
   */
  public InvalidValueException(String... missingAttributes) {
    this(Checks.missing(missingAttributes));
  }

  /** What was wrong, where and why. */
  public Problem problem() {
    return problem;
  }
}
