package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The settings of a Monte Carlo run: the number of simulated years ({@code trials}), the seed and
 * the work and memory {@link Limits} the run is checked against before it starts. The same
 * scenario, trials and seed give bit-for-bit the same losses on any executor and any number of
 * threads.
 *
 * @param trials the number of simulated years, {@code 1..}{@value #MAX_TRIALS}
 * @param seed the seed of the random streams
 * @param limits the budget of the run ({@link Limits#DEFAULT} unless set)
 * @implSpec This class is immutable and thread-safe.
 */
public record Simulation(int trials, long seed, Limits limits) {

  /** The largest accepted number of trials. */
  public static final int MAX_TRIALS = 100_000_000;

  /** Refuses trials outside {@code 1..MAX_TRIALS} (use {@link #of} for a typed error). */
  public Simulation {
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException(
          "Simulation.trials: must be in 1.." + MAX_TRIALS + ", was " + trials);
    }
    Objects.requireNonNull(limits, "limits");
  }

  /** The settings with the {@link Limits#DEFAULT default limits}. */
  public Simulation(int trials, long seed) {
    this(trials, seed, Limits.DEFAULT);
  }

  /**
   * The settings with the default limits, or an error naming {@code trials} when it is not in
   * {@code 1..MAX_TRIALS}.
   */
  public static Either<Problem, Simulation> of(long trials, long seed) {
    if (trials < 1 || trials > MAX_TRIALS) {
      return Either.left(
          Problem.ofField(FairCode.TRIALS, "trials", trials, "must be in 1.." + MAX_TRIALS));
    }
    return Either.right(new Simulation((int) trials, seed));
  }

  /** These settings with {@code limits}. */
  public Simulation withLimits(Limits limits) {
    return new Simulation(trials, seed, limits);
  }
}
