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
 * resources, and its progress.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TreatmentAction {
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

  /** When it is due. */
  public abstract LocalDate dueDate();

  /** Its status. */
  public abstract ActionStatus status();

  /** When it was completed. */
  public abstract Optional<LocalDate> completedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("TreatmentAction", "description", description());
    Checks.notBlank("TreatmentAction", "resources", resources());
    if (status() == ActionStatus.DONE && completedOn().isEmpty()) {
      throw new IllegalStateException("TreatmentAction.completedOn: required when status is DONE");
    }
    if (status() != ActionStatus.DONE && completedOn().isPresent()) {
      throw new IllegalStateException(
          "TreatmentAction.completedOn: only a DONE action has a completion date, status was " + status());
    }
  }

  /** Whether the action is open and past its due date on {@code asOf}. */
  public boolean overdue(LocalDate asOf) {
    return status().open() && asOf.isAfter(dueDate());
  }

  /** A new builder. */
  public static ImmutableTreatmentAction.Builder builder() {
    return ImmutableTreatmentAction.builder();
  }
}
