package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.PersonId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of an internal audit's team (clause 9.2.2 b): who, in which role, the competence records
 * that show they can audit, and why they are objective and impartial towards what they audit.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditTeamMember implements WithAuditTeamMember {
  /** The auditor; one of the audit's {@link InternalAudit#auditors()}. */
  public abstract PersonId person();

  /** The part they play. */
  @Value.Default
  public AuditorRole role() {
    return AuditorRole.AUDITOR;
  }

  /** The competence records that show they are competent to audit what they audit (7.2, 9.2.2). */
  public abstract List<CompetenceRecordId> competence();

  /**
   * Why they are independent of what they audit, such as "Finance; no part in IT operations or
   * its controls"; empty if nobody said (a rule reports that).
   */
  public abstract Optional<String> independence();

  @Value.Check
  protected void check() {
    Checks.distinct("AuditTeamMember", "competence", competence());
    Checks.notBlank("AuditTeamMember", "independence", independence());
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
   * Builds {@link AuditTeamMember} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAuditTeamMember.Builder {
    Builder() {}
  }
}
