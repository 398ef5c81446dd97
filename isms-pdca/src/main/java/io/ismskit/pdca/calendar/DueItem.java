package io.ismskit.pdca.calendar;

import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing due by a date.
 *
 * @param due the last day it is due on
 * @param kind what kind of thing
 * @param subject the entity concerned, such as {@code Risk:R-7} or {@code Certificate:C-1}
 * @param what what is to be done, in a few words
 * @param overdue whether {@code due} was before the as-of date of the calendar
 * @implSpec This class is immutable and thread-safe.
 */
public record DueItem(LocalDate due, DueKind kind, EntityRef subject, String what, boolean overdue) {
  /** Requires all parts. */
  public DueItem {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(what, "what");
  }

  @Override
  public String toString() {
    return due + (overdue ? " OVERDUE " : " ") + kind + " " + subject + ": " + what;
  }
}
