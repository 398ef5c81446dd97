package io.ismskit.core.risk;

/** The status of a planned action. */
public enum ActionStatus {
  /** Not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Completed. */
  DONE,
  /** Dropped by decision. */
  CANCELLED;

  /** Whether the action is still to be done. */
  public boolean open() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
