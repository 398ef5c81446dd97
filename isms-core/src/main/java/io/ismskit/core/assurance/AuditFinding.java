package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ProcessId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding of an internal audit (clause 9.2): the criterion it was measured against, the process
 * where it was found, the objective evidence behind it (what was sampled, where), and the
 * nonconformity it raised (9.2 to 10.2; the nonconformity names the finding back).
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

  /** The process where it was found. */
  public abstract Optional<ProcessId> process();

  /** The requirement it was measured against, in words, such as "Access control policy 4.2: quarterly review". */
  public abstract Optional<String> criterion();

  /** What the auditor examined or sampled, and where. */
  public abstract List<ObjectiveEvidence> objectiveEvidence();

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
    Checks.notBlank("AuditFinding", "criterion", criterion());
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
