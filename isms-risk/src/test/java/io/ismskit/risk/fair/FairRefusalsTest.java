package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.vavr.control.Either;
import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's hostile FAIR inputs, through the public API: work and memory budgets refused before
 * any work or allocation (counted in allocated bytes, never timed), cancellation on every kind of
 * executor, and overflow refused at construction or returned as a problem, never thrown or
 * silently NaN.
 */
class FairRefusalsTest {
  /** Well above the few small objects a refusal makes, far below any loss array it refuses. */
  private static final long SMALL = 1 << 20;

  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  private static com.sun.management.ThreadMXBean threads() {
    return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  }

  /** The value of {@code call} and the bytes the calling thread allocated making it. */
  private static <T> Measured<T> measured(Supplier<T> call) {
    long id = Thread.currentThread().getId();
    long before = threads().getThreadAllocatedBytes(id);
    T value = call.get();
    return new Measured<>(value, threads().getThreadAllocatedBytes(id) - before);
  }

  private record Measured<T>(T value, long bytes) {}

  private static ProblemCode code(Either<Problem, ?> e) {
    assertThat(e.isLeft()).as("refused: %s", e).isTrue();
    return e.getLeft().code();
  }

  private static FairScenario poissonMillion() {
    return FairScenario.of(Frequency.poisson(1e6).get(), Distribution.lognormal90(1000, 100_000).get());
  }

  // ---- work and memory budgets ----------------------------------------------------------------

  /** Issue 11: poisson(1e6) × lognormal90 at the default 100,000 trials ran about ten minutes. */
  @Test
  void poissonOfAMillionAtTheDefaultTrials_isRefusedBeforeSimulating() {
    Simulation sim = Simulation.of(FairMethod.DEFAULT_TRIALS, 1).get();
    Measured<Either<Problem, FairResult>> r = measured(() -> MonteCarlo.run(poissonMillion(), sim));
    assertThat(code(r.value())).isEqualTo(FairCode.BUDGET_LOSS_EVENTS);
    assertThat(r.value().getLeft().message())
        .isEqualTo("trials: must be at most 1000 for 1000000.0 expected loss events a year: 1.0E11"
            + " expected loss events exceed the work limit of 1000000000 (Limits.maxLossEvents; raise it"
            + " to allow this run), was '100000'");
    assertThat(r.bytes()).as("allocated before refusing").isLessThan(SMALL);
    // on an executor, and as the flat form the engine scores
    assertThat(code(MonteCarlo.run(poissonMillion(), sim, pool))).isEqualTo(FairCode.BUDGET_LOSS_EVENTS);
    assertThat(code(MonteCarlo.annualLosses(poissonMillion(), sim, pool))).isEqualTo(FairCode.BUDGET_LOSS_EVENTS);
    FairMethod method = new FairMethod();
    Measured<Either<Problem, ?>> scored = measured(() -> method.scoreEncoded(Map.of(
        "lef.kind", "poisson", "lef.lambda", "1000000",
        "plm.kind", "lognormal90", "plm.low", "1000", "plm.high", "100000")));
    assertThat(code(scored.value())).isEqualTo(FairCode.BUDGET_LOSS_EVENTS);
    assertThat(scored.bytes()).isLessThan(SMALL);
  }

  /** Issue 11: a portfolio of 40 scenarios × 10,000,000 trials died of out-of-memory. */
  @Test
  void portfolioOf40ScenariosTimesTenMillionTrials_isRefusedBeforeAllocating() {
    FairScenario s = FairScenario.of(Frequency.poisson(0.01).get(), Distribution.constant(1).get());
    List<FairScenario> forty = Collections.nCopies(40, s);
    Simulation sim = Simulation.of(10_000_000, 1).get();
    Measured<Either<Problem, PortfolioResult>> r = measured(() -> MonteCarlo.portfolio(forty, sim));
    assertThat(code(r.value())).isEqualTo(FairCode.BUDGET_MEMORY);
    assertThat(r.value().getLeft().message()).isEqualTo("trials: must be at most 3273603 for 41 loss arrays of 8"
        + " bytes a trial: 3280000000 bytes exceed the memory limit of 1073741824 (Limits.maxBytes; raise"
        + " it to allow this run), was '10000000'");
    assertThat(r.bytes()).isLessThan(SMALL);
    assertThat(code(MonteCarlo.portfolio(forty, sim, pool))).isEqualTo(FairCode.BUDGET_MEMORY);
  }

