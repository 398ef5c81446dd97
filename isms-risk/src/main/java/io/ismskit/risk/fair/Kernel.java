package io.ismskit.risk.fair;

/**
 * The compiled hot loop of one scenario.
 *
 * <p><b>Stream layout.</b> Trial {@code t} has the key {@code K = mix(base + t · GOLDEN)}, where
 * {@code base} is derived from the seed and the scenario's stream id and {@code mix} is the
 * SplitMix64 finalizer. The count of a fixed Poisson mean or Bernoulli probability is the key
 * itself read as one uniform ({@code u = (K >>> 11) · 2^-53}); other frequencies draw from the
 * SplitMix64 stream started at {@code K}. Event {@code i} of the trial has its own streams: the
 * primary magnitude is drawn from the stream started at {@code E = (K xor MAG_SALT) + i · 2^32 ·
 * GOLDEN} (the segment of one Weyl sequence that begins {@code i · 2^32} steps after {@code K xor
 * MAG_SALT}, so the segments of one trial never overlap), whether the event has a secondary loss
 * from the stream at {@code E xor SEC_SALT} and the secondary magnitude from the stream at {@code E
 * xor SEC_MAG_SALT}. A year's loss is the sum, in event order, of its primary magnitudes followed
 * by its secondary magnitudes. So a trial's loss depends only on (seed, stream id, t): the result
 * does not depend on how trials are split among threads, and two runs of scaled scenarios use
 * common random numbers trial by trial and event by event.
 *
 * <p><b>Passes.</b> With a mean of 0.5 events a year whether a year has a loss is a coin flip the
 * branch predictor cannot learn, so {@link #fill} does not branch on it. Pass 1 walks the trials,
 * computes each count and appends one entry per event (its stream key and
 * trial index) to a small event list, writing two entries unconditionally and advancing by the
 * count. When the list is full, pass 2 draws the primary magnitude of every listed event in one
 * tight loop (a lognormal has its own loop: one SplitMix64 word feeds the ziggurat layer and
 * abscissa, then {@code exp}) and adds it to its trial; pass 3 does the same for secondary losses.
 * Events of one trial are listed together and in order, so the additions happen in event order.
 *
 * <p><b>Counts.</b> Poisson counts are drawn by inversion for a mean below {@value
 * #INVERSION_LIMIT}: exact, and the count is non-decreasing in the mean for a given uniform. With a
 * fixed mean the count is {@code #{k : u >= F(k)}} over the cumulative probabilities {@code F},
 * found from a guide table (Chen and Asau, "On generating random variates from an empirical
 * distribution", AIIE Transactions 6(2), 1974) and two branch-free comparisons of the 53 bits of
 * {@code u} against the integer thresholds {@code ceil(F(k) · 2^53)}; when the mean is drawn per
 * trial, by sequential search. Larger means use PTRS, the transformed rejection with squeeze of
 * Hörmann, "The transformed rejection method for generating Poisson random variables", Insurance:
 * Mathematics and Economics 12(1), 1993, which is exact.
 *
 * <p>Immutable; {@link #fill} allocates only its event list and stream objects, once per call.
 */
final class Kernel {
  static final double INVERSION_LIMIT = 30;

  /** The key distance between the primary streams of consecutive events of a trial. */
  static final long EVENT_STRIDE = Rng.GOLDEN << 32;

  private static final long MAG_SALT = 0x632be59bd9b4e019L;
  private static final long SEC_SALT = 0x8cb92ba72f3d8dd7L;
  private static final long SEC_MAG_SALT = 0x4f1bbcdcbfa53e0bL;
  private static final long STREAM_SALT = 0xd1b54a32d192ed03L;
  private static final long STREAM_OFFSET = 0x2545f4914f6cdd1dL;

  /** Events listed before the magnitude passes run. */
  private static final int EVENT_LIST = 2048;

  /** {@code u · 2^53} for {@code u = 1}: no 53-bit uniform reaches it. */
  private static final long ONE = 1L << 53;

  private static final int F_TABLE = 0;
  private static final int F_PTRS = 1;
  private static final int F_BERNOULLI = 2;
  private static final int F_RATE = 3;
  private static final int F_TEF = 4;

  private final int freqKind;
  private final long bernoulliThreshold;
  private final long[] thresholds;
  private final int[] guide;
  private final int guideShift;
  private final Ptrs ptrs;
  private final Sampler rate;
  private final Sampler vulnerability;
  private final Sampler primary;
  private final boolean lognormalPrimary;
  private final double mu;
  private final double sigma;
  private final boolean hasSecondary;
  private final double secondaryProbability;
  private final Sampler secondary;

