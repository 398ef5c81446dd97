package io.ismskit.bench;

import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.cvss.CvssMethod;
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

/**
 * Parsing and scoring CVSS vector strings, one core. Each invocation handles {@value #VECTORS}
 * distinct random vectors (fixed seed), so the score reads as vectors per second. Target: at least
 * 2 million vectors/s each for v3.1 and v4.0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CvssBenchmark {
  static final int VECTORS = 4096;

  String[] v31 = new String[0];
  String[] v31Full = new String[0];
  String[] v40 = new String[0];
  String[] v40Full = new String[0];
  final CvssMethod method = new CvssMethod();

  /** Builds the vectors: base-only and with temporal/threat and environmental metrics. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    v31 = new String[VECTORS];
    v31Full = new String[VECTORS];
    v40 = new String[VECTORS];
    v40Full = new String[VECTORS];
    for (int i = 0; i < VECTORS; i++) {
      String b3 = "CVSS:3.1/AV:" + pick(r, "NALP") + "/AC:" + pick(r, "LH") + "/PR:" + pick(r, "NLH")
          + "/UI:" + pick(r, "NR") + "/S:" + pick(r, "UC") + "/C:" + pick(r, "HLN") + "/I:"
          + pick(r, "HLN") + "/A:" + pick(r, "HLN");
      v31[i] = b3;
      v31Full[i] = b3 + "/E:" + pick(r, "XUPFH") + "/RL:" + pick(r, "XOTWU") + "/RC:" + pick(r, "XURC")
          + "/CR:" + pick(r, "XLMH") + "/IR:" + pick(r, "XLMH") + "/AR:" + pick(r, "XLMH")
          + "/MAV:" + pick(r, "XNALP") + "/MAC:" + pick(r, "XLH") + "/MPR:" + pick(r, "XNLH")
          + "/MUI:" + pick(r, "XNR") + "/MS:" + pick(r, "XUC") + "/MC:" + pick(r, "XNLH")
          + "/MI:" + pick(r, "XNLH") + "/MA:" + pick(r, "XNLH");
      String b4 = "CVSS:4.0/AV:" + pick(r, "NALP") + "/AC:" + pick(r, "LH") + "/AT:" + pick(r, "NP")
          + "/PR:" + pick(r, "NLH") + "/UI:" + pick(r, "NPA") + "/VC:" + pick(r, "HLN") + "/VI:"
          + pick(r, "HLN") + "/VA:" + pick(r, "HLN") + "/SC:" + pick(r, "HLN") + "/SI:" + pick(r, "HLN")
          + "/SA:" + pick(r, "HLN");
      v40[i] = b4;
      v40Full[i] = b4 + "/E:" + pick(r, "XAPU") + "/CR:" + pick(r, "XHML") + "/IR:" + pick(r, "XHML")
          + "/AR:" + pick(r, "XHML") + "/MAV:" + pick(r, "XNALP") + "/MAC:" + pick(r, "XLH")
          + "/MAT:" + pick(r, "XNP") + "/MPR:" + pick(r, "XNLH") + "/MUI:" + pick(r, "XNPA")
          + "/MVC:" + pick(r, "XHLN") + "/MVI:" + pick(r, "XHLN") + "/MVA:" + pick(r, "XHLN")
          + "/MSC:" + pick(r, "XHLN") + "/MSI:" + pick(r, "XSHLN") + "/MSA:" + pick(r, "XSHLN");
    }
    for (String[] set : new String[][] {v31, v31Full, v40, v40Full}) {
      for (String v : set) {
        if (Double.isNaN(Cvss.score(v))) {
          throw new IllegalStateException("benchmark vector does not parse: " + v);
        }
      }
    }
  }

  static char pick(SplittableRandom r, String values) {
    return values.charAt(r.nextInt(values.length()));
  }

  static double sum(String[] vectors) {
    double s = 0;
    for (String v : vectors) {
      s += Cvss.score(v);
    }
    return s;
  }

  /** v3.1 base vectors: parse and score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v31_base() {
    return sum(v31);
  }

  /** v3.1 vectors with all temporal and environmental metrics: parse and score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v31_full() {
    return sum(v31Full);
  }

  /** v4.0 base vectors (CVSS-B): parse and score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v40_base() {
    return sum(v40);
  }

  /** v4.0 vectors with threat and environmental metrics (CVSS-BTE): parse and score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v40_full() {
    return sum(v40Full);
  }

  /** v3.1 through the SPI: decode-free parse, then {@code CvssMethod.score}, building the explained Score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v31_method() {
    double s = 0;
    for (String v : v31) {
      s += method.score(Cvss.parse(v).get()).get().value();
    }
    return s;
  }

  /** v4.0 through the SPI, building the explained Score. */
  @Benchmark
  @OperationsPerInvocation(VECTORS)
  public double v40_method() {
    double s = 0;
    for (String v : v40) {
      s += method.score(Cvss.parse(v).get()).get().value();
    }
    return s;
  }
}
