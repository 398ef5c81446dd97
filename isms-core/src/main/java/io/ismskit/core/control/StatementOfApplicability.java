package io.ismskit.core.control;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Statement of Applicability (clause 6.1.3 d): a versioned, approved list of controls, each
 * included or excluded with its justification.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatementOfApplicability {
  /** The version. */
  public abstract String version();

  /** The lines, one per control. */
  public abstract List<SoaEntry> entries();

  /** The documented information that holds the SoA. */
  public abstract Optional<DocumentId> document();

  /** When the necessary controls were compared with Annex A (6.1.3 c). */
  public abstract Optional<LocalDate> annexAComparedOn();

  /** Who approved this version. */
  public abstract Optional<PersonId> approvedBy();

  /** When this version was approved. */
  public abstract Optional<LocalDate> approvedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("StatementOfApplicability", "version", version());
    Checks.together("StatementOfApplicability", "approvedBy", approvedBy(), "approvedOn", approvedOn());
  }

  /** The line for {@code control}, if the SoA lists it. */
  public Optional<SoaEntry> entry(ControlId control) {
    return entries().stream().filter(e -> e.control().equals(control)).findFirst();
  }

  /** Whether the SoA has been approved. */
  public boolean approved() {
    return approvedBy().isPresent();
  }

  /** A new builder. */
  public static ImmutableStatementOfApplicability.Builder builder() {
    return ImmutableStatementOfApplicability.builder();
  }
}
