package io.ismskit.core.control;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Lists;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.DocumentId;
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
public abstract class StatementOfApplicability implements WithStatementOfApplicability {
  /** The version. */
  public abstract String version();

  /** The lines, one per control. */
  public abstract List<SoaEntry> entries();

  /** The documented information that holds the SoA. */
  public abstract Optional<DocumentId> document();

  /** When the necessary controls were compared with Annex A (6.1.3 c). */
  public abstract Optional<LocalDate> annexAComparedOn();

  /** Who approved this version, and when. */
  public abstract Optional<Approval> approval();

  @Value.Check
  protected void check() {
    Checks.notBlank("StatementOfApplicability", "version", version());
    Checks.date("StatementOfApplicability", "annexAComparedOn", annexAComparedOn());
  }

  /** The line for {@code control}, if the SoA lists it. */
  public Optional<SoaEntry> entry(ControlId control) {
    return Optional.ofNullable(Lists.find(entries(), control, SoaEntry::control));
  }

  /**
   * This SoA with {@code entry} in place of the line for its control, at the same position, or
   * added at the end if the SoA has no line for it.
   */
  public StatementOfApplicability withEntry(SoaEntry entry) {
    return withEntries(Lists.replace(entries(), entry, SoaEntry::control));
  }

  /** This SoA without the line for {@code control} (unchanged if it has none). */
  public StatementOfApplicability withoutEntry(ControlId control) {
    return withEntries(Lists.remove(entries(), control, SoaEntry::control));
  }

  /** Whether the SoA has been approved. */
  public boolean approved() {
    return approval().isPresent();
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
   * Builds {@link StatementOfApplicability} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableStatementOfApplicability.Builder {
    Builder() {}
  }
}
