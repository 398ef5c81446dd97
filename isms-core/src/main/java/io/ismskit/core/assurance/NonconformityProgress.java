package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a nonconformity stands (clause 10.2): its {@link NonconformityStatus} and, once {@link
 * NonconformityStatus#CLOSED CLOSED}, when it was closed. The two go together, so a nonconformity
 * is closed or reopened in one call ({@code nc.withProgress(NonconformityProgress.closed(date))}).
 * Build it with the factories.
 *
 * @param status the status
 * @param closedOn the closing date: present exactly when {@code status} is CLOSED
 * @implSpec This class is immutable and thread-safe.
 */
public record NonconformityProgress(NonconformityStatus status, Optional<LocalDate> closedOn) {
  private static final Map<NonconformityStatus, NonconformityProgress> OPEN_STATES = openStates();

  /** Refuses a CLOSED status without a date and a date with any other status. */
  public NonconformityProgress {
    Objects.requireNonNull(status, "NonconformityProgress.status: must not be null");
    Objects.requireNonNull(closedOn, "NonconformityProgress.closedOn: must not be null");
    Checks.date("NonconformityProgress", "closedOn", closedOn);
    Checks.consistent(status != NonconformityStatus.CLOSED || closedOn.isPresent(), "NonconformityProgress",
        "closedOn", null, "is required when status is CLOSED; use NonconformityProgress.closed(date)");
    Checks.consistent(status == NonconformityStatus.CLOSED || closedOn.isEmpty(), "NonconformityProgress",
        "closedOn", closedOn.orElse(null), "is only for a CLOSED nonconformity, status was " + status);
  }

  /** Raised; nothing done yet. */
  public static NonconformityProgress open() {
    return of(NonconformityStatus.OPEN);
  }

  /** Closed on {@code closedOn} after an effectiveness review. */
  public static NonconformityProgress closed(LocalDate closedOn) {
    Objects.requireNonNull(closedOn, "NonconformityProgress.closedOn: must not be null");
    return new NonconformityProgress(NonconformityStatus.CLOSED, Optional.of(closedOn));
  }

  /** Reopened: an effectiveness review found the corrective action ineffective. */
  public static NonconformityProgress reopened() {
    return of(NonconformityStatus.REOPENED);
  }

  /**
   * The progress of a nonconformity with {@code status}, which must not be CLOSED (a closed one
   * needs its date: {@link #closed(LocalDate)}).
   */
  public static NonconformityProgress of(NonconformityStatus status) {
    NonconformityProgress p = OPEN_STATES.get(Objects.requireNonNull(status, "NonconformityProgress.status: must not be null"));
    return p != null ? p : new NonconformityProgress(status, Optional.empty()); // CLOSED is refused: it needs its date
  }

  private static Map<NonconformityStatus, NonconformityProgress> openStates() {
    Map<NonconformityStatus, NonconformityProgress> m = new EnumMap<>(NonconformityStatus.class);
    for (NonconformityStatus s : NonconformityStatus.values()) {
      if (s != NonconformityStatus.CLOSED) {
        m.put(s, new NonconformityProgress(s, Optional.empty()));
      }
    }
    return m;
  }

  /** Whether the nonconformity is closed. */
  public boolean isClosed() {
    return status == NonconformityStatus.CLOSED;
  }

  @Override
  public String toString() {
    return closedOn.map(d -> status + " on " + d).orElse(status.toString());
  }
}
