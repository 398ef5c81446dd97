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
public abstract class AuditFinding implements WithAuditFinding {
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
    Checks.date("AuditFinding", "raisedOn", raisedOn());
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
   * Builds {@link AuditFinding} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAuditFinding.Builder {
    Builder() {}
  }
}
