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
public abstract class ReviewDecision {
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
  }

  /** A new builder. */
  public static ImmutableReviewDecision.Builder builder() {
    return ImmutableReviewDecision.builder();
  }
}
