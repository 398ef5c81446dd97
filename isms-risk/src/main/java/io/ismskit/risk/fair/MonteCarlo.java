package io.ismskit.risk.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * The Monte Carlo engine: simulates the annual loss of {@link FairScenario}s, one value per trial
 * (simulated year), sequentially or on a caller-provided {@link Executor}.
 *
 * <p><b>Determinism.</b> Trial {@code t} of a scenario draws from its own SplitMix64 streams,
 * keyed by (seed, stream id, {@code t}). Trials are split into blocks of {@value #BLOCK} that write
 * disjoint ranges of one {@code double[]}, so the losses are bit-for-bit the same on any executor
 * and any number of threads. The keying also gives common random numbers: scaling a scenario's
 * frequency or magnitudes changes each trial's loss in the same direction (exactly so for Poisson
 * means below 30 and for all magnitudes; for larger means in distribution).
 *
 * <p><b>Portfolios.</b> In {@link #portfolio} scenario {@code i} uses stream id {@code i}; trial
 * {@code t} of the portfolio is the sum of trial {@code t} of every scenario, so its percentiles are
 * those of the summed losses, not sums of percentiles. A standalone {@link #run} uses stream id 0.
 *
 * <p>Hot loop: primitives, one {@code double[]} per scenario, no boxing and no allocation per
 * trial.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class MonteCarlo {
  /** The number of trials per parallel block. */
  public static final int BLOCK = 65_536;

  private MonteCarlo() {}

  /** Simulates {@code scenario} on the calling thread. */
  public static FairResult run(FairScenario scenario, Simulation simulation) {
    return new FairResult(annualLosses(scenario, simulation), simulation.seed());
  }

  /** Simulates {@code scenario}, running blocks of trials on {@code executor}. */
  public static FairResult run(FairScenario scenario, Simulation simulation, Executor executor) {
    return new FairResult(annualLosses(scenario, simulation, executor), simulation.seed());
  }

  /** The annual loss of every trial, in trial order, computed on the calling thread. */
  public static double[] annualLosses(FairScenario scenario, Simulation simulation) {
    return losses(scenario, 0, simulation, null);
  }

  /** The annual loss of every trial, in trial order, computed in blocks on {@code executor}. */
  public static double[] annualLosses(
      FairScenario scenario, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return losses(scenario, 0, simulation, executor);
  }

  /** Simulates every scenario with the same trial indexing and sums them trial by trial. */
  public static PortfolioResult portfolio(List<FairScenario> scenarios, Simulation simulation) {
    return portfolioOn(scenarios, simulation, null);
  }

  /** Like {@link #portfolio(List, Simulation)}, running blocks of trials on {@code executor}. */
  public static PortfolioResult portfolio(
      List<FairScenario> scenarios, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return portfolioOn(scenarios, simulation, executor);
  }

  private static PortfolioResult portfolioOn(
      List<FairScenario> scenarios, Simulation simulation, @Nullable Executor executor) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(simulation, "simulation");
    double[] total = new double[simulation.trials()];
    List<FairResult> each = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      double[] l = losses(scenarios.get(i), i, simulation, executor);
      for (int t = 0; t < total.length; t++) {
        total[t] += l[t];
      }
      each.add(new FairResult(l, simulation.seed()));
    }
    return new PortfolioResult(new FairResult(total, simulation.seed()), each);
  }

  /** The losses of {@code scenario} under stream id {@code streamId}. */
  static double[] losses(
      FairScenario scenario,
      int streamId,
      Simulation simulation,
      @Nullable Executor executor) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
    Kernel kernel = new Kernel(scenario);
    int n = simulation.trials();
    double[] out = new double[n];
    long base = Kernel.base(simulation.seed(), streamId);
    if (executor == null || n <= BLOCK) {
      kernel.fill(out, 0, n, base);
      return out;
    }
    int blocks = (n + BLOCK - 1) / BLOCK;
    CompletableFuture<?>[] tasks = new CompletableFuture<?>[blocks];
    for (int b = 0; b < blocks; b++) {
      int from = b * BLOCK;
      int to = Math.min(n, from + BLOCK);
      tasks[b] = CompletableFuture.runAsync(() -> kernel.fill(out, from, to, base), executor);
    }
    try {
      CompletableFuture.allOf(tasks).join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
    return out;
  }
}
