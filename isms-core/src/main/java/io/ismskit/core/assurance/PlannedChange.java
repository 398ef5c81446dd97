package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
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
public abstract class PlannedChange implements WithPlannedChange {
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

  /** Who approved it, and when. */
  public abstract Optional<Approval> approval();

  /** When it is planned. */
  public abstract LocalDate plannedFor();

  /** When it was completed. */
  public abstract Optional<LocalDate> completedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("PlannedChange", "description", description());
    Checks.notBlank("PlannedChange", "reason", reason());
    Checks.notBlank("PlannedChange", "impact", impact());
    Checks.date("PlannedChange", "plannedFor", plannedFor());
    Checks.date("PlannedChange", "completedOn", completedOn());
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
   * Builds {@link PlannedChange} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutablePlannedChange.Builder {
    Builder() {}
  }
}
