package io.ismskit.bench;

import io.ismskit.core.Isms;
import io.ismskit.core.conformance.ConformanceChecker;
import io.ismskit.core.conformance.ConformanceReport;
import io.ismskit.core.conformance.RuleSet;
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
 * The conformance check of a large ISMS with all 49 built-in rules: {@code scale = 1} is 10,000
 * assets, 100,000 risks, the 93 Annex A controls and 1,000 nonconformities; {@code scale = 2}
 * doubles every count. Targets: at most 300 ms at scale 1 on one core; scale 2 at most 2.2 times
 * scale 1 (no quadratic joins).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class ConformanceBenchmark {
  @Param({"1", "2"})
  public int scale;

  Isms isms = ConformantIsms.small(1);
  final RuleSet rules = RuleSet.iso27001_2022();

  /** Generates the ISMS (not measured). */
  @Setup(Level.Trial)
  public void setUp() {
    isms = ConformantIsms.generate(7, 10_000 * scale, 10, 1_000 * scale);
  }

  /** Indexes the ISMS and runs every rule. */
  @Benchmark
  public ConformanceReport check() {
    return ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
  }
}
