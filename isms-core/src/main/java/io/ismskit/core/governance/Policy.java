package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PolicyId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An information security policy (clause 5.2) or a topic-specific policy (control A.5.1): its
 * approval by top management, its commitments, its communication and its review.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Policy implements WithPolicy {
  /** The policy's id. */
  public abstract PolicyId id();

  /** The policy's title. */
  public abstract String title();

  /** Top-level or topic-specific. */
  public abstract PolicyKind kind();

  /** The topic of a topic-specific policy. */
  public abstract Optional<String> topic();

  /** The version in force. */
  public abstract String version();

  /** The documented information that holds the policy. */
  public abstract Optional<DocumentId> document();

  /** Who approved this version, and when. */
  public abstract Optional<Approval> approval();

  /** How often the policy is reviewed. */
  public abstract Period reviewInterval();

  /** When the policy was last reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  /** When the policy was communicated within the organization. */
  public abstract Optional<LocalDate> communicatedOn();

  /** Whether the policy is made available to interested parties as decided. */
  @Value.Default
  public boolean availableToInterestedParties() {
    return false;
  }

  /** Whether the policy contains objectives or a framework for setting them (5.2 b). */
  @Value.Default
  public boolean includesObjectivesFramework() {
    return false;
  }

  /** Whether the policy commits to satisfying applicable requirements (5.2 c). */
  @Value.Default
  public boolean commitsToRequirements() {
    return false;
  }

  /** Whether the policy commits to continual improvement (5.2 d). */
  @Value.Default
  public boolean commitsToContinualImprovement() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("Policy", "title", title());
    Checks.notBlank("Policy", "version", version());
    Checks.notBlank("Policy", "topic", topic());
    Checks.positive("Policy", "reviewInterval", reviewInterval());
    Checks.date("Policy", "lastReviewed", lastReviewed());
    Checks.date("Policy", "communicatedOn", communicatedOn());
    approval().ifPresent(a -> Checks.order("Policy", "approval.on", a.on(), "lastReviewed", lastReviewed()));
  }

  /**
   * The date the next review is due: last review (or approval) plus the interval; empty if neither
   * happened. Never throws: dates and the interval are within the {@linkplain
   * io.ismskit.core.base.Dates supported range}.
   */
  public Optional<LocalDate> nextReviewDue() {
    return lastReviewed().or(() -> approval().map(Approval::on)).map(d -> d.plus(reviewInterval()));
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
   * Builds {@link Policy} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }
}
