package io.ismskit.risk.fair;

/**
 * The exponential function for the lognormal draws of the hot loop: the table-driven method of
 * Tang, "Table-driven implementation of the exponential function in IEEE floating-point
 * arithmetic", ACM Transactions on Mathematical Software 15(2), 1989, with a table of {@value #N}
 * values {@code 2^(j/N)} and a degree-4 Taylor polynomial. For {@code |y| < }{@value #FAST} the
 * result is within 2 ulps of the correctly rounded {@code e^y}; beyond, it is {@link
 * StrictMath#exp}.
 *
 * <p>Written in plain double arithmetic (the table is computed with {@link StrictMath}), so it gives
 * the same bits on every JVM and platform, unlike {@link Math#exp}, whose intrinsic may differ by
 * an ulp between platforms; and the JIT inlines it, where {@link Math#exp} is a call that spills
 * the loop's registers.
 */
final class Exp {
  private Exp() {}

  /** The table size: {@code |r| <= ln 2 / (2N)}, so the polynomial's error is below 2^-54. */
  static final int N = 256;

  /** Arguments at or beyond this magnitude use {@link StrictMath#exp}. */
  static final double FAST = 708;

  private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
  // ln 2 / N in two parts (the split of fdlibm's e_exp.c, divided by N): the high part has 32
  // significant bits, so its product with k (below 2^19) is exact
  private static final double LN2_N_HI = 0x1.62e42feep-1 / N;
  private static final double LN2_N_LO = 0x1.a39ef35793c76p-33 / N;
  // adding 1.5 · 2^52 rounds to an integer, which the low bits of the sum then hold
  private static final double SHIFT = 0x1.8p52;
  private static final long SHIFT_BITS = Double.doubleToRawLongBits(SHIFT);
  private static final long[] TWO_J_N = new long[N];

  static {
    for (int j = 0; j < N; j++) {
      TWO_J_N[j] = Double.doubleToRawLongBits(StrictMath.pow(2, (double) j / N));
    }
  }

  /** {@code e^y}. */
  static double exp(double y) {
    if (!(Math.abs(y) < FAST)) {
      return StrictMath.exp(y);
    }
    // y = (k / N) ln 2 + r, k = round(y N / ln 2), |r| <= ln 2 / (2N); e^y = 2^(k/N) e^r
    double t = y * INV_LN2_N + SHIFT;
    long k = Double.doubleToRawLongBits(t) - SHIFT_BITS;
    double kd = t - SHIFT;
    double r = (y - kd * LN2_N_HI) - kd * LN2_N_LO;
    // 2^(k/N) = 2^(k >> 8) 2^((k & 255) / N), the power of two added to the exponent field
    double s = Double.longBitsToDouble(TWO_J_N[(int) k & (N - 1)] + ((k >> 8) << 52));
    double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24)));
    return s + s * p;
  }
}
