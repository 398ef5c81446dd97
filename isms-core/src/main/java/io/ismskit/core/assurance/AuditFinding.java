package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.NonconformityId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding of an internal audit (clause 9.2), and the nonconformity it raised.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditFinding {
  /** The finding's id. */
  public abstract FindingId id();

  /** The audit that found it. */
  public abstract AuditId audit();

  /** Its classification. */
  public abstract FindingType type();

  /** The clause concerned. */
  public abstract Optional<ClauseId> clause();

  /** The control concerned. */
  public abstract Optional<ControlId> control();

  /** When the finding was raised. */
  public abstract Optional<LocalDate> raisedOn();

  /** What was found. */
  public abstract String description();

  /** The nonconformity raised from it (10.2). */
  public abstract Optional<NonconformityId> nonconformity();

  @Value.Check
  protected void check() {
    Checks.notBlank("AuditFinding", "description", description());
  }

  /** A new builder. */
  public static ImmutableAuditFinding.Builder builder() {
    return ImmutableAuditFinding.builder();
  }
}
