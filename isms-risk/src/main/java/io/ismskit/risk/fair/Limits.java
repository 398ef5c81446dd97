package io.ismskit.risk.fair;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;

/**
 * The work and memory budget of a Monte Carlo run, checked before anything is simulated or
 * allocated: a run above either limit is refused with a {@link Problem}, and a caller who means it
 * raises the limit ({@link Simulation#withLimits}).
 *
 * <ul>
 *   <li><b>Work</b>: the expected number of loss events, {@code trials × E[N]} summed over the
 *       scenarios, where {@code E[N]} is {@link Frequency#meanEvents()} (at most {@link
 *       Frequency#MAX_RATE}). Each loss event costs a few magnitude draws: the default of
 *       {@value #DEFAULT_MAX_LOSS_EVENTS} is some seconds on one core.
 *   <li><b>Memory</b>: the loss arrays, 8 bytes per trial for each array: one for {@link
 *       MonteCarlo#run} and {@link MonteCarlo#annualLosses}, {@code scenarios + 1} for {@link
 *       MonteCarlo#portfolio}. A result's bucket tables add about a sixteenth to that. The default
 *       is {@value #DEFAULT_MAX_BYTES} bytes (1 GiB), which holds the largest single run ({@value
 *       Simulation#MAX_TRIALS} trials); keep the limit below the heap the host gives the JVM.
 * </ul>
 *
 * @param maxLossEvents the largest accepted expected number of loss events of one run, positive
 * @param maxBytes the largest accepted size in bytes of one run's loss arrays, positive
 * @implSpec This class is immutable and thread-safe.
 */
public record Limits(long maxLossEvents, long maxBytes) {
  /** The default work limit: a billion expected loss events. */
  public static final long DEFAULT_MAX_LOSS_EVENTS = 1_000_000_000L;

  /** The default memory limit: 1 GiB of loss arrays. */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;

  /** The default limits. */
  public static final Limits DEFAULT = new Limits(DEFAULT_MAX_LOSS_EVENTS, DEFAULT_MAX_BYTES);

  /** Refuses a limit below 1 (use {@link #of} for a typed error). */
  public Limits {
    Optional<Problem> e = check(maxLossEvents, maxBytes);
    if (e.isPresent()) {
      throw new InvalidValueException(e.get().within("Limits", "", ""));
    }
  }

  /** The limits, or a problem naming the one below 1. */
  public static Either<Problem, Limits> of(long maxLossEvents, long maxBytes) {
    Optional<Problem> e = check(maxLossEvents, maxBytes);
    return e.isPresent() ? Either.left(e.get()) : Either.right(new Limits(maxLossEvents, maxBytes));
  }

  private static Optional<Problem> check(long maxLossEvents, long maxBytes) {
    if (maxLossEvents < 1) {
      return Optional.of(Problem.ofField(FairCode.NOT_POSITIVE, "maxLossEvents", maxLossEvents, "must be positive"));
    }
    if (maxBytes < 1) {
      return Optional.of(Problem.ofField(FairCode.NOT_POSITIVE, "maxBytes", maxBytes, "must be positive"));
    }
    return Optional.empty();
  }

  /** These limits with {@code maxLossEvents}. */
  public Limits withMaxLossEvents(long maxLossEvents) {
    return new Limits(maxLossEvents, maxBytes);
  }

  /** These limits with {@code maxBytes}. */
  public Limits withMaxBytes(long maxBytes) {
    return new Limits(maxLossEvents, maxBytes);
  }

  /**
   * The refusal of a run of {@code trials} trials of {@code scenarios} that keeps {@code arrays}
   * loss arrays, if it is above a limit.
   */
  Optional<Problem> refusal(int trials, List<FairScenario> scenarios, int arrays) {
    double eventsPerTrial = 0;
    for (FairScenario s : scenarios) {
      eventsPerTrial += expectedEvents(s.frequency());
    }
    double events = trials * eventsPerTrial;
    if (events > maxLossEvents) {
      return Optional.of(Problem.ofField(FairCode.BUDGET_LOSS_EVENTS, "trials", trials,
          "must be at most " + (long) Math.floor(maxLossEvents / eventsPerTrial) + " for "
              + eventsPerTrial + " expected loss events a year: " + events
              + " expected loss events exceed the work limit of " + maxLossEvents
              + " (Limits.maxLossEvents; raise it to allow this run)"));
    }
    double bytes = 8.0 * trials * arrays;
    if (bytes > maxBytes) {
      return Optional.of(Problem.ofField(FairCode.BUDGET_MEMORY, "trials", trials,
          "must be at most " + maxBytes / (8L * arrays) + " for " + arrays
              + (arrays == 1 ? " loss array" : " loss arrays") + " of 8 bytes a trial: "
              + (long) bytes + " bytes exceed the memory limit of " + maxBytes
              + " (Limits.maxBytes; raise it to allow this run)"));
    }
    return Optional.empty();
  }

  /** The expected loss events of a year: the analytic mean, sampled rates being capped. */
  private static double expectedEvents(Frequency f) {
    return Math.min(f.meanEvents(), Frequency.MAX_RATE);
  }
}
