package io.ismskit.risk.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The Monte Carlo engine: simulates the annual loss of {@link FairScenario}s, one value per trial
 * (simulated year), sequentially or on a caller-provided {@link Executor}.
 *
 * <p><b>Determinism.</b> Trial {@code t} of a scenario draws from its own SplitMix64 streams,
 * keyed by (seed, stream id, {@code t}), and each of its loss events from streams keyed by the
 * trial's key and the event's index. Trials are split into blocks of {@value #BLOCK} that write
 * disjoint ranges of one {@code double[]}, so the losses are bit-for-bit the same on any executor
 * and any number of threads. The keying also gives common
 * random numbers: scaling a scenario's frequency or magnitudes changes each trial's loss in the
 * same direction (exactly so for Poisson means below 30 and for all magnitudes; for larger means
 * in distribution).
 *
 * <p><b>Results.</b> {@link #run} summarises each block as soon as it is simulated, in the same
 * task: the block is sorted in place and its sum and sum of squared deviations recorded, then
 * {@link FairResult} combines the blocks in block order. The summary is therefore also the same
 * on any number of threads, and the only trial-sized array is the one the simulation fills.
 *
 * <p><b>Portfolios.</b> In {@link #portfolio} scenario {@code i} uses stream id {@code i}; trial
 * {@code t} of the portfolio is the sum of trial {@code t} of every scenario, so its percentiles are
 * those of the summed losses, not sums of percentiles. A standalone {@link #run} uses stream id 0.
 *
 * <p><b>Speed.</b> The simulation avoids the branches a rare-event frequency makes unpredictable:
 * it lists, without branching, the trials that have a first, a second and further events, and
 * draws each list's magnitudes in a tight loop. Hot loop: primitives, one {@code double[]} of
 * losses per scenario plus small per-task buffers, no boxing and no allocation per trial.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class MonteCarlo {
  /**
   * The number of trials per block: the unit of work a thread claims and of the summary's partial
   * statistics.
   */
  public static final int BLOCK = 16_384;

  private MonteCarlo() {}

  /** Simulates {@code scenario} on the calling thread. */
  public static FairResult run(FairScenario scenario, Simulation simulation) {
    return result(scenario, 0, simulation, null);
  }

  /**
   * Simulates {@code scenario}, sharing the blocks of trials between the calling thread and helper
   * tasks on {@code executor}. The calling thread takes part, so a busy, saturated or rejecting
   * executor (or the pool the caller runs on) slows the call down but cannot deadlock it.
   */
  public static FairResult run(FairScenario scenario, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return result(scenario, 0, simulation, executor);
  }

  /** The annual loss of every trial, in trial order, computed on the calling thread. */
  public static double[] annualLosses(FairScenario scenario, Simulation simulation) {
    return losses(scenario, 0, simulation, null);
  }

  /**
   * The annual loss of every trial, in trial order, computed in blocks shared between the calling
   * thread and {@code executor}, as in {@link #run(FairScenario, Simulation, Executor)}.
   */
  public static double[] annualLosses(
      FairScenario scenario, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return losses(scenario, 0, simulation, executor);
  }

  /** Simulates every scenario with the same trial indexing and sums them trial by trial. */
  public static PortfolioResult portfolio(List<FairScenario> scenarios, Simulation simulation) {
    return portfolioOn(scenarios, simulation, null);
  }

  /**
   * Like {@link #portfolio(List, Simulation)}, sharing blocks of trials between the calling thread
   * and {@code executor} as in {@link #run(FairScenario, Simulation, Executor)}.
   */
  public static PortfolioResult portfolio(
      List<FairScenario> scenarios, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return portfolioOn(scenarios, simulation, executor);
  }

  private static PortfolioResult portfolioOn(
      List<FairScenario> scenarios, Simulation simulation, @Nullable Executor executor) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(simulation, "simulation");
    int n = simulation.trials();
    double[] total = new double[n];
    List<FairResult> each = new ArrayList<>(scenarios.size());
    for (int i = 0; i < scenarios.size(); i++) {
      Kernel kernel = new Kernel(scenarios.get(i));
      long base = Kernel.base(simulation.seed(), i);
      FairResult.Runs runs = new FairResult.Runs(n);
      double[] l =
          forEachBlock(
              n,
              double[]::new,
              executor,
              (buf, shift, from, to, b) -> {
                kernel.fill(buf, shift, from, to, base);
                for (int t = from; t < to; t++) {
                  total[t] += buf[t + shift];
                }
                FairResult.prepareRun(buf, from + shift, to + shift, b, runs);
              });
      each.add(new FairResult(runs, l, simulation.seed()));
    }
    FairResult.Runs runs = new FairResult.Runs(n);
    forEachBlockOf(
        total,
        executor,
        (buf, shift, from, to, b) -> FairResult.prepareRun(buf, from + shift, to + shift, b, runs));
    return new PortfolioResult(new FairResult(runs, total, simulation.seed()), each);
  }

  /** The losses of {@code scenario} under stream id {@code streamId}, in trial order. */
  static double[] losses(
      FairScenario scenario,
      int streamId,
      Simulation simulation,
      @Nullable Executor executor) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
    Kernel kernel = new Kernel(scenario);
    long base = Kernel.base(simulation.seed(), streamId);
    return forEachBlock(
        simulation.trials(),
        double[]::new,
        executor,
        (buf, shift, from, to, b) -> kernel.fill(buf, shift, from, to, base));
  }

  /** The result of {@code scenario} under stream id {@code streamId}, each block summarised. */
  private static FairResult result(
      FairScenario scenario,
      int streamId,
      Simulation simulation,
      @Nullable Executor executor) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
    Kernel kernel = new Kernel(scenario);
    int n = simulation.trials();
    long base = Kernel.base(simulation.seed(), streamId);
    FairResult.Runs runs = new FairResult.Runs(n);
    double[] out =
        forEachBlock(
            n,
            double[]::new,
            executor,
            (buf, shift, from, to, b) -> {
              kernel.fill(buf, shift, from, to, base);
              FairResult.prepareRun(buf, from + shift, to + shift, b, runs);
            });
    return new FairResult(runs, out, simulation.seed());
  }

  /**
   * The work on block number {@code block}, trials {@code from..to-1}: trial {@code t} is held in
   * {@code buf[t + shift]}, which is either the result array ({@code shift} 0) or a zeroed buffer
   * of the block's own, copied into the result array afterwards.
   */
  @FunctionalInterface
  interface BlockTask {
    void run(double[] buf, int shift, int from, int to, int block);
  }

  /**
   * Runs {@code task} on every block of {@code n} trials and returns the array of {@code n} zeros
   * that {@code allocate} makes and the blocks fill: in block order on the calling thread without
   * an executor (or for a single block), else shared between the calling thread and helper tasks
   * on {@code executor} (see {@link SharedBlocks}), waiting for all. A block may be run into a
   * zeroed buffer of its own and copied into the array afterwards.
   */
  static double[] forEachBlock(
      int n, IntFunction<double[]> allocate, @Nullable Executor executor, BlockTask task) {
    return forEachBlock(n, null, allocate, executor, task);
  }

  /**
   * Runs {@code task} on every block of the existing {@code values}, in place, as {@link
   * #forEachBlock(int, IntFunction, Executor, BlockTask)} does.
   */
  static void forEachBlockOf(double[] values, @Nullable Executor executor, BlockTask task) {
    forEachBlock(values.length, values, n -> values, executor, task);
  }

  private static double[] forEachBlock(
      int n,
      double @Nullable [] given,
      IntFunction<double[]> allocate,
      @Nullable Executor executor,
      BlockTask task) {
    int blocks = (n + BLOCK - 1) / BLOCK;
    if (executor == null || blocks == 1) {
      double[] out = given != null ? given : allocate.apply(n);
      for (int b = 0; b < blocks; b++) {
        task.run(out, 0, b * BLOCK, Math.min(n, b * BLOCK + BLOCK), b);
      }
      return out;
    }
    return new SharedBlocks(n, blocks, given, allocate, executor, task).runAndWait();
  }

  /**
   * The blocks of one call, claimed one at a time from a shared counter by the calling thread and
   * by helper tasks on the executor.
   *
   * <p>The calling thread works from the start, so the call never waits for the executor's threads
   * to wake up, and it finishes the work alone if the executor is saturated, rejects the helpers or
   * is the pool the caller itself runs on (no deadlock). Each helper, as it starts, submits the next
   * while unclaimed blocks remain, so the work spreads over as many threads as the executor gives
   * without knowing its size and without queueing a task per block. Which thread runs a block does
   * not matter: blocks write disjoint ranges and draw from their own streams. An executor that runs
   * a task on the submitting thread (such as {@code Runnable::run}) adds no helper: the submitting
   * thread claims the blocks itself, without nesting.
   *
   * <p>The calling thread submits the first helper before it allocates the result array, whose
   * zeroing (about 0.4 ms for a million trials) no number of threads shares: a helper that starts
   * before the array is published simulates its blocks into buffers of their own and copies them
   * in once the array is there. At the end the calling thread spins briefly before it parks, as the
   * last block of another thread is usually a fraction of a block away.
   *
   * <p>A block that throws stops the remaining blocks from running (they are still counted); the
   * first failure is rethrown to the caller once every claimed block has finished, so no task
   * writes into the arrays after the call returns. A block counts as finished once its values are
   * in the result array.
   */
  private static final class SharedBlocks implements Runnable {
    /** The call whose helper the current thread is submitting, to spot an executor that runs inline. */
    private static final ThreadLocal<@Nullable SharedBlocks> SPAWNING = new ThreadLocal<>();

    /** Published instead of the result array when its allocation failed. */
    private static final double[] NO_ARRAY = new double[0];

    /**
     * Busy-wait rounds of the calling thread for the other threads' last blocks before it parks:
     * about 0.16 ms at some 20 ns a round (measured on the benchmark machine), a block and a half.
     */
    private static final int SPINS = 1 << 13;

    private final int n;
    private final int blocks;
    private final IntFunction<double[]> allocate;
    private final Executor executor;
    private final BlockTask task;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger helpers = new AtomicInteger();
    private final CountDownLatch unfinished;
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private volatile double @Nullable [] out;

    SharedBlocks(
        int n,
        int blocks,
        double @Nullable [] given,
        IntFunction<double[]> allocate,
        Executor executor,
        BlockTask task) {
      this.out = given;
      this.n = n;
      this.blocks = blocks;
      this.allocate = allocate;
      this.executor = executor;
      this.task = task;
      this.unfinished = new CountDownLatch(blocks);
    }

    /** A helper: brings in the next helper, then claims blocks until none is left. */
    @Override
    public void run() {
      if (SPAWNING.get() == this) {
        // the executor runs tasks on the submitting thread, which claims the blocks itself
        return;
      }
      spawnHelper();
      claimBlocks();
    }

    double[] runAndWait() {
      spawnHelper();
      double[] array = out;
      if (array == null) {
        try {
          array = allocate.apply(n);
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          array = NO_ARRAY;
        }
        out = array;
      }
      claimBlocks();
      for (int i = 0; i < SPINS && unfinished.getCount() > 0; i++) {
        Thread.onSpinWait();
      }
      boolean interrupted = false;
      while (true) {
        try {
          unfinished.await();
          break;
        } catch (InterruptedException e) {
          // blocks in flight still write into the caller's arrays: wait for them, then restore
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      Throwable t = failure.get();
      if (t instanceof RuntimeException re) {
        throw re;
      }
      if (t instanceof Error err) {
        throw err;
      }
      if (t != null) {
        throw new IllegalStateException(t);
      }
      return array;
    }

    private void spawnHelper() {
      if (next.get() < blocks - 1 && helpers.getAndIncrement() < blocks - 1) {
        SPAWNING.set(this);
        try {
          executor.execute(this);
        } catch (RejectedExecutionException e) {
          // the threads already at work, the caller at least, finish the blocks
        } finally {
          SPAWNING.remove();
        }
      }
    }

    private void claimBlocks() {
      double[] array = out;
      // blocks run before the array was published, copied in once it is
      List<Buffered> buffered = new ArrayList<>(0);
      for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        if (array == null) {
          array = out;
        }
        if (array == null) {
          buffered.add(new Buffered(b, runBlock(null, from, to, b)));
          continue;
        }
        runBlock(array, from, to, b);
        unfinished.countDown();
        copyIn(array, buffered);
      }
      if (!buffered.isEmpty()) {
        while ((array = out) == null) {
          Thread.yield();
        }
        copyIn(array, buffered);
      }
    }

    /**
     * Runs block {@code b} into {@code array}, or into a new buffer of its own if {@code array} is
     * null, unless an earlier block failed; returns the buffer.
     */
    private double[] runBlock(double @Nullable [] array, int from, int to, int b) {
      double[] buf = array != null ? array : new double[to - from];
      try {
        if (failure.get() == null) {
          task.run(buf, array != null ? 0 : -from, from, to, b);
        }
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      }
      return buf;
    }

    /** Copies the buffered blocks into {@code array}, counts them finished and forgets them. */
    private void copyIn(double[] array, List<Buffered> buffered) {
      for (Buffered e : buffered) {
        if (array != NO_ARRAY) {
          System.arraycopy(e.values(), 0, array, e.block() * BLOCK, e.values().length);
        }
        unfinished.countDown();
      }
      buffered.clear();
    }

    /** Block {@code block}, run into a buffer of its own. */
    private record Buffered(int block, double[] values) {}
  }
}
