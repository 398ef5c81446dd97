package io.ismskit.risk.fair;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The annualized loss distribution of a Monte Carlo run: summary statistics, percentiles, the
 * probability of any loss and of exceeding given amounts, and the loss exceedance curve (LEC).
 *
 * <p>Every loss, the mean and the standard deviation are finite: a run whose losses overflow is
 * refused by {@link MonteCarlo} with a {@link FairCode#OVERFLOW} problem instead of giving a
 * result. Percentiles interpolate linearly between order statistics (definition 7 of Hyndman and
 * Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4), 1996, R's
 * default). The result holds the losses in a layout made for these queries (zeros first, positive
 * losses bucketed by their leading bits), which it owns; {@link #sortedLosses()} sorts a copy on
 * demand. Nothing in it depends on how, or on how many threads, the losses were simulated.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FairResult {
  /** The largest number of points {@link #lossExceedanceCurve(int)} computes. */
  public static final int MAX_CURVE_POINTS = 10_000;

  private final LossStore store;
  private final long seed;

  private FairResult(LossStore store, long seed) {
    this.store = store;
    this.seed = seed;
  }

  /** The result over {@code store}, or an overflow problem if its mean or spread is not finite. */
  static Either<Problem, FairResult> of(LossStore store, long seed) {
    Objects.requireNonNull(store, "store");
    if (!Double.isFinite(store.mean()) || !Double.isFinite(store.standardDeviation())) {
      return Either.left(overflow());
    }
    return Either.right(new FairResult(store, seed));
  }

  /** The problem of a run whose losses, their sum or their spread overflow a double. */
  static Problem overflow() {
    return Problem.ofField(FairCode.OVERFLOW, "losses", null,
        "the simulated annual losses, their sum or their spread overflow a double");
  }

  /**
   * The result of the given losses (finite, non-negative; copied), for tests and for losses
   * computed elsewhere.
   *
   * @throws IllegalArgumentException if {@code losses} is empty, holds a negative, infinite or
   *     NaN value, or its statistics overflow
   */
  static FairResult ofLosses(double[] losses, long seed) {
    return of(LossStore.of(losses), seed).getOrElseThrow((Problem p) -> new InvalidValueException(p));
  }

  /** The number of trials (simulated years). */
  public int trials() {
    return store.trials();
  }

  /** The seed of the run. */
  public long seed() {
    return seed;
  }

  /** The mean annualized loss. */
  public double mean() {
    return store.mean();
  }

  /** The sample standard deviation of the annualized loss (0 for a single trial). */
  public double standardDeviation() {
    return store.standardDeviation();
  }

  /** The smallest simulated annual loss. */
  public double min() {
    return store.zeros() > 0 ? 0.0 : store.minPositive();
  }

  /** The largest simulated annual loss. */
  public double max() {
    return store.max();
  }

  /**
   * The {@code p}-th percentile of the annual loss, {@code 0 <= p <= 100}.
   *
   * @throws IllegalArgumentException if {@code p} is outside {@code [0, 100]} or NaN
   */
  public double percentile(double p) {
    if (!(p >= 0 && p <= 100)) {
      throw new IllegalArgumentException("p: must be in [0, 100], was " + p);
    }
    int n = store.trials();
    double h = (n - 1) * (p / 100);
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return store.max();
    }
    double[] pair = store.orderStatistics(lo);
    double x = pair[0];
    return x + (h - lo) * (pair[1] - x);
  }

  /** The 10th percentile. */
  public double p10() {
    return percentile(10);
  }

  /** The median. */
  public double p50() {
    return percentile(50);
  }

  /** The 90th percentile. */
  public double p90() {
    return percentile(90);
  }

  /** The 95th percentile. */
  public double p95() {
    return percentile(95);
  }

  /** The 99th percentile. */
  public double p99() {
    return percentile(99);
  }

  /** The fraction of years with a loss above zero. */
  public double probabilityOfLoss() {
    return (double) (store.trials() - store.zeros()) / store.trials();
  }

  /** The fraction of years whose loss is strictly greater than {@code amount}. */
  public double probabilityOfExceeding(double amount) {
    if (Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount: must be a number, was NaN");
    }
    return (double) (store.trials() - store.atMost(amount)) / store.trials();
  }

  /**
   * The loss exceedance curve at {@code points} amounts spaced logarithmically from the smallest
   * positive loss to the largest loss (a single point at 0 if no trial had a loss).
   *
   * @param points the number of points, {@code 2..}{@value #MAX_CURVE_POINTS}
   * @throws InvalidValueException (an {@code IllegalArgumentException}) with a {@link
   *     FairCode#CURVE_POINTS} problem if {@code points} is outside that range
   */
  public List<ExceedancePoint> lossExceedanceCurve(int points) {
    if (points < 2 || points > MAX_CURVE_POINTS) {
      throw new InvalidValueException(Problem.ofField(FairCode.CURVE_POINTS, "points", points,
          "must be in 2.." + MAX_CURVE_POINTS));
    }
    if (store.zeros() == store.trials()) {
      return List.of(new ExceedancePoint(0, 0));
    }
    // in log space, so that no ratio of the extremes overflows
    double logLo = Math.log(store.minPositive());
    double logHi = Math.log(store.max());
    double step = (logHi - logLo) / (points - 1);
    double[] amounts = new double[points];
    for (int i = 0; i < points; i++) {
      amounts[i] = i == 0 ? store.minPositive() : i == points - 1 ? store.max() : Math.exp(logLo + step * i);
    }
    return lossExceedanceCurve(amounts);
  }

  /** The loss exceedance curve at the given amounts, in their order. */
  public List<ExceedancePoint> lossExceedanceCurve(double... amounts) {
    List<ExceedancePoint> out = new ArrayList<>(amounts.length);
    for (double a : amounts) {
      out.add(new ExceedancePoint(a, probabilityOfExceeding(a)));
    }
    return List.copyOf(out);
  }

  /** A copy of the trial losses, in ascending order. */
  public double[] sortedLosses() {
    return store.sorted();
  }

  @Override
  public String toString() {
    return "FairResult[trials="
        + trials()
        + ", seed="
        + seed
        + ", mean="
        + mean()
        + ", sd="
        + standardDeviation()
        + ", p50="
        + p50()
        + ", p90="
        + p90()
        + ", p99="
        + p99()
        + "]";
  }
}