  @Test
  void limits_canBeRaisedOrLowered_andAreCheckedAsDocumented() {
    FairScenario s = FairScenario.of(Frequency.poisson(2).get(), Distribution.constant(10).get());
    Simulation sim = Simulation.of(10_000, 3).get();
    // 20,000 expected events and 80,000 bytes: exactly at the limits is accepted
    assertThat(MonteCarlo.run(s, sim.withLimits(new Limits(20_000, 80_000))).isRight()).isTrue();
    assertThat(code(MonteCarlo.run(s, sim.withLimits(new Limits(19_999, 80_000)))))
        .isEqualTo(FairCode.BUDGET_LOSS_EVENTS);
    assertThat(code(MonteCarlo.run(s, sim.withLimits(new Limits(20_000, 79_999)))))
        .isEqualTo(FairCode.BUDGET_MEMORY);
    // a portfolio of two keeps three arrays
    assertThat(code(MonteCarlo.portfolio(List.of(s, s), sim.withLimits(new Limits(40_000, 239_999)))))
        .isEqualTo(FairCode.BUDGET_MEMORY);
    assertThat(MonteCarlo.portfolio(List.of(s, s), sim.withLimits(new Limits(40_000, 240_000))).isRight())
        .isTrue();
    // the million-event scenario runs where its trials fit the limit
    Simulation few = Simulation.of(3, 1).get();
    assertThat(MonteCarlo.run(poissonMillion(), few).isRight()).isTrue();
    assertThat(Limits.of(0, 1).getLeft().field()).isEqualTo("maxLossEvents");
    assertThatThrownBy(() -> new Limits(1, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Limits: maxBytes: must be positive, was '-1'");
    // a method with raised limits decodes inputs that carry them
    FairMethod raised = new FairMethod().withLimits(Limits.DEFAULT.withMaxLossEvents(Long.MAX_VALUE));
    assertThat(raised.decode(Map.of("lef.kind", "poisson", "lef.lambda", "1000000",
        "plm.kind", "constant", "plm.value", "1")).get().simulation().limits().maxLossEvents())
        .isEqualTo(Long.MAX_VALUE);
  }

  /** Issue 11: {@code lossExceedanceCurve(Integer.MAX_VALUE)} asked for a 16 GB array. */
  @Test
  void lossExceedanceCurveOfMaxIntPoints_isRefusedBeforeAllocating() {
    FairResult r = MonteCarlo.run(
        FairScenario.of(Frequency.poisson(1).get(), Distribution.uniform(1, 2).get()),
        Simulation.of(1000, 1).get()).get();
    long id = Thread.currentThread().getId();
    long before = threads().getThreadAllocatedBytes(id);
    assertThatThrownBy(() -> r.lossExceedanceCurve(Integer.MAX_VALUE))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.CURVE_POINTS))
        .hasMessage("points: must be in 2..10000, was '2147483647'");
    assertThat(threads().getThreadAllocatedBytes(id) - before).isLessThan(SMALL);
    assertThat(r.lossExceedanceCurve(FairResult.MAX_CURVE_POINTS)).hasSize(FairResult.MAX_CURVE_POINTS);
  }

  // ---- overflow and NaN -----------------------------------------------------------------------

  /** Issue 11's four scenarios that gave NaN percentiles and a throwing curve: refused at construction. */
  @Test
  void distributionsThatCannotBeSimulatedInDoubles_areRefusedAtConstruction() {
    Problem constant = Distribution.constant(Double.MAX_VALUE).getLeft();
    assertThat(constant.code()).isEqualTo(FairCode.OVERFLOW);
    assertThat(constant.message()).isEqualTo("value: must be at most 1.0E100, was '1.7976931348623157E308'");
    assertThat(code(Distribution.uniform(0, Double.MAX_VALUE))).isEqualTo(FairCode.OVERFLOW);
    Problem wide = Distribution.lognormal90(1e-300, 1e300).getLeft();
    assertThat(wide.code()).isEqualTo(FairCode.OVERFLOW);
    assertThat(wide.field()).isEqualTo("high");
    // within the amount bound, but with a mean far beyond it, as lognormal(mu, sigma) was refused
    Problem meanTooLarge = Distribution.lognormal90(1e-300, 1e90).getLeft();
    assertThat(meanTooLarge.code()).isEqualTo(FairCode.OVERFLOW);
    assertThat(meanTooLarge.message()).startsWith("high: gives a mean of exp(").contains("above 1.0E100");
    // the same lognormal given by mu and sigma is refused alike
    Distribution.Kind k = Distribution.Kind.LOGNORMAL;
    assertThat(code(Distribution.of(k, 0, Math.log(1e300) / Distribution.Z95))).isEqualTo(FairCode.OVERFLOW);
    Problem pert = Distribution.pert(268682, 358766, 754067, 1e308).getLeft();
    assertThat(pert.code()).isEqualTo(FairCode.OVERFLOW);
    assertThat(pert.field()).isEqualTo("shape");
    assertThat(code(Distribution.triangular(0, 1, 1e101))).isEqualTo(FairCode.OVERFLOW);
  }

