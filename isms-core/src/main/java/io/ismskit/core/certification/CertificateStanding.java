package io.ismskit.core.certification;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a certificate stands: its {@link CertificateStatus} with the dates that status needs. The
 * parts go together, so a certificate is suspended, reinstated or withdrawn in one call ({@code
 * certificate.withStanding(CertificateStanding.suspended(from, until))}). Build it with the
 * factories.
 *
 * @param status the status
 * @param since when the status took effect: required for SUSPENDED, WITHDRAWN and EXPIRED; for
 *     ACTIVE, the date a suspension was lifted, if it was
 * @param until the last day of a suspension: present exactly when SUSPENDED, not before {@code since}
 * @implSpec This class is immutable and thread-safe.
 */
public record CertificateStanding(CertificateStatus status, Optional<LocalDate> since, Optional<LocalDate> until) {
  private static final CertificateStanding ACTIVE =
      new CertificateStanding(CertificateStatus.ACTIVE, Optional.empty(), Optional.empty());

  /** Refuses dates the status does not have and missing dates it needs. */
  public CertificateStanding {
    String t = "CertificateStanding";
    Objects.requireNonNull(status, "CertificateStanding.status: must not be null");
    Objects.requireNonNull(since, "CertificateStanding.since: must not be null");
    Objects.requireNonNull(until, "CertificateStanding.until: must not be null");
    Checks.date(t, "since", since);
    Checks.date(t, "until", until);
    Checks.consistent(status == CertificateStatus.ACTIVE || since.isPresent(), t, "since", null,
        "is required when status is " + status);
    Checks.consistent(status != CertificateStatus.SUSPENDED || until.isPresent(), t, "until", null,
        "is required when status is SUSPENDED: a suspension runs for a set period");
    Checks.consistent(status == CertificateStatus.SUSPENDED || until.isEmpty(), t, "until", until.orElse(null),
        "is only for a SUSPENDED certificate, status was " + status);
    since.ifPresent(s -> Checks.order(t, "since", s, "until", until));
  }

  /** In force, never suspended. */
  public static CertificateStanding active() {
    return ACTIVE;
  }

  /** In force again from {@code reinstatedOn}, after a suspension was lifted. */
  public static CertificateStanding reinstated(LocalDate reinstatedOn) {
    Objects.requireNonNull(reinstatedOn, "CertificateStanding.since: must not be null");
    return new CertificateStanding(CertificateStatus.ACTIVE, Optional.of(reinstatedOn), Optional.empty());
  }

  /** Suspended from {@code since} to {@code until}, both included. */
  public static CertificateStanding suspended(LocalDate since, LocalDate until) {
    Objects.requireNonNull(since, "CertificateStanding.since: must not be null");
    Objects.requireNonNull(until, "CertificateStanding.until: must not be null");
    return new CertificateStanding(CertificateStatus.SUSPENDED, Optional.of(since), Optional.of(until));
  }

  /** Withdrawn on {@code on}. */
  public static CertificateStanding withdrawn(LocalDate on) {
    Objects.requireNonNull(on, "CertificateStanding.since: must not be null");
    return new CertificateStanding(CertificateStatus.WITHDRAWN, Optional.of(on), Optional.empty());
  }

  /** Expired on {@code on}. */
  public static CertificateStanding expired(LocalDate on) {
    Objects.requireNonNull(on, "CertificateStanding.since: must not be null");
    return new CertificateStanding(CertificateStatus.EXPIRED, Optional.of(on), Optional.empty());
  }

  /** Whether the status is {@link CertificateStatus#ACTIVE}. */
  public boolean isActive() {
    return status == CertificateStatus.ACTIVE;
  }

  @Override
  public String toString() {
    return status + since.map(d -> " since " + d).orElse("") + until.map(d -> " until " + d).orElse("");
  }
}
