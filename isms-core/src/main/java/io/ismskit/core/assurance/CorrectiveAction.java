package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Text;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action to remove the cause of a nonconformity so that it does not recur (clause 10.2 c), and
 * the review of its effectiveness (10.2 d).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CorrectiveAction implements WithCorrectiveAction {
  /** The action's id. */
  public abstract CorrectiveActionId id();

  /** The nonconformity it addresses. */
  public abstract NonconformityId nonconformity();

  /** What is done. */
  public abstract String description();

  /** Who does it. */
  public abstract PersonId owner();

  /** When it is due. */
  public abstract LocalDate dueDate();

  /** When it was completed. */
  public abstract Optional<LocalDate> completedOn();

  /** The review of its effectiveness. */
  public abstract Optional<EffectivenessReview> effectivenessReview();

  /** The planned change to the ISMS it needs (10.2 e, 6.3). */
  public abstract Optional<ChangeId> change();

  @Value.Check
  protected void check() {
    Checks.notBlank("CorrectiveAction", "description", description());
    Checks.date("CorrectiveAction", "dueDate", dueDate());
    Checks.date("CorrectiveAction", "completedOn", completedOn());
    effectivenessReview().ifPresent(r -> {
      Checks.consistent(completedOn().isPresent(), "CorrectiveAction", "effectivenessReview", null,
          "needs the action completed first: set completedOn (action " + Text.shorten(id()) + ")");
      Checks.order("CorrectiveAction", "completedOn", completedOn().orElseThrow(), "effectivenessReview.reviewedOn",
          r.reviewedOn());
    });
  }

  /** Whether the action is open and past its due date on {@code asOf}. */
  public boolean overdue(LocalDate asOf) {
    return completedOn().isEmpty() && asOf.isAfter(dueDate());
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
   * Builds {@link CorrectiveAction} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCorrectiveAction.Builder {
    Builder() {}
  }
}
