package io.ismskit.risk.fair;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.KempSmallMeanPoissonSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The FAIR kernel's own random numbers against commons-rng's, side by side in one run: nanoseconds
 * per draw over 4,096 draws.
 *
 * <p>{@code keyed_*} is how the kernel draws: every loss event has its own stream, keyed by the
 * trial and the event (so results do not depend on threads and scaled scenarios use common random
 * numbers), and draws one value or a few from it. Ours re-seeds a SplitMix64 state in place;
 * commons-rng is measured both with a source keyed the same way ({@code Keyed}, a {@link
 * UniformRandomProvider} over the same SplitMix64 stream, its samplers made once per thread) and
 * with a new commons {@link SplitMix64} per event. {@code seq_*} is a generator's plain
 * throughput, for reference. {@code exp_*} is the exponential of the lognormal draws.
 *
 * <p>In package {@code io.ismskit.risk.fair} to reach the kernel's package-private generator and
 * samplers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
@OperationsPerInvocation(FairRandomBenchmark.N)
public class FairRandomBenchmark {
  static final int N = 4096;

  /** A commons-rng source over the kernel's keyed SplitMix64 stream: set {@link #state}, draw. */
  static final class Keyed implements UniformRandomProvider {
    long state;

    @Override
    public long nextLong() {
      return Rng.mix(state += Rng.GOLDEN);
    }
  }

