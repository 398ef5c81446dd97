package io.ismskit.risk.fair;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems particular to FAIR: a distribution, frequency, secondary loss or
 * simulation refused by its factory, a run refused by its {@link Limits} or cancelled, or a
 * simulated loss that overflows. The problems of the {@code
 * fair} method's flat form (an unknown or missing key, a value that is not a number) carry an {@link
 * io.ismskit.risk.spi.ScoringCode}.
 *
 * <p>Every {@link #key()} follows {@link ProblemCode#GRAMMAR}.
 */
public enum FairCode implements ProblemCode {
  /** A parameter is NaN or infinite. */
  NOT_FINITE("fair.not-finite"),
  /** A parameter that must not be negative is. */
  NEGATIVE("fair.negative"),
  /** A parameter that must be positive is not. */
  NOT_POSITIVE("fair.not-positive"),
  /** A probability outside {@code [0, 1]}. */
  PROBABILITY("fair.probability"),
  /** Two parameters in the wrong order (a minimum above a maximum, a low above a high). */
  ORDER("fair.order"),
  /** A PERT mode outside {@code [min, max]}. */
  MODE("fair.mode"),
  /** A confidence level outside {@code (0, 1)}. */
  CONFIDENCE("fair.confidence"),
  /** The wrong number of parameters for a distribution's kind. */
  ARITY("fair.arity"),
  /** An unknown kind of distribution or frequency. */
  KIND("fair.kind"),
  /** A vulnerability distribution that is not within {@code [0, 1]}. */
  SUPPORT("fair.support"),
  /** A number of trials outside the simulation's range. */
  TRIALS("fair.trials"),
  /**
   * A parameter, mean or PERT shape above its documented bound ({@link Distribution#MAX_AMOUNT},
   * {@link Distribution#MAX_PERT_SHAPE}), or a simulated loss, sum or spread that overflows a double.
   */
  OVERFLOW("fair.overflow"),
  /** A run whose expected loss events exceed {@link Limits#maxLossEvents()}. */
  BUDGET_LOSS_EVENTS("fair.budget.loss-events"),
  /** A run whose loss arrays would exceed {@link Limits#maxBytes()}. */
  BUDGET_MEMORY("fair.budget.memory"),
  /** A run stopped by an interrupt of the calling thread or by its {@link Cancellation}. */
  CANCELLED("fair.cancelled"),
  /** A number of loss exceedance curve points outside {@code 2..}{@value FairResult#MAX_CURVE_POINTS}. */
  CURVE_POINTS("fair.curve-points"),
  /**
   * A restored result whose mean or standard deviation the losses do not give ({@link
   * FairResult#restored}).
   */
  INCONSISTENT("fair.inconsistent");

  private final String key;

  FairCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
