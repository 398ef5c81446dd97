package io.ismskit.risk.fair;

/**
 * The compiled hot loop of one scenario. Each trial {@code t} has its own random streams, keyed by
 * {@code mix(base + t · GOLDEN)} where {@code base} is derived from the seed and the scenario's
 * stream id. The count of a fixed Poisson mean or Bernoulli probability is the key itself read as
 * one uniform; other frequencies draw from a stream started at the key; primary magnitudes, the
 * secondary loss events and secondary magnitudes each have a stream started at the key xor a salt.
 * So a trial's loss depends only on (seed, stream id, t): the result does not depend on how trials
 * are split among threads, and two runs of scaled scenarios use common random numbers trial by
 * trial.
 *
 * <p>Poisson counts are drawn by inversion for a mean below {@value #INVERSION_LIMIT} (a guide
 * table over the cumulative probabilities when the mean is fixed, sequential search when it is
 * drawn per trial): exact, and the count is non-decreasing in the mean for a given uniform. Larger
 * means use PTRS, the transformed rejection with squeeze of Hörmann, "The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics 12(1),
 * 1993, which is exact.
 *
 * <p>Immutable; {@link #fill} allocates only its stream objects, once per block.
 */
final class Kernel {
  static final double INVERSION_LIMIT = 30;

  private static final long MAG_SALT = 0x632be59bd9b4e019L;
  private static final long SEC_SALT = 0x8cb92ba72f3d8dd7L;
  private static final long SEC_MAG_SALT = 0x4f1bbcdcbfa53e0bL;
  private static final long STREAM_SALT = 0xd1b54a32d192ed03L;
  private static final long STREAM_OFFSET = 0x2545f4914f6cdd1dL;

  private static final int F_TABLE = 0;
  private static final int F_PTRS = 1;
  private static final int F_BERNOULLI = 2;
  private static final int F_RATE = 3;
  private static final int F_TEF = 4;

  private final int freqKind;
  private final double fixedValue;
  private final double[] cdf;
  private final int[] guide;
  private final Ptrs ptrs;
  private final Sampler rate;
  private final Sampler vulnerability;
  private final Sampler primary;
  private final boolean hasSecondary;
  private final double secondaryProbability;
  private final Sampler secondary;

  Kernel(FairScenario s) {
    Frequency f = s.frequency();
    double fv = f.rawValue();
    double[] table = new double[0];
    int[] g = new int[0];
    Ptrs p = new Ptrs(INVERSION_LIMIT);
    Sampler r = Sampler.of(s.primaryMagnitude());
    Sampler v = r;
    int k;
    switch (f.kind()) {
      case POISSON:
        if (fv < INVERSION_LIMIT) {
          k = F_TABLE;
          table = poissonCdf(fv);
          g = guideTable(table);
        } else {
          k = F_PTRS;
          p = new Ptrs(fv);
        }
        break;
      case BERNOULLI:
        k = F_BERNOULLI;
        break;
      case RATE:
        k = F_RATE;
        r = Sampler.of(f.rate().orElseThrow());
        break;
      case THREAT_EVENTS:
        k = F_TEF;
        r = Sampler.of(f.rate().orElseThrow());
        v = Sampler.of(f.vulnerability().orElseThrow());
        break;
      default:
        throw new AssertionError(f.kind());
    }
    this.freqKind = k;
    this.fixedValue = fv;
    this.cdf = table;
    this.guide = g;
    this.ptrs = p;
    this.rate = r;
    this.vulnerability = v;
    this.primary = Sampler.of(s.primaryMagnitude());
    this.hasSecondary = s.secondary().isPresent();
    this.secondaryProbability = s.secondary().map(SecondaryLoss::probability).orElse(0.0);
    this.secondary = s.secondary().map(x -> Sampler.of(x.magnitude())).orElse(primary);
  }

  /** The key base of stream {@code streamId} under {@code seed}. */
  static long base(long seed, int streamId) {
    return Rng.mix(seed ^ Rng.mix(streamId * STREAM_SALT + STREAM_OFFSET));
  }

  /** Writes the annual loss of trials {@code from..to-1} into {@code out[from..to-1]}. */
  void fill(double[] out, int from, int to, long base) {
    Rng mr = new Rng();
    Rng sr = new Rng();
    Rng smr = new Rng();
    if (freqKind == F_TABLE) {
      // the common case, specialised: the count is the trial key as one uniform, inverted
      // through a guide table
      double[] c = cdf;
      int[] g = guide;
      double m = g.length;
      for (int t = from; t < to; t++) {
        long key = Rng.mix(base + t * Rng.GOLDEN);
        double u = (key >>> 11) * 0x1.0p-53;
        int k = g[(int) (u * m)];
        while (u >= c[k]) {
          k++;
        }
        out[t] = k == 0 ? 0.0 : loss(key, k, mr, sr, smr);
      }
      return;
    }
    if (freqKind == F_BERNOULLI) {
      double p = fixedValue;
      for (int t = from; t < to; t++) {
        long key = Rng.mix(base + t * Rng.GOLDEN);
        double u = (key >>> 11) * 0x1.0p-53;
        out[t] = u < p ? loss(key, 1, mr, sr, smr) : 0.0;
      }
      return;
    }
    Rng fr = new Rng();
    for (int t = from; t < to; t++) {
      long key = Rng.mix(base + t * Rng.GOLDEN);
      fr.state = key;
      int n = events(fr);
      out[t] = n == 0 ? 0.0 : loss(key, n, mr, sr, smr);
    }
  }

