package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.risk.ActionProgress;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of continual improvement (clause 10.1) that makes the ISMS more suitable, adequate or
 * effective.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Improvement implements WithImprovement {
  /** The improvement's id. */
  public abstract ImprovementId id();

  /** What is improved. */
  public abstract String description();

  /** Where the idea came from: a review, an audit, a metric, a person. */
  public abstract String source();

  /** The audit finding it came from. */
  public abstract Optional<FindingId> finding();

  /** The management review that decided it. */
  public abstract Optional<ReviewId> review();

  /** When it was raised. */
  public abstract LocalDate raisedOn();

  /** Who carries it out. */
  public abstract PersonId owner();

  /** Its status and, once done, when it was completed. */
  public abstract ActionProgress progress();

  /** The benefit observed. */
  public abstract Optional<String> outcome();

  @Value.Check
  protected void check() {
    Checks.notBlank("Improvement", "description", description());
    Checks.notBlank("Improvement", "source", source());
    Checks.date("Improvement", "raisedOn", raisedOn());
    Checks.order("Improvement", "raisedOn", raisedOn(), "progress.completedOn", progress().completedOn());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Improvement} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableImprovement.Builder {
    Builder() {}
  }
}
