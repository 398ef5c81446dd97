package io.ismskit.risk.fair;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
  private final double mean;
  private final double standardDeviation;

  private FairResult(LossStore store, long seed, double mean, double standardDeviation) {
    this.store = store;
    this.seed = seed;
    this.mean = mean;
    this.standardDeviation = standardDeviation;
  }

  /** The result over {@code store}, or an overflow problem if its mean or spread is not finite. */
  static Either<Problem, FairResult> of(LossStore store, long seed) {
    Objects.requireNonNull(store, "store");
    if (!Double.isFinite(store.mean()) || !Double.isFinite(store.standardDeviation())) {
      return Either.left(overflow());
    }
    return Either.right(new FairResult(store, seed, store.mean(), store.standardDeviation()));
  }

  /** The problem of a run whose losses, their sum or their spread overflow a double. */
  static Problem overflow() {
    return Problem.ofField(FairCode.OVERFLOW, "losses", null,
        "the simulated annual losses, their sum or their spread overflow a double");
  }

  /**
   * The result of the given annual losses (copied), with the mean and standard deviation computed
   * from them in their order: for losses computed elsewhere, and for tests.
   *
   * @param losses the simulated annual losses, one per trial: at least one, each finite and not
   *     negative (a negative zero counts as zero)
   * @param seed the seed of the run that gave them
   * @throws InvalidValueException (an {@code IllegalArgumentException}) with a {@link FairCode#TRIALS}
   *     problem if {@code losses} is empty, {@link FairCode#NOT_FINITE} if one is NaN or infinite,
   *     {@link FairCode#NEGATIVE} if one is negative, {@link FairCode#OVERFLOW} if their sum or
   *     spread overflows a double; the problem's field names the first loss at fault ({@code
   *     losses[3]})
   */
  public static FairResult ofLosses(double[] losses, long seed) {
    Objects.requireNonNull(losses, "losses");
    checkLosses(losses);
    return of(store(losses), seed).getOrElseThrow((Problem p) -> new InvalidValueException(p));
  }

  /**
   * The result of a run restored as it was recorded, such as by the ismskit format: its losses
   * (copied, in any order), its seed, and the mean and standard deviation the run computed. Those
   * two are kept exactly, so that a restored result answers every query, the mean and standard
   * deviation included, to the last bit as the recorded one did (their last digits depend on the
   * order in which the run summed its losses, which the losses alone do not tell). They must agree
   * with the losses to within a relative {@value #RESTORE_TOLERANCE}.
   *
   * @param losses the simulated annual losses, as for {@link #ofLosses(double[], long)}
   * @param seed the seed of the run
   * @param mean the mean annual loss the run computed
   * @param standardDeviation the sample standard deviation the run computed
   * @throws InvalidValueException (an {@code IllegalArgumentException}) with the problems of {@link
   *     #ofLosses(double[], long)}, or a {@link FairCode#NOT_FINITE} or {@link FairCode#NEGATIVE}
   *     problem for a mean or deviation that is not a finite non-negative number, or a {@link
   *     FairCode#INCONSISTENT} problem for one that the losses do not give
   */
  public static FairResult restored(double[] losses, long seed, double mean, double standardDeviation) {
    Objects.requireNonNull(losses, "losses");
    checkLosses(losses);
    checkStatistic("mean", mean);
    checkStatistic("standardDeviation", standardDeviation);
    LossStore store = store(losses);
    FairResult computed = of(store, seed).getOrElseThrow((Problem p) -> new InvalidValueException(p));
    double m = computed.mean();
    double sd = computed.standardDeviation();
    if (Math.abs(mean - m) > RESTORE_TOLERANCE * m) {
      throw new InvalidValueException(Problem.ofField(FairCode.INCONSISTENT, "mean", mean,
          "is not the mean of the losses, " + m));
    }
    if (Math.abs(standardDeviation - sd) > RESTORE_TOLERANCE * (sd + m)) {
      throw new InvalidValueException(Problem.ofField(FairCode.INCONSISTENT, "standardDeviation", standardDeviation,
          "is not the standard deviation of the losses, " + sd));
    }
    return new FairResult(store, seed, mean, standardDeviation);
  }

  /** How far, relatively, a restored mean or standard deviation may be from what the losses give. */
  public static final double RESTORE_TOLERANCE = 1e-9;

  private static LossStore store(double[] losses) {
    LossStore store = LossStore.of(losses);
    if (store == null) {
      throw new InvalidValueException(overflow());
    }
    return store;
  }

  private static void checkLosses(double[] losses) {
    if (losses.length == 0) {
      throw new InvalidValueException(Problem.ofField(FairCode.TRIALS, "losses", null,
          "must hold at least one annual loss"));
    }
    for (int i = 0; i < losses.length; i++) {
      double v = losses[i];
      if (!Double.isFinite(v)) {
        throw new InvalidValueException(Problem.ofField(FairCode.NOT_FINITE, "losses[" + i + "]", v,
            "must be a finite annual loss"));
      }
      if (v < 0) {
        throw new InvalidValueException(Problem.ofField(FairCode.NEGATIVE, "losses[" + i + "]", v,
            "must not be negative"));
      }
    }
  }

  private static void checkStatistic(String field, double v) {
    if (!Double.isFinite(v)) {
      throw new InvalidValueException(Problem.ofField(FairCode.NOT_FINITE, field, v, "must be a finite number"));
    }
    if (v < 0) {
      throw new InvalidValueException(Problem.ofField(FairCode.NEGATIVE, field, v, "must not be negative"));
    }
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
    return mean;
  }

  /** The sample standard deviation of the annualized loss (0 for a single trial). */
  public double standardDeviation() {
    return standardDeviation;
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

  /**
   * Whether {@code o} is a result with the same seed, the same losses (as a multiset, compared bit
   * for bit) and the same mean and standard deviation (bit for bit): one that answers every query
   * the same. Compares the sorted losses, so it takes time linear in the trials and allocates two
   * copies of them.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FairResult r)) {
      return false;
    }
    return seed == r.seed
        && trials() == r.trials()
        && Double.doubleToLongBits(mean) == Double.doubleToLongBits(r.mean)
        && Double.doubleToLongBits(standardDeviation) == Double.doubleToLongBits(r.standardDeviation)
        && Double.doubleToLongBits(max()) == Double.doubleToLongBits(r.max())
        && Arrays.equals(sortedLosses(), r.sortedLosses());
  }

  /** A hash of the seed, the number of trials, the mean, the standard deviation and the largest loss. */
  @Override
  public int hashCode() {
    return Objects.hash(seed, trials(), mean, standardDeviation, max());
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
