package io.ismskit.risk.fair;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The trial losses of one {@link FairResult}, laid out for its queries: the store that result owns.
 *
 * <p><b>Layout.</b> The losses are held in runs, one array each, of any lengths. Each run is
 * prepared on its own, as soon as its losses are known and on the thread that knows them: its
 * zero-loss years move to the front, and its positive losses are distributed behind them into
 * buckets by the leading bits of their IEEE 754 representation above the run's smallest positive
 * loss (a bucket sort's scatter: for positive doubles the raw bits order like the values, so every
 * loss in a bucket is below every loss in the next), with about {@value #PER_BUCKET} losses a
 * bucket; a bucket is sorted only if it holds more than {@value #SCAN} losses. Nothing larger than
 * a run is allocated, and the layout, like every statistic below, depends only on the runs, not on
 * which thread prepared them.
 *
 * <p><b>Statistics.</b> Each run contributes its sum and its sum of squared deviations from its
 * own mean (two passes); the mean is the sum of the run sums over the trials, and the runs' sums of
 * squares are combined in run order by the pairwise update of Chan, Golub and LeVeque, "Updating
 * formulae and a pairwise algorithm for computing sample variances", COMPSTAT 1982 (the two-pass
 * formula when there is a single run).
 *
 * <p><b>Queries.</b> The number of losses at most {@code x} is, per run, the zeros, the bucket
 * offset of {@code x} and a count within its bucket (a scan, or a binary search in a sorted large
 * bucket). The {@code r}-th order statistic is the smallest value {@code v} with more than {@code
 * r} losses at most {@code v}, found by bisecting the bit patterns of non-negative doubles (at most
 * 64 counting steps) down to a few candidates, which are sorted.
 *
 * <p>Built by a {@link Builder}, whose runs may be prepared concurrently; immutable once built.
 */
final class LossStore {
  /** The run length {@link #of(double[])} cuts a plain array into. */
  static final int RUN = 16_384;

  /** The mean number of positive losses per bucket. */
  static final int PER_BUCKET = 8;

  /** Buckets up to this size are scanned by queries; larger ones are sorted when prepared. */
  static final int SCAN = 64;

  private final double[][] runs;
  private final int[] zeros;
  private final double[] sums;
  private final double[] m2;
  private final long[] minBits;
  private final long[] maxBits;
  private final int[] shift;
  private final int[][] bucketStart;
  private final int trials;
  private final int zeroCount;
  private final double mean;
  private final double sd;
  private final double minPositive;
  private final double max;

  private LossStore(Builder b) {
    this.runs = b.runs;
    this.zeros = b.zeros;
    this.sums = b.sums;
    this.m2 = b.m2;
    this.minBits = b.minBits;
    this.maxBits = b.maxBits;
    this.shift = b.shift;
    this.bucketStart = b.bucketStart;
    int n = 0;
    int z = 0;
    double sum = 0;
    double count = 0;
    double runningMean = 0;
    double ss = 0;
    long lo = Long.MAX_VALUE;
    long hi = 0;
    for (int r = 0; r < runs.length; r++) {
      int nr = runs[r].length;
      n += nr;
      z += zeros[r];
      sum += sums[r];
      double mr = sums[r] / nr;
      if (r == 0) {
        runningMean = mr;
        ss = m2[r];
      } else {
        double total = count + nr;
        double d = mr - runningMean;
        runningMean += d * (nr / total);
        ss += m2[r] + d * d * (count * nr / total);
      }
      count += nr;
      if (zeros[r] < nr) {
        lo = Math.min(lo, minBits[r]);
        hi = Math.max(hi, maxBits[r]);
      }
    }
    this.trials = n;
    this.zeroCount = z;
    this.mean = sum / n;
    this.sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    this.minPositive = z < n ? Double.longBitsToDouble(lo) : Double.NaN;
    this.max = Double.longBitsToDouble(hi);
  }

  /**
   * The store of {@code losses} (finite and non-negative), cut into runs of {@value #RUN}; the
   * array is copied. Null if the sum or the spread of a run overflows a double.
   *
   * @throws IllegalArgumentException if {@code losses} is empty or holds a negative, infinite or
   *     NaN value
   */
  static @Nullable LossStore of(double[] losses) {
    Objects.requireNonNull(losses, "losses");
    if (losses.length == 0) {
      throw new IllegalArgumentException("losses: must not be empty");
    }
    for (double v : losses) {
      if (!(v >= 0 && v < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException("losses: must be finite and non-negative, was " + v);
      }
    }
    int count = (losses.length + RUN - 1) / RUN;
    Builder b = new Builder(count);
    for (int r = 0; r < count; r++) {
      if (!b.prepare(r, Arrays.copyOfRange(losses, r * RUN, Math.min(losses.length, r * RUN + RUN)))) {
        return null;
      }
    }
    return b.build();
  }

  /**
   * Gathers the runs of one store. Runs are prepared into disjoint slots, so they may be prepared
   * concurrently; {@link #build} reads them after all are prepared (the caller publishes them, for
   * example by joining the threads that prepared them).
   */
  static final class Builder {
    final double[][] runs;
    final int[] zeros;
    final double[] sums;
    final double[] m2;
    final long[] minBits;
    final long[] maxBits;
    final int[] shift;
    final int[][] bucketStart;

    /** Room for {@code count} runs. */
    Builder(int count) {
      this.runs = new double[count][];
      this.zeros = new int[count];
      this.sums = new double[count];
      this.m2 = new double[count];
      this.minBits = new long[count];
      this.maxBits = new long[count];
      this.shift = new int[count];
      this.bucketStart = new int[count][];
    }

    /**
     * Takes {@code losses} (non-empty, non-negative, not owned by anyone else) as run {@code r}
     * and lays it out in place. Returns false, leaving the run unprepared, when a loss is infinite
     * or NaN or the run's sum or sum of squares overflows.
     */
    boolean prepare(int r, double[] losses) {
      int n = losses.length;
      // the positive losses to the front, in order and without a branch (a zero of either sign
      // counts as zero and is rewritten as +0.0); then their extremes and sum
      int p = 0;
      for (int i = 0; i < n; i++) {
        double v = losses[i];
        losses[p] = v;
        long twice = Double.doubleToRawLongBits(v) << 1;
        p += (int) ((twice | -twice) >>> 63);
      }
      int m = p;
      int z = n - p;
      long lo = Long.MAX_VALUE;
      long hi = 0;
      double sum = 0;
      for (int i = 0; i < p; i++) {
        double v = losses[i];
        long bits = Double.doubleToRawLongBits(v);
        lo = Math.min(lo, bits);
        hi = Math.max(hi, bits);
        sum += v;
      }
      // NaN or infinity (of either sign) makes the sum NaN or infinite; so does an overflow
      if (!Double.isFinite(sum)) {
        return false;
      }
      double mean = sum / n;
      double ss = (double) z * mean * mean;
      int s = 0;
      int[] start = new int[] {0, m};
      if (m > 0) {
        long span = hi - lo;
        int buckets = Math.max(1, m / PER_BUCKET);
        while ((span >>> s) >= buckets) {
          s++;
        }
        start = new int[(int) (span >>> s) + 2];
        for (int i = 0; i < p; i++) {
          start[(int) ((Double.doubleToRawLongBits(losses[i]) - lo) >>> s) + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
          start[k] += start[k - 1];
        }
        double[] tmp = new double[m];
        int[] next = Arrays.copyOf(start, start.length - 1);
        for (int i = 0; i < p; i++) {
          double v = losses[i];
          tmp[next[(int) ((Double.doubleToRawLongBits(v) - lo) >>> s)]++] = v;
          double d = v - mean;
          ss += d * d;
        }
        if (!Double.isFinite(ss)) {
          return false;
        }
        for (int k = 0; k + 1 < start.length; k++) {
          if (start[k + 1] - start[k] > SCAN) {
            Arrays.sort(tmp, start[k], start[k + 1]);
          }
        }
        System.arraycopy(tmp, 0, losses, n - m, m);
      }
      Arrays.fill(losses, 0, n - m, 0.0);
      runs[r] = losses;
      zeros[r] = z;
      sums[r] = sum;
      m2[r] = ss;
      minBits[r] = lo;
      maxBits[r] = hi;
      shift[r] = s;
      bucketStart[r] = start;
      return true;
    }

    /** The store of the prepared runs (every run must have been prepared). */
    LossStore build() {
      for (int r = 0; r < runs.length; r++) {
        if (runs[r] == null) {
          throw new IllegalStateException("run " + r + " was not prepared");
        }
      }
      return new LossStore(this);
    }
  }

  // ---- statistics -------------------------------------------------------------------------

  int trials() {
    return trials;
  }

  int zeros() {
    return zeroCount;
  }

  /** The mean loss; infinite if the sum of the losses overflows. */
  double mean() {
    return mean;
  }

  /** The sample standard deviation (0 for one trial); infinite or NaN if it overflows. */
  double standardDeviation() {
    return sd;
  }

  /** The smallest positive loss, NaN if every loss is 0. */
  double minPositive() {
    return minPositive;
  }

  double max() {
    return max;
  }

  // ---- queries ----------------------------------------------------------------------------

  /** The number of losses at most {@code x}. */
  long atMost(double x) {
    if (!(x >= 0)) {
      return 0;
    }
    long count = zeroCount;
    for (int r = 0; r < runs.length; r++) {
      count += positivesAtMost(r, x);
    }
    return count;
  }

  /** The number of positive losses of run {@code r} at most {@code x >= 0}. */
  private int positivesAtMost(int r, double x) {
    int[] start = bucketStart[r];
    int m = start[start.length - 1];
    long bits = Double.doubleToRawLongBits(x);
    if (m == 0 || bits < minBits[r]) {
      return 0;
    }
    if (bits >= maxBits[r]) {
      return m;
    }
    double[] run = runs[r];
    int k = (int) ((bits - minBits[r]) >>> shift[r]);
    int base = run.length - m;
    int s = base + start[k];
    int e = base + start[k + 1];
    int below = start[k];
    if (e - s > SCAN) {
      // a sorted bucket: the first loss above x
      int lo = s;
      int hi = e;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (run[mid] <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return below + lo - s;
    }
    int c = 0;
    for (int i = s; i < e; i++) {
      c += run[i] <= x ? 1 : 0;
    }
    return below + c;
  }

  /**
   * The {@code r}-th and {@code (r+1)}-th smallest losses, counting from 0, for {@code r <
   * trials - 1}.
   */
  double[] orderStatistics(long r) {
    if (r + 1 < zeroCount) {
      return new double[] {0.0, 0.0};
    }
    if (r < zeroCount) {
      return new double[] {0.0, minPositive};
    }
    // the r-th loss has its bits in (low, high]: at most r losses are at most low, more than r
    // are at most high; bisect until few losses lie in between, then sort those
    long low = Double.doubleToRawLongBits(minPositive) - 1;
    long high = Double.doubleToRawLongBits(max);
    long atMostLow = zeroCount;
    long atMostHigh = trials;
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
    int k = 0;
    for (int r = 0; r < runs.length; r++) {
      int[] start = bucketStart[r];
      double[] run = runs[r];
      int base = run.length - start[start.length - 1];
      for (int i = base + start[bucket(r, low)], e = base + start[bucket(r, high) + 1]; i < e; i++) {
        double v = run[i];
        if (v > low && v <= high) {
          c[k++] = v;
        }
      }
    }
    return c;
  }

  /** The smallest loss above {@code x >= 0}; {@code x} must be below the largest loss. */
  private double nextAbove(double x) {
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < runs.length; r++) {
      int[] start = bucketStart[r];
      double[] run = runs[r];
      int base = run.length - start[start.length - 1];
      // the run's buckets from x's on, up to the first that holds a loss above x
      for (int k = bucket(r, x); k + 1 < start.length; k++) {
        double found = Double.POSITIVE_INFINITY;
        for (int i = base + start[k]; i < base + start[k + 1]; i++) {
          double v = run[i];
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

  /** The bucket of run {@code r} that would hold {@code x >= 0} (clamped to the run's buckets). */
  private int bucket(int r, double x) {
    int last = bucketStart[r].length - 2;
    long bits = Double.doubleToRawLongBits(x);
    if (last < 0 || bits <= minBits[r]) {
      return 0;
    }
    if (bits >= maxBits[r]) {
      return last;
    }
    return (int) Math.min(last, (bits - minBits[r]) >>> shift[r]);
  }

  /** A copy of every loss, in ascending order. */
  double[] sorted() {
    double[] all = new double[trials];
    int at = 0;
    for (double[] run : runs) {
      System.arraycopy(run, 0, all, at, run.length);
      at += run.length;
    }
    Arrays.sort(all);
    return all;
  }
}
