package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One internal audit (clause 9.2): its scope (clauses, controls, processes), criteria, auditors and
 * auditees, dates and report.
 *
 * <p>Auditors must not audit their own work: no auditor may be among {@link #auditees()}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InternalAudit implements WithInternalAudit {
  /** The audit's id. */
  public abstract AuditId id();

  /** The programme it belongs to. */
  public abstract AuditProgrammeId programme();

  /** The clauses in scope. */
  public abstract List<ClauseId> clauses();

  /** The controls in scope. */
  public abstract List<ControlId> controls();

  /** The processes in scope. */
  public abstract List<ProcessId> processes();

  /** The audit criteria, such as "ISO/IEC 27001:2022" and internal policies. */
  public abstract List<String> criteria();

  /** When it is planned. */
  public abstract LocalDate plannedOn();


  /** The auditors. */
  public abstract List<PersonId> auditors();

  /** The people responsible for the audited areas. */
  public abstract List<PersonId> auditees();

  /** The status, with when the audit was performed and its results reported. */
  public abstract AuditProgress progress();

  /** The audit report. */
  public abstract Optional<DocumentId> report();


  /** To whom the results were reported (9.2.2 c). */
  public abstract List<PersonId> reportedTo();

  @Value.Check
  protected void check() {
    String t = "InternalAudit";
    Checks.distinct(t, "clauses", clauses());
    Checks.distinct(t, "controls", controls());
    Checks.distinct(t, "auditors", auditors());
    Checks.date(t, "plannedOn", plannedOn());
  }

  /** Whether the audit was carried out. */
  public boolean done() {
    return progress().done();
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
   * Builds {@link InternalAudit} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableInternalAudit.Builder {
    Builder() {}
  }
}
