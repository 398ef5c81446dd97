package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringError;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatrixMethodTest {
  private final MatrixMethod matrix = new MatrixMethod();

  private static final List<String> L3 = List.of("Low", "Medium", "High");
  private static final List<String> LEVELS = List.of("Green", "Amber", "Red");

  @Test
  void default_isFiveByFiveWithDocumentedScales() {
    assertThat(matrix.likelihoodLabels())
        .containsExactly("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    assertThat(matrix.impactLabels())
        .containsExactly("Negligible", "Minor", "Moderate", "Major", "Catastrophic");
    assertThat(matrix.levelLabels()).containsExactly("Very Low", "Low", "Medium", "High", "Very High");
    assertThat(matrix.rule()).isEqualTo(MatrixMethod.Rule.PRODUCT);
    assertThat(matrix.thresholds()).containsExactly(4, 8, 12, 20);
    assertThat(matrix.bounds().min()).isEqualTo(1);
    assertThat(matrix.bounds().max()).isEqualTo(25);
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
  void bulk_levelRanksAndValues() {
    int[] l = {1, 5, 3, 4};
    int[] i = {1, 5, 3, 2};
    int[] ranks = new int[4];
    double[] values = new double[4];
    matrix.levelRanks(l, i, ranks);
    matrix.values(l, i, values);
    assertThat(ranks).containsExactly(1, 5, 3, 3);
    assertThat(values).containsExactly(1, 25, 9, 8);
    assertThatThrownBy(() -> matrix.levelRanks(new int[] {6}, new int[] {1}, new int[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MatrixMethod: risk 0: cell (likelihood 6, impact 1) is outside the 5×5 matrix");
    assertThatThrownBy(() -> matrix.values(new int[2], new int[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("array lengths differ");
  }

  @Test
  void bulk_largeRegisterMatchesSingleScores() {
    int n = 100_000;
    int[] l = new int[n];
    int[] i = new int[n];
    for (int j = 0; j < n; j++) {
      l[j] = 1 + (j * 7) % 5;
      i[j] = 1 + (j * 13) % 5;
    }
    int[] ranks = new int[n];
    matrix.levelRanks(l, i, ranks);
    for (int j = 0; j < n; j += 997) {
      assertThat(ranks[j]).isEqualTo(matrix.levelRank(l[j], i[j]));
    }
  }

  @Test
  void ofTable_explicitThreeByThree() {
    MatrixMethod m =
        MatrixMethod.ofTable(
                L3,
                L3,
                LEVELS,
                List.of(
                    List.of("Green", "Green", "Amber"),
                    List.of("Green", "Amber", "Red"),
                    List.of("Amber", "Red", "Red")))
            .get();
    assertThat(m.levelLabel(2, 3)).isEqualTo("Red");
    assertThat(m.score(2, 3).value()).isEqualTo(3.0);
    assertThat(m.bounds().max()).isEqualTo(3.0);
    assertThat(m.score(1, 1).normalized()).isEqualTo(0.0);
    assertThat(m.score(MatrixInput.of(4, 1)).getLeft().message())
        .isEqualTo("likelihood: must be in 1..3, was '4'");
  }

  @Test
  void ofTable_reportsEveryProblem() {
    Validation<Seq<ScoringError>, MatrixMethod> v =
        MatrixMethod.ofTable(
            List.of("Low", "low", "3"),
            L3,
            LEVELS,
            List.of(List.of("Green", "Purple", "Amber"), List.of("Green", "Amber")));
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError().map(ScoringError::message))
        .containsExactly(
            "likelihoodLabels[2]: duplicates label 1 (labels compare ignoring case, '_' and '-'), was 'low'",
            "likelihoodLabels[3]: must not be a number (numbers denote level positions), was '3'",
            "table: must have 3 rows, one per likelihood level, was '2 rows'",
            "table[1][2]: is not one of the level labels [Green, Amber, Red], was 'Purple'",
            "table[2]: must have 3 cells, one per impact level, was '2 cells'");
  }

  @Test
  void ofTable_refusesNonMonotoneTable() {
    Validation<Seq<ScoringError>, MatrixMethod> v =
        MatrixMethod.ofTable(
            L3,
            L3,
            LEVELS,
            List.of(
                List.of("Green", "Amber", "Red"),
                List.of("Green", "Green", "Red"),
                List.of("Amber", "Red", "Red")));
    assertThat(v.getError().map(ScoringError::message))
        .containsExactly(
            "table[2][2]: is lower than 'Amber' at the lower likelihood table[1][2], was 'Green'");
    assertThat(v.getError().head().code()).isEqualTo("matrix.config.table.notMonotone");
  }

  @Test
  void ofProductThresholds_reportsEveryProblem() {
    Validation<Seq<ScoringError>, MatrixMethod> v =
        MatrixMethod.ofProductThresholds(L3, L3, List.of("A", "B", "C", "D"), List.of(5, 3, 10));
    assertThat(v.getError().map(ScoringError::message))
        .containsExactly(
            "thresholds[2]: must be greater than the previous threshold 5, was '3'",
            "thresholds[3]: must be in 2..9 (products of the scales), was '10'");
    Validation<Seq<ScoringError>, MatrixMethod> count =
        MatrixMethod.ofProductThresholds(L3, L3, LEVELS, List.of(3));
    assertThat(count.getError().map(ScoringError::message))
        .containsExactly("thresholds: must have 2 values, one per level above the first, was '[3]'");
    assertThat(MatrixMethod.ofProductThresholds(List.of(), L3, LEVELS, List.of(2, 3)).getError().head().message())
        .isEqualTo("likelihoodLabels: must have at least one label, was '[]'");
  }

  @Test
  void ofProductThresholds_anyShape() {
    MatrixMethod m =
        MatrixMethod.ofProductThresholds(
                List.of("1a", "2a", "3a", "4a"), List.of("x", "y"), List.of("Low", "High"), List.of(4))
            .get();
    assertThat(m.likelihoodLevels()).isEqualTo(4);
    assertThat(m.impactLevels()).isEqualTo(2);
    assertThat(m.levelLabel(3, 1)).isEqualTo("Low");
    assertThat(m.levelLabel(2, 2)).isEqualTo("High");
    assertThat(m.bounds().max()).isEqualTo(8);
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
    ScoringError label = matrix.decode(Map.of("likelihood", "Frequent", "impact", "2")).getLeft();
    assertThat(label.code()).isEqualTo("matrix.value.unknownLabel");
    assertThat(label.message())
        .isEqualTo(
            "likelihood: is neither a level number in 1..5 nor one of the labels"
                + " [Rare, Unlikely, Possible, Likely, Almost certain], was 'Frequent'");
    assertThat(matrix.decode(Map.of("likelihood", "0", "impact", "2")).getLeft().message())
        .isEqualTo("likelihood: must be in 1..5, was '0'");
    assertThat(matrix.decode(Map.of("likelihood", "NaN", "impact", "2")).getLeft().code())
        .isEqualTo("matrix.value.nan");
    ScoringError missing = matrix.decode(Map.of("likelihood", "3")).getLeft();
    assertThat(missing.message()).isEqualTo("impact: required input is missing, was ''");
    assertThat(matrix.decode(Map.of("likelihood", "3", "impact", "3", "owner", "x")).getLeft().code())
        .isEqualTo("matrix.key.unknown");
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
  void hotPath_outsideMatrix_throws() {
    assertThatThrownBy(() -> matrix.score(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Arrays.asList(matrix.score(MatrixInput.of(0, 1)).getLeft().field()))
        .containsExactly("likelihood");
  }
}
