package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The Monte Carlo engine: simulates the annual loss of {@link FairScenario}s, one value per trial
 * (simulated year), on the calling thread or shared with helper tasks on a caller's {@link
 * Executor}.
 *
 * <p><b>Determinism.</b> Trial {@code t} of a scenario draws from its own SplitMix64 streams,
 * keyed by (seed, stream id, {@code t}), and each of its loss events from streams keyed by the
 * trial's key and the event's index. Trials are simulated in blocks of {@value #BLOCK}, each
 * written to its own place, so the losses are bit-for-bit the same on any executor and any number
 * of threads. The keying also gives common random numbers: scaling a scenario's frequency or
 * magnitudes changes each trial's loss in the same direction (exactly so for Poisson means below
 * 30 and for all magnitudes; for larger means in distribution).
 *
 * <p><b>Results.</b> {@link #run} prepares each block for the {@link FairResult}'s queries as soon
 * as it is simulated, in the same task (the result keeps one array per block), and the statistics
 * are combined in block order: the summary too is the same on any number of threads.
 *
 * <p><b>Portfolios.</b> In {@link #portfolio} scenario {@code i} uses stream id {@code i}; trial
 * {@code t} of the portfolio is the sum of trial {@code t} of every scenario, so its percentiles are
 * those of the summed losses, not sums of percentiles. A standalone {@link #run} uses stream id 0.
 *
 * <p><b>Refusals.</b> Every entry point returns an {@code Either}: a {@link Problem} instead of a
 * result when
 *
 * <ul>
 *   <li>the run is above its {@link Simulation#limits() limits}, checked before anything is
 *       simulated or allocated ({@link FairCode#BUDGET_LOSS_EVENTS}, {@link
 *       FairCode#BUDGET_MEMORY});
 *   <li>the calling thread is interrupted, or the {@link Cancellation} answers true, while the run
 *       is going on ({@link FairCode#CANCELLED}): the run stops within about a thousand trials (or
 *       one trial of many events) on every thread taking part, and the interrupt status of the
 *       calling thread is left set;
 *   <li>a loss, or the sum or spread of the losses, overflows a double ({@link
 *       FairCode#OVERFLOW}); the factories bound the distributions ({@link Distribution#MAX_AMOUNT})
 *       so that this cannot happen for any scenario they accept, and the simulation checks anyway.
 * </ul>
 *
 * <p><b>Executors.</b> The calling thread takes part, so a busy, saturated or rejecting executor,
 * the pool the caller itself runs on, an executor that runs tasks inline, or one whose {@code
 * execute} blocks until its task has ended, slows the call down but cannot deadlock it; and no task
 * of the call touches its arrays after it has returned.
 *
 * <p><b>Speed.</b> The simulation avoids the branches a rare-event frequency makes unpredictable:
 * it lists, without branching, the trials that have a first, a second and further events, and
 * draws each list's magnitudes in a tight loop. Hot loop: primitives, one {@code double[]} of
 * losses per block plus small per-thread buffers, no boxing and no allocation per trial.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class MonteCarlo {
  /**
   * The number of trials per block: the unit of work a thread claims, and the run of a result's
   * layout. 128 KiB of losses: a block is simulated and laid out within a core's L2 cache.
   */
  public static final int BLOCK = 16_384;

  private MonteCarlo() {}

  // ---- run ----------------------------------------------------------------------------------

  /** Simulates {@code scenario} on the calling thread (an interrupt cancels it). */
  public static Either<Problem, FairResult> run(FairScenario scenario, Simulation simulation) {
    return result(scenario, simulation, null, Cancellation.never());
  }

  /**
   * Simulates {@code scenario}, sharing the blocks of trials between the calling thread and helper
   * tasks on {@code executor} (an interrupt of the calling thread cancels it).
   */
  public static Either<Problem, FairResult> run(
      FairScenario scenario, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return result(scenario, simulation, executor, Cancellation.never());
  }

  /**
   * Like {@link #run(FairScenario, Simulation, Executor)}, stopped also by {@code cancellation}
   * (use {@code Runnable::run} as the executor to run on the calling thread alone).
   */
  public static Either<Problem, FairResult> run(
      FairScenario scenario, Simulation simulation, Executor executor, Cancellation cancellation) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(cancellation, "cancellation");
    return result(scenario, simulation, executor, cancellation);
  }

  // ---- annual losses ------------------------------------------------------------------------

  /** The annual loss of every trial, in trial order, computed on the calling thread. */
  public static Either<Problem, double[]> annualLosses(FairScenario scenario, Simulation simulation) {
    return losses(scenario, 0, simulation, null, Cancellation.never());
  }

  /**
   * The annual loss of every trial, in trial order, computed in blocks shared between the calling
   * thread and {@code executor}, as in {@link #run(FairScenario, Simulation, Executor)}.
   */
  public static Either<Problem, double[]> annualLosses(
      FairScenario scenario, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return losses(scenario, 0, simulation, executor, Cancellation.never());
  }

  /** Like {@link #annualLosses(FairScenario, Simulation, Executor)}, stopped also by {@code cancellation}. */
  public static Either<Problem, double[]> annualLosses(
      FairScenario scenario, Simulation simulation, Executor executor, Cancellation cancellation) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(cancellation, "cancellation");
    return losses(scenario, 0, simulation, executor, cancellation);
  }

  // ---- portfolio ----------------------------------------------------------------------------

  /**
   * Simulates every scenario with the same trial indexing and sums them trial by trial. Its memory
   * is {@code (scenarios + 1) × trials × 8} bytes, checked against the simulation's limits.
   */
  public static Either<Problem, PortfolioResult> portfolio(
      List<FairScenario> scenarios, Simulation simulation) {
    return portfolioOn(scenarios, simulation, null, Cancellation.never());
  }

  /**
   * Like {@link #portfolio(List, Simulation)}, sharing blocks of trials between the calling thread
   * and {@code executor} as in {@link #run(FairScenario, Simulation, Executor)}.
   */
  public static Either<Problem, PortfolioResult> portfolio(
      List<FairScenario> scenarios, Simulation simulation, Executor executor) {
    Objects.requireNonNull(executor, "executor");
    return portfolioOn(scenarios, simulation, executor, Cancellation.never());
  }

  /** Like {@link #portfolio(List, Simulation, Executor)}, stopped also by {@code cancellation}. */
  public static Either<Problem, PortfolioResult> portfolio(
      List<FairScenario> scenarios,
      Simulation simulation,
      Executor executor,
      Cancellation cancellation) {
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(cancellation, "cancellation");
    return portfolioOn(scenarios, simulation, executor, cancellation);
  }

  // ---- the calls ----------------------------------------------------------------------------

  /** The number of blocks of {@code n} trials. */
  static int blocks(int n) {
    return (n + BLOCK - 1) / BLOCK;
  }

  /** The problem of a cancelled run. */
  static Problem cancelled() {
    return Problem.ofField(FairCode.CANCELLED, "", null,
        "the simulation was stopped: the calling thread was interrupted or the cancellation asked to stop");
  }

  /** The result of {@code scenario} under stream id 0, each block laid out as it is simulated. */
  private static Either<Problem, FairResult> result(
      FairScenario scenario,
      Simulation simulation,
      @Nullable Executor executor,
      Cancellation cancellation) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
    Optional<Problem> refused = simulation.limits().refusal(simulation.trials(), List.of(scenario), 1);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    int n = simulation.trials();
    Kernel kernel = new Kernel(scenario);
    long base = Kernel.base(simulation.seed(), 0);
    LossStore.Builder store = new LossStore.Builder(blocks(n));
    AtomicBoolean overflow = new AtomicBoolean();
    BlockRunner[] runner = new BlockRunner[1];
    runner[0] = new BlockRunner(blocks(n), executor, cancellation, () -> new BlockRunner.Worker() {
      final Kernel.Chunk chunk = Kernel.chunk();
      final BlockRunner self = runner[0];
      final BooleanSupplier stop = self::stopRequested;

      @Override
      public void run(int b) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        double[] losses = new double[to - from];
        if (kernel.fill(losses, -from, from, to, base, chunk, stop) && !store.prepare(b, losses)) {
          overflow.set(true);
          self.halt();
        }
      }
    });
    return ended(runner[0].run(), () -> FairResult.of(store.build(), simulation.seed()));
  }

  /** The losses of {@code scenario} under stream id {@code streamId}, in trial order. */
  static Either<Problem, double[]> losses(
      FairScenario scenario,
      int streamId,
      Simulation simulation,
      @Nullable Executor executor,
      Cancellation cancellation) {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(simulation, "simulation");
    Optional<Problem> refused = simulation.limits().refusal(simulation.trials(), List.of(scenario), 1);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    int n = simulation.trials();
    Kernel kernel = new Kernel(scenario);
    long base = Kernel.base(simulation.seed(), streamId);
    LazyArray out = new LazyArray(n);
    AtomicBoolean overflow = new AtomicBoolean();
    BlockRunner[] runner = new BlockRunner[1];
    runner[0] = new BlockRunner(blocks(n), executor, cancellation, () -> new BlockRunner.Worker() {
      final Kernel.Chunk chunk = Kernel.chunk();
      final BlockRunner self = runner[0];
      final BooleanSupplier stop = self::stopRequested;
      /** Blocks this thread ran before the array was there: (first trial, losses). */
      final List<Buffered> buffered = new ArrayList<>(0);

      @Override
      public void run(int b) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        double[] array = out.tryGet();
        if (array != null) {
          copyIn(array);
          if (kernel.fill(array, 0, from, to, base, chunk, stop) && !finite(array, from, to)) {
            overflow.set(true);
            self.halt();
          }
          return;
        }
        // another thread is allocating the array: simulate into a block of our own meanwhile
        double[] buf = new double[to - from];
        if (kernel.fill(buf, -from, from, to, base, chunk, stop)) {
          if (!finite(buf, 0, buf.length)) {
            overflow.set(true);
            self.halt();
          }
          buffered.add(new Buffered(from, buf));
        }
      }

      @Override
      public void finish() {
        if (!buffered.isEmpty()) {
          copyIn(out.await());
        }
      }

      private void copyIn(double[] array) {
        if (array.length == n) {
          for (Buffered e : buffered) {
            System.arraycopy(e.losses(), 0, array, e.from(), e.losses().length);
          }
        }
        buffered.clear();
      }
    });
    return ended(runner[0].run(), () -> Either.right(out.await()));
  }

  private static Either<Problem, PortfolioResult> portfolioOn(
      List<FairScenario> scenarios,
      Simulation simulation,
      @Nullable Executor executor,
      Cancellation cancellation) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(simulation, "simulation");
    List<FairScenario> list = List.copyOf(scenarios);
    Optional<Problem> refused =
        simulation.limits().refusal(simulation.trials(), list, list.size() + 1);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    int n = simulation.trials();
    int count = list.size();
    Kernel[] kernels = new Kernel[count];
    long[] bases = new long[count];
    LossStore.Builder[] stores = new LossStore.Builder[count];
    for (int i = 0; i < count; i++) {
      kernels[i] = new Kernel(list.get(i));
      bases[i] = Kernel.base(simulation.seed(), i);
      stores[i] = new LossStore.Builder(blocks(n));
    }
    LossStore.Builder totals = new LossStore.Builder(blocks(n));
    AtomicBoolean overflow = new AtomicBoolean();
    BlockRunner[] runner = new BlockRunner[1];
    runner[0] = new BlockRunner(blocks(n), executor, cancellation, () -> new BlockRunner.Worker() {
      final Kernel.Chunk chunk = Kernel.chunk();
      final BlockRunner self = runner[0];
      final BooleanSupplier stop = self::stopRequested;

      @Override
      public void run(int b) {
        int from = b * BLOCK;
        int to = Math.min(n, from + BLOCK);
        double[] total = new double[to - from];
        for (int i = 0; i < count; i++) {
          double[] losses = new double[to - from];
          if (!kernels[i].fill(losses, -from, from, to, bases[i], chunk, stop)) {
            return;
          }
          for (int t = 0; t < total.length; t++) {
            total[t] += losses[t];
          }
          if (!stores[i].prepare(b, losses)) {
            overflow.set(true);
            self.halt();
            return;
          }
        }
        if (!totals.prepare(b, total)) {
          overflow.set(true);
          self.halt();
        }
      }
    });
    return ended(runner[0].run(), () -> {
      List<FairResult> each = new ArrayList<>(count);
      for (LossStore.Builder s : stores) {
        Either<Problem, FairResult> r = FairResult.of(s.build(), simulation.seed());
        if (r.isLeft()) {
          return Either.left(r.getLeft());
        }
        each.add(r.get());
      }
      return FairResult.of(totals.build(), simulation.seed()).map(t -> new PortfolioResult(t, each));
    });
  }

  /** The value of a run that ended with {@code outcome}: {@code done} if it completed. */
  private static <T> Either<Problem, T> ended(
      BlockRunner.Outcome outcome, java.util.function.Supplier<Either<Problem, T>> done) {
    return switch (outcome) {
      case COMPLETED -> done.get();
      case CANCELLED -> Either.left(cancelled());
      case HALTED -> Either.left(FairResult.overflow());
    };
  }

  /** Whether {@code a[from..to-1]} are all finite (losses are never negative). */
  static boolean finite(double[] a, int from, int to) {
    // the exponent field of an infinity or NaN is all ones: adding one to it carries into the
    // sign bit; without a branch, so that the loop vectorizes
    long bad = 0;
    for (int i = from; i < to; i++) {
      bad |= (Double.doubleToRawLongBits(a[i]) & 0x7ff0_0000_0000_0000L) + 0x0010_0000_0000_0000L;
    }
    return bad >= 0;
  }

  /** A block run into a buffer of its own before the result array was there. */
  private static final class Buffered {
    private final int from;
    private final double[] losses;

    Buffered(int from, double[] losses) {
      this.from = from;
      this.losses = losses;
    }

    int from() {
      return from;
    }

    double[] losses() {
      return losses;
    }
  }

  /**
   * The one trial-ordered array of {@link #annualLosses}, allocated by the first thread that
   * claims a block, while the others simulate their first blocks into buffers of their own: the
   * zeroing of a large array is work no number of threads shares. The allocating thread waits for
   * nothing, so a thread that waits for it waits a bounded time.
   */
  private static final class LazyArray {
    /** Published instead of the array when its allocation failed. */
    private static final double[] NONE = new double[0];

    private final int n;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private volatile double @Nullable [] array;

    LazyArray(int n) {
      this.n = n;
    }

    /** The array; or, if nobody allocates it yet, allocates it; or null while another thread does. */
    double @Nullable [] tryGet() {
      double[] a = array;
      if (a != null || !claimed.compareAndSet(false, true)) {
        return a;
      }
      try {
        a = new double[n];
      } catch (OutOfMemoryError e) {
        array = NONE;
        throw e;
      }
      array = a;
      return a;
    }

    /** The array, once the thread allocating it has published it (empty if that failed). */
    double[] await() {
      double[] a = tryGet();
      while (a == null) {
        // the allocating thread may be waiting for a core: give it ours for a moment
        LockSupport.parkNanos(10_000);
        a = array;
      }
      return a;
    }
  }
}
