package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;

/**
 * The settings of a Monte Carlo run: the number of simulated years ({@code trials}) and the seed.
 * The same scenario, trials and seed give bit-for-bit the same losses on any number of threads.
 *
 * @param trials the number of simulated years, {@code 1..}{@value #MAX_TRIALS}
 * @param seed the seed of the random streams
 * @implSpec This class is immutable and thread-safe.
 */
public record Simulation(int trials, long seed) {

  /** The largest accepted number of trials. */
  public static final int MAX_TRIALS = 100_000_000;

  /** Refuses trials outside {@code 1..MAX_TRIALS} (use {@link #of} for a typed error). */
  public Simulation {
    if (trials < 1 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException(
          "Simulation.trials: must be in 1.." + MAX_TRIALS + ", was " + trials);
    }
  }

  /** The settings, or an error naming {@code trials} when it is not in {@code 1..MAX_TRIALS}. */
  public static Either<Problem, Simulation> of(long trials, long seed) {
    if (trials < 1 || trials > MAX_TRIALS) {
      return Either.left(
          Problem.ofField(FairCode.TRIALS, "trials", trials, "must be in 1.." + MAX_TRIALS));
    }
    return Either.right(new Simulation((int) trials, seed));
  }
}
