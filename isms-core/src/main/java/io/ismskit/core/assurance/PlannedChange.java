package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to the ISMS carried out in a planned manner (clause 6.3), and whether it is significant
 * enough to need a new risk assessment (8.2).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedChange {
  /** The change's id. */
  public abstract ChangeId id();

  /** What changes. */
  public abstract String description();

  /** Why. */
  public abstract String reason();

  /** What made it necessary. */
  public abstract ChangeTrigger trigger();

  /** The expected effect on risks, controls, the SoA or the scope. */
  public abstract Optional<String> impact();

  /** Whether the change is significant and so calls for a risk assessment (8.2). */
  @Value.Default
  public boolean significant() {
    return false;
  }

  /** The assets affected. */
  public abstract List<AssetId> assets();

  /** The risks affected. */
  public abstract List<RiskId> risks();

  /** The controls affected. */
  public abstract List<ControlId> controls();

  /** Who is responsible. */
  public abstract PersonId responsible();

  /** Who approved it. */
  public abstract Optional<PersonId> approvedBy();

  /** When it was approved. */
  public abstract Optional<LocalDate> approvedOn();

  /** When it is planned. */
  public abstract LocalDate plannedFor();

  /** When it was completed. */
  public abstract Optional<LocalDate> completedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("PlannedChange", "description", description());
    Checks.notBlank("PlannedChange", "reason", reason());
    Checks.notBlank("PlannedChange", "impact", impact());
    Checks.together("PlannedChange", "approvedBy", approvedBy(), "approvedOn", approvedOn());
  }

  /** A new builder. */
  public static ImmutablePlannedChange.Builder builder() {
    return ImmutablePlannedChange.builder();
  }
}
