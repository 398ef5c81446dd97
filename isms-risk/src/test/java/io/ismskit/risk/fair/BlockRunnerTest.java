package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The block scheduler on its own: every block once, no deadlock on any executor, stops, failures. */
class BlockRunnerTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void shutDown() {
    pool.shutdownNow();
  }

  /** A runner whose workers run {@code block} on each claimed block. */
  private static BlockRunner runner(int blocks, @Nullable Executor ex, Cancellation c, IntConsumer block) {
    return new BlockRunner(blocks, ex, c, () -> block::accept);
  }

  private static Map<String, @Nullable Executor> executors(ExecutorService pool) {
    Map<String, @Nullable Executor> m = new LinkedHashMap<>();
    m.put("none", null);
    m.put("pool of 4", pool);
    m.put("inline", Runnable::run);
    m.put("rejecting", r -> {
      throw new RejectedExecutionException("full");
    });
    m.put("blocking", MonteCarloTest.BLOCKING);
    m.put("thread per task", r -> new Thread(r).start());
    return m;
  }

  @Test
  void everyBlockRunsExactlyOnce_onEveryExecutor() {
    executors(pool).forEach((name, ex) -> {
      int blocks = 200;
      AtomicIntegerArray runs = new AtomicIntegerArray(blocks);
      BlockRunner r = runner(blocks, ex, Cancellation.never(), b -> {
        runs.incrementAndGet(b);
        Thread.onSpinWait();
      });
      assertThat(r.run()).as(name).isEqualTo(BlockRunner.Outcome.COMPLETED);
      for (int b = 0; b < blocks; b++) {
        assertThat(runs.get(b)).as("%s: block %s", name, b).isEqualTo(1);
      }
    });
  }

  /**
   * With an executor whose {@code execute} blocks until its task ends, the caller submits one
   * helper, which does the work while the caller waits in {@code execute}; the helper submits no
   * other, since the call that launched it has not returned.
   */
  @Test
  void blockingExecutor_getsOneHelperThatDoesEveryBlock() {
    Thread caller = Thread.currentThread();
    AtomicInteger onCaller = new AtomicInteger();
    BlockRunner r = runner(50, MonteCarloTest.BLOCKING, Cancellation.never(), b -> {
      if (Thread.currentThread() == caller) {
        onCaller.incrementAndGet();
      }
    });
    assertThat(r.run()).isEqualTo(BlockRunner.Outcome.COMPLETED);
    assertThat(r.helpersSubmitted()).isEqualTo(1);
    assertThat(onCaller.get()).isZero();
  }

  @Test
  void helpersSpread_overAPool() throws Exception {
    // each block waits (briefly) until three threads are at work at once; a helper whose thread
    // started before its submission returned spawns the next one after its first block, so only a
    // runner that keeps spreading ever has three threads at work
    CountDownLatch threeAtWork = new CountDownLatch(3);
    java.util.Set<Thread> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    BlockRunner r = runner(64, pool, Cancellation.never(), b -> {
      if (seen.add(Thread.currentThread())) {
        threeAtWork.countDown();
      }
      try {
        threeAtWork.await(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThat(r.run()).isEqualTo(BlockRunner.Outcome.COMPLETED);
    assertThat(seen).hasSizeGreaterThanOrEqualTo(3);
    assertThat(threeAtWork.getCount()).isZero();
  }

  @Test
  void aFailingBlock_isRethrownAfterEveryStartedBlockHasFinished() {
    executors(pool).forEach((name, ex) -> {
      AtomicInteger running = new AtomicInteger();
      AtomicInteger ran = new AtomicInteger();
      RuntimeException boom = new IllegalStateException("block 5 failed");
      BlockRunner r = runner(40, ex, Cancellation.never(), b -> {
        running.incrementAndGet();
        try {
          if (b == 5) {
            throw boom;
          }
          Thread.sleep(1);
          ran.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          running.decrementAndGet();
        }
      });
      assertThatThrownBy(r::run).as(name).isSameAs(boom);
      assertThat(running.get()).as("%s: blocks still running when the call returned", name).isZero();
      assertThat(ran.get()).as("%s: blocks after the failure are skipped", name).isLessThan(39);
    });
  }

  @Test
  void aCancellation_stopsTheRemainingBlocks_onEveryExecutor() {
    executors(pool).forEach((name, ex) -> {
      AtomicBoolean cancel = new AtomicBoolean();
      AtomicInteger ran = new AtomicInteger();
      BlockRunner[] self = new BlockRunner[1];
      self[0] = runner(1000, ex, cancel::get, b -> {
        if (ran.incrementAndGet() == 10) {
          cancel.set(true);
          assertThat(self[0].stopRequested()).isTrue();
        }
      });
      assertThat(self[0].run()).as(name).isEqualTo(BlockRunner.Outcome.CANCELLED);
      // the threads at work when the token flipped each finish at most their current block
      assertThat(ran.get()).as(name).isLessThan(20);
    });
  }

  @Test
  void anInterruptOfTheCaller_cancels_andStaysSet_onEveryExecutor() {
    executors(pool).forEach((name, ex) -> {
      Thread caller = Thread.currentThread();
      AtomicInteger ran = new AtomicInteger();
      // 2,000 blocks of 50 µs: the blocking executor's caller learns of its interrupt when its
      // join throws, a thread wake-up later
      BlockRunner r = runner(2000, ex, Cancellation.never(), b -> {
        if (ran.incrementAndGet() == 10) {
          caller.interrupt();
        }
        java.util.concurrent.locks.LockSupport.parkNanos(50_000);
      });
      assertThat(r.run()).as(name).isEqualTo(BlockRunner.Outcome.CANCELLED);
      assertThat(Thread.interrupted()).as("%s: interrupt status kept (and cleared here)", name).isTrue();
      assertThat(ran.get()).as(name).isLessThan(1000);
    });
  }

  /** The caller, interrupted while it waits in a blocking executor, cancels the call. */
  @Test
  void anInterruptWhileBlockedInExecute_cancels() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger ran = new AtomicInteger();
    ExecutorService callerPool = Executors.newSingleThreadExecutor();
    try {
      Future<BlockRunner.Outcome> f = callerPool.submit(() -> {
        BlockRunner r = runner(100_000, MonteCarloTest.BLOCKING, Cancellation.never(), b -> {
          started.countDown();
          ran.incrementAndGet();
          try {
            Thread.sleep(0, 100_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        BlockRunner.Outcome o = r.run();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        return o;
      });
      assertThat(started.await(5, TimeUnit.MINUTES)).isTrue();
      f.cancel(true); // interrupts the caller, which is in BLOCKING's join
      callerPool.shutdown();
      assertThat(callerPool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      assertThat(ran.get()).isLessThan(100_000);
    } finally {
      callerPool.shutdownNow();
    }
  }

  @Test
  void aHalt_endsTheCallHalted() {
    executors(pool).forEach((name, ex) -> {
      BlockRunner[] self = new BlockRunner[1];
      self[0] = runner(100, ex, Cancellation.never(), b -> {
        if (b == 3) {
          self[0].halt();
        }
      });
      assertThat(self[0].run()).as(name).isEqualTo(BlockRunner.Outcome.HALTED);
    });
  }

  /** Called from the only thread of the pool it is given: the caller does every block. */
  @Test
  void ownPool_noDeadlock() throws Exception {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      AtomicInteger ran = new AtomicInteger();
      Future<BlockRunner.Outcome> f = single.submit(
          () -> runner(30, single, Cancellation.never(), b -> ran.incrementAndGet()).run());
      assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(BlockRunner.Outcome.COMPLETED);
      assertThat(ran.get()).isEqualTo(30);
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void finish_runsOncePerThreadThatTookPart_beforeTheCallReturns() {
    AtomicInteger workersMade = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    BlockRunner r = new BlockRunner(64, pool, Cancellation.never(), () -> {
      workersMade.incrementAndGet();
      return new BlockRunner.Worker() {
        @Override
        public void run(int block) {
          Thread.onSpinWait();
        }

        @Override
        public void finish() {
          finished.incrementAndGet();
        }
      };
    });
    assertThat(r.run()).isEqualTo(BlockRunner.Outcome.COMPLETED);
    assertThat(finished.get()).isEqualTo(workersMade.get()).isPositive();
  }
}
