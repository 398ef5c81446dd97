package io.ismskit.risk.fair;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The annualized loss distribution of a Monte Carlo run: summary statistics, percentiles, the
 * probability of any loss and of exceeding given amounts, and the loss exceedance curve (LEC).
 *
 * <p><b>Layout.</b> The trial losses stay in the one array the simulation filled, cut into runs of
 * {@value #RUN} trials (the simulation's blocks). Each run is prepared on its own, right after its
 * block is simulated and on the same thread: its zero-loss years move to the front, and its
 * positive losses are distributed behind them into buckets by the leading bits of their IEEE 754
 * representation above the run's smallest positive loss (a bucket sort's scatter: for positive
 * doubles the raw bits order like the values, so every loss in a bucket is below every loss in the
 * next), with about {@value #PER_BUCKET} losses a bucket; a bucket is sorted only if it holds more
 * than {@value #SCAN} losses. Nothing larger than a run is allocated, and the layout, like every
 * statistic below, does not depend on the number of threads.
 *
 * <p><b>Statistics.</b> Each run contributes its sum and its sum of squared deviations from its
 * own mean (two passes); the mean is the sum of the run sums over the trials, and the runs' sums
 * of squares are combined in run order by the pairwise update of Chan, Golub and LeVeque,
 * "Updating formulae and a pairwise algorithm for computing sample variances", COMPSTAT 1982
 * (the two-pass formula when there is a single run).
 *
 * <p><b>Queries.</b> The number of losses at most {@code x} is, per run, the zeros, the bucket
 * offset of {@code x} and a count within its bucket (a scan, or a binary search in a sorted large
 * bucket): this gives exceedance probabilities and the LEC. A percentile interpolates linearly
 * between order statistics (definition 7 of Hyndman and Fan, "Sample Quantiles in Statistical
 * Packages", The American Statistician 50(4), 1996); the {@code r}-th order statistic is the
 * smallest value {@code v} with more than {@code r} losses at most {@code v}, found by bisecting
 * the bit patterns of non-negative doubles (at most 64 counting steps). {@link #sortedLosses()}
 * sorts a copy on demand.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FairResult {
  /** The trials per run: the simulation's block. */
  static final int RUN = MonteCarlo.BLOCK;

  /** The mean number of positive losses per bucket. */
  static final int PER_BUCKET = 8;

  /** Buckets up to this size are scanned by queries; larger ones are sorted when prepared. */
  static final int SCAN = 64;

  private final double[] losses;
  private final Runs runs;
  private final long seed;
  private final double mean;
  private final double sd;
  private final int zeros;
  private final double minPositive;
  private final double max;

  /** Takes ownership of {@code losses} (reordered in place). */
  FairResult(double[] losses, long seed) {
    this(prepared(losses), losses, seed);
  }

  /**
   * Takes ownership of {@code losses}, every run of which {@link #prepareRun} has prepared into
   * {@code runs}.
   */
  FairResult(Runs runs, double[] losses, long seed) {
    Objects.requireNonNull(losses, "losses");
    Objects.requireNonNull(runs, "runs");
    int n = losses.length;
    if (n == 0) {
      throw new IllegalArgumentException("losses: must not be empty");
    }
    this.losses = losses;
    this.runs = runs;
    this.seed = seed;
    int z = 0;
    double sum = 0;
    double count = 0;
    double runningMean = 0;
    double m2 = 0;
    long minBits = Long.MAX_VALUE;
    long maxBits = 0;
    for (int b = 0; b < runs.count(); b++) {
      int nb = runs.length(b, n);
      z += runs.zeros[b];
      sum += runs.sum[b];
      double mb = runs.sum[b] / nb;
      if (b == 0) {
        runningMean = mb;
        m2 = runs.m2[b];
      } else {
        double total = count + nb;
        double d = mb - runningMean;
        runningMean += d * (nb / total);
        m2 += runs.m2[b] + d * d * (count * nb / total);
      }
      count += nb;
      if (runs.zeros[b] < nb) {
        minBits = Math.min(minBits, runs.minBits[b]);
        maxBits = Math.max(maxBits, runs.maxBits[b]);
      }
    }
    this.zeros = z;
    this.mean = sum / n;
    this.sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
    this.minPositive = z < n ? Double.longBitsToDouble(minBits) : Double.NaN;
    this.max = Double.longBitsToDouble(maxBits);
  }

  // ---- preparation -------------------------------------------------------------------------

  /**
   * What {@link #prepareRun} records about each run of a loss array. Runs are prepared into
   * disjoint slots, so they may be prepared concurrently; the slots are read only after all runs
   * are prepared (the caller publishes them, for example by joining the tasks).
   */
  static final class Runs {
    final int[] zeros;
    final double[] sum;
    final double[] m2;
    final long[] minBits;
    final long[] maxBits;
    final int[] shift;
    final int[][] bucketStart;

    /** Room for the runs of {@code trials} losses. */
    Runs(int trials) {
      int runs = (trials + RUN - 1) / RUN;
      this.zeros = new int[runs];
      this.sum = new double[runs];
      this.m2 = new double[runs];
      this.minBits = new long[runs];
      this.maxBits = new long[runs];
      this.shift = new int[runs];
      this.bucketStart = new int[runs][];
    }

    int count() {
      return zeros.length;
    }

    /** The number of trials in run {@code b} of {@code n}. */
    int length(int b, int n) {
      return Math.min(n - b * RUN, RUN);
    }
  }

  private static Runs prepared(double[] losses) {
    Objects.requireNonNull(losses, "losses");
    Runs runs = new Runs(losses.length);
    for (int b = 0; b < runs.count(); b++) {
      int from = b * RUN;
      prepareRun(losses, from, from + runs.length(b, losses.length), b, runs);
    }
    return runs;
  }

  /**
   * Lays out run {@code b}, held in {@code losses[from..to-1]} (non-negative, not NaN), in place
   * as described in the class documentation and records its statistics and buckets in {@code
   * runs}. The range is where the run lies in the final array, or a buffer the run is copied from
   * into its place afterwards.
   */
  static void prepareRun(double[] losses, int from, int to, int b, Runs runs) {
    // the positive losses to the front, in order and without a branch; then their extremes and
    // sum (a zero of either sign counts as zero and is rewritten as +0.0)
    int p = from;
    for (int i = from; i < to; i++) {
      double v = losses[i];
      losses[p] = v;
      long twice = Double.doubleToRawLongBits(v) << 1;
      p += (int) ((twice | -twice) >>> 63);
    }
    int m = p - from;
    int z = to - p;
    long minBits = Long.MAX_VALUE;
    long maxBits = 0;
    double sum = 0;
    for (int i = from; i < p; i++) {
      double v = losses[i];
      long bits = Double.doubleToRawLongBits(v);
      minBits = Math.min(minBits, bits);
      maxBits = Math.max(maxBits, bits);
      sum += v;
    }
    double mean = sum / (to - from);
    double ss = (double) z * mean * mean;
    int shift = 0;
    int[] start = new int[] {0, m};
    if (m > 0) {
      long span = maxBits - minBits;
      int buckets = Math.max(1, m / PER_BUCKET);
      while ((span >>> shift) >= buckets) {
        shift++;
      }
      start = new int[(int) (span >>> shift) + 2];
      for (int i = from; i < p; i++) {
        start[(int) ((Double.doubleToRawLongBits(losses[i]) - minBits) >>> shift) + 1]++;
      }
      for (int k = 1; k < start.length; k++) {
        start[k] += start[k - 1];
      }
      double[] tmp = new double[m];
      int[] next = Arrays.copyOf(start, start.length - 1);
      for (int i = from; i < p; i++) {
        double v = losses[i];
        tmp[next[(int) ((Double.doubleToRawLongBits(v) - minBits) >>> shift)]++] = v;
        double d = v - mean;
        ss += d * d;
      }
      for (int k = 0; k + 1 < start.length; k++) {
        if (start[k + 1] - start[k] > SCAN) {
          Arrays.sort(tmp, start[k], start[k + 1]);
        }
      }
      System.arraycopy(tmp, 0, losses, to - m, m);
    }
    Arrays.fill(losses, from, to - m, 0.0);
    runs.zeros[b] = z;
    runs.sum[b] = sum;
    runs.m2[b] = ss;
    runs.minBits[b] = minBits;
    runs.maxBits[b] = maxBits;
    runs.shift[b] = shift;
    runs.bucketStart[b] = start;
  }

  // ---- queries ------------------------------------------------------------------------------

  /** The number of trials (simulated years). */
  public int trials() {
    return losses.length;
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
    return zeros > 0 ? 0.0 : minPositive;
  }

  /** The largest simulated annual loss. */
  public double max() {
    return max;
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
    int n = losses.length;
    double h = (n - 1) * (p / 100);
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return max;
    }
    double[] pair = orderStatistics(lo);
    double x = pair[0];
    return x + (h - lo) * (pair[1] - x);
  }

  /** The {@code r}-th and {@code (r+1)}-th smallest losses, counting from 0, {@code r < n - 1}. */
  private double[] orderStatistics(long r) {
    if (r + 1 < zeros) {
      return new double[] {0.0, 0.0};
    }
    if (r < zeros) {
      return new double[] {0.0, minPositive};
    }
    // the r-th loss has its bits in (low, high]: at most r losses are at most low, more than r
    // are at most high; bisect until few losses lie in between, then sort those
    long low = Double.doubleToRawLongBits(minPositive) - 1;
    long high = Double.doubleToRawLongBits(max);
    long atMostLow = zeros;
    long atMostHigh = losses.length;
    while (atMostHigh - atMostLow > SCAN && high - low > 1) {
      long mid = low + ((high - low) >>> 1);
      long c = atMost(Double.longBitsToDouble(mid));
      if (c > r) {
        high = mid;
        atMostHigh = c;
      } else {
        low = mid;
        atMostLow = c;
      }
    }
    double hi = Double.longBitsToDouble(high);
    if (high - low <= 1) {
      return new double[] {hi, r + 1 < atMostHigh ? hi : nextAbove(hi)};
    }
    double[] c = between(Double.longBitsToDouble(low), hi, (int) (atMostHigh - atMostLow));
    Arrays.sort(c);
    int i = (int) (r - atMostLow);
    return new double[] {c[i], i + 1 < c.length ? c[i + 1] : nextAbove(hi)};
  }

  /** The {@code count} positive losses in {@code (low, high]}, in no particular order. */
  private double[] between(double low, double high, int count) {
    double[] c = new double[count];
    int n = losses.length;
    int k = 0;
    for (int b = 0; b < runs.count(); b++) {
      int[] start = runs.bucketStart[b];
      int m = start[start.length - 1];
      int base = b * RUN + runs.length(b, n) - m;
      for (int i = base + start[bucket(b, low)], e = base + start[bucket(b, high) + 1]; i < e; i++) {
        double v = losses[i];
        if (v > low && v <= high) {
          c[k++] = v;
        }
      }
    }
    return c;
  }

  /** The smallest loss above {@code x >= 0}; {@code x} must be below the largest loss. */
  private double nextAbove(double x) {
    int n = losses.length;
    double best = Double.POSITIVE_INFINITY;
    for (int b = 0; b < runs.count(); b++) {
      int[] start = runs.bucketStart[b];
      int m = start[start.length - 1];
      int base = b * RUN + runs.length(b, n) - m;
      // the run's buckets from x's on, up to the first that holds a loss above x
      for (int k = bucket(b, x); k + 1 < start.length; k++) {
        double found = Double.POSITIVE_INFINITY;
        for (int i = base + start[k]; i < base + start[k + 1]; i++) {
          double v = losses[i];
          if (v > x && v < found) {
            found = v;
          }
        }
        if (found < Double.POSITIVE_INFINITY) {
          best = Math.min(best, found);
          break;
        }
      }
    }
    return best;
  }

  /** The bucket of run {@code b} that would hold {@code x >= 0} (clamped to the run's buckets). */
  private int bucket(int b, double x) {
    int last = runs.bucketStart[b].length - 2;
    long bits = Double.doubleToRawLongBits(x);
    if (last < 0 || bits <= runs.minBits[b]) {
      return 0;
    }
    if (bits >= runs.maxBits[b]) {
      return last;
    }
    return (int) Math.min(last, (bits - runs.minBits[b]) >>> runs.shift[b]);
  }

  /** The number of losses at most {@code x}. */
  private long atMost(double x) {
    if (!(x >= 0)) {
      return 0;
    }
    int n = losses.length;
    long count = zeros;
    for (int b = 0; b < runs.count(); b++) {
      count += positivesAtMost(b, n, x);
    }
    return count;
  }

  /** The number of positive losses of run {@code b} at most {@code x >= 0}. */
  private int positivesAtMost(int b, int n, double x) {
    int[] start = runs.bucketStart[b];
    int m = start[start.length - 1];
    long bits = Double.doubleToRawLongBits(x);
    if (m == 0 || bits < runs.minBits[b]) {
      return 0;
    }
    if (bits >= runs.maxBits[b]) {
      return m;
    }
    int k = (int) ((bits - runs.minBits[b]) >>> runs.shift[b]);
    int base = b * RUN + runs.length(b, n) - m;
    int s = base + start[k];
    int e = base + start[k + 1];
    int below = start[k];
    if (e - s > SCAN) {
      // a sorted bucket: the first loss above x
      int lo = s;
      int hi = e;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (losses[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return below + lo - s;
    }
    int c = 0;
    for (int i = s; i < e; i++) {
      c += losses[i] <= x ? 1 : 0;
    }
    return below + c;
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
    return (double) (losses.length - zeros) / losses.length;
  }

  /** The fraction of years whose loss is strictly greater than {@code amount}. */
  public double probabilityOfExceeding(double amount) {
    if (Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount: must be a number, was NaN");
    }
    return (double) (losses.length - atMost(amount)) / losses.length;
  }

  /**
   * The loss exceedance curve at {@code points >= 2} amounts spaced logarithmically from the
   * smallest positive loss to the largest loss (a single point at 0 if no trial had a loss).
   */
  public List<ExceedancePoint> lossExceedanceCurve(int points) {
    if (points < 2) {
      throw new IllegalArgumentException("points: must be at least 2, was " + points);
    }
    if (zeros == losses.length) {
      return List.of(new ExceedancePoint(0, 0));
    }
    double lo = minPositive;
    double hi = max;
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
    double[] copy = losses.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Override
  public String toString() {
    return "FairResult[trials="
        + losses.length
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
