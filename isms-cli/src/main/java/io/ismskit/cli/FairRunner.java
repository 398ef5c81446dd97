package io.ismskit.cli;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.MonteCarlo;
import io.ismskit.risk.fair.PortfolioResult;
import io.ismskit.risk.fair.Simulation;
import io.vavr.control.Either;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Runs the FAIR portfolio of an ISMS on {@code threads} threads, with a progress bar on stderr for
 * runs that take longer than a second.
 */
final class FairRunner {
  /** Runs shorter than this show no progress. */
  static final long QUIET_MILLIS = 1000;

  /** How many trials the run simulates between two polls of its cancellation (about one chunk). */
  private static final long TRIALS_PER_POLL = 1024;

  private FairRunner() {}

  /**
   * Simulates every scenario and their sum with the same trials.
   *
   * @param progress where to draw the progress bar, or null for none
   * @throws InputException if the simulation's parameters or limits refuse the run
   */
  static ReportSet.FairRun run(List<FairScenarios.Named> scenarios, long trials, long seed, int threads,
      @Nullable PrintWriter progress) {
    Either<Problem, Simulation> sim = Simulation.of(trials, seed);
    if (sim.isLeft()) {
      throw new InputException("isms: --trials " + trials + ": " + sim.getLeft().message());
    }
    List<FairScenario> list = scenarios.stream().map(FairScenarios.Named::scenario).toList();
    AtomicLong polls = new AtomicLong();
    long expectedPolls = Math.max(1, scenarios.size() * trials / TRIALS_PER_POLL);
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, daemon()) : null;
    Thread bar = progress == null ? null : progressBar(progress, polls, expectedPolls, scenarios.size(), trials);
    Either<Problem, PortfolioResult> result;
    try {
      result = pool == null
          ? MonteCarlo.portfolio(list, sim.get(), Runnable::run, () -> polls.incrementAndGet() < 0)
          : MonteCarlo.portfolio(list, sim.get(), pool, () -> polls.incrementAndGet() < 0);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
      if (bar != null) {
        bar.interrupt();
        try {
          bar.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    if (result.isLeft()) {
      throw new InputException("isms: the FAIR simulation refused the run: " + result.getLeft().message());
    }
    return new ReportSet.FairRun(scenarios, result.get(), seed);
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "isms-fair");
      t.setDaemon(true);
      return t;
    };
  }

  private static Thread progressBar(PrintWriter err, AtomicLong polls, long expected, int scenarios, long trials) {
    long start = System.nanoTime();
    Thread t = new Thread(() -> {
      boolean drawn = false;
      try {
        Thread.sleep(QUIET_MILLIS);
        while (true) {
          draw(err, polls.get(), expected, scenarios, trials, start, false);
          drawn = true;
          Thread.sleep(200);
        }
      } catch (InterruptedException e) {
        if (drawn) {
          draw(err, expected, expected, scenarios, trials, start, true);
        }
      }
    }, "isms-progress");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void draw(PrintWriter err, long done, long expected, int scenarios, long trials, long start,
      boolean last) {
    int pct = last ? 100 : (int) Math.min(99, 100 * done / expected);
    int width = 30;
    int filled = pct * width / 100;
    String bar = "#".repeat(filled) + ".".repeat(width - filled);
    double secs = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "\rsimulating %d scenarios x %,d trials [%s] %3d%% %.1fs%s", scenarios, trials, bar, pct,
        secs, last ? System.lineSeparator() : "");
    err.flush();
  }
}
