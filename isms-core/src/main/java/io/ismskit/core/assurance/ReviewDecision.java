package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ResourceId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision or action of a management review (clause 9.3.3), with its owner and due date and the
 * planned change or improvement it led to.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReviewDecision implements WithReviewDecision {
  /** The kind of decision. */
  public abstract DecisionKind kind();

  /** What was decided. */
  public abstract String description();

  /** Who carries it out. */
  public abstract Optional<PersonId> owner();

  /** When it is due. */
  public abstract Optional<LocalDate> dueDate();

  /** The planned change it led to (6.3). */
  public abstract Optional<ChangeId> change();

  /** The resource allocation it led to (7.1). */
  public abstract Optional<ResourceId> resource();

  /** The improvement it led to (10.1). */
  public abstract Optional<ImprovementId> improvement();

  @Value.Check
  protected void check() {
    Checks.notBlank("ReviewDecision", "description", description());
    Checks.date("ReviewDecision", "dueDate", dueDate());
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
   * Builds {@link ReviewDecision} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableReviewDecision.Builder {
    Builder() {}
  }
}
