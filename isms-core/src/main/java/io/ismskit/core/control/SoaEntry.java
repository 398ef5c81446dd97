package io.ismskit.core.control;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One line of the Statement of Applicability (clause 6.1.3 d): whether a control is applicable,
 * why it is included or excluded, and whether it is implemented.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SoaEntry implements WithSoaEntry {
  /** The control. */
  public abstract ControlId control();

  /** Whether the control is applicable (included). */
  public abstract boolean applicable();

  /** Why an included control is included. */
  public abstract Set<InclusionReason> reasons();

  /** The justification: of the inclusion, or of the exclusion. */
  public abstract Optional<String> justification();

  /** Whether an included control is implemented. */
  public abstract Optional<ImplementationStatus> implementationStatus();

  /** The risks the control treats. */
  public abstract List<RiskId> risks();

  /** The requirements the control addresses. */
  public abstract List<RequirementId> requirements();

  /** Who is responsible for the control. */
  public abstract Optional<PersonId> owner();

  /** When the line was last reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  @Value.Check
  protected void check() {
    Checks.notBlank("SoaEntry", "justification", justification());
    Checks.distinct("SoaEntry", "risks", risks());
    Checks.distinct("SoaEntry", "requirements", requirements());
    Checks.date("SoaEntry", "lastReviewed", lastReviewed());
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
   * Builds {@link SoaEntry} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableSoaEntry.Builder {
    Builder() {}
  }
}
