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
public abstract class SoaEntry {
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
  }

  /** A new builder. */
  public static ImmutableSoaEntry.Builder builder() {
    return ImmutableSoaEntry.builder();
  }
}
