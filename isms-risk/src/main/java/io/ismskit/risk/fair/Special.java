package io.ismskit.risk.fair;

/** Special functions used by the factories, the engine and the analytic results. */
final class Special {
  private Special() {}

  private static final double[] LOG_FACTORIAL = new double[256];

  static {
    double s = 0;
    for (int k = 1; k < LOG_FACTORIAL.length; k++) {
      s += Math.log(k);
      LOG_FACTORIAL[k] = s;
    }
  }

  /** ln(k!) for {@code k >= 0}: a table below 256, Stirling's series above (error below 1e-15). */
  static double logFactorial(long k) {
    if (k < LOG_FACTORIAL.length) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k + 1.0;
    double ix = 1 / x;
    double ix2 = ix * ix;
    return (x - 0.5) * Math.log(x)
        - x
        + 0.9189385332046728 // ln(sqrt(2 pi))
        + ix * (1.0 / 12 - ix2 * (1.0 / 360 - ix2 / 1260));
  }

  /**
   * The complementary error function, by the Chebyshev fit of Press et al., Numerical Recipes
   * (2nd ed.), section 6.2, {@code erfcc}: fractional error below 1.2e-7 everywhere.
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double ans =
        t
            * Math.exp(
                -z * z
                    - 1.26551223
                    + t
                        * (1.00002368
                            + t
                                * (0.37409196
                                    + t
                                        * (0.09678418
                                            + t
                                                * (-0.18628806
                                                    + t
                                                        * (0.27886807
                                                            + t
                                                                * (-1.13520398
                                                                    + t
                                                                        * (1.48851587
                                                                            + t
                                                                                * (-0.82215223
                                                                                    + t
                                                                                        * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
  }

  /** P(Z &gt; z) for a standard normal Z. */
  static double normalSurvival(double z) {
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /**
   * The standard normal quantile by P. J. Acklam's rational approximation (relative error below
   * 1.15e-9), for {@code 0 < p < 1}.
   */
  static double inverseNormal(double p) {
    final double a1 = -3.969683028665376e+01;
    final double a2 = 2.209460984245205e+02;
    final double a3 = -2.759285104469687e+02;
    final double a4 = 1.383577518672690e+02;
    final double a5 = -3.066479806614716e+01;
    final double a6 = 2.506628277459239e+00;
    final double b1 = -5.447609879822406e+01;
    final double b2 = 1.615858368580409e+02;
    final double b3 = -1.556989798598866e+02;
    final double b4 = 6.680131188771972e+01;
    final double b5 = -1.328068155288572e+01;
    final double c1 = -7.784894002430293e-03;
    final double c2 = -3.223964580411365e-01;
    final double c3 = -2.400758277161838e+00;
    final double c4 = -2.549732539343734e+00;
    final double c5 = 4.374664141464968e+00;
    final double c6 = 2.938163982698783e+00;
    final double d1 = 7.784695709041462e-03;
    final double d2 = 3.224671290700398e-01;
    final double d3 = 2.445134137142996e+00;
    final double d4 = 3.754408661907416e+00;
    final double low = 0.02425;
    if (p < low) {
      double q = Math.sqrt(-2 * Math.log(p));
      return (((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
          / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
    }
    if (p > 1 - low) {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      return -(((((c1 * q + c2) * q + c3) * q + c4) * q + c5) * q + c6)
          / ((((d1 * q + d2) * q + d3) * q + d4) * q + 1);
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((a1 * r + a2) * r + a3) * r + a4) * r + a5) * r + a6)
        * q
        / (((((b1 * r + b2) * r + b3) * r + b4) * r + b5) * r + 1);
  }

  /** P(N &gt;= k) for N Poisson with mean {@code lambda}, summing the smaller side in log space. */
  static double poissonAtLeast(long k, double lambda) {
    if (k <= 0) {
      return 1;
    }
    if (lambda == 0) {
      return 0;
    }
    double logLambda = Math.log(lambda);
    if (k - 1 < lambda) {
      double lower = 0;
      for (long j = 0; j < k; j++) {
        lower += Math.exp(-lambda + j * logLambda - logFactorial(j));
      }
      return Math.max(0, 1 - lower);
    }
    double upper = 0;
    for (long j = k; ; j++) {
      double term = Math.exp(-lambda + j * logLambda - logFactorial(j));
      upper += term;
      if (term < upper * 1e-17 || term == 0) {
        return Math.min(1, upper);
      }
    }
  }
}
