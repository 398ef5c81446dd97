package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ProcessId;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The weight an audit programme gives one process (clause 9.2.2): how important the process is,
 * which results of previous audits were taken into account, the rationale, and how often the
 * process is therefore audited.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditPriority implements WithAuditPriority {
  /** The process weighed. */
  public abstract ProcessId process();

  /** How important it is to the ISMS. */
  public abstract Importance importance();

  /** The findings of previous audits taken into account. */
  public abstract List<FindingId> previousFindings();

  /** Why the process gets this weight, such as "Two minor nonconformities in 2025; handles customer data". */
  public abstract String rationale();

  /** How often the process is audited as a result. */
  public abstract Optional<Period> auditInterval();

  @Value.Check
  protected void check() {
    Checks.notBlank("AuditPriority", "rationale", rationale());
    Checks.distinct("AuditPriority", "previousFindings", previousFindings());
    Checks.positive("AuditPriority", "auditInterval", auditInterval());
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
   * Builds {@link AuditPriority} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAuditPriority.Builder {
    Builder() {}
  }
}
