package io.ismskit.pdca.certification;

import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.ExternalAuditId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit a certificate's cycle requires, by when, and the audit that satisfied it, if any.
 *
 * @param certificate the certificate
 * @param type SURVEILLANCE or RECERTIFICATION
 * @param number 1 or 2 for the surveillance audits, 3 for the recertification
 * @param dueBy the last day it may be performed on
 * @param audit the audit that satisfied it, if performed
 * @param performedOn when that audit was performed
 * @implSpec This class is immutable and thread-safe.
 */
public record ScheduledAudit(CertificateId certificate, ExternalAuditType type, int number, LocalDate dueBy,
    Optional<ExternalAuditId> audit, Optional<LocalDate> performedOn) {
  /** Requires all parts. */
  public ScheduledAudit {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(dueBy, "dueBy");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(performedOn, "performedOn");
  }

  /** Whether an audit satisfied it. */
  public boolean done() {
    return performedOn.isPresent();
  }

  /**
   * Whether it was missed as of {@code asOf}: its due date has passed and it was not performed by
   * then (performed late, or not yet).
   */
  public boolean missedOn(LocalDate asOf) {
    return asOf.isAfter(dueBy) && performedOn.map(d -> d.isAfter(dueBy)).orElse(true);
  }

  /** A short description, such as {@code "surveillance audit 1"}. */
  public String label() {
    return type == ExternalAuditType.RECERTIFICATION ? "recertification audit" : "surveillance audit " + number;
  }
}
