package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Property tests of the built-in methods: determinism, bounds, order-preserving normalization,
 * monotonicity of every declared factor, mitigation never raising the score, and the encode/decode
 * round trip.
 */
class MethodPropertiesTest {
  private static final Gen<Nist80030Level> NIST_LEVELS =
      integers().between(0, 4).map(i -> Nist80030Level.values()[i]);

  private static final Gen<Mitigation> MITIGATIONS =
      doubles().between(0, 1).zip(doubles().between(0, 1), Mitigation::of);

  private static Gen<MatrixInput> matrixInputs(MatrixMethod m) {
    return integers()
        .between(1, m.likelihoodLevels())
        .zip(integers().between(1, m.impactLevels()), MatrixInput::of);
  }

  private static final Gen<Nist80030Input> NIST_INPUTS =
      NIST_LEVELS.zip(NIST_LEVELS, NIST_LEVELS, Nist80030Input::of);

  private static Gen<OwaspInput> owaspInputs() {
    Gen<Integer> rating = integers().between(0, 9);
    Gen<Integer> withBusiness = integers().between(0, 1);
    return in -> {
      int size = withBusiness.generate(in) == 1 ? 16 : 12;
      int[] r = new int[size];
      for (int j = 0; j < size; j++) {
        r[j] = rating.generate(in);
      }
      return OwaspInput.of(r);
    };
  }

  private static Gen<DreadInput> dreadInputs(DreadMethod m) {
    Gen<Integer> r = integers().between(m.min(), m.max());
    return in ->
        DreadInput.of(r.generate(in), r.generate(in), r.generate(in), r.generate(in), r.generate(in));
  }

  private static MatrixMethod tableMatrix() {
    return MatrixMethod.ofTable(
            List.of("L1", "L2", "L3"),
            List.of("I1", "I2", "I3", "I4"),
            List.of("Green", "Amber", "Red"),
            List.of(
                List.of("Green", "Green", "Amber", "Amber"),
                List.of("Green", "Amber", "Amber", "Red"),
                List.of("Amber", "Amber", "Red", "Red")))
        .get();
  }

  private static <I> void laws(ScoringMethod<I> method, Gen<I> inputs) {
    // Determinism, bounds, normalized in [0, 1], round trip.
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(inputs)
        .checkAssert(
            in -> {
              Score s = method.score(in).get();
              assertThat(method.score(in).get()).isEqualTo(s);
              assertThat(method.bounds().contains(s.value())).as("value %s in bounds", s.value()).isTrue();
              assertThat(s.normalized()).isBetween(0.0, 1.0);
              assertThat(s.method()).isEqualTo(method.id());
              assertThat(method.decode(method.encode(in)).get()).isEqualTo(in);
            });
    // Normalization preserves the order of the values.
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(inputs, inputs)
        .checkAssert(
            (a, b) -> {
              Score sa = method.score(a).get();
              Score sb = method.score(b).get();
              if (sa.value() <= sb.value()) {
                assertThat(sa.normalized()).isLessThanOrEqualTo(sb.normalized());
              }
            });
    // Every declared factor is monotonic.
    assertThat(method.monotonicFactors()).isNotEmpty();
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(inputs)
        .checkAssert(
            in -> {
              Score s = method.score(in).get();
              for (MonotonicFactor<I> f : method.monotonicFactors()) {
                f.raise(in)
                    .ifPresent(
                        up ->
                            assertThat(method.score(up).get().value())
                                .as("raising %s of %s", f.name(), in)
                                .isGreaterThanOrEqualTo(s.value()));
              }
            });
    // Mitigation never raises the score.
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(inputs, MITIGATIONS)
        .checkAssert(
            (in, mit) -> {
              I residual = method.mitigate(in, mit).get();
              assertThat(method.score(residual).get().value())
                  .as("mitigating %s by %s", in, mit)
                  .isLessThanOrEqualTo(method.score(in).get().value());
            });
  }

  @Test
  void defaultMatrix_laws() {
    MatrixMethod m = new MatrixMethod();
    laws(m, matrixInputs(m));
  }

  @Test
  void tableMatrix_laws() {
    MatrixMethod m = tableMatrix();
    laws(m, matrixInputs(m));
  }

  @Test
  void nist_laws() {
    laws(new Nist80030Method(), NIST_INPUTS);
  }

  @Test
  void owasp_laws_forEveryImpactBasis() {
    laws(new OwaspMethod(), owaspInputs());
    laws(OwaspMethod.of(OwaspMethod.ImpactBasis.TECHNICAL), owaspInputs());
  }

  @Test
  void dread_laws() {
    DreadMethod d = new DreadMethod();
    laws(d, dreadInputs(d));
    DreadMethod sr = DreadMethod.simpleRisk();
    laws(sr, dreadInputs(sr));
  }

  @Test
  void matrix_bulkAgreesWithSingleScores() {
    MatrixMethod m = tableMatrix();
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(matrixInputs(m))
        .checkAssert(
            in -> {
              int[] ranks = new int[1];
              double[] values = new double[1];
              m.levelRanks(new int[] {in.likelihood()}, new int[] {in.impact()}, ranks);
              m.values(new int[] {in.likelihood()}, new int[] {in.impact()}, values);
              Score s = m.score(in).get();
              assertThat(m.levelLabels().get(ranks[0] - 1)).isEqualTo(s.level());
              assertThat(values[0]).isEqualTo(s.value());
            });
  }

  @Test
  void matrix_outOfRangeInputs_areErrorsNotExceptions() {
    MatrixMethod m = new MatrixMethod();
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(-50, 50), integers().between(-50, 50))
        .checkAssert(
            (l, i) -> {
              boolean inside = l >= 1 && l <= 5 && i >= 1 && i <= 5;
              assertThat(m.score(MatrixInput.of(l, i)).isRight()).isEqualTo(inside);
              assertThat(m.mitigate(MatrixInput.of(l, i), Mitigation.NONE).isRight()).isEqualTo(inside);
            });
  }

  @Test
  void nist_semiQuantitative100_alwaysMapsIntoItsLevelRange() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(0, 100))
        .checkAssert(
            v -> {
              Nist80030Level l = Nist80030Level.fromSemiQuantitative100(v).orElseThrow();
              assertThat(v).isBetween(l.min100(), l.max100());
            });
  }
}
