package io.ismskit.risk.fair;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs blocks {@code 0..blocks-1} of one call, each exactly once, on the calling thread and on
 * helper tasks of a caller's {@link Executor}, and says how the call ended.
 *
 * <p><b>Sharing.</b> Blocks are claimed one at a time from a shared counter. The calling thread
 * works from the start, so the call never waits for the executor's threads to wake up, and it
 * finishes the work alone if the executor is saturated, rejects the helper or is the pool the caller
 * itself runs on. Each helper, once the {@code execute} call that launched it has returned, submits
 * the next while unclaimed blocks remain, so the work spreads over as many threads as the executor
 * gives without knowing its size and without queueing a task per block. An executor that runs a
 * task on the submitting thread (such as {@code Runnable::run}) adds no helper; one whose {@code
 * execute} blocks until its task has ended gets exactly one helper from the caller, which does the
 * work while the caller waits in {@code execute}.
 *
 * <p><b>No deadlock.</b> A thread takes part from the moment it registers until it has finished
 * its last block (including its {@link Worker#finish()}), and calls {@code execute} only between
 * blocks. The caller returns once every block is claimed and no thread takes part: it waits only
 * for threads that are running a block, never for one waiting in the executor, and no block waits
 * for the caller. A helper that starts after the call has returned finds nothing to claim and
 * touches nothing (the workers' supplier is dropped when the call ends).
 *
 * <p><b>Stopping.</b> Workers ask {@link #stopRequested()} between chunks of their work. It answers
 * true once the calling thread is interrupted, the {@link Cancellation} answers true, a worker has
 * {@linkplain #halt() halted} the call, or a worker has failed; the remaining blocks are then not
 * run. A failure (an exception or error thrown by a worker) is rethrown to the caller once every
 * thread has stopped taking part, so no worker writes into the caller's arrays after the call. An
 * interrupt is never swallowed: the interrupt status of the calling thread is set again when the
 * call returns.
 *
 * <p>One instance per call; not reusable.
 */
final class BlockRunner {
  /** What one thread does with the blocks it claims; not shared between threads. */
  interface Worker {
    /**
     * Runs block {@code block}. A worker that sees {@link BlockRunner#stopRequested()} may return
     * early, leaving the block unfinished.
     */
    void run(int block);

    /** Called once after this thread's last block: puts away whatever the worker still holds. */
    default void finish() {}
  }

  /** How a call ended (a failure is thrown instead). */
  enum Outcome {
    /** Every block ran to its end. */
    COMPLETED,
    /** The caller was interrupted or the cancellation answered true. */
    CANCELLED,
    /** A worker {@linkplain #halt() halted} the call. */
    HALTED
  }

  private static final int RUNNING = 0;
  private static final int CANCELLED = 1;
  private static final int HALTED = 2;
  private static final int FAILED = 3;

  /** The runner whose helper the current thread is submitting, to spot an inline executor. */
  private static final ThreadLocal<@Nullable BlockRunner> SUBMITTING = new ThreadLocal<>();

  private final int blocks;
  private final @Nullable Executor executor;
  private final Cancellation cancellation;
  private final Thread caller = Thread.currentThread();
  private volatile @Nullable Supplier<Worker> workers;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger helpers = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger state = new AtomicInteger(RUNNING);
  private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
  private boolean restoreInterrupt;
  /** Set once the call has returned: a late helper then leaves the caller's thread alone. */
  private volatile boolean done;

  /**
   * A runner for one call from the current thread.
   *
   * @param blocks the number of blocks, at least 1
   * @param executor where helpers run; {@code null} to run every block on the calling thread
   * @param cancellation asked between chunks of work
   * @param workers makes one worker for each thread that takes part
   */
  BlockRunner(
      int blocks,
      @Nullable Executor executor,
      Cancellation cancellation,
      Supplier<Worker> workers) {
    if (blocks < 1) {
      throw new IllegalArgumentException("blocks: must be at least 1, was " + blocks);
    }
    this.blocks = blocks;
    this.executor = executor;
    this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  /**
   * Whether the workers should stop: the calling thread is interrupted, the cancellation asks to
   * stop, or a worker has halted or failed. Cheap enough to ask every thousand trials.
   */
  boolean stopRequested() {
    if (state.get() != RUNNING) {
      return true;
    }
    if (caller.isInterrupted() || cancellation.isCancelled()) {
      state.compareAndSet(RUNNING, CANCELLED);
      return true;
    }
    return false;
  }

  /** Stops the call for a reason of the workers' own (such as an overflow): it ends {@link Outcome#HALTED}. */
  void halt() {
    state.compareAndSet(RUNNING, HALTED);
  }

  /**
   * Runs the blocks and waits until no thread takes part any more.
   *
   * @throws RuntimeException or Error: the first failure of a worker, or of the cancellation
   */
  Outcome run() {
    if (Thread.currentThread() != caller) {
      throw new IllegalStateException("run: must be called by the thread that made the runner");
    }
    active.incrementAndGet();
    try {
      if (executor != null && blocks > 1) {
        submitHelper();
      }
      takePart(null);
    } finally {
      active.decrementAndGet();
    }
    awaitOthers();
    done = true;
    workers = null;
    if (restoreInterrupt) {
      caller.interrupt();
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
    return switch (state.get()) {
      case RUNNING -> Outcome.COMPLETED;
      case CANCELLED -> Outcome.CANCELLED;
      default -> Outcome.HALTED;
    };
  }

  /** The number of helpers submitted to the executor (for tests). */
  int helpersSubmitted() {
    return Math.min(helpers.get(), blocks - 1);
  }

  /**
   * Claims and runs blocks until none is left or a stop is requested; {@code self} is the helper
   * this thread runs as, null for the caller.
   */
  private void takePart(@Nullable Helper self) {
    Supplier<Worker> ws = workers;
    if (ws == null) {
      return;
    }
    Worker worker = null;
    try {
      while (!stopRequested()) {
        if (self != null && !self.spawned && self.launched) {
          self.spawned = true;
          submitHelper();
        }
        int b = next.getAndIncrement();
        if (b >= blocks) {
          break;
        }
        if (worker == null) {
          worker = ws.get();
        }
        worker.run(b);
      }
      if (worker != null) {
        worker.finish();
      }
    } catch (Throwable t) {
      fail(t);
    }
  }

  private void fail(Throwable t) {
    failure.compareAndSet(null, t);
    state.set(FAILED);
  }

  /** Submits one more helper, unless every block is claimed or enough helpers are out. */
  private void submitHelper() {
    Executor ex = executor;
    if (ex == null || next.get() >= blocks - 1 || helpers.getAndIncrement() >= blocks - 1) {
      return;
    }
    Helper h = new Helper();
    SUBMITTING.set(this);
    try {
      ex.execute(h);
    } catch (RejectedExecutionException e) {
      // the threads already at work, the caller at least, finish the blocks
    } catch (RuntimeException e) {
      // an executor that failed to run the helper; if it failed because the submitting thread
      // was interrupted while it waited (a blocking executor), that interrupt cancels the call
      if (causedByInterrupt(e) && Thread.currentThread() == caller) {
        restoreInterrupt = true;
        state.compareAndSet(RUNNING, CANCELLED);
      }
    } catch (Error e) {
      fail(e);
    } finally {
      SUBMITTING.remove();
      h.launched = true;
    }
  }

  private static boolean causedByInterrupt(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Waits, parked, until no other thread takes part. (A busy-wait before parking, for the last
   * block of another thread, was measured with JMH on 2, 4 and 8 threads and did not pay off.)
   */
  private void awaitOthers() {
    while (active.get() != 0) {
      LockSupport.park(this);
      if (caller.isInterrupted()) {
        // blocks in flight still write into the caller's arrays: stop them, wait (which needs
        // the interrupt status clear, else park returns at once), then restore it
        state.compareAndSet(RUNNING, CANCELLED);
        restoreInterrupt = true;
        Thread.interrupted();
      }
    }
  }

  /** A helper task: takes part once the executor runs it, unless it runs on the submitting thread. */
  private final class Helper implements Runnable {
    /** Set once the {@code execute} call that submitted this helper has returned. */
    volatile boolean launched;
    /** Whether this helper has submitted the next (only its own thread reads and writes it). */
    boolean spawned;

    @Override
    public void run() {
      if (SUBMITTING.get() == BlockRunner.this) {
        // the executor runs tasks on the submitting thread, which claims the blocks itself
        return;
      }
      active.incrementAndGet();
      try {
        takePart(this);
      } finally {
        if (active.decrementAndGet() == 0 && !done) {
          LockSupport.unpark(caller);
        }
      }
    }
  }
}
