package io.ismskit.risk.fair;

import java.util.function.BooleanSupplier;

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
 * branch predictor cannot learn, so {@link #fill} does not branch on it. It works on chunks of
 * {@value #CHUNK} trials. Pass 1 computes the chunk's keys and, without a branch, lists the trials
 * with at least one event and those with at least two (writing each trial's index to both lists
 * and advancing each list by a comparison's 0 or 1). Pass 2 draws event 0 of every trial of the
 * first list in one tight loop and adds it to the trial's loss, then event 1 of every trial of the
 * second list, then, if any trial of the chunk has more, events 2 onwards trial by trial; pass 3
 * does the same for secondary losses. Each trial's additions thus happen in event order. A
 * lognormal primary magnitude has its own loops: one SplitMix64 word feeds the ziggurat layer and
 * abscissa ({@link Rng#nextGaussian}, its fast path inline; the draws the fast path rejects are
 * listed and finished after the loop, so that the loop holds no call) and {@link Exp#exp} the
 * exponential.
 *
 * <p><b>Counts.</b> Poisson counts are drawn by inversion for a mean below {@value
 * #INVERSION_LIMIT}: exact, and the count is non-decreasing in the mean for a given uniform. With a
 * fixed mean the count is {@code #{k : u >= F(k)}} over the cumulative probabilities {@code F}:
 * "at least one" and "at least two" are comparisons of the 53 bits of {@code u} against the
 * integer thresholds {@code ceil(F(k) · 2^53)}, and larger counts come from a guide table
 * (Chen and Asau, "On generating random variates from an empirical distribution", AIIE
 * Transactions 6(2), 1974) and a short search; when the mean is drawn per trial, by sequential
 * search. Larger means use PTRS, the transformed rejection with squeeze of Hörmann, "The
 * transformed rejection method for generating Poisson random variables", Insurance: Mathematics
 * and Economics 12(1), 1993, which is exact.
 *
 * <p><b>Stopping.</b> {@link #fill} asks its stop condition before each chunk, and before each
 * trial of more than {@value #MANY_EVENTS} loss events, so that a cancelled run stops within about
 * a million draws.
 *
 * <p>Immutable; the buffers of {@link #fill} come from a {@link Chunk} that each thread makes once.
 */
final class Kernel {
  static final double INVERSION_LIMIT = 30;

  /** The key distance between the primary streams of consecutive events of a trial. */
  static final long EVENT_STRIDE = Rng.GOLDEN << 32;

  /** The leading bits of a uniform that index the guide table. */
  static final int GUIDE_BITS = 12;

  /** The mark of a guide entry whose bucket holds more than one count. */
  static final char AMBIGUOUS = 0x8000;

  /** Trials per chunk. */
  static final int CHUNK = 1024;

  /** A trial with more loss events than this asks the stop condition before it is drawn. */
  static final int MANY_EVENTS = 1024;

  private static final long MAG_SALT = 0x632be59bd9b4e019L;
  private static final long SEC_SALT = 0x8cb92ba72f3d8dd7L;
  private static final long SEC_MAG_SALT = 0x4f1bbcdcbfa53e0bL;
  private static final long STREAM_SALT = 0xd1b54a32d192ed03L;
  private static final long STREAM_OFFSET = 0x2545f4914f6cdd1dL;

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
  private final char[] guide;
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
    char[] g = new char[0];
    Ptrs p = new Ptrs(INVERSION_LIMIT);
    Sampler r = Sampler.of(s.primaryMagnitude());
    Sampler v = r;
    int k = switch (f.kind()) {
      case POISSON -> fv < INVERSION_LIMIT ? F_TABLE : F_PTRS;
      case BERNOULLI -> F_BERNOULLI;
      case RATE -> F_RATE;
      case THREAT_EVENTS -> F_TEF;
    };
    if (k == F_TABLE) {
      th = thresholds(poissonCdf(fv));
      g = guideTable(th);
    } else if (k == F_PTRS) {
      p = new Ptrs(fv);
    } else if (k == F_RATE || k == F_TEF) {
      r = Sampler.of(f.rate().orElseThrow());
      if (k == F_TEF) {
        v = Sampler.of(f.vulnerability().orElseThrow());
      }
    }
    this.freqKind = k;
    // u < p exactly when u · 2^53 < ceil(p · 2^53), u · 2^53 being an integer
    this.bernoulliThreshold = k == F_BERNOULLI ? (long) Math.ceil(fv * ONE) : 0;
    this.thresholds = th;
    this.guide = g;
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

  /** The buffers of {@link #fill}, for one chunk at a time: one per thread. */
  static final class Chunk {
    final long[] keys = new long[CHUNK];
    final int[] counts = new int[CHUNK];
    final int[] ones = new int[CHUNK];
    final int[] twos = new int[CHUNK];
    final int[] threes = new int[CHUNK];
    final int[] slow = new int[CHUNK];
    final Rng rng = new Rng();
    int withOne;
    int withTwo;
    int withMore;
  }

  /** Buffers for {@link #fill}, for one thread. */
  static Chunk chunk() {
    return new Chunk();
  }

  /**
   * Adds the annual loss of each trial {@code t} of {@code from..to-1} into {@code out[t + shift]},
   * which must hold zeros (a fresh array): the years without events are not written. Returns
   * false, leaving the losses incomplete, as soon as {@code stop} answers true.
   */
  boolean fill(double[] out, int shift, int from, int to, long base, Chunk ch, BooleanSupplier stop) {
    for (int c = from; c < to; c += CHUNK) {
      if (stop.getAsBoolean()) {
        return false;
      }
      int o = c + shift;
      int len = Math.min(CHUNK, to - c);
      if (freqKind == F_TABLE) {
        listTable(c, len, base, ch);
      } else if (freqKind == F_BERNOULLI) {
        listBernoulli(c, len, base, ch);
      } else {
        listSampled(c, len, base, ch);
      }
      addPrimary(out, o, ch, ch.ones, ch.withOne, 0);
      addPrimary(out, o, ch, ch.twos, ch.withTwo, 1);
      if (ch.withMore > 0 && !addPrimaryRest(out, o, ch, stop)) {
        return false;
      }
      if (hasSecondary) {
        addSecondary(out, o, ch.keys, ch.ones, ch.withOne, 0, ch.rng);
        addSecondary(out, o, ch.keys, ch.twos, ch.withTwo, 1, ch.rng);
        if (ch.withMore > 0 && !addSecondaryRest(out, o, ch, stop)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- pass 1 ---------------------------------------------------------------------------------
  // Loops without calls or inner loops: a call in a loop makes the JIT spill every live value.

  /** Pass 1 for a fixed Poisson mean: the count is the key as one uniform, inverted. */
  private void listTable(int c, int len, long base, Chunk ch) {
    long[] th = thresholds;
    // x >= th[k] exactly when x - th[k] is non-negative: the sign bit of th[k] - 1 - x
    long one = th[0] - 1;
    long two = th[1] - 1;
    long three = th[2] - 1;
    long[] keys = ch.keys;
    int[] ones = ch.ones;
    int[] twos = ch.twos;
    int[] threes = ch.threes;
    long w = base + c * Rng.GOLDEN;
    int n1 = 0;
    int n2 = 0;
    int n3 = 0;
    for (int i = 0; i < len; i++) {
      long key = Rng.mix(w);
      w += Rng.GOLDEN;
      long x = key >>> 11;
      keys[i] = key;
      ones[n1] = i;
      n1 += (int) ((one - x) >>> 63);
      twos[n2] = i;
      n2 += (int) ((two - x) >>> 63);
      threes[n3] = i;
      n3 += (int) ((three - x) >>> 63);
    }
    ch.withOne = n1;
    ch.withTwo = n2;
    ch.withMore = n3;
  }

  /** Pass 1 for a Bernoulli frequency: one event when the key as a uniform is below p. */
  private void listBernoulli(int c, int len, long base, Chunk ch) {
    long threshold = bernoulliThreshold;
    long[] keys = ch.keys;
    int[] ones = ch.ones;
    long w = base + c * Rng.GOLDEN;
    int n1 = 0;
    for (int i = 0; i < len; i++) {
      long key = Rng.mix(w);
      w += Rng.GOLDEN;
      keys[i] = key;
      ones[n1] = i;
      n1 += (int) (((key >>> 11) - threshold) >>> 63);
    }
    ch.withOne = n1;
    ch.withTwo = 0;
    ch.withMore = 0;
  }

  /** Pass 1 for the other frequencies: the count is drawn from the stream at the key. */
  private void listSampled(int c, int len, long base, Chunk ch) {
    Rng fr = new Rng();
    long[] keys = ch.keys;
    int[] counts = ch.counts;
    int[] ones = ch.ones;
    int[] twos = ch.twos;
    int[] threes = ch.threes;
    int n1 = 0;
    int n2 = 0;
    int n3 = 0;
    for (int i = 0; i < len; i++) {
      long key = trialKey(base, c + i);
      fr.state = key;
      int k = events(fr);
      keys[i] = key;
      counts[i] = k;
      ones[n1] = i;
      n1 += k >= 1 ? 1 : 0;
      twos[n2] = i;
      n2 += k >= 2 ? 1 : 0;
      threes[n3] = i;
      n3 += k >= 3 ? 1 : 0;
    }
    ch.withOne = n1;
    ch.withTwo = n2;
    ch.withMore = n3;
  }

  /** The count of trial {@code i} of the chunk, known to have at least three events. */
  private int countOf(Chunk ch, int i) {
    if (freqKind != F_TABLE) {
      return ch.counts[i];
    }
    long x = ch.keys[i] >>> 11;
    int k = guide[(int) (ch.keys[i] >>> (64 - GUIDE_BITS))] & ~AMBIGUOUS;
    long[] th = thresholds;
    while (x >= th[k]) {
      k++;
    }
    return k;
  }

  // ---- pass 2 ---------------------------------------------------------------------------------

  /**
   * Adds event {@code event} (0 or 1) of each of the {@code n} trials listed in {@code list} to
   * its loss. A trial appears once in a list, so the order of the additions within a list does
   * not matter.
   */
  private void addPrimary(double[] out, int o, Chunk ch, int[] list, int n, int event) {
    long[] keys = ch.keys;
    long stride = event * EVENT_STRIDE;
    if (!lognormalPrimary) {
      Sampler p = primary;
      Rng r = ch.rng;
      for (int j = 0; j < n; j++) {
        int i = list[j];
        r.state = (keys[i] ^ MAG_SALT) + stride;
        out[o + i] += p.sample(r);
      }
      return;
    }
    // the ziggurat's fast path inline; the draws it rejects (about 1 in 80) are listed and
    // finished after the loop, so the loop holds no call
    double m = mu;
    double s = sigma;
    long[] kn = Rng.KN;
    double[] wn = Rng.WN;
    int[] slow = ch.slow;
    int ns = 0;
    for (int j = 0; j < n; j++) {
      int i = list[j];
      long w = Rng.mix((keys[i] ^ MAG_SALT) + stride + Rng.GOLDEN);
      int iz = (int) w & 127;
      long hz = w >> 32;
      if (Math.abs(hz) >= kn[iz]) {
        slow[ns++] = i;
        continue;
      }
      out[o + i] += Exp.exp(m + s * (Rng.exact(hz) * wn[iz]));
    }
    for (int j = 0; j < ns; j++) {
      int i = slow[j];
      out[o + i] += lognormal((keys[i] ^ MAG_SALT) + stride, ch.rng);
    }
  }

  /**
   * Adds events 2 onwards of each trial of the chunk that has them, trial by trial; false if
   * stopped.
   */
  private boolean addPrimaryRest(double[] out, int o, Chunk ch, BooleanSupplier stop) {
    Rng r = ch.rng;
    int[] threes = ch.threes;
    for (int j = 0; j < ch.withMore; j++) {
      int i = threes[j];
      int k = countOf(ch, i);
      if (k > MANY_EVENTS && stop.getAsBoolean()) {
        return false;
      }
      long e = ch.keys[i] ^ MAG_SALT;
      double loss = out[o + i];
      for (int v = 2; v < k; v++) {
        long state = e + v * EVENT_STRIDE;
        if (lognormalPrimary) {
          loss += lognormal(state, r);
        } else {
          r.state = state;
          loss += primary.sample(r);
        }
      }
      out[o + i] = loss;
    }
    return true;
  }

  /** The lognormal primary magnitude drawn from the stream at {@code state}, as {@link Sampler}. */
  private double lognormal(long state, Rng r) {
    r.state = state;
    return Exp.exp(mu + sigma * r.nextGaussian());
  }

  // ---- pass 3 ---------------------------------------------------------------------------------

  /** Pass 3 for event {@code event} (0 or 1) of the listed trials: maybe a secondary loss. */
  private void addSecondary(
      double[] out, int o, long[] keys, int[] list, int n, int event, Rng r) {
    long stride = event * EVENT_STRIDE;
    for (int j = 0; j < n; j++) {
      int i = list[j];
      out[o + i] += secondaryLoss((keys[i] ^ MAG_SALT) + stride, r);
    }
  }

  /** Pass 3 for events 2 onwards, trial by trial; false if stopped. */
  private boolean addSecondaryRest(double[] out, int o, Chunk ch, BooleanSupplier stop) {
    Rng r = ch.rng;
    int[] threes = ch.threes;
    for (int j = 0; j < ch.withMore; j++) {
      int i = threes[j];
      int k = countOf(ch, i);
      if (k > MANY_EVENTS && stop.getAsBoolean()) {
        return false;
      }
      long e = ch.keys[i] ^ MAG_SALT;
      double loss = out[o + i];
      for (int v = 2; v < k; v++) {
        loss += secondaryLoss(e + v * EVENT_STRIDE, r);
      }
      out[o + i] = loss;
    }
    return true;
  }

  /** The secondary loss of the event whose primary stream starts at {@code e} (maybe 0). */
  private double secondaryLoss(long e, Rng r) {
    r.state = e ^ SEC_SALT;
    if (r.nextDouble() < secondaryProbability) {
      r.state = e ^ SEC_MAG_SALT;
      return secondary.sample(r);
    }
    return 0;
  }

  /** The count of a trial whose frequency is sampled: PTRS, or a rate drawn per trial. */
  private int events(Rng r) {
    if (freqKind == F_PTRS) {
      return ptrs.sample(r);
    }
    if (freqKind == F_RATE) {
      return poisson(rate.sample(r), r);
    }
    return poisson(rate.sample(r) * vulnerability.sample(r), r);
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
   * The guide table of the thresholds (Chen and Asau, 1974) over the leading {@value
   * #GUIDE_BITS} bits of a 53-bit uniform {@code x}: entry {@code j} is the count of every {@code
   * x} in bucket {@code j} when they all have the same count, else the count at the bucket's start
   * (a lower bound) marked {@link #AMBIGUOUS}. At most one bucket per threshold is ambiguous.
   */
  static char[] guideTable(long[] th) {
    char[] g = new char[1 << GUIDE_BITS];
    int shift = 53 - GUIDE_BITS;
    int lo = 0;
    for (int j = 0; j < g.length; j++) {
      long first = (long) j << shift;
      long last = first + (1L << shift) - 1;
      while (first >= th[lo]) {
        lo++;
      }
      int hi = lo;
      while (last >= th[hi]) {
        hi++;
      }
      g[j] = (char) (hi == lo ? lo : lo | AMBIGUOUS);
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
