package io.ismskit.core.governance;

/** Where an information security objective stands (clause 6.2). */
public enum ObjectiveStatus {
  /** Set but not started. */
  PLANNED,
  /** Being worked on and on track. */
  ON_TRACK,
  /** Being worked on but at risk of missing its target. */
  AT_RISK,
  /** Target met. */
  ACHIEVED,
  /** Due date passed without meeting the target. */
  MISSED,
  /** Dropped by decision. */
  CANCELLED;

  /** Whether the objective is still open. */
  public boolean open() {
    return this == PLANNED || this == ON_TRACK || this == AT_RISK;
  }
}
