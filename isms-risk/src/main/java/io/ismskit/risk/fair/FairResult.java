package io.ismskit.risk.fair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The annualized loss distribution of a Monte Carlo run: summary statistics, percentiles, the
 * probability of any loss and of exceeding given amounts, and the loss exceedance curve (LEC).
 *
 * <p>The trial losses are kept sorted (sorted once at construction: the zero-loss years are set
 * aside, the others distributed into buckets by the leading bits of their IEEE 754 representation,
 * which orders positive doubles, and each bucket sorted); percentiles interpolate linearly between order statistics (definition 7 of Hyndman
 * and Fan, "Sample Quantiles in Statistical Packages", The American Statistician 50(4), 1996), and
 * exceedance probabilities are counts found by binary search.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FairResult {
  private final double[] sorted;
  private final long seed;
  private final double mean;
  private final double sd;
  private final int zeros;

  /** Takes ownership of {@code losses} (reordered in place). */
  FairResult(double[] losses, long seed) {
    Objects.requireNonNull(losses, "losses");
    if (losses.length == 0) {
      throw new IllegalArgumentException("losses: must not be empty");
    }
    int n = losses.length;
    // branch-free compaction of the positive losses to the front, then sort them and move them
    // behind the zeros
    int p = 0;
    for (int i = 0; i < n; i++) {
      double v = losses[i];
      losses[p] = v;
      p += v != 0 ? 1 : 0;
    }
    sortPositive(losses, 0, p);
    int j = n - p;
    System.arraycopy(losses, 0, losses, j, p);
    Arrays.fill(losses, 0, j, 0.0);
    this.zeros = j;
    this.sorted = losses;
    this.seed = seed;
    double sum = 0;
    for (int i = j; i < n; i++) {
      sum += losses[i];
    }
    double m = sum / n;
    double ss = (double) j * m * m;
    for (int i = j; i < n; i++) {
      double d = losses[i] - m;
      ss += d * d;
    }
    this.mean = m;
    this.sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  }

  /**
   * Sorts the positive finite values {@code a[from..to)}: one counting pass over the leading bits
   * of their raw representation (monotone in the value for positive doubles), one scatter, then
   * each small bucket sorted. Linear in practice; falls back to {@link Arrays#sort} when small.
   */
  static void sortPositive(double[] a, int from, int to) {
    int m = to - from;
    if (m < 1 << 14) {
      Arrays.sort(a, from, to);
      return;
    }
    long minBits = Long.MAX_VALUE;
    long maxBits = Long.MIN_VALUE;
    for (int i = from; i < to; i++) {
      long b = Double.doubleToRawLongBits(a[i]);
      minBits = Math.min(minBits, b);
      maxBits = Math.max(maxBits, b);
    }
    long span = maxBits - minBits;
    int maxBuckets = Math.max(1, m >>> 2);
    int shift = 0;
    while ((span >>> shift) >= maxBuckets) {
      shift++;
    }
    int buckets = (int) (span >>> shift) + 1;
    int[] start = new int[buckets + 1];
    for (int i = from; i < to; i++) {
      start[(int) ((Double.doubleToRawLongBits(a[i]) - minBits) >>> shift) + 1]++;
    }
    for (int k = 0; k < buckets; k++) {
      start[k + 1] += start[k];
    }
    double[] tmp = new double[m];
    int[] next = start.clone();
    for (int i = from; i < to; i++) {
      double v = a[i];
      tmp[next[(int) ((Double.doubleToRawLongBits(v) - minBits) >>> shift)]++] = v;
    }
    for (int k = 0; k < buckets; k++) {
      int s = start[k];
      int e = start[k + 1];
      if (e - s > 32) {
        Arrays.sort(tmp, s, e);
      } else {
        for (int i = s + 1; i < e; i++) {
          double v = tmp[i];
          int j = i - 1;
          while (j >= s && tmp[j] > v) {
            tmp[j + 1] = tmp[j];
            j--;
          }
          tmp[j + 1] = v;
        }
      }
    }
    System.arraycopy(tmp, 0, a, from, m);
  }

  /** The number of trials (simulated years). */
  public int trials() {
    return sorted.length;
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
    return sd;
  }

  /** The smallest simulated annual loss. */
  public double min() {
    return sorted[0];
  }

  /** The largest simulated annual loss. */
  public double max() {
    return sorted[sorted.length - 1];
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
    double h = (sorted.length - 1) * (p / 100);
    int lo = (int) Math.floor(h);
    if (lo >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    double x = sorted[lo];
    return x + (h - lo) * (sorted[lo + 1] - x);
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
    return (double) (sorted.length - zeros) / sorted.length;
  }

  /** The fraction of years whose loss is strictly greater than {@code amount}. */
  public double probabilityOfExceeding(double amount) {
    if (Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount: must be a number, was NaN");
    }
    return (double) (sorted.length - upperBound(amount)) / sorted.length;
  }

  /** The index of the first loss strictly greater than {@code x}. */
  private int upperBound(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The loss exceedance curve at {@code points >= 2} amounts spaced logarithmically from the
   * smallest positive loss to the largest loss (a single point at 0 if no trial had a loss).
   */
  public List<ExceedancePoint> lossExceedanceCurve(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("points: must be at least 2, was " + points);
    }
    if (zeros == sorted.length) {
      return List.of(new ExceedancePoint(0, 0));
    }
    double lo = sorted[zeros];
    double hi = sorted[sorted.length - 1];
    double[] amounts = new double[points];
    double step = Math.log(hi / lo) / (points - 1);
    for (int i = 0; i < points; i++) {
      amounts[i] = i == points - 1 ? hi : lo * Math.exp(step * i);
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
    return sorted.clone();
  }

  @Override
  public String toString() {
    return "FairResult[trials="
        + sorted.length
        + ", seed="
        + seed
        + ", mean="
        + mean
        + ", sd="
        + sd
        + ", p50="
        + p50()
        + ", p90="
        + p90()
        + ", p99="
        + p99()
        + "]";
  }
}
