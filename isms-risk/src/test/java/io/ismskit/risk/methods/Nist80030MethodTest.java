package io.ismskit.risk.methods;

import static io.ismskit.risk.methods.Nist80030Level.HIGH;
import static io.ismskit.risk.methods.Nist80030Level.LOW;
import static io.ismskit.risk.methods.Nist80030Level.MODERATE;
import static io.ismskit.risk.methods.Nist80030Level.VERY_HIGH;
import static io.ismskit.risk.methods.Nist80030Level.VERY_LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Nist80030MethodTest {
  private final Nist80030Method method = new Nist80030Method();

  private static final Nist80030Level[] ORDER = {VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH};

  /**
   * NIST SP 800-30 Rev. 1 (September 2012), Appendix G, Table G-5 "Assessment Scale – Overall
   * Likelihood". Rows: likelihood of threat event initiation or occurrence, Very High first (as
   * printed); columns: likelihood threat events result in adverse impacts, Very Low … Very High.
   */
  private static final Nist80030Level[][] TABLE_G5_AS_PRINTED = {
    /* Very High */ {LOW, MODERATE, HIGH, VERY_HIGH, VERY_HIGH},
    /* High      */ {LOW, MODERATE, MODERATE, HIGH, VERY_HIGH},
    /* Moderate  */ {LOW, LOW, MODERATE, MODERATE, HIGH},
    /* Low       */ {VERY_LOW, LOW, LOW, MODERATE, MODERATE},
    /* Very Low  */ {VERY_LOW, VERY_LOW, LOW, LOW, LOW},
  };

  /**
   * NIST SP 800-30 Rev. 1 (September 2012), Appendix I, Table I-2 "Assessment Scale – Level of Risk
   * (Combination of Likelihood and Impact)". Rows: likelihood (threat event occurs and results in
   * adverse impact), Very High first (as printed); columns: level of impact, Very Low … Very High.
   */
  private static final Nist80030Level[][] TABLE_I2_AS_PRINTED = {
    /* Very High */ {VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH},
    /* High      */ {VERY_LOW, LOW, MODERATE, HIGH, VERY_HIGH},
    /* Moderate  */ {VERY_LOW, LOW, MODERATE, MODERATE, HIGH},
    /* Low       */ {VERY_LOW, LOW, LOW, LOW, MODERATE},
    /* Very Low  */ {VERY_LOW, VERY_LOW, VERY_LOW, LOW, LOW},
  };

  @Test
  void tableG5_allTwentyFiveCells() {
    int cells = 0;
    for (int row = 0; row < 5; row++) {
      Nist80030Level initiation = ORDER[4 - row];
      for (int col = 0; col < 5; col++) {
        Nist80030Level adverse = ORDER[col];
        assertThat(Nist80030Method.overallLikelihood(initiation, adverse))
            .as("G-5 initiation %s, adverse impact %s", initiation, adverse)
            .isEqualTo(TABLE_G5_AS_PRINTED[row][col]);
        cells++;
      }
    }
    assertThat(cells).isEqualTo(25);
  }

  @Test
  void tableI2_allTwentyFiveCells() {
    int cells = 0;
    for (int row = 0; row < 5; row++) {
      Nist80030Level likelihood = ORDER[4 - row];
      for (int col = 0; col < 5; col++) {
        Nist80030Level impact = ORDER[col];
        assertThat(Nist80030Method.riskLevel(likelihood, impact))
            .as("I-2 likelihood %s, impact %s", likelihood, impact)
            .isEqualTo(TABLE_I2_AS_PRINTED[row][col]);
        cells++;
      }
    }
    assertThat(cells).isEqualTo(25);
  }

  @Test
  void score_combinesG5ThenI2_andUsesTheZeroToTenValue() {
    // G-5: High initiation x Moderate adverse impact = Moderate; I-2: Moderate x Very High = High;
    // Table I-3: High = 8 on the 0-10 scale.
    Score s = method.score(Nist80030Input.of(HIGH, MODERATE, VERY_HIGH)).get();
    assertThat(s.level()).isEqualTo("High");
    assertThat(s.value()).isEqualTo(8.0);
    assertThat(s.normalized()).isEqualTo(0.8);
    assertThat(s.factors())
        .filteredOn(f -> f.name().equals("overallLikelihood"))
        .singleElement()
        .satisfies(f -> assertThat(f.label()).isEqualTo("Moderate"));
  }

  /** NIST SP 800-30 Rev. 1, Tables G-2, G-4, H-3, I-3: 96-100, 80-95, 21-79, 5-20, 0-4. */
  @ParameterizedTest
  @CsvSource({
    "0, VERY_LOW", "4, VERY_LOW", "5, LOW", "20, LOW", "21, MODERATE", "79, MODERATE",
    "80, HIGH", "95, HIGH", "96, VERY_HIGH", "100, VERY_HIGH"
  })
  void semiQuantitative100_rangeBoundaries(int value, Nist80030Level expected) {
    assertThat(Nist80030Level.fromSemiQuantitative100(value)).contains(expected);
    assertThat(Nist80030Method.parseLevel("impact", value + "/100").get()).isEqualTo(expected);
  }

  /** NIST SP 800-30 Rev. 1 semi-quantitative 0-10 values: 10, 8, 5, 2, 0. */
  @ParameterizedTest
  @CsvSource({"0, VERY_LOW", "2, LOW", "5, MODERATE", "8, HIGH", "10, VERY_HIGH"})
  void semiQuantitative10_values(int value, Nist80030Level expected) {
    assertThat(Nist80030Level.fromSemiQuantitative10(value)).contains(expected);
    assertThat(expected.semiQuantitative10()).isEqualTo(value);
    assertThat(Nist80030Method.parseLevel("impact", value + "/10").get()).isEqualTo(expected);
  }

  @Test
  void semiQuantitative_outsideScale_isEmpty() {
    assertThat(Nist80030Level.fromSemiQuantitative100(-1)).isEmpty();
    assertThat(Nist80030Level.fromSemiQuantitative100(101)).isEmpty();
    assertThat(Nist80030Level.fromSemiQuantitative10(7)).isEmpty();
  }

  @Test
  void decode_labelsAndSemiQuantitative() {
    Nist80030Input in =
        method
            .decode(
                Map.of(
                    "initiationLikelihood", "very_high",
                    "adverseImpactLikelihood", "85/100",
                    "impact", "5/10"))
            .get();
    assertThat(in).isEqualTo(Nist80030Input.of(VERY_HIGH, HIGH, MODERATE));
    assertThat(method.encode(in))
        .containsEntry("initiationLikelihood", "Very High")
        .containsEntry("adverseImpactLikelihood", "High")
        .containsEntry("impact", "Moderate");
  }

  @Test
  void decode_errors() {
    Map<String, String> ok =
        Map.of("initiationLikelihood", "Low", "adverseImpactLikelihood", "Low", "impact", "Low");
    Problem missing =
        method.decode(Map.of("initiationLikelihood", "Low", "impact", "Low")).getLeft();
    assertThat(missing.code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(missing.field()).isEqualTo("adverseImpactLikelihood");

    Problem unknown = method.decode(with(ok, "impact", "Severe")).getLeft();
    assertThat(unknown.code()).isEqualTo(ScoringCode.VALUE_UNKNOWN_LABEL);
    assertThat(unknown.message()).startsWith("impact: must be Very Low, Low, Moderate, High or Very High");
    assertThat(unknown.message()).endsWith("was 'Severe'");

    Problem range = method.decode(with(ok, "impact", "101/100")).getLeft();
    assertThat(range.code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(range.message()).isEqualTo("impact: must be in 0..100, was '101'");

    Problem ten = method.decode(with(ok, "impact", "7/10")).getLeft();
    assertThat(ten.code()).isEqualTo(MethodCode.NIST_VALUE_SEMI_QUANTITATIVE_10);

    Problem nan = method.decode(with(ok, "impact", "NaN")).getLeft();
    assertThat(nan.code()).isEqualTo(ScoringCode.VALUE_NAN);

    Problem nanNumber = method.decode(with(ok, "impact", "NaN/100")).getLeft();
    assertThat(nanNumber.code()).isEqualTo(ScoringCode.VALUE_NAN);

    Problem extra = method.decode(with(ok, "vulnerability", "High")).getLeft();
    assertThat(extra.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(extra.field()).isEqualTo("vulnerability");
  }

  @Test
  void semiQuantitative100_alwaysMapsIntoItsLevelRange() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(0, 100))
        .checkAssert(v -> {
          Nist80030Level l = Nist80030Level.fromSemiQuantitative100(v).orElseThrow();
          assertThat(v).isBetween(l.min100(), l.max100());
        });
  }

  @Test
  void descriptor_documentsEveryKeyAndFactor_includingOverallLikelihood() {
    var d = method.descriptor();
    assertThat(d.inputKeyNames()).containsExactly("initiationLikelihood", "adverseImpactLikelihood", "impact");
    assertThat(d.inputKeys()).allMatch(k -> k.required() && k.allowed().contains("n/100"));
    assertThat(d.factors()).extracting(f -> f.name()).containsExactly(
        "initiationLikelihood", "adverseImpactLikelihood", "overallLikelihood", "impact", "riskLevel");
    assertThat(d.factor("overallLikelihood").orElseThrow().meaning()).contains("Table G-5");
    assertThat(method.score(Nist80030Input.of(HIGH, HIGH, HIGH)).get().factors())
        .extracting(f -> f.name()).allMatch(n -> d.factor(n).isPresent());
  }

  @Test
  void mitigate_lowersAdverseImpactLikelihoodAndImpact() {
    Nist80030Input in = Nist80030Input.of(VERY_HIGH, VERY_HIGH, VERY_HIGH);
    // round(0.5 * 4) = 2 steps each; initiation likelihood unchanged.
    assertThat(method.mitigate(in, Mitigation.of(0.5, 0.5)).get())
        .isEqualTo(Nist80030Input.of(VERY_HIGH, MODERATE, MODERATE));
    assertThat(method.mitigate(in, Mitigation.of(1, 1)).get())
        .isEqualTo(Nist80030Input.of(VERY_HIGH, VERY_LOW, VERY_LOW));
    assertThat(method.mitigate(in, Mitigation.NONE).get()).isEqualTo(in);
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>(base);
    m.put(key, value);
    return m;
  }
}