  /**
   * At the bounds the factories accept, the worst the simulation can add up stays finite: every
   * statistic is a number and the curve computes.
   */
  @Test
  void atTheBounds_everyStatisticIsFinite() {
    double mu = Math.log(Distribution.MAX_AMOUNT) - 4.5; // sigma 3: the mean exactly at the bound
    List<Distribution> extremes = List.of(
        Distribution.constant(Distribution.MAX_AMOUNT).get(),
        Distribution.uniform(0, Distribution.MAX_AMOUNT).get(),
        Distribution.pert(0, 1, Distribution.MAX_AMOUNT, Distribution.MAX_PERT_SHAPE).get(),
        Distribution.lognormal(mu - 1e-9, 3).get(),
        Distribution.lognormal90(1, 1e25).get());
    for (Distribution d : extremes) {
      FairScenario s = FairScenario.of(Frequency.poisson(500).get(), d)
          .withSecondary(SecondaryLoss.of(1, d).get());
      FairResult r = MonteCarlo.run(s, Simulation.of(2000, 9).get()).get();
      for (double v : new double[] {r.mean(), r.standardDeviation(), r.p50(), r.p99(), r.max()}) {
        assertThat(Double.isFinite(v)).as("%s: %s", d, r).isTrue();
      }
      assertThat(r.lossExceedanceCurve(20)).hasSize(20)
          .allSatisfy(p -> assertThat(p.probability()).isBetween(0.0, 1.0));
    }
  }

  /** What only shows while simulating is returned as an overflow problem by the result's store. */
  @Test
  void aLossOrASpreadThatOverflows_isAProblem_notAValue() {
    for (double bad : new double[] {Double.POSITIVE_INFINITY, Double.NaN,
        Double.longBitsToDouble(0xfff8_0000_0000_0000L)}) {
      assertThat(new LossStore.Builder(1).prepare(0, new double[] {1, bad, 0})).as("%s", bad).isFalse();
      assertThat(MonteCarlo.finite(new double[] {1, bad, 0}, 0, 3)).as("%s", bad).isFalse();
    }
    assertThat(MonteCarlo.finite(new double[] {0, 1, Double.MAX_VALUE}, 0, 3)).isTrue();
    // finite losses whose sum or squares overflow
    assertThat(new LossStore.Builder(1).prepare(0, new double[] {Double.MAX_VALUE, Double.MAX_VALUE})).isFalse();
    assertThat(new LossStore.Builder(1).prepare(0, new double[] {0, 1e200})).isFalse();
    // runs each fine, whose combination overflows
    LossStore.Builder b = new LossStore.Builder(2);
    assertThat(b.prepare(0, new double[] {1e160, 1e150})).isFalse(); // the run's squares
    LossStore.Builder sums = new LossStore.Builder(2);
    assertThat(sums.prepare(0, new double[] {1.5e155})).isTrue();
    assertThat(sums.prepare(1, new double[] {1e-10})).isTrue();
    Either<Problem, FairResult> r = FairResult.of(sums.build(), 0);
    assertThat(code(r)).isEqualTo(FairCode.OVERFLOW);
    assertThat(r.getLeft().message())
        .isEqualTo("losses: the simulated annual losses, their sum or their spread overflow a double");
  }

  @Test
  void scaledBy_returnsAProblemForMinusOneNaNAndInfinity() {
    Distribution d = Distribution.uniform(1, 2).get();
    Frequency f = Frequency.poisson(1).get();
    Map<Double, FairCode> bad = new LinkedHashMap<>();
    bad.put(-1.0, FairCode.NEGATIVE);
    bad.put(Double.NaN, FairCode.NOT_FINITE);
    bad.put(Double.POSITIVE_INFINITY, FairCode.NOT_FINITE);
    bad.forEach((factor, expected) -> {
      assertThat(code(d.scaledBy(factor))).as("%s", factor).isEqualTo(expected);
      assertThat(d.scaledBy(factor).getLeft().field()).isEqualTo("factor");
      assertThat(code(f.scaledBy(factor))).as("%s", factor).isEqualTo(expected);
      assertThat(code(Frequency.poissonRate(d).scaledBy(factor))).isEqualTo(expected);
    });
    assertThat(d.scaledBy(-1).getLeft().message()).isEqualTo("factor: must not be negative, was '-1.0'");
    // a factor that pushes a parameter beyond the bound
    assertThat(code(d.scaledBy(1e100))).isEqualTo(FairCode.OVERFLOW);
    assertThat(code(f.scaledBy(1e7))).isEqualTo(FairCode.ORDER);
  }

