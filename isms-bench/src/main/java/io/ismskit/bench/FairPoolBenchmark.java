package io.ismskit.bench;

import io.ismskit.risk.fair.Distribution;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link FairBenchmark}'s simulation (1,000,000 trials, Poisson 0.5 × lognormal90(10,000,
 * 500,000)) on pools of 1, 3 and 7 threads beside the caller: 2, 4 and 8 threads at work. On the
 * two cores of the benchmark machine 4 and 8 oversubscribe: the figures show what the block
 * scheduler does when a pool has more threads than there are cores (it should cost little, since
 * each thread claims whole blocks and the caller parks while it waits).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class FairPoolBenchmark {
  /** Pool threads beside the calling thread. */
  @Param({"1", "3", "7"})
  public int helpers;

  FairScenario scenario = FairScenario.of(
      Frequency.poisson(0.5).get(), Distribution.lognormal90(10_000, 500_000).get());
  Simulation simulation = Simulation.of(FairBenchmark.TRIALS, 42).get();

  /** Replaced by a pool of {@link #helpers} threads in {@link #setUp()}. */
  ExecutorService pool = Executors.newSingleThreadExecutor();

  /** Starts the pool's threads. */
  @Setup(Level.Trial)
  public void setUp() {
    pool.shutdownNow();
    pool = Executors.newFixedThreadPool(helpers);
    for (int i = 0; i < 3; i++) {
      simulate();
    }
  }

  /** Stops the pool. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** The simulation on the caller and the pool. */
  @Benchmark
  public double[] simulate() {
    return MonteCarlo.annualLosses(scenario, simulation, pool).get();
  }
}
