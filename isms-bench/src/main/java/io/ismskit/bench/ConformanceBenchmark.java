package io.ismskit.bench;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.RuleSet;
import io.ismskit.core.Isms;
import io.ismskit.testkit.conformant.ConformantIsms;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The conformance check of a large ISMS with all the built-in rules: {@code scale = 1} is 10,000
 * assets, 100,000 risks, the 93 Annex A controls and 1,000 nonconformities; {@code scale = 2}
 * doubles every count (the catalog's 93 controls stay 93). Target: at most 300 ms at scale 1 on
 * one core. The doubling target (scale 2 at most 2.2 times scale 1) is measured by {@link
 * ConformanceScalingBenchmark}, which runs both scales side by side: the two scores here come from
 * forks run minutes apart, and their ratio carries whatever the host's speed did in between.
 *
 * <p>The check is bound by memory, not by computation: the register of 100,000 risks is some
 * hundreds of megabytes of objects, far beyond the caches, so the JVM is set up as for any
 * multi-gigabyte heap in production: fixed at 8 GiB and pre-touched (otherwise the first pass
 * through a fresh eden measures the kernel's page faults, not the check), with transparent huge
 * pages (fewer TLB misses). BENCHMARKS.md gives the figures without huge pages too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class ConformanceBenchmark {
  @Param({"1", "2"})
  public int scale;

  Isms isms = ConformantIsms.small(1);
  final RuleSet rules = RuleSet.iso27001_2022();

  /**
   * Generates the ISMS (not measured), then settles it in the old generation, as a long-lived ISMS
   * held by a host would be: without this the first iterations measure the collector promoting the
   * freshly generated graph, not the check.
   */
  @Setup(Level.Trial)
  public void setUp() {
    isms = ConformantIsms.generate(7, 10_000 * scale, 10, 1_000 * scale);
    System.gc();
    System.gc();
  }

  /** Indexes the ISMS and runs every rule. */
  @Benchmark
  public ConformanceReport check() {
    return ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
  }
}
