package io.ismskit.testkit.laws;

import io.ismskit.testkit.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * Laws of stochastic computations such as Monte Carlo risk analysis (Open FAIR): a simulated mean
 * close to the analytic one, and a result that does not depend on the number of threads.
 *
 * <pre>{@code
 * // the same seed gives an equal result on 1, 2 and 4 threads
 * Optional<BrokenLaw> b = FairLaws.sameResultOnThreads(t -> engine.simulate(scenario, 7L, 10_000, t), 2, 4);
 * }</pre>
 */
public final class FairLaws {
  private FairLaws() {}

  /**
   * Checks that {@code run} gives a result equal to {@code run.apply(1)} for every thread count of
   * {@code threadCounts}: the same seed must give the same result however the work is split.
   *
   * @param run the computation, given the number of threads to use; must use a fixed seed
   * @param threadCounts the thread counts to compare with a single thread; at least one
   * @return the broken law, if a result differs or {@code run} throws
   */
  public static <R> Optional<BrokenLaw> sameResultOnThreads(IntFunction<R> run, int... threadCounts) {
    Objects.requireNonNull(run, "run");
    if (threadCounts.length == 0) {
      throw new IllegalArgumentException("FairLaws.sameResultOnThreads: needs at least one thread count");
    }
    R single;
    try {
      single = run.apply(1);
    } catch (RuntimeException e) {
      return Optional.of(broken(Law.SAME_RESULT_ON_THREADS, "the run on 1 thread threw " + e, "threads=1"));
    }
    for (int n : threadCounts) {
      if (n < 1) {
        throw new IllegalArgumentException("FairLaws.sameResultOnThreads: thread count must be >= 1, was " + n);
      }
      R other;
      try {
        other = run.apply(n);
      } catch (RuntimeException e) {
        return Optional.of(broken(Law.SAME_RESULT_ON_THREADS, "the run on " + n + " threads threw " + e,
            "threads=" + n));
      }
      if (!Objects.equals(single, other)) {
        return Optional.of(broken(Law.SAME_RESULT_ON_THREADS,
            "1 thread gave " + single + " but " + n + " threads gave " + other, "threads=" + n));
      }
    }
    return Optional.empty();
  }

  /**
   * Checks, on {@code examples} inputs of {@code inputs}, that the simulated mean lies within
   * {@code absoluteTolerance + relativeTolerance * |analytic mean|} of the analytic mean.
   *
   * @param inputs the inputs, such as FAIR scenarios whose loss distributions have a closed-form mean
   * @param seed the seed of the run; example {@code i} is generated with the {@code i}-th number
   *     drawn from {@code Gen.random(seed)}
   * @param examples how many inputs to try, at least 1
   * @param simulatedMean the simulated mean of an input (which should itself use a fixed seed)
   * @param analyticMean the exact mean of an input
   * @param relativeTolerance the allowed error relative to the analytic mean, {@code >= 0}
   * @param absoluteTolerance the allowed absolute error, {@code >= 0}
   * @return every input whose mean is off (or whose functions threw), at most one per input
   */
  public static <I> List<BrokenLaw> meanWithinTolerance(
      Gen<I> inputs,
      long seed,
      int examples,
      ToDoubleFunction<? super I> simulatedMean,
      ToDoubleFunction<? super I> analyticMean,
      double relativeTolerance,
      double absoluteTolerance) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(simulatedMean, "simulatedMean");
    Objects.requireNonNull(analyticMean, "analyticMean");
    if (examples < 1 || !(relativeTolerance >= 0) || !(absoluteTolerance >= 0)) {
      throw new IllegalArgumentException("FairLaws.meanWithinTolerance: invalid examples " + examples
          + " or tolerances " + relativeTolerance + ", " + absoluteTolerance);
    }
    RandomGenerator master = Gen.random(seed);
    List<BrokenLaw> out = new ArrayList<>();
    for (int i = 0; i < examples; i++) {
      long exampleSeed = master.nextLong();
      int size = i % 101;
      I input = inputs.next(Gen.random(exampleSeed), size);
      double sim;
      double exact;
      try {
        sim = simulatedMean.applyAsDouble(input);
        exact = analyticMean.applyAsDouble(input);
      } catch (RuntimeException e) {
        out.add(new BrokenLaw(Law.MEAN_WITHIN_TOLERANCE, "computing the means threw " + e,
            String.valueOf(input), seed, exampleSeed, size));
        continue;
      }
      double allowed = absoluteTolerance + relativeTolerance * Math.abs(exact);
      if (!(Math.abs(sim - exact) <= allowed)) {
        out.add(new BrokenLaw(Law.MEAN_WITHIN_TOLERANCE,
            "simulated mean " + sim + " is " + Math.abs(sim - exact) + " from the analytic mean " + exact
                + ", more than the allowed " + allowed,
            String.valueOf(input), seed, exampleSeed, size));
      }
    }
    return List.copyOf(out);
  }

  private static BrokenLaw broken(Law law, String detail, String example) {
    return new BrokenLaw(law, detail, example, 0, 0, 0);
  }
}
