package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an internal audit stands (clause 9.2): its {@link AuditStatus} with the dates that status
 * needs — when it was performed (PERFORMED, REPORTED) and when its results were reported
 * (REPORTED). They go together, so an audit is marked performed, reported or re-planned in one
 * call ({@code audit.withProgress(AuditProgress.reported(performedOn, reportedOn))}). Build it with
 * the factories.
 *
 * @param status the status
 * @param performedOn when the audit was performed: present exactly when PERFORMED or REPORTED
 * @param reportedOn when the results were reported: present exactly when REPORTED, not before
 *     {@code performedOn}
 * @implSpec This class is immutable and thread-safe.
 */
public record AuditProgress(AuditStatus status, Optional<LocalDate> performedOn, Optional<LocalDate> reportedOn) {
  private static final AuditProgress PLANNED = new AuditProgress(AuditStatus.PLANNED, Optional.empty(), Optional.empty());
  private static final AuditProgress CANCELLED =
      new AuditProgress(AuditStatus.CANCELLED, Optional.empty(), Optional.empty());

  /** Refuses dates the status does not have and missing dates it needs. */
  public AuditProgress {
    Objects.requireNonNull(status, "AuditProgress.status: must not be null");
    Objects.requireNonNull(performedOn, "AuditProgress.performedOn: must not be null");
    Objects.requireNonNull(reportedOn, "AuditProgress.reportedOn: must not be null");
    String t = "AuditProgress";
    Checks.date(t, "performedOn", performedOn);
    Checks.date(t, "reportedOn", reportedOn);
    boolean done = status == AuditStatus.PERFORMED || status == AuditStatus.REPORTED;
    Checks.consistent(!done || performedOn.isPresent(), t, "performedOn", null,
        "is required when status is " + status);
    Checks.consistent(done || performedOn.isEmpty(), t, "performedOn", performedOn.orElse(null),
        "is only for a PERFORMED or REPORTED audit, status was " + status);
    Checks.consistent(status != AuditStatus.REPORTED || reportedOn.isPresent(), t, "reportedOn", null,
        "is required when status is REPORTED");
    Checks.consistent(status == AuditStatus.REPORTED || reportedOn.isEmpty(), t, "reportedOn",
        reportedOn.orElse(null), "is only for a REPORTED audit, status was " + status);
    performedOn.ifPresent(p -> Checks.order(t, "performedOn", p, "reportedOn", reportedOn));
  }

  /** Planned, not yet performed. */
  public static AuditProgress planned() {
    return PLANNED;
  }

  /** Cancelled. */
  public static AuditProgress cancelled() {
    return CANCELLED;
  }

  /** Fieldwork done on {@code performedOn}, report pending. */
  public static AuditProgress performed(LocalDate performedOn) {
    Objects.requireNonNull(performedOn, "AuditProgress.performedOn: must not be null");
    return new AuditProgress(AuditStatus.PERFORMED, Optional.of(performedOn), Optional.empty());
  }

  /** Performed on {@code performedOn}, results reported on {@code reportedOn}. */
  public static AuditProgress reported(LocalDate performedOn, LocalDate reportedOn) {
    Objects.requireNonNull(performedOn, "AuditProgress.performedOn: must not be null");
    Objects.requireNonNull(reportedOn, "AuditProgress.reportedOn: must not be null");
    return new AuditProgress(AuditStatus.REPORTED, Optional.of(performedOn), Optional.of(reportedOn));
  }

  /** Whether the audit was carried out: PERFORMED or REPORTED. */
  public boolean done() {
    return performedOn.isPresent();
  }

  @Override
  public String toString() {
    return status + performedOn.map(d -> " performed " + d).orElse("") + reportedOn.map(d -> ", reported " + d).orElse("");
  }
}