  final long[] keys = new long[N];
  final double[] args = new double[N];
  final double[] means = new double[N];
  final Rng rng = new Rng();
  final Keyed keyed = new Keyed();
  final ContinuousSampler zigguratKeyed = ZigguratSampler.NormalizedGaussian.of(keyed);
  final ContinuousSampler lognormalKeyed =
      LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(keyed), MU, SIGMA);
  final DiscreteSampler kempKeyed = KempSmallMeanPoissonSampler.of(keyed, 0.5);
  final DiscreteSampler poissonSmallKeyed = PoissonSampler.of(keyed, 0.5);
  final DiscreteSampler mtwKeyed = MarsagliaTsangWangDiscreteSampler.Poisson.of(keyed, 0.5);
  final DiscreteSampler poissonLargeKeyed = PoissonSampler.of(keyed, 1000);
  final Kernel.Ptrs ptrs = new Kernel.Ptrs(1000);
  final long[] smallThresholds = Kernel.thresholds(Kernel.poissonCdf(0.5));
  final Distribution pert = Distribution.pert(1_000, 5_000, 50_000).get();
  final Sampler pertOurs = Sampler.of(pert);
  final ContinuousSampler chengKeyed = ChengBetaSampler.of(keyed, pert.alpha(), pert.beta());
  final Rng seqOurs = new Rng();
  final UniformRandomProvider seqSplitMix = new SplitMix64(42L);
  final UniformRandomProvider seqXo = new XoRoShiRo128PlusPlus(42L, Rng.mix(42L));
  final ContinuousSampler seqZigguratXo = ZigguratSampler.NormalizedGaussian.of(seqXo);

  /** lognormal90(10,000, 500,000), the benchmark scenario's magnitude. */
  static final double MU = (Math.log(10_000) + Math.log(500_000)) / 2;

  static final double SIGMA = (Math.log(500_000) - Math.log(10_000)) / (2 * Distribution.Z95);

  {
    SplittableRandom r = new SplittableRandom(42);
    for (int i = 0; i < N; i++) {
      keys[i] = r.nextLong();
      args[i] = MU + SIGMA * r.nextGaussian();
      means[i] = 30 + 2000 * r.nextDouble();
    }
  }

  // ---- keyed uniforms -----------------------------------------------------------------------

  @Benchmark
  public double keyed_uniform_ours() {
    double s = 0;
    for (long k : keys) {
      rng.state = k;
      s += rng.nextDouble();
    }
    return s;
  }

  @Benchmark
  public double keyed_uniform_commonsSplitMix64PerEvent() {
    double s = 0;
    for (long k : keys) {
      s += new SplitMix64(k).nextDouble();
    }
    return s;
  }

  @Benchmark
  public double keyed_uniform_commonsXoRoShiRo128ppPerEvent() {
    double s = 0;
    for (long k : keys) {
      s += new XoRoShiRo128PlusPlus(Rng.mix(k), Rng.mix(k + Rng.GOLDEN)).nextDouble();
    }
    return s;
  }

  // ---- keyed normals and lognormals ---------------------------------------------------------

  @Benchmark
  public double keyed_gaussian_oursZiggurat() {
    double s = 0;
    for (long k : keys) {
      rng.state = k;
      s += rng.nextGaussian();
    }
    return s;
  }

  @Benchmark
  public double keyed_gaussian_commonsZiggurat() {
    double s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += zigguratKeyed.sample();
    }
    return s;
  }

  /** The kernel's lognormal magnitude: our ziggurat and our exp. */
  @Benchmark
  public double keyed_lognormal_ours() {
    double s = 0;
    for (long k : keys) {
      rng.state = k;
      s += Exp.exp(MU + SIGMA * rng.nextGaussian());
    }
    return s;
  }

  @Benchmark
  public double keyed_lognormal_oursZigguratMathExp() {
    double s = 0;
    for (long k : keys) {
      rng.state = k;
      s += Math.exp(MU + SIGMA * rng.nextGaussian());
    }
    return s;
  }

  @Benchmark
  public double keyed_lognormal_commonsLogNormalSampler() {
    double s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += lognormalKeyed.sample();
    }
    return s;
  }

  @Benchmark
  public double keyed_lognormal_commonsPerEvent() {
    double s = 0;
    for (long k : keys) {
      s += LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(new SplitMix64(k)), MU, SIGMA).sample();
    }
    return s;
  }

  // ---- keyed Poisson counts -----------------------------------------------------------------

  /** The kernel's count for a fixed small mean: the key as one uniform against the thresholds. */
  @Benchmark
  public long keyed_poissonHalf_oursInversion() {
    long s = 0;
    long[] th = smallThresholds;
    for (long k : keys) {
      long x = Rng.mix(k) >>> 11;
      int c = 0;
      while (x >= th[c]) {
        c++;
      }
      s += c;
    }
    return s;
  }

  @Benchmark
  public long keyed_poissonHalf_commonsKemp() {
    long s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += kempKeyed.sample();
    }
    return s;
  }

  @Benchmark
  public long keyed_poissonHalf_commonsPoissonSampler() {
    long s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += poissonSmallKeyed.sample();
    }
    return s;
  }

  @Benchmark
  public long keyed_poissonHalf_commonsMarsagliaTsangWang() {
    long s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += mtwKeyed.sample();
    }
    return s;
  }

  @Benchmark
  public long keyed_poisson1000_oursPtrs() {
    long s = 0;
    for (long k : keys) {
      rng.state = k;
      s += ptrs.sample(rng);
    }
    return s;
  }

  @Benchmark
  public long keyed_poisson1000_commonsPoissonSampler() {
    long s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += poissonLargeKeyed.sample();
    }
    return s;
  }

  /** A Poisson count whose mean is drawn per trial (a rate frequency), 30 to 2,030. */
  @Benchmark
  public long keyed_poissonDrawnMean_oursPtrs() {
    long s = 0;
    for (int i = 0; i < N; i++) {
      rng.state = keys[i];
      s += Kernel.poisson(means[i], rng);
    }
    return s;
  }

  @Benchmark
  public long keyed_poissonDrawnMean_commonsPoissonSampler() {
    long s = 0;
    for (int i = 0; i < N; i++) {
      keyed.state = keys[i];
      s += PoissonSampler.of(keyed, means[i]).sample();
    }
    return s;
  }

  // ---- keyed PERT ---------------------------------------------------------------------------

  @Benchmark
  public double keyed_pert_oursTwoGammas() {
    double s = 0;
    for (long k : keys) {
      rng.state = k;
      s += pertOurs.sample(rng);
    }
    return s;
  }

  @Benchmark
  public double keyed_pert_commonsChengBeta() {
    double s = 0;
    for (long k : keys) {
      keyed.state = k;
      s += 1_000 + 49_000 * chengKeyed.sample();
    }
    return s;
  }

  // ---- sequential generators ----------------------------------------------------------------

  @Benchmark
  public double seq_uniform_oursSplitMix64() {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += seqOurs.nextDouble();
    }
    return s;
  }

  @Benchmark
  public double seq_uniform_commonsSplitMix64() {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += seqSplitMix.nextDouble();
    }
    return s;
  }

  @Benchmark
  public double seq_uniform_commonsXoRoShiRo128pp() {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += seqXo.nextDouble();
    }
    return s;
  }

  @Benchmark
  public double seq_gaussian_oursZiggurat() {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += seqOurs.nextGaussian();
    }
    return s;
  }

  @Benchmark
  public double seq_gaussian_commonsZigguratXoRoShiRo128pp() {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += seqZigguratXo.sample();
    }
    return s;
  }

  // ---- exp ----------------------------------------------------------------------------------

  @Benchmark
  public double exp_ours() {
    double s = 0;
    for (double a : args) {
      s += Exp.exp(a);
    }
    return s;
  }

  @Benchmark
  public double exp_Math() {
    double s = 0;
    for (double a : args) {
      s += Math.exp(a);
    }
    return s;
  }

  @Benchmark
  public double exp_StrictMath() {
    double s = 0;
    for (double a : args) {
      s += StrictMath.exp(a);
    }
    return s;
  }
}
