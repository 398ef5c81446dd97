package io.ismskit.risk.fair;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems particular to FAIR: a distribution, frequency, secondary loss or
 * simulation refused by its factory, or a simulated loss that overflows. The problems of the {@code
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
  /** A distribution or a simulated loss whose mean or value overflows a double. */
  OVERFLOW("fair.overflow");

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