  Kernel(FairScenario s) {
    Frequency f = s.frequency();
    double fv = f.rawValue();
    long[] th = new long[] {ONE, ONE, ONE};
    int[] g = new int[] {0};
    int gs = 53;
    Ptrs p = new Ptrs(INVERSION_LIMIT);
    Sampler r = Sampler.of(s.primaryMagnitude());
    Sampler v = r;
    int k;
    switch (f.kind()) {
      case POISSON:
        if (fv < INVERSION_LIMIT) {
          k = F_TABLE;
          double[] cdf = poissonCdf(fv);
          th = thresholds(cdf);
          g = guideTable(cdf);
          gs = 53 - Integer.numberOfTrailingZeros(g.length);
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
    // u < p exactly when u · 2^53 < ceil(p · 2^53), u · 2^53 being an integer
    this.bernoulliThreshold = k == F_BERNOULLI ? (long) Math.ceil(fv * ONE) : 0;
    this.thresholds = th;
    this.guide = g;
    this.guideShift = gs;
    this.ptrs = p;
    this.rate = r;
    this.vulnerability = v;
    this.primary = Sampler.of(s.primaryMagnitude());
    this.lognormalPrimary = primary.isLognormal();
    this.mu = primary.mu();
    this.sigma = primary.sigma();
    this.hasSecondary = s.secondary().isPresent();
    this.secondaryProbability = s.secondary().map(SecondaryLoss::probability).orElse(0.0);
    this.secondary = s.secondary().map(x -> Sampler.of(x.magnitude())).orElse(primary);
  }

  /** The key base of stream {@code streamId} under {@code seed}. */
  static long base(long seed, int streamId) {
    return Rng.mix(seed ^ Rng.mix(streamId * STREAM_SALT + STREAM_OFFSET));
  }

  /** The key of trial {@code t}. */
  static long trialKey(long base, int t) {
    return Rng.mix(base + t * Rng.GOLDEN);
  }

  /**
   * Adds the annual loss of trials {@code from..to-1} into {@code out[from..to-1]}, which must
   * hold zeros (a fresh array): the years without events are not written.
   */
  void fill(double[] out, int from, int to, long base) {
    Events ev = new Events();
    if (freqKind == F_TABLE) {
      fillTable(out, from, to, base, ev);
    } else if (freqKind == F_BERNOULLI) {
      fillBernoulli(out, from, to, base, ev);
    } else {
      fillSampled(out, from, to, base, ev);
    }
    flush(out, ev);
  }

  /** Pass 1 for a fixed Poisson mean: the count is the key as one uniform, inverted. */
  private void fillTable(double[] out, int from, int to, long base, Events ev) {
    long[] th = thresholds;
    if (th.length > 4 && th[3] >= ONE - (ONE >>> 7)) {
      fillSmallMean(out, from, to, base, ev);
      return;
    }
    int[] g = guide;
    int gs = guideShift;
    for (int t = from; t < to; t++) {
      long key = trialKey(base, t);
      long x = key >>> 11;
      // guide[j] is a lower bound of the count; thresholds are non-decreasing, so each
      // comparison that holds is one step of the sequential search, taken without a branch
      int k0 = g[(int) (x >>> gs)];
      int k = k0 + step(x, th[k0]) + step(x, th[k0 + 1]);
      if (x >= th[k0 + 2]) {
        k = searchFrom(x, k0 + 2);
      }
      append(ev, out, key, t, k);
    }
  }

  /**
   * Pass 1 for a small fixed Poisson mean (fewer than 4 events in all but 1/128 of the years):
   * four branch-free comparisons against thresholds held in registers, a search beyond.
   */
  private void fillSmallMean(double[] out, int from, int to, long base, Events ev) {
    long t0 = thresholds[0];
    long t1 = thresholds[1];
    long t2 = thresholds[2];
    long t3 = thresholds[3];
    long t4 = thresholds[4];
    for (int t = from; t < to; t++) {
      long key = trialKey(base, t);
      long x = key >>> 11;
      int k = step(x, t0) + step(x, t1) + step(x, t2) + step(x, t3);
      if (x >= t4) {
        k = searchFrom(x, 4);
      }
      append(ev, out, key, t, k);
    }
  }

  /** 1 if {@code x >= threshold}, else 0, without a branch (both below 2^62). */
  private static int step(long x, long threshold) {
    return (int) ((threshold - 1 - x) >>> 63);
  }

  /** Pass 1 for a Bernoulli frequency: one event when the key as a uniform is below p. */
  private void fillBernoulli(double[] out, int from, int to, long base, Events ev) {
    long threshold = bernoulliThreshold;
    for (int t = from; t < to; t++) {
      long key = trialKey(base, t);
      int k = (int) (((key >>> 11) - threshold) >>> 63);
      append(ev, out, key, t, k);
    }
  }

  /** Pass 1 for the other frequencies: the count is drawn from the stream at the key. */
  private void fillSampled(double[] out, int from, int to, long base, Events ev) {
    Rng fr = new Rng();
    for (int t = from; t < to; t++) {
      long key = trialKey(base, t);
      fr.state = key;
      int k = events(fr);
      append(ev, out, key, t, k);
    }
  }

  /** The count for a uniform {@code x · 2^-53} at or beyond index {@code k}: sequential search. */
  private int searchFrom(long x, int k) {
    long[] th = thresholds;
    while (x >= th[k]) {
      k++;
    }
    return k;
  }

  /**
   * Lists the {@code k} events of trial {@code t}: two entries are written whatever {@code k} (the
   * list keeps room for them) and the length advances by {@code k}, so a year without events
   * costs no branch.
   */
  private void append(Events ev, double[] out, long key, int t, int k) {
    int n = ev.size;
    if (n + k + 2 > ev.keys.length) {
      flush(out, ev);
      n = 0;
      if (k + 2 > ev.keys.length) {
        ev.grow(k + 2);
      }
    }
    long[] keys = ev.keys;
    int[] trials = ev.trials;
    long e = key ^ MAG_SALT;
    keys[n] = e;
    keys[n + 1] = e + EVENT_STRIDE;
    trials[n] = t;
    trials[n + 1] = t;
    for (int i = 2; i < k; i++) {
      keys[n + i] = e + i * EVENT_STRIDE;
      trials[n + i] = t;
    }
    ev.size = n + k;
  }

  /** Passes 2 and 3 over the listed events; empties the list. */
  private void flush(double[] out, Events ev) {
    int n = ev.size;
    if (n == 0) {
      return;
    }
    if (lognormalPrimary) {
      addLognormal(out, ev.keys, ev.trials, n, ev.rng);
    } else {
      Sampler p = primary;
      Rng r = ev.rng;
      long[] keys = ev.keys;
      int[] trials = ev.trials;
      for (int j = 0; j < n; j++) {
        r.state = keys[j];
        out[trials[j]] += p.sample(r);
      }
    }
    if (hasSecondary) {
      addSecondary(out, ev.keys, ev.trials, n, ev.rng);
    }
    ev.size = 0;
  }

  /**
   * Pass 2 for a lognormal primary magnitude: {@code exp(mu + sigma · Z)} with {@code Z} the
   * ziggurat draw of {@link Rng#nextGaussian} from the event's stream, its fast path inline.
   */
  private void addLognormal(double[] out, long[] keys, int[] trials, int n, Rng slow) {
    double m = mu;
    double s = sigma;
    long[] kn = Rng.KN;
    double[] wn = Rng.WN;
    for (int j = 0; j < n; j++) {
      long state = keys[j] + Rng.GOLDEN;
      long w = Rng.mix(state);
      int iz = (int) w & 127;
      long hz = w >> 32;
      double z = Math.abs(hz) < kn[iz] ? exact(hz) * wn[iz] : slow.gaussianFrom(state, hz, iz);
      out[trials[j]] += Math.exp(m + s * z);
    }
  }

  /**
   * {@code (double) v} for {@code |v| < 2^31}, computed from the bits of {@code 2^52 + 2^31 + v}:
   * the same value without the int-to-double conversion instruction, which on x86 merges into
   * its destination register and so waits for whatever last wrote it (here the previous {@code
   * exp}), serialising the loop.
   */
  static double exact(long v) {
    return Double.longBitsToDouble(0x4330000000000000L + 0x80000000L + v) - 0x1.00000800p52;
  }

  /** Pass 3: each event has a secondary loss with the secondary loss event probability. */
  private void addSecondary(double[] out, long[] keys, int[] trials, int n, Rng r) {
    double sp = secondaryProbability;
    Sampler q = secondary;
    for (int j = 0; j < n; j++) {
      long e = keys[j];
      r.state = e ^ SEC_SALT;
      if (r.nextDouble() < sp) {
        r.state = e ^ SEC_MAG_SALT;
        out[trials[j]] += q.sample(r);
      }
    }
  }

  /** The event list of one {@link #fill} call: per event its primary stream key and trial. */
  private static final class Events {
    long[] keys = new long[EVENT_LIST];
    int[] trials = new int[EVENT_LIST];
    int size;
    final Rng rng = new Rng();

    void grow(int capacity) {
      keys = new long[capacity];
      trials = new int[capacity];
    }
  }

  /** The count of a trial whose frequency is sampled: PTRS, or a rate drawn per trial. */
  private int events(Rng r) {
    switch (freqKind) {
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
   * {@code ceil(cdf[k] · 2^53)} for each k, followed by two copies of {@code 2^53}: a 53-bit
   * uniform {@code u = x · 2^-53} has {@code u >= cdf[k]} exactly when {@code x >=
   * thresholds[k]}.
   */
  static long[] thresholds(double[] cdf) {
    long[] t = new long[cdf.length + 2];
    for (int k = 0; k < cdf.length; k++) {
      t[k] = (long) Math.ceil(cdf[k] * ONE);
    }
    t[cdf.length] = ONE;
    t[cdf.length + 1] = ONE;
    return t;
  }

  /**
   * guide[j] = the smallest k with cdf[k] &gt; j / m, m the smallest power of two at least 8 ·
   * cdf.length and 256 (Chen and Asau, 1974): the search from guide[j] rarely takes more than a
   * step, and a uniform's bucket is its leading bits.
   */
  static int[] guideTable(double[] cdf) {
    int m = Math.max(256, Integer.highestOneBit(8 * cdf.length - 1) << 1);
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
