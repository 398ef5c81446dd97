package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The thin {@code matrix} method over a {@link RiskMatrix}; the matrix itself is {@link RiskMatrixTest}'s. */
class MatrixMethodTest {
  private final MatrixMethod matrix = new MatrixMethod();

  private static final List<String> L3 = List.of("Low", "Medium", "High");
  private static final List<String> LEVELS = List.of("Green", "Amber", "Red");

  @Test
  void default_isFiveByFiveWithDocumentedScales() {
    RiskMatrix m = matrix.matrix();
    assertThat(m).isSameAs(RiskMatrix.standard());
    assertThat(m.likelihoodLabels())
        .containsExactly("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    assertThat(m.impactLabels())
        .containsExactly("Negligible", "Minor", "Moderate", "Major", "Catastrophic");
    assertThat(m.levelLabels()).containsExactly("Very Low", "Low", "Medium", "High", "Very High");
    assertThat(m.rule()).isEqualTo(RiskMatrix.Rule.PRODUCT);
    assertThat(m.thresholds()).containsExactly(4, 8, 12, 20);
    assertThat(matrix.descriptor().bounds().min()).isEqualTo(1);
    assertThat(matrix.descriptor().bounds().max()).isEqualTo(25);
  }

  @Test
  void descriptor_documentsKeysAndFactors() {
    assertThat(matrix.descriptor().id()).isEqualTo(MatrixMethod.ID);
    assertThat(matrix.descriptor().inputKeyNames()).containsExactly("likelihood", "impact");
    assertThat(matrix.descriptor().inputKey("likelihood").orElseThrow().allowed())
        .isEqualTo("a level number in 1..5 or a label of [Rare, Unlikely, Possible, Likely, Almost certain]");
    assertThat(matrix.descriptor().factors()).extracting(f -> f.name())
        .containsExactly("likelihood", "impact", "product");
    assertThat(matrix.descriptor().monotonicFactors()).extracting(f -> f.name())
        .containsExactly("likelihood", "impact");
    MatrixMethod table = MatrixMethod.of(RiskMatrix.ofTable(L3, L3, LEVELS, List.of(
        List.of("Green", "Green", "Amber"), List.of("Green", "Amber", "Red"), List.of("Amber", "Red", "Red"))).get());
    assertThat(table.descriptor().factors()).extracting(f -> f.name())
        .containsExactly("likelihood", "impact", "levelRank");
  }

  /**
   * All 25 cells of the default matrix against its documented rule (class Javadoc): Very Low 1–3,
   * Low 4–7, Medium 8–11, High 12–19, Very High 20–25 of the product likelihood × impact. Rows:
   * likelihood 1..5; columns: impact 1..5.
   */
  @Test
  void default_allTwentyFiveCells() {
    String[][] expected = {
      {"Very Low", "Very Low", "Very Low", "Low", "Low"},
      {"Very Low", "Low", "Low", "Medium", "Medium"},
      {"Very Low", "Low", "Medium", "High", "High"},
      {"Low", "Medium", "High", "High", "Very High"},
      {"Low", "Medium", "High", "Very High", "Very High"},
    };
    for (int l = 1; l <= 5; l++) {
      for (int i = 1; i <= 5; i++) {
        Score s = matrix.score(l, i);
        assertThat(s.level()).as("cell %d,%d", l, i).isEqualTo(expected[l - 1][i - 1]);
        assertThat(s.value()).isEqualTo(l * i);
        assertThat(s.normalized()).isEqualTo((l * i - 1) / 24.0);
        assertThat(matrix.score(MatrixInput.of(l, i)).get()).isSameAs(s);
      }
    }
  }

  @Test
  void hotPath_returnsCachedScores() {
    assertThat(matrix.score(4, 5)).isSameAs(matrix.score(4, 5));
  }

  @Test
  void ofTable_explicitThreeByThree() {
    MatrixMethod m =
        MatrixMethod.of(RiskMatrix.ofTable(
                L3,
                L3,
                LEVELS,
                List.of(
                    List.of("Green", "Green", "Amber"),
                    List.of("Green", "Amber", "Red"),
                    List.of("Amber", "Red", "Red")))
            .get());
    assertThat(m.matrix().levelLabel(2, 3)).isEqualTo("Red");
    assertThat(m.score(2, 3).level()).isEqualTo("Red");
    assertThat(m.score(2, 3).value()).isEqualTo(3.0);
    assertThat(m.descriptor().bounds().max()).isEqualTo(3.0);
    assertThat(m.score(1, 1).normalized()).isEqualTo(0.0);
    assertThat(m.score(MatrixInput.of(4, 1)).getLeft().message())
        .isEqualTo("likelihood: must be in 1..3, was '4'");
  }

  @Test
  void ofProductThresholds_anyShape() {
    MatrixMethod m = MatrixMethod.of(RiskMatrix.ofProductThresholds(
        List.of("1a", "2a", "3a", "4a"), List.of("x", "y"), List.of("Low", "High"), List.of(4)).get());
    assertThat(m.score(3, 1).level()).isEqualTo("Low");
    assertThat(m.score(2, 2).level()).isEqualTo("High");
    assertThat(m.descriptor().bounds().max()).isEqualTo(8);
    assertThat(m.decode(Map.of("likelihood", "4a", "impact", "y")).get()).isEqualTo(MatrixInput.of(4, 2));
  }

  @Test
  void decode_numbersAndLabels() {
    assertThat(matrix.decode(Map.of("likelihood", "almost_certain", "impact", "2")).get())
        .isEqualTo(MatrixInput.of(5, 2));
    assertThat(matrix.decode(Map.of("likelihood", " Likely ", "impact", "CATASTROPHIC")).get())
        .isEqualTo(MatrixInput.of(4, 5));
    assertThat(matrix.encode(MatrixInput.of(4, 5))).isEqualTo(Map.of("likelihood", "4", "impact", "5"));
  }

  @Test
  void decode_errors() {
    Problem label = matrix.decode(Map.of("likelihood", "Frequent", "impact", "2")).getLeft();
    assertThat(label.code()).isEqualTo(ScoringCode.VALUE_UNKNOWN_LABEL);
    assertThat(label.message())
        .isEqualTo(
            "likelihood: is neither a level number in 1..5 nor one of the labels"
                + " [Rare, Unlikely, Possible, Likely, Almost certain], was 'Frequent'");
    assertThat(matrix.decode(Map.of("likelihood", "0", "impact", "2")).getLeft().message())
        .isEqualTo("likelihood: must be in 1..5, was '0'");
    assertThat(matrix.decode(Map.of("likelihood", "NaN", "impact", "2")).getLeft().code())
        .isEqualTo(ScoringCode.VALUE_NAN);
    Problem missing = matrix.decode(Map.of("likelihood", "3")).getLeft();
    assertThat(missing.code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(missing.message()).isEqualTo("impact: is required but missing");
    Problem unknown = matrix.decode(Map.of("likelihood", "3", "impact", "3", "owner", "x")).getLeft();
    assertThat(unknown.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(unknown.message())
        .isEqualTo("owner: is not an input key of method 'matrix' (allowed keys: likelihood, impact), was 'x'");
  }

  @Test
  void decode_hostileLabel_isEchoedShortAndEscaped() {
    String hostile = "\u001B[2J" + "x\n".repeat(500_000);
    Problem p = matrix.decode(Map.of("likelihood", hostile, "impact", "2")).getLeft();
    assertThat(p.code()).isEqualTo(ScoringCode.VALUE_UNKNOWN_LABEL);
    assertThat(p.message()).hasSizeLessThan(400).doesNotContain("\n", "\u001B").contains("(1,000,004 chars)");
  }

  @Test
  void cellScores_areBuiltOnFirstUse_andKept() {
    MatrixMethod m = new MatrixMethod(RiskMatrix.standard());
    Score first = m.score(3, 4);
    assertThat(m.score(3, 4)).isSameAs(first);
    assertThat(m.score(MatrixInput.of(3, 4)).get()).isSameAs(first);
    assertThat(first).isEqualTo(new MatrixMethod().score(3, 4));
  }

  @Test
  void mitigate_stepsAndFloor() {
    // round(0.5 * 4) = 2 likelihood steps; round(0.2 * 4) = round(0.8) = 1 impact step.
    assertThat(matrix.mitigate(MatrixInput.of(5, 5), Mitigation.of(0.5, 0.2)).get())
        .isEqualTo(MatrixInput.of(3, 4));
    assertThat(matrix.mitigate(MatrixInput.of(2, 2), Mitigation.of(1, 1)).get())
        .isEqualTo(MatrixInput.of(1, 1));
    assertThat(matrix.mitigate(MatrixInput.of(9, 1), Mitigation.NONE).isLeft()).isTrue();
  }

  @Test
  void outOfRangeInputs_areProblemsNotExceptions() {
    qt().withFixedSeed(42L)
        .withExamples(200)
        .forAll(integers().between(-50, 50), integers().between(-50, 50))
        .checkAssert((l, i) -> {
          boolean inside = l >= 1 && l <= 5 && i >= 1 && i <= 5;
          assertThat(matrix.score(MatrixInput.of(l, i)).isRight()).isEqualTo(inside);
          assertThat(matrix.mitigate(MatrixInput.of(l, i), Mitigation.NONE).isRight()).isEqualTo(inside);
        });
  }

  @Test
  void hotPath_outsideMatrix_throws() {
    assertThatThrownBy(() -> matrix.score(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Arrays.asList(matrix.score(MatrixInput.of(0, 1)).getLeft().field()))
        .containsExactly("likelihood");
  }
}
