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
public abstract class InternalAudit {
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

  /** When it was performed. */
  public abstract Optional<LocalDate> performedOn();

  /** The auditors. */
  public abstract List<PersonId> auditors();

  /** The people responsible for the audited areas. */
  public abstract List<PersonId> auditees();

  /** The status. */
  public abstract AuditStatus status();

  /** The audit report. */
  public abstract Optional<DocumentId> report();

  /** When the results were reported. */
  public abstract Optional<LocalDate> reportedOn();

  /** To whom the results were reported (9.2.2 c). */
  public abstract List<PersonId> reportedTo();

  @Value.Check
  protected void check() {
    String t = "InternalAudit";
    Checks.distinct(t, "clauses", clauses());
    Checks.distinct(t, "controls", controls());
    Checks.distinct(t, "auditors", auditors());
    if ((status() == AuditStatus.PERFORMED || status() == AuditStatus.REPORTED) && performedOn().isEmpty()) {
      throw new IllegalStateException(t + ".performedOn: required when status is " + status() + " (" + id() + ")");
    }
    if (status() == AuditStatus.REPORTED && reportedOn().isEmpty()) {
      throw new IllegalStateException(t + ".reportedOn: required when status is REPORTED (" + id() + ")");
    }
    performedOn().ifPresent(p -> Checks.order(t, "performedOn", p, "reportedOn", reportedOn()));
  }

  /** Whether the audit was carried out. */
  public boolean done() {
    return status() == AuditStatus.PERFORMED || status() == AuditStatus.REPORTED;
  }

  /** A new builder. */
  public static ImmutableInternalAudit.Builder builder() {
    return ImmutableInternalAudit.builder();
  }
}
