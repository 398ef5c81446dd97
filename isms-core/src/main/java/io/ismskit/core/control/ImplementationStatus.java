package io.ismskit.core.control;

/** How far a control is implemented. */
public enum ImplementationStatus {
  /** Not implemented and not planned. */
  NOT_IMPLEMENTED(0),
  /** Planned, with a due date. */
  PLANNED(0),
  /** Partly in place. */
  PARTIALLY_IMPLEMENTED(0.5),
  /** In place and operating. */
  IMPLEMENTED(1);

  private final double credit;

  ImplementationStatus(double credit) {
    this.credit = credit;
  }

  /** The share of a control's effectiveness this status credits: 0, ½ or 1. */
  public double credit() {
    return credit;
  }
}
