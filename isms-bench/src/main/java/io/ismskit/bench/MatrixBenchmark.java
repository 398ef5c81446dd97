package io.ismskit.bench;

import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.RiskMatrix;
import io.ismskit.risk.spi.Score;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring a prepared register of 1,000,000 risks with the default 5×5 {@code matrix} method on one
 * core. Throughput is reported per risk (operations per invocation = register size), so the score
 * reads directly as risks per second. Target: at least 20 million risks/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MatrixBenchmark {
  static final int RISKS = 1_000_000;

  final MatrixMethod method = new MatrixMethod();
  final RiskMatrix matrix = method.matrix();
  int[] likelihoods = new int[0];
  int[] impacts = new int[0];
  int[] ranks = new int[0];
  double[] values = new double[0];
  MatrixInput[] inputs = new MatrixInput[0];

  /** Builds the register: random cells of the 5×5 matrix, fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    likelihoods = new int[RISKS];
    impacts = new int[RISKS];
    ranks = new int[RISKS];
    values = new double[RISKS];
    inputs = new MatrixInput[RISKS];
    for (int i = 0; i < RISKS; i++) {
      likelihoods[i] = r.nextInt(1, 6);
      impacts[i] = r.nextInt(1, 6);
      inputs[i] = MatrixInput.of(likelihoods[i], impacts[i]);
    }
  }

  /** The bulk primitive path: level ranks of the whole register, from the {@link RiskMatrix}. */
  @Benchmark
  @OperationsPerInvocation(RISKS)
  public int[] register_levelRanks() {
    matrix.levelRanks(likelihoods, impacts, ranks);
    return ranks;
  }

  /** The bulk primitive path: score values of the whole register. */
  @Benchmark
  @OperationsPerInvocation(RISKS)
  public double[] register_values() {
    matrix.values(likelihoods, impacts, values);
    return values;
  }

  /**
   * The per-risk SPI path with validation: {@code score(MatrixInput)} returning an {@code Either}
   * of the cell's score, built on first use and kept.
   */
  @Benchmark
  @OperationsPerInvocation(RISKS)
  public void register_scoreEach(Blackhole bh) {
    for (MatrixInput in : inputs) {
      Score s = method.score(in).get();
      bh.consume(s);
    }
  }
}