  // ---- cancellation ---------------------------------------------------------------------------

  private Map<String, Executor> executors() {
    Map<String, Executor> m = new LinkedHashMap<>();
    m.put("calling thread", Runnable::run);
    m.put("pool", pool);
    m.put("blocking", MonteCarloTest.BLOCKING);
    return m;
  }

  /** A token that asks to stop after it has been asked {@code after} times. */
  private static Cancellation after(int after, AtomicInteger asked) {
    return () -> asked.incrementAndGet() > after;
  }

  @Test
  void aCancellationToken_stopsEveryEntryPoint_onEveryExecutor() {
    // a million trials of ten events: asked about a thousand times if not stopped
    FairScenario s = FairScenario.of(Frequency.poisson(10).get(), Distribution.lognormal90(10, 1000).get());
    Simulation sim = Simulation.of(1_000_000, 4).get();
    executors().forEach((name, ex) -> {
      AtomicInteger asked = new AtomicInteger();
      assertThat(code(MonteCarlo.run(s, sim, ex, after(20, asked)))).as(name).isEqualTo(FairCode.CANCELLED);
      // every thread stops at its next question: a few more than 20, far fewer than a thousand
      assertThat(asked.get()).as(name).isLessThan(60);
      assertThat(code(MonteCarlo.annualLosses(s, sim, ex, after(20, new AtomicInteger())))).as(name)
          .isEqualTo(FairCode.CANCELLED);
      assertThat(code(MonteCarlo.portfolio(List.of(s, s), sim, ex, after(20, new AtomicInteger()))))
          .as(name).isEqualTo(FairCode.CANCELLED);
    });
    Problem p = MonteCarlo.run(s, sim, pool, () -> true).getLeft();
    assertThat(p.message()).isEqualTo(
        "the simulation was stopped: the calling thread was interrupted or the cancellation asked to stop");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  /**
   * A trial of a million loss events asks before it is drawn: cancelling the largest frequency
   * stops within a trial, not a chunk of a thousand trials.
   */
  @Test
  void aTrialOfManyEvents_asksBeforeItIsDrawn() {
    AtomicInteger asked = new AtomicInteger();
    Simulation sim = Simulation.of(1000, 1).get();
    assertThat(code(MonteCarlo.run(poissonMillion(), sim, Runnable::run, after(5, asked))))
        .isEqualTo(FairCode.CANCELLED);
    assertThat(asked.get()).isEqualTo(6);
  }

  /** An interrupt of the calling thread stops the run on every executor and stays set. */
  @Test
  void anInterruptOfTheCallingThread_cancels_onEveryExecutor() throws Exception {
    // 1e9 expected events (the default limit): minutes of work unless stopped
    FairScenario s = FairScenario.of(Frequency.poisson(10_000).get(), Distribution.lognormal90(10, 1000).get());
    Simulation sim = Simulation.of(100_000, 4).get();
    for (Map.Entry<String, Executor> e : executors().entrySet()) {
      ExecutorService callerThread = Executors.newSingleThreadExecutor();
      try {
        CountDownLatch started = new CountDownLatch(1);
        Future<Boolean> interruptedAfter = callerThread.submit(() -> {
          Either<Problem, FairResult> r =
              MonteCarlo.run(s, sim, e.getValue(), () -> {
                started.countDown();
                return false;
              });
          assertThat(code(r)).as(e.getKey()).isEqualTo(FairCode.CANCELLED);
          return Thread.currentThread().isInterrupted();
        });
        assertThat(started.await(5, TimeUnit.MINUTES)).isTrue();
        // interrupt the calling thread (cancel(true) would also make get() throw: shut the pool down)
        callerThread.shutdownNow();
        assertThat(callerThread.awaitTermination(5, TimeUnit.MINUTES)).as(e.getKey()).isTrue();
        assertThat(interruptedAfter.isDone()).isTrue();
        assertThat(interruptedAfter.get()).as("%s: interrupt status kept", e.getKey()).isTrue();
      } finally {
        callerThread.shutdownNow();
      }
    }
  }

  @Test
  void fairMethod_onAnInterruptedThread_returnsCancelled() {
    FairMethod method = new FairMethod();
    Thread.currentThread().interrupt();
    try {
      Either<Problem, ?> r = method.scoreEncoded(Map.of(
          "lef.kind", "poisson", "lef.lambda", "0.5",
          "plm.kind", "lognormal90", "plm.low", "1000", "plm.high", "100000"));
      assertThat(code(r)).isEqualTo(FairCode.CANCELLED);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
