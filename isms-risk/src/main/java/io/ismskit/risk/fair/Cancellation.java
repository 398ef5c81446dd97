package io.ismskit.risk.fair;

/**
 * A caller's request to stop a Monte Carlo run. The run asks {@link #isCancelled()} often (about
 * every thousand trials, and before a trial of more than a thousand loss events), from every thread
 * taking part; once it answers {@code true} the run stops and returns a {@link FairCode#CANCELLED}
 * problem. An interrupt of the calling thread stops a run in the same way, with or without a
 * cancellation.
 *
 * <pre>{@code
 * AtomicBoolean stop = new AtomicBoolean();      // set by a "Cancel" button
 * Either<Problem, FairResult> r = MonteCarlo.run(scenario, simulation, pool, stop::get);
 * }</pre>
 *
 * @implSpec Implementations must be thread-safe, fast and must not block: they are called from
 *     the hot loop of every thread of the run. An exception one throws ends the run and is rethrown
 *     to its caller.
 */
@FunctionalInterface
public interface Cancellation {
  /** Whether the run should stop now. */
  boolean isCancelled();

  /** The cancellation that never asks to stop (an interrupt still does). */
  static Cancellation never() {
    return Never.NEVER;
  }
}

/** The cancellation that never cancels. */
enum Never implements Cancellation {
  NEVER;

  @Override
  public boolean isCancelled() {
    return false;
  }
}
