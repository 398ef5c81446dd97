package io.ismskit.risk.fair;

/**
 * A SplitMix64 stream (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014) with a 128-layer ziggurat Gaussian (Marsaglia and Tsang, "The Ziggurat Method for
 * Generating Random Variables", Journal of Statistical Software 5(8), 2000). The layer index and
 * the abscissa come from disjoint bits of one 64-bit output, which avoids the correlation Doornik
 * (2005) found in the original 32-bit version.
 *
 * <p>The stream is commons-rng's {@code SplitMix64}, bit for bit (checked by a test). The kernel
 * keeps this copy because it re-keys one instance in place for every loss event, where commons-rng
 * makes a generator per seed, and because its ziggurat, gamma and, through {@link Exp}, lognormal
 * draws are faster than commons-rng's samplers on such a keyed stream (FairRandomBenchmark in
 * isms-bench measures both side by side).
 *
 * <p>Not thread-safe: one instance per worker, re-seeded per trial by setting {@link #state}.
 */
final class Rng {
  static final long GOLDEN = 0x9e3779b97f4a7c15L;
  private static final double TWO_M53 = 0x1.0p-53;

  long state;

  /** The SplitMix64 finalizer (variant 13 of Stafford's mixers). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    return mix(state += GOLDEN);
  }

  /** Uniform in {@code [0, 1)} with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * TWO_M53;
  }

  /** Uniform in {@code (0, 1)}: never 0, so its logarithm is finite. */
  double nextOpen() {
    return ((nextLong() >>> 11) + 0.5) * TWO_M53;
  }

  // ---- ziggurat tables --------------------------------------------------------------------

  private static final double R = 3.442619855899;
  private static final double V = 9.91256303526217e-3;
  /** Layer acceptance bounds on |hz|: the fast path of {@link #nextGaussian}. */
  static final long[] KN = new long[128];
  /** Layer widths: the abscissa of a fast-path draw is {@code hz * WN[iz]}. */
  static final double[] WN = new double[128];
  private static final double[] FN = new double[128];

  static {
    double m1 = 2147483648.0;
    double dn = R;
    double tn = dn;
    double q = V / Math.exp(-0.5 * dn * dn);
    KN[0] = (long) ((dn / q) * m1);
    KN[1] = 0;
    WN[0] = q / m1;
    WN[127] = dn / m1;
    FN[0] = 1.0;
    FN[127] = Math.exp(-0.5 * dn * dn);
    for (int i = 126; i >= 1; i--) {
      dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
      KN[i + 1] = (long) ((dn / tn) * m1);
      tn = dn;
      FN[i] = Math.exp(-0.5 * dn * dn);
      WN[i] = dn / m1;
    }
  }

  /** A standard normal deviate. */
  double nextGaussian() {
    long r = nextLong();
    int iz = (int) r & 127;
    long hz = r >> 32;
    if (Math.abs(hz) < KN[iz]) {
      return exact(hz) * WN[iz];
    }
    return gaussianSlow(hz, iz);
  }

  /**
   * {@code (double) v} for {@code |v| < 2^31}, computed from the bits of {@code 2^52 + 2^31 + v}:
   * the same value without the integer-to-double conversion instruction, which on x86 merges into
   * its destination register and so waits for whatever last wrote it (often the previous draw's
   * {@code exp}), serialising a loop of draws.
   */
  static double exact(long v) {
    return Double.longBitsToDouble(0x4330000000000000L + 0x80000000L + v) - 0x1.00000800p52;
  }

  /**
   * The slow path of a ziggurat draw whose first word (layer {@code iz}, signed abscissa bits
   * {@code hz}) was rejected by the fast test, continuing the stream at {@code state}: exactly
   * what {@link #nextGaussian} returns after the stream produced that word. For callers that draw
   * the first word inline.
   */
  double gaussianFrom(long state, long hz, int iz) {
    this.state = state;
    return gaussianSlow(hz, iz);
  }

  private double gaussianSlow(long hz, int iz) {
    for (; ; ) {
      if (iz == 0) {
        double x;
        double y;
        do {
          x = -Math.log(nextOpen()) / R;
          y = -Math.log(nextOpen());
        } while (y + y < x * x);
        return hz > 0 ? R + x : -R - x;
      }
      double x = hz * WN[iz];
      if (FN[iz] + nextDouble() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      long r = nextLong();
      iz = (int) r & 127;
      hz = r >> 32;
      if (Math.abs(hz) < KN[iz]) {
        return hz * WN[iz];
      }
    }
  }

  /**
   * A Gamma({@code d + 1/3}) deviate for shape {@code >= 1} by Marsaglia and Tsang, "A Simple
   * Method for Generating Gamma Variables", ACM TOMS 26(3), 2000; {@code c = 1/sqrt(9d)}.
   */
  double nextGamma(double d, double c) {
    for (; ; ) {
      double x;
      double v;
      do {
        x = nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
