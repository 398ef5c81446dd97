package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

  private static Distribution constant(double v) {
    return Distribution.constant(v).get();
  }

  private static Simulation sim(int trials, long seed) {
    return Simulation.of(trials, seed).get();
  }

  /** Asserts |mean - expected| within 5 standard errors of the simulated mean. */
  private static void assertMeanNear(FairResult r, double expected) {
    double se = r.standardDeviation() / Math.sqrt(r.trials());
    assertThat(r.mean()).as("%s vs analytic %s", r, expected).isCloseTo(expected, offset(5 * se + 1e-9));
  }

  // ---- event counts ---------------------------------------------------------------------------

  /** Poisson(λ): mean λ and variance λ (NIST/SEMATECH e-Handbook 1.3.6.6.19). */
  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.7, 4, 12, 29.5, 30, 45, 1000})
  void poissonCounts_haveMeanAndVarianceLambda(double lambda) {
    FairResult r =
        MonteCarlo.run(FairScenario.of(Frequency.poisson(lambda).get(), constant(1)), sim(400_000, 7)).get();
    assertMeanNear(r, lambda);
    double var = r.standardDeviation() * r.standardDeviation();
    // SE of a sample variance of a Poisson: sqrt((μ4 - σ⁴)/n), μ4 = λ(1 + 3λ)
    double seVar = Math.sqrt((lambda * (1 + 3 * lambda) - lambda * lambda) / r.trials());
    assertThat(var).isCloseTo(lambda, offset(5 * seVar));
  }

  @Test
  void poissonCounts_haveTheExactProbabilityOfZero() {
    // P(N = 0) = exp(-λ)
    double lambda = 0.7;
    FairResult r =
        MonteCarlo.run(FairScenario.of(Frequency.poisson(lambda).get(), constant(1)), sim(400_000, 8)).get();
    double p0 = Math.exp(-lambda);
    assertThat(1 - r.probabilityOfLoss())
        .isCloseTo(p0, offset(5 * Math.sqrt(p0 * (1 - p0) / r.trials())));
  }

  /** A rate drawn per trial: the same Poisson laws through the per-trial samplers. */
  @ParameterizedTest
  @ValueSource(doubles = {0.3, 8, 29, 60})
  void poissonRateCounts_haveMeanAndVarianceLambda(double lambda) {
    FairResult r =
        MonteCarlo.run(
            FairScenario.of(Frequency.poissonRate(constant(lambda)), constant(1)), sim(300_000, 9)).get();
    assertMeanNear(r, lambda);
    double var = r.standardDeviation() * r.standardDeviation();
    double seVar = Math.sqrt((lambda * (1 + 3 * lambda) - lambda * lambda) / r.trials());
    assertThat(var).isCloseTo(lambda, offset(5 * seVar));
  }

  @Test
  void bernoulliCounts_haveMeanPAndVariancePq() {
    double p = 0.3;
    FairResult r =
        MonteCarlo.run(FairScenario.of(Frequency.bernoulli(p).get(), constant(1)), sim(300_000, 10)).get();
    assertMeanNear(r, p);
    assertThat(r.standardDeviation() * r.standardDeviation()).isCloseTo(p * (1 - p), offset(0.005));
    assertThat(r.max()).isEqualTo(1.0);
  }

  // ---- FAIR means -----------------------------------------------------------------------------

  @Test
  void poissonTimesConstant_meanIsLambdaC() {
    FairScenario s = FairScenario.of(Frequency.poisson(0.5).get(), constant(20_000));
    assertMeanNear(MonteCarlo.run(s, sim(200_000, 11)).get(), 0.5 * 20_000);
    assertThat(Analytics.mean(s)).isEqualTo(10_000);
  }

  @Test
  void poissonTimesLognormal_meanIsLambdaExpMuPlusHalfSigmaSquared() {
    // Wald: E[L] = λ · exp(mu + σ²/2)
    double mu = Math.log(50_000);
    double sigma = 0.8;
    FairScenario s =
        FairScenario.of(Frequency.poisson(2).get(), Distribution.lognormal(mu, sigma).get());
    double expected = 2 * Math.exp(mu + sigma * sigma / 2);
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 12)).get(), expected);
    assertThat(Analytics.mean(s)).isCloseTo(expected, offset(1e-6));
  }

  @Test
  void threatEventsTimesVulnerability_meanIsProductOfMeans() {
    // LEF = TEF × Vuln (Open FAIR O-RT); independent draws: E[TEF]·E[V]·E[X]
    Distribution tef = Distribution.pert(2, 5, 12).get();
    Distribution vuln = Distribution.uniform(0.1, 0.5).get();
    Distribution plm = Distribution.triangular(1_000, 4_000, 20_000).get();
    FairScenario s = FairScenario.of(Frequency.threatEvents(tef, vuln).get(), plm);
    double expected = ((2 + 4 * 5 + 12) / 6.0) * 0.3 * ((1_000 + 4_000 + 20_000) / 3.0);
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 13)).get(), expected);
    assertThat(Analytics.mean(s)).isCloseTo(expected, offset(1e-6));
  }

  @Test
  void secondaryLoss_addsProbabilityTimesSecondaryMean() {
    // LM = primary + SLEF × SLM per loss event (Open FAIR O-RT)
    FairScenario s =
        FairScenario.of(Frequency.poisson(1.5).get(), Distribution.uniform(1_000, 3_000).get())
            .withSecondary(SecondaryLoss.of(0.2, Distribution.lognormal90(5_000, 50_000).get()).get());
    double secMean = Distribution.lognormal90(5_000, 50_000).get().mean();
    double expected = 1.5 * (2_000 + 0.2 * secMean);
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 14)).get(), expected);
    assertThat(Analytics.mean(s)).isCloseTo(expected, offset(1e-6));
  }

  // ---- loss exceedance ------------------------------------------------------------------------

  @Test
  void poissonTimesConstant_analyticCurveMatchesSimulation() {
    double c = 10_000;
    FairScenario s = FairScenario.of(Frequency.poisson(1.2).get(), constant(c));
    FairResult r = MonteCarlo.run(s, sim(400_000, 15)).get();
    for (double x : new double[] {0, 5_000, 10_000, 25_000, 40_000}) {
      AnalyticExceedance a = Analytics.exceedance(s, x).orElseThrow();
      assertThat(a.exact()).isTrue();
      double p = a.probability();
      assertThat(r.probabilityOfExceeding(x))
          .as("P(L > %s)", x)
          .isCloseTo(p, offset(5 * Math.sqrt(p * (1 - p) / r.trials()) + 1e-12));
    }
    // P(L > 25000) = P(N >= 3) = 1 - e^-λ(1 + λ + λ²/2), the Poisson distribution function
    double l = 1.2;
    assertThat(Analytics.exceedance(s, 25_000).orElseThrow().probability())
        .isCloseTo(1 - Math.exp(-l) * (1 + l + l * l / 2), offset(1e-14));
  }

  @Test
  void bernoulliTimesLognormal_exactCurveMatchesSimulation() {
    FairScenario s =
        FairScenario.of(Frequency.bernoulli(0.25).get(), Distribution.lognormal90(1_000, 100_000).get());
    FairResult r = MonteCarlo.run(s, sim(400_000, 16)).get();
    for (double x : new double[] {1_000, 10_000, 100_000}) {
      AnalyticExceedance a = Analytics.exceedance(s, x).orElseThrow();
      assertThat(a.exact()).isTrue();
      double p = a.probability();
      assertThat(r.probabilityOfExceeding(x))
          .isCloseTo(p, offset(5 * Math.sqrt(p * (1 - p) / r.trials()) + 1e-6));
    }
    // by construction the 95th percentile of the magnitude is 100,000: P = 0.25 × 0.05
    assertThat(Analytics.exceedance(s, 100_000).orElseThrow().probability())
        .isCloseTo(0.0125, offset(1e-6));
  }

  @Test
  void rarePoissonTimesLognormal_singleEventApproximationIsALowerBoundAndClose() {
    FairScenario s =
        FairScenario.of(Frequency.poisson(0.05).get(), Distribution.lognormal90(10_000, 1_000_000).get());
    FairResult r = MonteCarlo.run(s, sim(1_000_000, 17)).get();
    for (double x : new double[] {50_000, 500_000}) {
      AnalyticExceedance a = Analytics.exceedance(s, x).orElseThrow();
      assertThat(a.exact()).isFalse();
      double p = a.probability();
      double se = Math.sqrt(p * (1 - p) / r.trials());
      assertThat(r.probabilityOfExceeding(x)).isGreaterThan(p - 5 * se);
      assertThat(r.probabilityOfExceeding(x)).isCloseTo(p, offset(0.05 * p + 5 * se));
    }
  }

  @Test
  void lossExceedanceCurve_isNonIncreasingAndLogSpaced() {
    FairResult r =
        MonteCarlo.run(
            FairScenario.of(Frequency.poisson(3).get(), Distribution.lognormal90(100, 10_000).get()),
            sim(50_000, 18)).get();
    List<ExceedancePoint> lec = r.lossExceedanceCurve(20);
    assertThat(lec).hasSize(20);
    for (int i = 1; i < lec.size(); i++) {
      assertThat(lec.get(i).probability()).isLessThanOrEqualTo(lec.get(i - 1).probability());
      assertThat(lec.get(i).amount() / lec.get(i - 1).amount())
          .isCloseTo(lec.get(1).amount() / lec.get(0).amount(), offset(1e-9));
    }
    assertThat(lec.get(19).amount()).isEqualTo(r.max());
    assertThat(lec.get(19).probability()).isZero();
  }

  // ---- determinism ----------------------------------------------------------------------------

  private static FairScenario mixed() {
    return FairScenario.of(
            Frequency.threatEvents(
                    Distribution.lognormal90(1, 40).get(), Distribution.pert(0.05, 0.2, 0.6).get())
                .get(),
            Distribution.lognormal90(10_000, 500_000).get())
        .withSecondary(SecondaryLoss.of(0.3, Distribution.triangular(0, 5_000, 80_000).get()).get());
  }

  @FunctionalInterface
  private interface PoolWork {
    void run(ExecutorService pool) throws Exception;
  }

  /** Runs {@code work} with a fixed pool of {@code threads} threads, shut down afterwards. */
  private static void onPool(int threads, PoolWork work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      work.run(pool);
    } finally {
      pool.shutdown();
    }
  }

  private static boolean sameBits(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (Double.doubleToRawLongBits(a[i]) != Double.doubleToRawLongBits(b[i])) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4, 8})
  void executorRuns_areBitForBitTheSequentialRun(int threads) throws Exception {
    Simulation sim = sim(3 * MonteCarlo.BLOCK + 12_345, 2024);
    for (FairScenario s :
        List.of(
            mixed(),
            FairScenario.of(Frequency.poisson(0.5).get(), Distribution.lognormal90(10_000, 500_000).get()),
            FairScenario.of(Frequency.bernoulli(0.1).get(), Distribution.pert(1, 5, 9).get()),
            FairScenario.of(Frequency.poisson(80).get(), Distribution.uniform(1, 2).get()))) {
      double[] seq = MonteCarlo.annualLosses(s, sim).get();
      onPool(threads, ex -> {
        double[] par = MonteCarlo.annualLosses(s, sim, ex).get();
        assertThat(sameBits(seq, par)).as("%s on %s threads", s, threads).isTrue();
        FairResult rp = MonteCarlo.run(s, sim, ex).get();
        FairResult rs = MonteCarlo.run(s, sim).get();
        assertThat(Arrays.equals(rp.sortedLosses(), rs.sortedLosses())).isTrue();
        // the summary too is computed block by block and combined in block order
        assertThat(Double.doubleToRawLongBits(rp.mean())).isEqualTo(Double.doubleToRawLongBits(rs.mean()));
        assertThat(Double.doubleToRawLongBits(rp.standardDeviation()))
            .isEqualTo(Double.doubleToRawLongBits(rs.standardDeviation()));
        assertThat(rp.lossExceedanceCurve(20)).isEqualTo(rs.lossExceedanceCurve(20));
        assertThat(rp.p99()).isEqualTo(rs.p99());
      });
    }
  }

  /**
   * An executor whose {@code execute} blocks until its task has ended (as {@code invokeAndWait}
   * does): issue 11's reproducer, which hung while a helper spun for the caller's array.
   */
  static final Executor BLOCKING = task -> {
    Thread h = new Thread(task);
    h.start();
    try {
      h.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  };

  @Test
  void blockingExecutor_issue11Reproducer_completesWithTheSequentialLosses() {
    FairScenario s = FairScenario.of(Frequency.poisson(0.5).get(), Distribution.lognormal90(10_000, 500_000).get());
    Simulation sim = sim(1_000_000, 20260630);
    double[] seq = MonteCarlo.annualLosses(s, sim).get();
    assertThat(sameBits(seq, MonteCarlo.annualLosses(s, sim, BLOCKING).get())).isTrue();
  }

  /**
   * Every kind of executor gives the sequential run bit for bit, losses, result and portfolio: one
   * that runs tasks inline, one that rejects them, one that blocks in {@code execute}, a saturated
   * pool (its only thread busy until the call has returned) and the pool the caller runs on.
   */
  @Test
  void everyKindOfExecutor_givesTheSequentialRunWithoutDeadlock() throws Exception {
    Simulation sim = sim(5 * MonteCarlo.BLOCK + 7, 77);
    FairScenario s = mixed();
    double[] seq = MonteCarlo.annualLosses(s, sim).get();
    FairResult seqResult = MonteCarlo.run(s, sim).get();
    double[] seqTotal = MonteCarlo.portfolio(List.of(s, s), sim).get().total().sortedLosses();
    Executor inline = Runnable::run;
    Executor rejecting = r -> {
      throw new RejectedExecutionException("saturated");
    };
    for (var e : java.util.Map.of("inline", inline, "rejecting", rejecting, "blocking", BLOCKING).entrySet()) {
      Executor ex = e.getValue();
      assertThat(sameBits(seq, MonteCarlo.annualLosses(s, sim, ex).get())).as(e.getKey()).isTrue();
      assertThat(sameBits(seqResult.sortedLosses(), MonteCarlo.run(s, sim, ex).get().sortedLosses()))
          .as(e.getKey()).isTrue();
      assertThat(MonteCarlo.run(s, sim, ex).get().mean()).as(e.getKey()).isEqualTo(seqResult.mean());
      assertThat(sameBits(seqTotal, MonteCarlo.portfolio(List.of(s, s), sim, ex).get().total().sortedLosses()))
          .as(e.getKey()).isTrue();
    }
    // saturated: the pool's only thread is busy until after the call; the queued helper then
    // finds nothing to do
    onPool(1, busy -> {
      CountDownLatch release = new CountDownLatch(1);
      busy.execute(() -> {
        try {
          release.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      });
      try {
        assertThat(sameBits(seq, MonteCarlo.annualLosses(s, sim, busy).get())).as("saturated").isTrue();
        assertThat(MonteCarlo.run(s, sim, busy).get().mean()).as("saturated").isEqualTo(seqResult.mean());
      } finally {
        release.countDown();
      }
    });
    // called from the only thread of the pool it is given: the caller does all the blocks
    onPool(1, single -> {
      Future<double[]> nested = single.submit(() -> MonteCarlo.annualLosses(s, sim, single).get());
      assertThat(sameBits(seq, nested.get(5, TimeUnit.MINUTES))).as("own pool").isTrue();
    });
  }

  /** Filling a block into a buffer of its own gives the values filling it in place gives. */
  @Test
  void kernelFill_intoABlockBuffer_isTheSliceOfTheInPlaceFill() {
    Kernel kernel = new Kernel(mixed());
    long base = Kernel.base(99, 3);
    int n = 3 * MonteCarlo.BLOCK + 17;
    double[] whole = new double[n];
    assertThat(kernel.fill(whole, 0, 0, n, base, Kernel.chunk(), () -> false)).isTrue();
    int from = MonteCarlo.BLOCK + 5;
    int to = n - 3;
    double[] slice = new double[to - from];
    assertThat(kernel.fill(slice, -from, from, to, base, Kernel.chunk(), () -> false)).isTrue();
    assertThat(sameBits(Arrays.copyOfRange(whole, from, to), slice)).isTrue();
  }

  /** The result of a run is the result of its losses, whatever runs they were laid out in. */
  @Test
  void runResult_isTheResultOfItsAnnualLosses() {
    Simulation sim = sim(2 * MonteCarlo.BLOCK + 100, 5);
    FairResult run = MonteCarlo.run(mixed(), sim).get();
    FairResult ofLosses = FairResult.ofLosses(MonteCarlo.annualLosses(mixed(), sim).get(), 5);
    assertThat(sameBits(run.sortedLosses(), ofLosses.sortedLosses())).isTrue();
    assertThat(run.mean()).isCloseTo(ofLosses.mean(), offset(1e-12 * run.mean()));
    for (double p : new double[] {0, 10, 50, 90, 99, 100}) {
      assertThat(run.percentile(p)).as("P%s", p).isEqualTo(ofLosses.percentile(p));
    }
  }

  @Test
  void differentSeeds_giveDifferentLosses() {
    assertThat(sameBits(MonteCarlo.annualLosses(mixed(), sim(1000, 1)).get(), MonteCarlo.annualLosses(mixed(), sim(1000, 2)).get()))
        .isFalse();
  }

  // ---- portfolio ------------------------------------------------------------------------------

  @Test
  void portfolio_percentilesAreThoseOfSummedTrialsNotSumsOfPercentiles() {
    List<FairScenario> scenarios =
        List.of(
            FairScenario.of(Frequency.poisson(0.3).get(), Distribution.lognormal90(10_000, 900_000).get()),
            FairScenario.of(Frequency.bernoulli(0.2).get(), Distribution.uniform(50_000, 200_000).get()),
            mixed());
    Simulation sim = sim(200_000, 77);
    PortfolioResult p = MonteCarlo.portfolio(scenarios, sim).get();

    // an independent summation of the per-scenario trial arrays (stream id = index)
    double[] total = new double[sim.trials()];
    for (int i = 0; i < scenarios.size(); i++) {
      double[] l = MonteCarlo.losses(scenarios.get(i), i, sim, null, Cancellation.never()).get();
      for (int t = 0; t < total.length; t++) {
        total[t] += l[t];
      }
    }
    double[] sorted = total.clone();
    Arrays.sort(sorted);
    assertThat(sameBits(p.total().sortedLosses(), sorted)).isTrue();
    for (double q : new double[] {50, 90, 99}) {
      double h = (sorted.length - 1) * q / 100; // Hyndman-Fan definition 7
      int lo = (int) Math.floor(h);
      double expected = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
      assertThat(p.total().percentile(q)).isEqualTo(expected);
      double sumOfPercentiles = p.scenarios().stream().mapToDouble(r -> r.percentile(q)).sum();
      assertThat(p.total().percentile(q)).as("P%s", q).isNotEqualTo(sumOfPercentiles);
    }
    // the 99th percentile of a sum of independent risks is below the sum of the 99th percentiles
    assertThat(p.total().p99())
        .isLessThan(p.scenarios().stream().mapToDouble(FairResult::p99).sum());
    assertThat(p.total().mean())
        .isCloseTo(p.scenarios().stream().mapToDouble(FairResult::mean).sum(), offset(1e-6 * p.total().mean()));
    // scenario 0 of a portfolio is the standalone run
    assertThat(sameBits(p.scenarios().get(0).sortedLosses(), MonteCarlo.run(scenarios.get(0), sim).get().sortedLosses()))
        .isTrue();
  }

  @Test
  void portfolio_onExecutor_isBitForBitTheSequentialPortfolio() throws Exception {
    List<FairScenario> scenarios = List.of(mixed(), mixed());
    Simulation sim = sim(2 * MonteCarlo.BLOCK + 7, 3);
    onPool(2, ex -> {
      assertThat(
              sameBits(
                  MonteCarlo.portfolio(scenarios, sim, ex).get().total().sortedLosses(),
                  MonteCarlo.portfolio(scenarios, sim).get().total().sortedLosses()))
          .isTrue();
    });
  }
}
