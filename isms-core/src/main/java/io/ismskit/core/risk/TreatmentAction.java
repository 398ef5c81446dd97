package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An action of the risk treatment plan (clause 6.1.3 e, 8.3): what, who, by when, with which
 * resources, how its effectiveness will be evaluated, and its progress.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentAction implements WithTreatmentAction {
  /** What is to be done. */
  public abstract String description();

  /** The control the action implements, if any. */
  public abstract Optional<ControlId> control();

  /** The planned change to the ISMS that carries the action out (6.3). */
  public abstract Optional<ChangeId> change();

  /** Who is responsible. */
  public abstract PersonId owner();

  /** The resources needed. */
  public abstract Optional<String> resources();

  /**
   * How the action's effectiveness will be evaluated once it is done (6.1.3, 9.1): the measure or
   * test, the criterion of success and when, such as "click rate of the next quarterly phishing
   * simulation below 5 %".
   */
  public abstract Optional<String> effectivenessEvaluation();

  /** When it is due. */
  public abstract LocalDate dueDate();

  /** Its status and, once done, when it was completed. */
  public abstract ActionProgress progress();

  @Value.Check
  protected void check() {
    Checks.notBlank("TreatmentAction", "description", description());
    Checks.notBlank("TreatmentAction", "resources", resources());
    Checks.notBlank("TreatmentAction", "effectivenessEvaluation", effectivenessEvaluation());
    Checks.date("TreatmentAction", "dueDate", dueDate());
  }

  /** Whether the action is open and past its due date on {@code asOf}. */
  public boolean overdue(LocalDate asOf) {
    return progress().open() && asOf.isAfter(dueDate());
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
   * Builds {@link TreatmentAction} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableTreatmentAction.Builder {
    Builder() {}
  }
}
