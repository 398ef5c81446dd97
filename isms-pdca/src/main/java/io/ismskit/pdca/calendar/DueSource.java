package io.ismskit.pdca.calendar;

import io.ismskit.core.Isms;
import java.time.LocalDate;
import java.util.List;

/**
 * A source of due items beyond the built-in ones, such as a host's licence or insurance renewals:
 * {@link DueCalendar#withSource(DueSource)} adds it to a calendar.
 *
 * @implSpec Implementations must be stateless, thread-safe and deterministic, and read nothing but
 *     their arguments.
 */
@FunctionalInterface
public interface DueSource {
  /**
   * The items of {@code isms} due on or before {@code until}, with {@code overdue} set for those due
   * before {@code asOf}; the calendar sorts them with the rest.
   */
  List<DueItem> due(Isms isms, LocalDate asOf, LocalDate until);
}