  /** The loss of a year with {@code n > 0} events. */
  private double loss(long key, int n, Rng mr, Rng sr, Rng smr) {
    mr.state = key ^ MAG_SALT;
    Sampler p = primary;
    double loss = 0;
    for (int i = 0; i < n; i++) {
      loss += p.sample(mr);
    }
    if (hasSecondary) {
      sr.state = key ^ SEC_SALT;
      smr.state = key ^ SEC_MAG_SALT;
      double sp = secondaryProbability;
      Sampler q = secondary;
      for (int i = 0; i < n; i++) {
        if (sr.nextDouble() < sp) {
          loss += q.sample(smr);
        }
      }
    }
    return loss;
  }

  private int events(Rng r) {
    switch (freqKind) {
      case F_TABLE:
        {
          double u = r.nextDouble();
          double[] c = cdf;
          int k = guide[(int) (u * guide.length)];
          while (u >= c[k]) {
            k++;
          }
          return k;
        }
      case F_PTRS:
        return ptrs.sample(r);
      case F_RATE:
        return poisson(rate.sample(r), r);
      default:
        return poisson(rate.sample(r) * vulnerability.sample(r), r);
    }
  }

  /** A Poisson count with mean {@code lambda} drawn per trial. */
  static int poisson(double lambda, Rng r) {
    if (!(lambda < INVERSION_LIMIT)) {
      return ptrs(r, Math.min(lambda, Frequency.MAX_RATE));
    }
    double u = r.nextDouble();
    double p = Math.exp(-lambda);
    double cum = p;
    int k = 0;
    while (u >= cum) {
      k++;
      p *= lambda / k;
      double next = cum + p;
      if (next == cum) {
        break; // the remaining tail is below the resolution of u
      }
      cum = next;
    }
    return k;
  }

  /** P(N <= k) for k = 0..K, the last entry forced to 1 where the tail is below 2^-53. */
  static double[] poissonCdf(double lambda) {
    int max = (int) Math.ceil(lambda + 12 * Math.sqrt(lambda) + 40);
    double[] c = new double[max + 1];
    double p = Math.exp(-lambda);
    double cum = 0;
    int k = 0;
    for (; k < max; k++) {
      cum += p;
      c[k] = cum;
      p *= lambda / (k + 1);
      if (1 - cum < 0x1.0p-53 || p == 0) {
        break;
      }
    }
    c[k] = 1.0;
    return java.util.Arrays.copyOf(c, k + 1);
  }

  /**
   * guide[j] = the smallest k with cdf[k] &gt; j / m, m = 8 · cdf.length (Chen and Asau, 1974):
   * the search from guide[j] rarely takes a step.
   */
  static int[] guideTable(double[] cdf) {
    int m = Math.max(64, 8 * cdf.length);
    int[] g = new int[m];
    int k = 0;
    for (int j = 0; j < m; j++) {
      double level = (double) j / m;
      while (k < cdf.length - 1 && cdf[k] <= level) {
        k++;
      }
      g[j] = k;
    }
    return g;
  }

  /** PTRS constants for one mean (valid for a mean of at least 10). */
  static final class Ptrs {
    private final double lambda;
    private final double logLambda;
    private final double a;
    private final double b;
    private final double logInvAlpha;
    private final double vr;

    Ptrs(double lambda) {
      this.lambda = lambda;
      this.logLambda = Math.log(lambda);
      this.b = 0.931 + 2.53 * Math.sqrt(lambda);
      this.a = -0.059 + 0.02483 * b;
      this.logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
      this.vr = 0.9277 - 3.6224 / (b - 2);
    }

    int sample(Rng r) {
      return ptrs(r, lambda, logLambda, a, b, logInvAlpha, vr);
    }
  }

  /** PTRS for a mean drawn per trial: the constants are computed on the stack. */
  static int ptrs(Rng r, double lambda) {
    double b = 0.931 + 2.53 * Math.sqrt(lambda);
    return ptrs(
        r,
        lambda,
        Math.log(lambda),
        -0.059 + 0.02483 * b,
        b,
        Math.log(1.1239 + 1.1328 / (b - 3.4)),
        0.9277 - 3.6224 / (b - 2));
  }

  private static int ptrs(
      Rng r, double lambda, double logLambda, double a, double b, double logInvAlpha, double vr) {
    for (; ; ) {
      double u = r.nextDouble() - 0.5;
      double v = r.nextDouble();
      double us = 0.5 - Math.abs(u);
      long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) {
        return (int) k;
      }
      if (k < 0 || (us < 0.013 && v > us)) {
        continue;
      }
      if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b)
          <= -lambda + k * logLambda - Special.logFactorial(k)) {
        return (int) k;
      }
    }
  }
}
