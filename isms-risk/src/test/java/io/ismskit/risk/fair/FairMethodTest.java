package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class FairMethodTest {
  private final FairMethod method = new FairMethod();

  /** A random valid input; small trial counts keep property tests fast. */
  static FairInput randomInput(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Frequency f = switch (r.nextInt(4)) {
      case 0 -> Frequency.poisson(r.nextDouble() * 20).get();
      case 1 -> Frequency.bernoulli(r.nextDouble()).get();
      case 2 -> Frequency.poissonRate(randomDistribution(r, 0, 10));
      default -> Frequency.threatEvents(
              randomDistribution(r, 0, 20), Distribution.uniform(0, r.nextDouble()).get())
          .get();
    };
    FairScenario s = FairScenario.of(f, randomDistribution(r, 1, 1e6));
    if (r.nextBoolean()) {
      s = s.withSecondary(SecondaryLoss.of(r.nextDouble(), randomDistribution(r, 1, 1e5)).get());
    }
    return new FairInput(s, Simulation.of(500 + r.nextInt(3_000), r.nextLong()).get());
  }

  private static io.vavr.control.Either<Problem, Distribution> randomDistributionE(
      SplittableRandom r, double lo, double hi) {
    double a = lo + r.nextDouble() * (hi - lo) / 4;
    double b = a + r.nextDouble() * (hi - a);
    double m = a + r.nextDouble() * (b - a);
    return switch (r.nextInt(6)) {
      case 0 -> Distribution.constant(m);
      case 1 -> Distribution.uniform(a, b);
      case 2 -> Distribution.triangular(a, m, b);
      case 3 -> Distribution.pert(a, m, b, 1 + r.nextDouble() * 5);
      case 4 -> Distribution.lognormal90(Math.max(a, 0.01), Math.max(b, 0.01) * 2);
      default -> Distribution.lognormal(Math.log(Math.max(m, 0.01)), 0.1 + r.nextDouble());
    };
  }

  private static Distribution randomDistribution(SplittableRandom r, double lo, double hi) {
    return randomDistributionE(r, lo, hi).get();
  }

  private Score score(FairInput in) {
    return method.score(in).get();
  }

  private static FairInput input(String... kv) {
    return new FairMethod().decode(map(kv)).get();
  }

  private static Map<String, String> map(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  // ---- identity -------------------------------------------------------------------------------

  @Test
  void isRegisteredAsAService() {
    List<String> ids = new java.util.ArrayList<>();
    for (ScoringMethod<?> m : ServiceLoader.load(ScoringMethod.class)) {
      ids.add(m.id().value());
    }
    assertThat(ids).contains("fair");
    assertThat(method.descriptor().bounds().min()).isZero();
    assertThat(method.descriptor().bounds().max()).isInfinite();
    assertThat(method.descriptor().inputType()).isEqualTo(FairInput.class);
  }

  // ---- score ----------------------------------------------------------------------------------

  @Test
  void score_isMeanAnnualLossWithFactors() {
    FairInput in =
        input(
            "lef.kind", "poisson", "lef.lambda", "0.5",
            "plm.kind", "constant", "plm.value", "40000",
            "trials", "200000", "seed", "5");
    Score s = score(in);
    // Poisson(0.5) × 40,000: mean 20,000; sd of the mean = 40,000·sqrt(0.5)/sqrt(n)
    assertThat(s.value()).isCloseTo(20_000, offset(5 * 40_000 * Math.sqrt(0.5 / 200_000)));
    assertThat(s.normalized()).isEqualTo(s.value() / (s.value() + 100_000));
    assertThat(s.level()).isEqualTo("Medium");
    assertThat(s.method().value()).isEqualTo("fair");
    assertThat(s.factors().stream().map(ScoreFactor::name))
        .containsExactly(
            "lef.mean", "lm.mean", "ale.analytic", "ale.mean", "ale.sd", "ale.p10", "ale.p50",
            "ale.p90", "ale.p95", "ale.p99", "p.loss", "trials", "seed");
    assertThat(s.factors().get(0).value()).isEqualTo(0.5);
    assertThat(s.factors().get(2).value()).isEqualTo(20_000);
    // P(N >= 1) = 1 - e^-0.5
    assertThat(s.factors().get(10).value())
        .isCloseTo(-Math.expm1(-0.5), offset(5 * Math.sqrt(0.25 / 200_000)));
    assertThat(score(in)).isEqualTo(s);
  }

  @Test
  void levels_followConfiguredBands() {
    FairMethod m = FairMethod.of(1_000, List.of(10.0, 100.0), List.of("A", "B", "C"));
    assertThat(m.level(0)).isEqualTo("A");
    assertThat(m.level(10)).isEqualTo("B");
    assertThat(m.level(1e9)).isEqualTo("C");
    assertThat(method.level(5_000)).isEqualTo("Low");
    assertThat(method.level(2_000_000)).isEqualTo("Very High");
  }

  @Test
  void normalized_isOrderPreserving() {
    qt().withFixedSeed(42L)
        .withExamples(100)
        .forAll(longs().all(), longs().all())
        .checkAssert(
            (a, b) -> {
              Score x = score(randomInput(a));
              Score y = score(randomInput(b));
              if (x.value() < y.value()) {
                assertThat(x.normalized()).isLessThanOrEqualTo(y.normalized());
              }
              assertThat(x.normalized()).isBetween(0.0, 1.0);
            });
  }

  @Test
  void score_isDeterministicAndThreadIndependent() {
    ExecutorService ex = Executors.newFixedThreadPool(2);
    try {
      qt().withFixedSeed(42L)
          .withExamples(100)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                FairInput in = randomInput(seed);
                assertThat(method.score(in)).isEqualTo(method.score(in));
                FairResult a = MonteCarlo.run(in.scenario(), in.simulation()).get();
                FairResult b = MonteCarlo.run(in.scenario(), in.simulation(), ex).get();
                assertThat(Double.doubleToRawLongBits(b.mean()))
                    .isEqualTo(Double.doubleToRawLongBits(a.mean()));
                assertThat(b.sortedLosses()).isEqualTo(a.sortedLosses());
              });
    } finally {
      ex.shutdown();
    }
  }

  // ---- monotonicity and mitigation ------------------------------------------------------------

  @Test
  void monotonicFactors_neverLowerTheMeanWithTheSameSeed() {
    assertThat(method.descriptor().monotonicFactors().stream().map(MonotonicFactor::name))
        .containsExactly("frequency", "magnitude", "secondary");
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              FairInput in = randomInput(seed);
              double before = score(in).value();
              for (MonotonicFactor<FairInput> f : method.descriptor().monotonicFactors()) {
                Optional<FairInput> raised = f.raise(in);
                raised.ifPresent(
                    r ->
                        assertThat(score(r).value())
                            .as("%s raised in %s", f.name(), in)
                            .isGreaterThanOrEqualTo(before));
              }
            });
  }

  @Test
  void frequencyFactor_raisesTheMeanByAQuarterForPoisson() {
    FairInput in =
        input("lef.kind", "poisson", "lef.lambda", "2", "plm.kind", "constant", "plm.value", "100");
    FairInput raised = method.descriptor().monotonicFactors().get(0).raise(in).orElseThrow();
    assertThat(raised.scenario().frequency().meanEvents()).isEqualTo(2.5);
    FairInput certain =
        input("lef.kind", "bernoulli", "lef.p", "1", "plm.kind", "constant", "plm.value", "100");
    assertThat(method.descriptor().monotonicFactors().get(0).raise(certain)).isEmpty();
  }

  @Test
  void mitigate_neverRaisesTheMeanWithTheSameSeed() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(longs().all(), integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (seed, lr, ir) -> {
              FairInput in = randomInput(seed);
              FairInput residual = method.mitigate(in, Mitigation.of(lr / 100.0, ir / 100.0)).get();
              assertThat(score(residual).value()).isLessThanOrEqualTo(score(in).value());
            });
  }

  @Test
  void mitigate_scalesFrequencyAndMagnitude() {
    FairInput in =
        input(
            "lef.kind", "tef-vuln",
            "tef.kind", "constant", "tef.value", "10",
            "vuln.kind", "constant", "vuln.value", "0.5",
            "plm.kind", "lognormal90", "plm.low", "1000", "plm.high", "9000");
    FairInput r = method.mitigate(in, Mitigation.of(0.4, 0.5)).get();
    assertThat(r.scenario().frequency().meanEvents()).isCloseTo(10 * 0.5 * 0.6, offset(1e-12));
    assertThat(r.scenario().primaryMagnitude().mean())
        .isCloseTo(0.5 * in.scenario().primaryMagnitude().mean(), offset(1e-6));
    FairInput none = method.mitigate(in, Mitigation.of(1, 0)).get();
    assertThat(score(none).value()).isZero();
    assertThat(score(none).level()).isEqualTo("Low");
  }

  // ---- flat form ------------------------------------------------------------------------------

  @Test
  void decodeEncode_roundTrips() {
    qt().withFixedSeed(42L)
        .withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              FairInput in = randomInput(seed);
              Map<String, String> flat = method.encode(in);
              assertThat(method.decode(flat).get()).isEqualTo(in);
              assertThat(method.encode(method.decode(flat).get())).isEqualTo(flat);
            });
  }

  @Test
  void decode_readsTheDocumentedKeys() {
    FairInput in =
        input(
            "lef.kind", "poisson", "lef.lambda", "0.5",
            "plm.kind", "lognormal90", "plm.low", "10000", "plm.high", "500000",
            "slef", "0.25", "slm.kind", "pert", "slm.min", "1", "slm.mode", "2", "slm.max", "9",
            "trials", "1000", "seed", "-3");
    assertThat(in.scenario().frequency()).isEqualTo(Frequency.poisson(0.5).get());
    assertThat(in.scenario().primaryMagnitude())
        .isEqualTo(Distribution.lognormal90(10_000, 500_000).get());
    assertThat(in.scenario().secondary())
        .contains(SecondaryLoss.of(0.25, Distribution.pert(1, 2, 9).get()).get());
    assertThat(in.simulation()).isEqualTo(Simulation.of(1000, -3).get());
    FairInput defaults =
        input("lef.kind", "bernoulli", "lef.p", "0.1", "plm.kind", "constant", "plm.value", "1");
    assertThat(defaults.simulation().trials()).isEqualTo(FairMethod.DEFAULT_TRIALS);
  }

  private Problem decodeError(String... kv) {
    io.vavr.control.Either<Problem, FairInput> r = method.decode(map(kv));
    assertThat(r.isLeft()).as("expected a refusal of %s", r).isTrue();
    return r.getLeft();
  }

  @Test
  void decode_refusesMissingEntries() {
    Problem e = decodeError("plm.kind", "constant", "plm.value", "1");
    assertThat(e.code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(e.message()).isEqualTo("lef.kind: is required but missing");
    assertThat(decodeError("lef.kind", " ", "plm.kind", "constant", "plm.value", "1").message())
        .isEqualTo("lef.kind: is required but blank, was ' '");
    assertThat(decodeError("lef.kind", "poisson", "lef.lambda", "1", "plm.kind", "uniform", "plm.min", "1").field())
        .isEqualTo("plm.max");
    assertThat(
            decodeError(
                    "lef.kind", "poisson", "lef.lambda", "1", "plm.kind", "constant", "plm.value", "1",
                    "slef", "0.5")
                .field())
        .isEqualTo("slm.kind");
  }

  @Test
  void decode_refusesMalformedAndInvalidEntries() {
    assertThat(
            decodeError("lef.kind", "poisson", "lef.lambda", "half", "plm.kind", "constant", "plm.value", "1")
                .message())
        .isEqualTo("lef.lambda: must be a decimal number, was 'half'");
    assertThat(
            decodeError("lef.kind", "sometimes", "plm.kind", "constant", "plm.value", "1").code())
        .isEqualTo(FairCode.KIND);
    Problem order =
        decodeError(
            "lef.kind", "poisson", "lef.lambda", "1", "plm.kind", "uniform", "plm.min", "9", "plm.max", "1");
    assertThat(order.field()).isEqualTo("plm.min");
    assertThat(order.message()).isEqualTo("plm.min: must not exceed max (1.0), was '9.0'");
    assertThat(
            decodeError("lef.kind", "poisson", "lef.lambda", "1", "plm.kind", "constant", "plm.value", "1",
                    "trials", "0")
                .message())
        .isEqualTo("trials: must be in 1..100000000, was '0'");
    Problem unknown = decodeError("lef.kind", "poisson", "lef.lambda", "1", "plm.kind", "constant", "plm.value", "1",
        "plm.hgh", "3");
    assertThat(unknown.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(unknown.message())
        .startsWith("plm.hgh: is not an input key of method 'fair' (allowed keys: lef.kind, lef.lambda, lef.p,")
        .contains("plm.low, plm.high", "slef", "trials, seed)")
        .endsWith(", was '3'");
    Problem unread = decodeError("lef.kind", "poisson", "lef.lambda", "1", "lef.p", "0.5", "plm.kind", "constant",
        "plm.value", "1");
    assertThat(unread.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(unread.message()).isEqualTo("lef.p: is a FAIR input key that this input's kinds do not read, was '0.5'");
    assertThat(
            decodeError("lef.kind", "tef-vuln", "tef.kind", "constant", "tef.value", "3",
                    "vuln.kind", "constant", "vuln.value", "2", "plm.kind", "constant", "plm.value", "1")
                .field())
        .isEqualTo("vuln.kind");
    assertThat(
            decodeError("lef.kind", "poisson", "lef.lambda", "NaN", "plm.kind", "constant", "plm.value", "1")
                .message())
        .isEqualTo("lef.lambda: must be a number, was 'NaN'");
  }
}
