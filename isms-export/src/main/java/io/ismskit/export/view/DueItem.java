package io.ismskit.export.view;

import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that is due: what, under which clause, for which entity, by when, and how urgent it
 * is as of the date the status was taken.
 *
 * @param what what is due, for people, such as {@code "Review of policy POL-1"}
 * @param clause the clause that asks for it, if any
 * @param entity the entity it is about, if any
 * @param due when it is (or was) due
 * @param urgency how urgent it is
 * @implSpec This class is immutable and thread-safe.
 */
public record DueItem(String what, Optional<ClauseId> clause, Optional<EntityRef> entity, LocalDate due,
    Urgency urgency) {

  /** Requires all parts. */
  public DueItem {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(urgency, "urgency");
  }

  /** How urgent a due item is. */
  public enum Urgency {
    /** Its due date has passed. */
    OVERDUE,
    /** It is due soon. */
    DUE_SOON,
    /** It is due later. */
    UPCOMING;

    /** A short label for people, such as {@code "Overdue"}. */
    public String label() {
      return switch (this) {
        case OVERDUE -> "Overdue";
        case DUE_SOON -> "Due soon";
        case UPCOMING -> "Upcoming";
      };
    }
  }
}
