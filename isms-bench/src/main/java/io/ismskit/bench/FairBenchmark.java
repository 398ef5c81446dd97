package io.ismskit.bench;

import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairResult;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.fair.MonteCarlo;
import io.ismskit.risk.fair.Simulation;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * FAIR Monte Carlo: 1,000,000 trials of one scenario with Poisson loss event frequency (0.5 events
 * a year) and a lognormal primary loss magnitude (90 % interval 10,000 to 500,000). Average time per
 * run. Targets: the simulation in at most 10 ms and simulation plus summary (mean, standard
 * deviation, P10/P50/P90/P95/P99, a 20-point loss exceedance curve) in at most 25 ms on one core;
 * at least 1.7 times faster on two threads.
 *
 * <p>Run with {@code -t 4} and {@code -t 8} as well: then 4 or 8 callers run each benchmark at
 * once, sharing the one-thread pool, on the two cores of the benchmark machine. That measures
 * oversubscription (more threads at work than cores), where a busy-waiting caller would take a
 * core from a thread with work to do; the time reported is that of one call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FairBenchmark {
  static final int TRIALS = 1_000_000;

  FairScenario scenario = FairScenario.of(
      Frequency.poisson(0.5).get(), Distribution.lognormal90(10_000, 500_000).get());
  Simulation simulation = Simulation.of(TRIALS, 42).get();
  /**
   * One pool thread: the calling thread takes part in the simulation, so this makes exactly two
   * threads at work, one per core of a two-core machine.
   */
  ExecutorService oneHelper = Executors.newFixedThreadPool(1);

  /** Starts the pool's thread, so that the first measured call does not pay for it. */
  @Setup(Level.Trial)
  public void setUp() {
    MonteCarlo.annualLosses(scenario, simulation, oneHelper).get();
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    oneHelper.shutdownNow();
  }

  /**
   * The baseline: allocating (and so zeroing) the result array alone, the part of the simulation
   * that no number of threads shares out.
   */
  @Benchmark
  public double[] allocate_baseline() {
    return new double[TRIALS];
  }

  /** The simulation alone, one thread: the annual loss of every trial. */
  @Benchmark
  public double[] simulate_oneThread() {
    return MonteCarlo.annualLosses(scenario, simulation).get();
  }

  /**
   * The machine's own ceiling for two threads: two threads each running the one-thread simulation,
   * independently and at the same time. Reported as the average time of one run; twice the
   * one-thread time divided by this is the speed-up the two vCPUs give for this work at best.
   */
  @Benchmark
  @Threads(2)
  public double[] simulate_oneThread_twoAtOnce() {
    return MonteCarlo.annualLosses(scenario, simulation).get();
  }

  /** The simulation alone on two threads (bit for bit the same losses as on one). */
  @Benchmark
  public double[] simulate_twoThreads() {
    return MonteCarlo.annualLosses(scenario, simulation, oneHelper).get();
  }

  /** Simulation plus summary, one thread. */
  @Benchmark
  public void simulateAndSummarize_oneThread(Blackhole bh) {
    summarize(MonteCarlo.run(scenario, simulation).get(), bh);
  }

  /** Simulation plus summary, the simulation on two threads. */
  @Benchmark
  public void simulateAndSummarize_twoThreads(Blackhole bh) {
    summarize(MonteCarlo.run(scenario, simulation, oneHelper).get(), bh);
  }

  static void summarize(FairResult r, Blackhole bh) {
    bh.consume(r.mean());
    bh.consume(r.standardDeviation());
    bh.consume(r.p10());
    bh.consume(r.p50());
    bh.consume(r.p90());
    bh.consume(r.p95());
    bh.consume(r.p99());
    bh.consume(r.lossExceedanceCurve(20));
  }
}
