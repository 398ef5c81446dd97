package io.ismskit.core.evidence;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period an item of evidence covers, such as the month of log entries it holds or the quarter
 * of an access review, first and last day included. The two dates go together: a period is set,
 * changed or cleared in one call ({@code item.withPeriod(CoveredPeriod.of(from, to))}).
 *
 * @param from the first day covered
 * @param to the last day covered, not before {@code from}
 * @implSpec This class is immutable and thread-safe.
 */
public record CoveredPeriod(LocalDate from, LocalDate to) {
  /** Refuses unsupported dates and an end before the start. */
  public CoveredPeriod {
    Checks.date("CoveredPeriod", "from", from);
    Checks.date("CoveredPeriod", "to", to);
    Checks.order("CoveredPeriod", "from", from, "to", to);
  }

  /** The period from {@code from} to {@code to}, both included. */
  public static CoveredPeriod of(LocalDate from, LocalDate to) {
    return new CoveredPeriod(from, to);
  }

  /** The one day {@code day}. */
  public static CoveredPeriod day(LocalDate day) {
    return new CoveredPeriod(day, day);
  }

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /** Whether the period shares at least one day with {@code start} to {@code end}, both included. */
  public boolean overlaps(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return !to.isBefore(start) && !from.isAfter(end);
  }

  /** This period starting on {@code from} instead. */
  public CoveredPeriod withFrom(LocalDate from) {
    return new CoveredPeriod(from, to);
  }

  /** This period ending on {@code to} instead. */
  public CoveredPeriod withTo(LocalDate to) {
    return new CoveredPeriod(from, to);
  }

  @Override
  public String toString() {
    return from + ".." + to;
  }
}
