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
        MonteCarlo.run(FairScenario.of(Frequency.poisson(lambda).get(), constant(1)), sim(400_000, 7));
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
        MonteCarlo.run(FairScenario.of(Frequency.poisson(lambda).get(), constant(1)), sim(400_000, 8));
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
            FairScenario.of(Frequency.poissonRate(constant(lambda)), constant(1)), sim(300_000, 9));
    assertMeanNear(r, lambda);
    double var = r.standardDeviation() * r.standardDeviation();
    double seVar = Math.sqrt((lambda * (1 + 3 * lambda) - lambda * lambda) / r.trials());
    assertThat(var).isCloseTo(lambda, offset(5 * seVar));
  }

  @Test
  void bernoulliCounts_haveMeanPAndVariancePq() {
    double p = 0.3;
    FairResult r =
        MonteCarlo.run(FairScenario.of(Frequency.bernoulli(p).get(), constant(1)), sim(300_000, 10));
    assertMeanNear(r, p);
    assertThat(r.standardDeviation() * r.standardDeviation()).isCloseTo(p * (1 - p), offset(0.005));
    assertThat(r.max()).isEqualTo(1.0);
  }

  // ---- FAIR means -----------------------------------------------------------------------------

  @Test
  void poissonTimesConstant_meanIsLambdaC() {
    FairScenario s = FairScenario.of(Frequency.poisson(0.5).get(), constant(20_000));
    assertMeanNear(MonteCarlo.run(s, sim(200_000, 11)), 0.5 * 20_000);
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
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 12)), expected);
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
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 13)), expected);
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
    assertMeanNear(MonteCarlo.run(s, sim(400_000, 14)), expected);
    assertThat(Analytics.mean(s)).isCloseTo(expected, offset(1e-6));
  }

  // ---- loss exceedance ------------------------------------------------------------------------

  @Test
  void poissonTimesConstant_analyticCurveMatchesSimulation() {
    double c = 10_000;
    FairScenario s = FairScenario.of(Frequency.poisson(1.2).get(), constant(c));
    FairResult r = MonteCarlo.run(s, sim(400_000, 15));
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
    FairResult r = MonteCarlo.run(s, sim(400_000, 16));
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
    FairResult r = MonteCarlo.run(s, sim(1_000_000, 17));
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
            sim(50_000, 18));
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
  @ValueSource(ints = {1, 2, 4})
  void executorRuns_areBitForBitTheSequentialRun(int threads) throws Exception {
    Simulation sim = sim(3 * MonteCarlo.BLOCK + 12_345, 2024);
    for (FairScenario s :
        List.of(
            mixed(),
            FairScenario.of(Frequency.poisson(0.5).get(), Distribution.lognormal90(10_000, 500_000).get()),
            FairScenario.of(Frequency.bernoulli(0.1).get(), Distribution.pert(1, 5, 9).get()),
            FairScenario.of(Frequency.poisson(80).get(), Distribution.uniform(1, 2).get()))) {
      double[] seq = MonteCarlo.annualLosses(s, sim);
      onPool(threads, ex -> {
        double[] par = MonteCarlo.annualLosses(s, sim, ex);
        assertThat(sameBits(seq, par)).as("%s on %s threads", s, threads).isTrue();
        FairResult rp = MonteCarlo.run(s, sim, ex);
        FairResult rs = MonteCarlo.run(s, sim);
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

  @Test
  void inlineRejectingAndOwnPoolExecutors_giveTheSequentialRunWithoutDeadlock() throws Exception {
    Simulation sim = sim(5 * MonteCarlo.BLOCK + 7, 77);
    FairScenario s = mixed();
    double[] seq = MonteCarlo.annualLosses(s, sim);
    Executor inline = Runnable::run;
    Executor rejecting = r -> {
      throw new RejectedExecutionException("saturated");
    };
    assertThat(sameBits(seq, MonteCarlo.annualLosses(s, sim, inline))).as("inline").isTrue();
    assertThat(sameBits(seq, MonteCarlo.annualLosses(s, sim, rejecting))).as("rejecting").isTrue();
    // called from the only thread of the pool it is given: the caller does all the blocks
    onPool(1, single -> {
      Future<double[]> nested = single.submit(() -> MonteCarlo.annualLosses(s, sim, single));
      assertThat(sameBits(seq, nested.get(5, TimeUnit.MINUTES))).as("own pool").isTrue();
    });
  }

  @Test
  void aFailingBlock_isRethrownAfterEveryStartedBlockHasFinished() throws Exception {
    onPool(3, ex -> {
      int blocks = 40;
      AtomicInteger running = new AtomicInteger();
      AtomicInteger ran = new AtomicInteger();
      RuntimeException boom = new IllegalStateException("block 5 failed");
      assertThatThrownBy(
              () ->
                  MonteCarlo.forEachBlock(
                      blocks * MonteCarlo.BLOCK,
                      double[]::new,
                      ex,
                      (buf, shift, from, to, b) -> {
                        running.incrementAndGet();
                        try {
                          if (b == 5) {
                            throw boom;
                          }
                          Thread.sleep(2);
                          ran.incrementAndGet();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        } finally {
                          running.decrementAndGet();
                        }
                      }))
          .isSameAs(boom);
      assertThat(running.get()).as("blocks still running when the call returned").isZero();
      assertThat(ran.get()).as("blocks after the failure are skipped").isLessThan(blocks - 1);
    });
  }

  @Test
  void everyBlockRunsExactlyOnceOnAnyExecutor() throws Exception {
    onPool(4, ex -> {
      int n = 50 * MonteCarlo.BLOCK + 3;
      AtomicIntegerArray runs = new AtomicIntegerArray(51);
      int[] covered = new int[n];
      double[] out =
          MonteCarlo.forEachBlock(
              n,
              double[]::new,
              ex,
              (buf, shift, from, to, b) -> {
                runs.incrementAndGet(b);
                for (int t = from; t < to; t++) {
                  covered[t]++;
                  buf[t + shift] += t;
                }
              });
      for (int b = 0; b < 51; b++) {
        assertThat(runs.get(b)).as("block %s", b).isEqualTo(1);
      }
      assertThat(Arrays.stream(covered).allMatch(c -> c == 1)).isTrue();
      for (int t = 0; t < n; t++) {
        assertThat(out[t]).as("trial %s", t).isEqualTo(t);
      }
    });
  }

  /**
   * A helper that starts before the calling thread has allocated the result array simulates into
   * buffers of its own: the values still land in their places, and the call returns only once they
   * have.
   */
  @Test
  void blocksRunBeforeTheArrayExists_areCopiedIntoPlace() throws Exception {
    onPool(1, ex -> {
      int blocks = 12;
      int n = blocks * MonteCarlo.BLOCK - 5;
      Thread caller = Thread.currentThread();
      CountDownLatch helperBlocks = new CountDownLatch(3);
      AtomicInteger buffered = new AtomicInteger();
      double[] out =
          MonteCarlo.forEachBlock(
              n,
              size -> {
                // hold the allocation until the helper has run three blocks without the array
                try {
                  assertThat(helperBlocks.await(5, TimeUnit.MINUTES)).isTrue();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
                return new double[size];
              },
              ex,
              (buf, shift, from, to, b) -> {
                if (buf.length < n) {
                  buffered.incrementAndGet();
                  assertThat(buf).hasSize(to - from);
                }
                for (int t = from; t < to; t++) {
                  buf[t + shift] += 3.0 * t + 1;
                }
                if (Thread.currentThread() != caller) {
                  helperBlocks.countDown();
                }
              });
      assertThat(buffered.get()).as("blocks run into buffers").isGreaterThanOrEqualTo(3);
      assertThat(out).hasSize(n);
      for (int t = 0; t < n; t++) {
        assertThat(out[t]).as("trial %s", t).isEqualTo(3.0 * t + 1);
      }
    });
  }

  @Test
  void aFailedAllocation_isRethrownAndBufferedBlocksDoNotHang() throws Exception {
    onPool(2, ex -> {
      OutOfMemoryError oom = new OutOfMemoryError("no room for the losses");
      CountDownLatch helperBlock = new CountDownLatch(1);
      Thread caller = Thread.currentThread();
      assertThatThrownBy(
              () ->
                  MonteCarlo.forEachBlock(
                      20 * MonteCarlo.BLOCK,
                      size -> {
                        try {
                          helperBlock.await(5, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        throw oom;
                      },
                      ex,
                      (buf, shift, from, to, b) -> {
                        if (Thread.currentThread() != caller) {
                          helperBlock.countDown();
                        }
                      }))
          .isSameAs(oom);
    });
  }

  /** Filling a block into a buffer of its own gives the values filling it in place gives. */
  @Test
  void kernelFill_intoABlockBuffer_isTheSliceOfTheInPlaceFill() {
    Kernel kernel = new Kernel(mixed());
    long base = Kernel.base(99, 3);
    int n = 3 * MonteCarlo.BLOCK + 17;
    double[] whole = new double[n];
    kernel.fill(whole, 0, 0, n, base);
    int from = MonteCarlo.BLOCK + 5;
    int to = n - 3;
    double[] slice = new double[to - from];
    kernel.fill(slice, -from, from, to, base);
    assertThat(sameBits(Arrays.copyOfRange(whole, from, to), slice)).isTrue();
  }

  /** A run prepared in a buffer and copied into place equals the run prepared in place. */
  @Test
  void prepareRun_inABuffer_isTheRunPreparedInPlace() {
    Kernel kernel = new Kernel(mixed());
    int n = 2 * MonteCarlo.BLOCK + 100;
    double[] inPlace = new double[n];
    kernel.fill(inPlace, 0, 0, n, Kernel.base(5, 0));
    double[] viaBuffer = inPlace.clone();
    FairResult.Runs a = new FairResult.Runs(n);
    FairResult.Runs b = new FairResult.Runs(n);
    for (int r = 0; r < a.count(); r++) {
      int from = r * MonteCarlo.BLOCK;
      int to = Math.min(n, from + MonteCarlo.BLOCK);
      FairResult.prepareRun(inPlace, from, to, r, a);
      double[] buf = Arrays.copyOfRange(viaBuffer, from, to);
      FairResult.prepareRun(buf, 0, buf.length, r, b);
      System.arraycopy(buf, 0, viaBuffer, from, buf.length);
    }
    assertThat(sameBits(inPlace, viaBuffer)).isTrue();
    FairResult x = new FairResult(a, inPlace, 5);
    FairResult y = new FairResult(b, viaBuffer, 5);
    assertThat(y.mean()).isEqualTo(x.mean());
    assertThat(y.standardDeviation()).isEqualTo(x.standardDeviation());
    for (double p : new double[] {0, 10, 50, 90, 99, 100}) {
      assertThat(y.percentile(p)).as("P%s", p).isEqualTo(x.percentile(p));
    }
  }

  @Test
  void differentSeeds_giveDifferentLosses() {
    assertThat(sameBits(MonteCarlo.annualLosses(mixed(), sim(1000, 1)), MonteCarlo.annualLosses(mixed(), sim(1000, 2))))
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
    PortfolioResult p = MonteCarlo.portfolio(scenarios, sim);

    // an independent summation of the per-scenario trial arrays (stream id = index)
    double[] total = new double[sim.trials()];
    for (int i = 0; i < scenarios.size(); i++) {
      double[] l = MonteCarlo.losses(scenarios.get(i), i, sim, null);
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
    assertThat(sameBits(p.scenarios().get(0).sortedLosses(), MonteCarlo.run(scenarios.get(0), sim).sortedLosses()))
        .isTrue();
  }

  @Test
  void portfolio_onExecutor_isBitForBitTheSequentialPortfolio() throws Exception {
    List<FairScenario> scenarios = List.of(mixed(), mixed());
    Simulation sim = sim(2 * MonteCarlo.BLOCK + 7, 3);
    onPool(2, ex -> {
      assertThat(
              sameBits(
                  MonteCarlo.portfolio(scenarios, sim, ex).total().sortedLosses(),
                  MonteCarlo.portfolio(scenarios, sim).total().sortedLosses()))
          .isTrue();
    });
  }
}
