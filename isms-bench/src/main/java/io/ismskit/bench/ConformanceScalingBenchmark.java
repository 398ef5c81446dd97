package io.ismskit.bench;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.RuleSet;
import io.ismskit.core.Isms;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the conformance check scales when every count doubles, measured side by side: each fork
 * holds the ISMS of {@link ConformanceBenchmark} at scale 1 (10,000 assets, 100,000 risks, 1,000
 * nonconformities) and at scale 2 (every count doubled), and each invocation checks one, then the
 * other. Target (issue 12): scale 2 at most 2.2 times scale 1 (no quadratic joins).
 *
 * <p>{@link ConformanceBenchmark} measures the two scales in separate forks, minutes apart, so on a
 * shared host whose speed drifts by tens of percent from one minute to the next the ratio of its
 * two scores carries that drift. Here both scales see the same JVM, the same compiled code, the
 * same heap and the same minute, and the ratio is of the code alone. The primary score is the time of
 * the pair; the secondary results ({@link Times}) split it by scale, and their quotient is the
 * ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 10, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms10g", "-Xmx10g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class ConformanceScalingBenchmark {
  Isms scale1 = ConformantIsms.small(1);
  Isms scale2 = ConformantIsms.small(1);
  final RuleSet rules = RuleSet.iso27001_2022();

  /**
   * The times of one iteration, reported by JMH as secondary results and summed by it over the
   * iterations: the time spent checking each scale, in milliseconds, and the number of pairs of
   * checks. Over a run (or one iteration of the JSON result's raw data), {@code scale2Ms / scale1Ms}
   * is the doubling ratio and {@code scale1Ms / pairs} the mean time of one check at scale 1.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    /** Time spent checking the ISMS at scale 1, in milliseconds. */
    public double scale1Ms;

    /** Time spent checking the ISMS at scale 2, in milliseconds. */
    public double scale2Ms;

    /** Pairs of checks (one at each scale). */
    public long pairs;

    /** Starts an iteration afresh. */
    @Setup(Level.Iteration)
    public void reset() {
      scale1Ms = 0;
      scale2Ms = 0;
      pairs = 0;
    }

    void add(long nanos1, long nanos2) {
      scale1Ms += nanos1 / 1e6;
      scale2Ms += nanos2 / 1e6;
      pairs++;
    }
  }

  /** Generates both ISMSs (not measured) and settles them in the old generation. */
  @Setup(Level.Trial)
  public void setUp() {
    scale1 = ConformantIsms.generate(7, 10_000, 10, 1_000);
    scale2 = ConformantIsms.generate(7, 20_000, 10, 2_000);
    System.gc();
    System.gc();
  }

  /** Checks the ISMS at scale 1, then at scale 2, timing each. */
  @Benchmark
  public int doubling(Times times) {
    long t0 = System.nanoTime();
    int findings = ConformanceChecker.check(scale1, ConformantIsms.AS_OF, rules).findings().size();
    long t1 = System.nanoTime();
    findings += ConformanceChecker.check(scale2, ConformantIsms.AS_OF, rules).findings().size();
    long t2 = System.nanoTime();
    times.add(t1 - t0, t2 - t1);
    return findings;
  }
}
