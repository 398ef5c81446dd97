package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an action stands: its {@link ActionStatus} and, for a {@link ActionStatus#DONE DONE}
 * action, when it was completed. The two go together, so an action is marked done, reopened or
 * cancelled in one call ({@code action.withProgress(ActionProgress.done(date))}). Build it with
 * the factories.
 *
 * @param status the status
 * @param completedOn the completion date: present exactly when {@code status} is DONE
 * @implSpec This class is immutable and thread-safe.
 */
public record ActionProgress(ActionStatus status, Optional<LocalDate> completedOn) {
  private static final ActionProgress PLANNED = new ActionProgress(ActionStatus.PLANNED, Optional.empty());
  private static final ActionProgress IN_PROGRESS = new ActionProgress(ActionStatus.IN_PROGRESS, Optional.empty());
  private static final ActionProgress CANCELLED = new ActionProgress(ActionStatus.CANCELLED, Optional.empty());

  /** Refuses a DONE status without a date and a date with any other status. */
  public ActionProgress {
    Objects.requireNonNull(status, "ActionProgress.status: must not be null");
    Objects.requireNonNull(completedOn, "ActionProgress.completedOn: must not be null");
    Checks.date("ActionProgress", "completedOn", completedOn);
    Checks.consistent(status != ActionStatus.DONE || completedOn.isPresent(), "ActionProgress", "completedOn",
        null, "is required when status is DONE; use ActionProgress.done(date)");
    Checks.consistent(status == ActionStatus.DONE || completedOn.isEmpty(), "ActionProgress", "completedOn",
        completedOn.orElse(null), "is only for a DONE action, status was " + status);
  }

  /** Not started. */
  public static ActionProgress planned() {
    return PLANNED;
  }

  /** Under way. */
  public static ActionProgress inProgress() {
    return IN_PROGRESS;
  }

  /** Dropped by decision. */
  public static ActionProgress cancelled() {
    return CANCELLED;
  }

  /** Completed on {@code completedOn}. */
  public static ActionProgress done(LocalDate completedOn) {
    Objects.requireNonNull(completedOn, "ActionProgress.completedOn: must not be null");
    return new ActionProgress(ActionStatus.DONE, Optional.of(completedOn));
  }

  /**
   * The progress of an action with {@code status}, which must not be DONE (a done action needs its
   * date: {@link #done(LocalDate)}).
   */
  public static ActionProgress of(ActionStatus status) {
    return switch (Objects.requireNonNull(status, "ActionProgress.status: must not be null")) {
      case PLANNED -> PLANNED;
      case IN_PROGRESS -> IN_PROGRESS;
      case CANCELLED -> CANCELLED;
      case DONE -> new ActionProgress(status, Optional.empty()); // refused: DONE needs its date
    };
  }

  /** Whether the action is still to be done: planned or under way. */
  public boolean open() {
    return status.open();
  }

  @Override
  public String toString() {
    return completedOn.map(d -> status + " on " + d).orElse(status.toString());
  }
}
