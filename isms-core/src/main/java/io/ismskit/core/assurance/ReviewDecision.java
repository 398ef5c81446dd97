package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.risk.ActionProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision or action of a management review (clause 9.3.3), with its owner and due date, the
 * planned change, resource or improvement it led to, where it stands, and the later reviews that
 * followed it up (9.3.2 a: the status of actions from previous reviews).
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

  /** Where it stands: planned unless set, and when done. */
  @Value.Default
  public ActionProgress progress() {
    return ActionProgress.planned();
  }

  /** The later management reviews that considered its status (9.3.2 a). */
  public abstract List<ReviewId> followedUpIn();

  /** What the latest follow-up found, such as "Done; access reviews now automated". */
  public abstract Optional<String> followUp();

  @Value.Check
  protected void check() {
    Checks.notBlank("ReviewDecision", "description", description());
    Checks.date("ReviewDecision", "dueDate", dueDate());
    Checks.distinct("ReviewDecision", "followedUpIn", followedUpIn());
    Checks.notBlank("ReviewDecision", "followUp", followUp());
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
