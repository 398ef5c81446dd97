package io.ismskit.core.base;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The range of dates and periods the model supports, chosen so that no date arithmetic of the
 * library can overflow: every date from {@link #MIN} (1 January of year 1) to {@link #MAX} (31
 * December 9999), and periods of at most {@value #MAX_PERIOD_YEARS} years ({@code years * 12 +
 * months} at most {@code 12 * MAX_PERIOD_YEARS} and at most {@code 366 * MAX_PERIOD_YEARS} days).
 * Adding or subtracting any supported period to or from any supported date gives a valid {@link
 * LocalDate}, so "last review plus the interval" and "as of minus the interval" never throw.
 *
 * <p>The model's builders refuse other dates and periods with an {@link InvalidValueException}
 * ({@link ModelCode#DATE_UNSUPPORTED}, {@link ModelCode#PERIOD_UNSUPPORTED}); a host that takes an
 * {@code asOf} date from users checks it with {@link #requireSupported(String, LocalDate)}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Dates {
  /** The earliest supported date: 0001-01-01. */
  public static final LocalDate MIN = LocalDate.of(1, 1, 1);

  /** The latest supported date: 9999-12-31. */
  public static final LocalDate MAX = LocalDate.of(9999, 12, 31);

  /** The longest supported period, in years. */
  public static final int MAX_PERIOD_YEARS = 1000;

  private Dates() {}

  /** Whether {@code date} lies within {@link #MIN}..{@link #MAX}. */
  public static boolean supported(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(MIN) && !date.isAfter(MAX);
  }

  /**
   * Whether {@code period} has no negative part and is at most {@value #MAX_PERIOD_YEARS} years:
   * {@code years * 12 + months <= 12 * MAX_PERIOD_YEARS} and {@code days <= 366 *
   * MAX_PERIOD_YEARS}.
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days part is bounded on its own, months and years together
  public static boolean supported(Period period) {
    Objects.requireNonNull(period, "period");
    return !period.isNegative()
        && period.toTotalMonths() <= 12L * MAX_PERIOD_YEARS
        && period.getDays() <= 366L * MAX_PERIOD_YEARS;
  }

  /**
   * Returns {@code date} if it is {@linkplain #supported(LocalDate) supported}.
   *
   * @param name what the date is, such as {@code "asOf"}; it names the date in the message
   * @throws InvalidValueException with {@link ModelCode#DATE_UNSUPPORTED} otherwise
   */
  public static LocalDate requireSupported(String name, LocalDate date) {
    Objects.requireNonNull(name, "name");
    return Checks.date("", name, date);
  }
}
