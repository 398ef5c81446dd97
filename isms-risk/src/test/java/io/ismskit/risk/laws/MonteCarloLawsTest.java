package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.fair.MonteCarlo;
import io.ismskit.risk.fair.Simulation;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.BrokenLaw;
import io.ismskit.testkit.laws.FairLaws;
import io.ismskit.testkit.laws.Law;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;


/**
 * The Open FAIR Monte Carlo engine passes the generic laws of stochastic computations: simulated
 * means agree with closed forms, and a seed gives bit-identical losses on any number of threads.
 *
 * <p>The closed forms are textbook results, independent of the code under test. The annual loss
 * of a compound Poisson process, {@code S = X_1 + ... + X_N} with {@code N ~ Poisson(λ)} and i.i.d.
 * losses {@code X}, has mean {@code λ E[X]} (Wald's identity) and variance {@code λ E[X²]}; a
 * lognormal {@code X = exp(μ + σZ)} has {@code E[X^k] = exp(kμ + k²σ²/2)}. The standard error of the
 * mean of {@code n} simulated years is {@code sqrt(Var S / n)}; the tolerance is {@value #Z} of
 * them, at the largest relative standard error the generated parameters allow.
 */
class MonteCarloLawsTest {
  private static final long SEED = 42L;
  private static final int EXAMPLES = 20;
  private static final int TRIALS = 40_000;
  /** How many standard errors the simulated mean may be off. */
  private static final double Z = 4.5;
  private static final double LAMBDA_MIN = 0.5;
  private static final double LAMBDA_MAX = 10;
  private static final double SIGMA_MAX = 1.0;

  /** A compound Poisson scenario by its raw parameters, and the seed to simulate it with. */
  private record Case(double lambda, double mu, double sigma, long seed) {}

  private static Gen<Case> cases(boolean lognormal) {
    return (r, n) -> new Case(
        r.nextDouble(LAMBDA_MIN, LAMBDA_MAX),
        // constant: the loss c = exp(mu), 100 to 1,000,000; lognormal: mu of the same range
        Math.log(Math.pow(10, r.nextDouble(2, 6))),
        lognormal ? r.nextDouble(0.05, SIGMA_MAX) : 0,
        r.nextLong());
  }

  private static double simulatedMean(Case c, boolean lognormal) {
    Distribution magnitude = lognormal
        ? Distribution.lognormal(c.mu(), c.sigma()).get()
        : Distribution.constant(Math.exp(c.mu())).get();
    FairScenario s = FairScenario.of(Frequency.poisson(c.lambda()).get(), magnitude);
    return MonteCarlo.run(s, new Simulation(TRIALS, c.seed())).get().mean();
  }

  @Test
  void poissonTimesConstant_meanIsLambdaTimesC() {
    // Var S = λ c², so the relative standard error is 1 / sqrt(λ n), largest at the smallest λ.
    double relTolerance = Z / Math.sqrt(LAMBDA_MIN * TRIALS);
    List<BrokenLaw> broken = FairLaws.meanWithinTolerance(cases(false), SEED, EXAMPLES,
        c -> simulatedMean(c, false), c -> c.lambda() * Math.exp(c.mu()), relTolerance, 0);
    assertThat(broken).isEmpty();
  }

  @Test
  void poissonTimesLognormal_meanIsLambdaTimesExpMuPlusHalfSigmaSquared() {
    // Var S = λ exp(2μ + 2σ²) and E S = λ exp(μ + σ²/2): relative standard error sqrt(exp(σ²) / (λ n)).
    double relTolerance = Z * Math.sqrt(Math.exp(SIGMA_MAX * SIGMA_MAX) / (LAMBDA_MIN * TRIALS));
    List<BrokenLaw> broken = FairLaws.meanWithinTolerance(cases(true), SEED, EXAMPLES,
        c -> simulatedMean(c, true),
        c -> c.lambda() * Math.exp(c.mu() + c.sigma() * c.sigma() / 2), relTolerance, 0);
    assertThat(broken).isEmpty();
  }

  @Test
  void meanLaw_detectsAMisstatedMean() {
    // The same check against a mean 10% too high fails: the tolerance is tight enough to matter.
    double relTolerance = Z * Math.sqrt(Math.exp(SIGMA_MAX * SIGMA_MAX) / (LAMBDA_MIN * TRIALS));
    assertThat(relTolerance).isLessThan(0.1);
    List<BrokenLaw> broken = FairLaws.meanWithinTolerance(cases(true), SEED, EXAMPLES,
        c -> simulatedMean(c, true),
        c -> 1.1 * c.lambda() * Math.exp(c.mu() + c.sigma() * c.sigma() / 2), relTolerance, 0);
    assertThat(broken).hasSize(EXAMPLES).allSatisfy(b -> assertThat(b.law()).isEqualTo(Law.MEAN_WITHIN_TOLERANCE));
  }

  // ---------------------------------------------------------------------------------------------

  /** Enough trials for four parallel blocks, the last one partial. */
  private static final int PARALLEL_TRIALS = 3 * MonteCarlo.BLOCK + 1_234;

  /** The simulated losses, compared bit for bit. */
  private static final class Losses {
    private final double[] values;

    Losses(double[] values) {
      this.values = values;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Losses other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
      return values.length + " losses, hash " + Arrays.hashCode(values);
    }
  }

  private static Losses onThreads(FairScenario s, Simulation sim, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      return new Losses(MonteCarlo.annualLosses(s, sim, pool).get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void monteCarlo_givesBitIdenticalLosses_on1_2_and4Threads() {
    List<FairScenario> scenarios = MethodInputGens.fairScenarios().samples(SEED, 0, 6);
    for (int i = 0; i < scenarios.size(); i++) {
      FairScenario s = scenarios.get(i);
      Simulation sim = new Simulation(PARALLEL_TRIALS, SEED + i);
      Optional<BrokenLaw> broken = FairLaws.sameResultOnThreads(t -> onThreads(s, sim, t), 2, 4);
      assertThat(broken).as("%s", s).isEmpty();
      // ... and the same as on the calling thread alone.
      assertThat(onThreads(s, sim, 1)).isEqualTo(new Losses(MonteCarlo.annualLosses(s, sim).get()));
    }
  }

  @Test
  void threadLaw_detectsASeedThatDependsOnTheThreadCount() {
    // A random scenario (a degenerate one, such as one event a year of a constant loss, would not do).
    FairScenario s = FairScenario.of(Frequency.poisson(2).get(), Distribution.lognormal90(1_000, 50_000).get());
    Optional<BrokenLaw> broken = FairLaws.sameResultOnThreads(
        t -> onThreads(s, new Simulation(PARALLEL_TRIALS, SEED + t), t), 2, 4);
    assertThat(broken).hasValueSatisfying(b -> assertThat(b.law()).isEqualTo(Law.SAME_RESULT_ON_THREADS));
  }
}
