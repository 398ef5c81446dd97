package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.lang.management.ManagementFactory;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The validated matrix value: its factories, its refusals, its bounds and what it costs. */
class RiskMatrixTest {
  private static final List<String> L3 = List.of("Low", "Medium", "High");
  private static final List<String> LEVELS = List.of("Green", "Amber", "Red");

  private static List<String> labels(String prefix, int n) {
    List<String> out = new ArrayList<>(n);
    for (int j = 0; j < n; j++) {
      out.add(prefix + j);
    }
    return out;
  }

  // ---------------------------------------------------------------- standard matrix and cells

  @Test
  void standard_hasTheDocumentedCellsAndRanges() {
    RiskMatrix m = RiskMatrix.standard();
    assertThat(m.likelihoodLevels()).isEqualTo(5);
    assertThat(m.impactLevels()).isEqualTo(5);
    assertThat(m.minValue()).isEqualTo(1);
    assertThat(m.maxValue()).isEqualTo(25);
    assertThat(m.levelLabel(4, 3)).isEqualTo("High");
    assertThat(m.value(4, 3)).isEqualTo(12);
    assertThat(m.normalized(4, 3)).isEqualTo(11 / 24.0);
    assertThat(m.bands()).isEmpty();
    assertThat(RiskMatrix.standard()).isSameAs(m);
  }

  @Test
  void cellsOutsideTheMatrix_throw() {
    assertThatThrownBy(() -> RiskMatrix.standard().levelRank(6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RiskMatrix: cell (likelihood 6, impact 1) is outside the 5×5 matrix");
    assertThatThrownBy(() -> RiskMatrix.standard().value(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bulk_levelRanksAndValues() {
    RiskMatrix m = RiskMatrix.standard();
    int[] l = {1, 5, 3, 4};
    int[] i = {1, 5, 3, 2};
    int[] ranks = new int[4];
    double[] values = new double[4];
    m.levelRanks(l, i, ranks);
    m.values(l, i, values);
    assertThat(ranks).containsExactly(1, 5, 3, 3);
    assertThat(values).containsExactly(1, 25, 9, 8);
    assertThatThrownBy(() -> m.levelRanks(new int[] {6}, new int[] {1}, new int[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RiskMatrix: risk 0: cell (likelihood 6, impact 1) is outside the 5×5 matrix");
    assertThatThrownBy(() -> m.values(new int[2], new int[1], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("array lengths differ");
  }

  @Test
  void bulk_largeRegisterMatchesSingleCells() {
    RiskMatrix m = table3x3();
    int n = 100_000;
    int[] l = new int[n];
    int[] i = new int[n];
    for (int j = 0; j < n; j++) {
      l[j] = 1 + (j * 7) % 3;
      i[j] = 1 + (j * 13) % 3;
    }
    int[] ranks = new int[n];
    double[] values = new double[n];
    m.levelRanks(l, i, ranks);
    m.values(l, i, values);
    MatrixMethod method = MatrixMethod.of(m);
    for (int j = 0; j < n; j += 997) {
      Score s = method.score(l[j], i[j]);
      assertThat(m.levelLabels().get(ranks[j] - 1)).isEqualTo(s.level());
      assertThat(values[j]).isEqualTo(s.value());
    }
  }

  // ---------------------------------------------------------------- table rule

  private static RiskMatrix table3x3() {
    return RiskMatrix.ofTable(L3, L3, LEVELS, List.of(
        List.of("Green", "Green", "Amber"),
        List.of("Green", "Amber", "Red"),
        List.of("Amber", "Red", "Red"))).get();
  }

  @Test
  void ofTable_valuesAreRanks() {
    RiskMatrix m = table3x3();
    assertThat(m.rule()).isEqualTo(RiskMatrix.Rule.TABLE);
    assertThat(m.levelLabel(2, 3)).isEqualTo("Red");
    assertThat(m.value(2, 3)).isEqualTo(3.0);
    assertThat(m.maxValue()).isEqualTo(3.0);
    assertThat(m.normalized(1, 1)).isEqualTo(0.0);
    assertThat(m.normalized(2, 2)).isEqualTo(0.5);
    assertThat(m.thresholds()).isEmpty();
  }

  @Test
  void ofTable_reportsEveryProblem() {
    Validation<Seq<Problem>, RiskMatrix> v = RiskMatrix.ofTable(
        List.of("Low", "low", "3"), L3, LEVELS,
        List.of(List.of("Green", "Purple", "Amber"), List.of("Green", "Amber")));
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError().map(Problem::message)).containsExactly(
        "RiskMatrix: likelihoodLabels[2] duplicates label 1 (labels compare ignoring case, '_' and '-'), was 'low'",
        "RiskMatrix: likelihoodLabels[3] must not be a number (numbers denote level positions), was '3'",
        "RiskMatrix: table must have 3 rows, one per likelihood level, was '2 rows'",
        "RiskMatrix: table[1][2] is not one of the level labels [Green, Amber, Red], was 'Purple'",
        "RiskMatrix: table[2] must have 3 cells, one per impact level, was '2 cells'");
    assertThat(v.getError().map(Problem::code)).containsExactly(
        MethodCode.MATRIX_LABEL_DUPLICATE, MethodCode.MATRIX_LABEL_NUMERIC, MethodCode.MATRIX_TABLE_ROWS,
        MethodCode.MATRIX_TABLE_UNKNOWN_LEVEL, MethodCode.MATRIX_TABLE_COLUMNS);
    assertThat(v.getError().head().field()).isEqualTo("likelihoodLabels[2]");
  }

  @Test
  void ofTable_refusesNonMonotoneTable() {
    Validation<Seq<Problem>, RiskMatrix> v = RiskMatrix.ofTable(L3, L3, LEVELS, List.of(
        List.of("Green", "Amber", "Red"),
        List.of("Green", "Green", "Red"),
        List.of("Amber", "Red", "Red")));
    assertThat(v.getError().map(Problem::message)).containsExactly(
        "RiskMatrix: table[2][2] is lower than 'Amber' at the lower likelihood table[1][2], was 'Green'");
    assertThat(v.getError().head().code()).isEqualTo(MethodCode.MATRIX_TABLE_NOT_MONOTONE);
  }

  @Test
  void ofTable_extraRowsAreReportedWithoutBeingRead() {
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < 5_000; r++) {
      rows.add(List.of("Green", "Green", "Green"));
    }
    Validation<Seq<Problem>, RiskMatrix> v = RiskMatrix.ofTable(L3, L3, LEVELS, rows);
    assertThat(v.getError().map(Problem::message))
        .containsExactly("RiskMatrix: table must have 3 rows, one per likelihood level, was '5000 rows'");
  }

  // ---------------------------------------------------------------- product rule

  @Test
  void ofProductThresholds_reportsEveryProblem() {
    Validation<Seq<Problem>, RiskMatrix> v =
        RiskMatrix.ofProductThresholds(L3, L3, List.of("A", "B", "C", "D"), List.of(5, 3, 10));
    assertThat(v.getError().map(Problem::message)).containsExactly(
        "RiskMatrix: thresholds[2] must be greater than the previous threshold 5, was '3'",
        "RiskMatrix: thresholds[3] must be in 2..9 (products of the scales), was '10'");
    assertThat(RiskMatrix.ofProductThresholds(L3, L3, LEVELS, List.of(3)).getError().map(Problem::message))
        .containsExactly("RiskMatrix: thresholds must have 2 values, one per level above the first, was '[3]'");
    assertThat(RiskMatrix.ofProductThresholds(List.of(), L3, LEVELS, List.of(2, 3)).getError().head().message())
        .isEqualTo("RiskMatrix: likelihoodLabels must have at least one label, was '[]'");
  }

  @Test
  void ofProductThresholds_levelsEveryCellByItsProduct() {
    RiskMatrix m = RiskMatrix.ofProductThresholds(
        labels("L", 7), labels("I", 9), List.of("A", "B", "C", "D"), List.of(5, 12, 40)).get();
    for (int l = 1; l <= 7; l++) {
      for (int i = 1; i <= 9; i++) {
        int p = l * i;
        int expected = p >= 40 ? 4 : p >= 12 ? 3 : p >= 5 ? 2 : 1;
        assertThat(m.levelRank(l, i)).as("cell %d,%d", l, i).isEqualTo(expected);
      }
    }
  }

  // ---------------------------------------------------------------- bounded (issue 11.2)

  /** Issue 11.2: 46,341 × 46,341 labels overflowed {@code n * m} into a NegativeArraySizeException. */
  @Test
  void ofProductThresholds_46341Squared_isRefusedBeforeAnyAllocation() {
    List<String> big = labels("L", 46_341);
    List<String> levels = List.of("Low", "High");
    // load the classes of both paths before counting, the refusal's message formatting included
    RiskMatrix.ofProductThresholds(L3, L3, levels, List.of(4));
    RiskMatrix.ofProductThresholds(labels("W", 1_001), L3, levels, List.of(4));
    long[] bytes = new long[1];
    Validation<Seq<Problem>, RiskMatrix> v =
        allocating(bytes, () -> RiskMatrix.ofProductThresholds(big, big, levels, List.of(4)));
    assertThat(v.getError().map(Problem::code)).containsOnly(MethodCode.MATRIX_TOO_LARGE);
    assertThat(v.getError().map(Problem::message)).containsExactly(
        "RiskMatrix: likelihoodLabels must have at most 1000 labels (a matrix has at most 1,000,000 cells),"
            + " was '46,341 labels'",
        "RiskMatrix: impactLabels must have at most 1000 labels (a matrix has at most 1,000,000 cells),"
            + " was '46,341 labels'");
    // nothing proportional to the grid (8.6 GB of int) nor to the labels (a HashMap of 46,341)
    assertThat(bytes[0]).as("bytes allocated while refusing").isLessThan(64 * 1024);
  }

  /** Issue 11.2: 65,536 × 65,537 labels wrapped {@code n * m} to a small array and overran it. */
  @Test
  void ofProductThresholds_65536x65537_isRefused() {
    Validation<Seq<Problem>, RiskMatrix> v = RiskMatrix.ofProductThresholds(
        labels("L", 65_536), labels("I", 65_537), List.of("Low", "High"), List.of(4));
    assertThat(v.getError().map(Problem::field)).containsExactly("likelihoodLabels", "impactLabels");
    assertThat(v.getError().map(Problem::code)).containsOnly(MethodCode.MATRIX_TOO_LARGE);
    // the same bound guards every factory
    assertThat(RiskMatrix.ofTable(labels("L", 1_001), L3, LEVELS, List.of()).getError().map(Problem::code))
        .containsExactly(MethodCode.MATRIX_TOO_LARGE);
    assertThat(RiskMatrix.ofBands(L3, L3, labels("K", 1_001), List.of()).getError().map(Problem::field))
        .containsExactly("levelLabels");
    assertThat(RiskMatrix.ofProductThresholds(L3, L3, LEVELS, new ArrayList<>(java.util.Collections.nCopies(5_000, 3)))
        .getError().map(Problem::code)).containsExactly(MethodCode.MATRIX_THRESHOLDS_COUNT);
  }

  /**
   * Issue 11.2: 4000 × 4000 labels ran out of memory (a Score per cell, sixteen million of them);
   * the grid is now refused by its size before anything proportional to it is allocated.
   */
  @Test
  void ofProductThresholds_4000x4000_isRefusedBeforeAnyAllocation() {
    List<String> likelihood = labels("L", 4_000);
    List<String> impact = labels("I", 4_000);
    List<String> levels = List.of("Low", "High");
    Validation<Seq<Problem>, RiskMatrix> v = RiskMatrix.ofProductThresholds(likelihood, impact, levels, List.of(4));
    assertThat(v.getError().map(Problem::message)).containsExactly(
        "RiskMatrix: likelihoodLabels must have at most 1000 labels (a matrix has at most 1,000,000 cells),"
            + " was '4,000 labels'",
        "RiskMatrix: impactLabels must have at most 1000 labels (a matrix has at most 1,000,000 cells),"
            + " was '4,000 labels'");
    // counted once the classes of the refusal are loaded: nothing proportional to the 16 million cells
    long[] bytes = new long[1];
    allocating(bytes, () -> RiskMatrix.ofProductThresholds(likelihood, impact, levels, List.of(4)));
    assertThat(bytes[0]).as("bytes allocated while refusing").isLessThan(64 * 1024);
  }

  /**
   * Issue 11.2: 1000 × 1000 used to build a Score per cell up front (383 MB). The matrix and its
   * method now hold one int and one (empty) reference per cell: about 8 MB, counted in bytes
   * allocated, not timed. A Score with its three factors is over 200 bytes, so a million of them
   * would be over 200 MB.
   */
  @Test
  void thousandByThousand_buildsNoPerCellObjects() {
    List<String> likelihood = labels("L", RiskMatrix.MAX_LEVELS);
    List<String> impact = labels("I", RiskMatrix.MAX_LEVELS);
    List<String> levels = List.of("Low", "Medium", "High");
    new MatrixMethod(RiskMatrix.ofProductThresholds(L3, L3, levels, List.of(3, 6)).get()).score(1, 1);
    long[] bytes = new long[1];
    MatrixMethod method = allocating(bytes, () -> new MatrixMethod(
        RiskMatrix.ofProductThresholds(likelihood, impact, levels, List.of(1_000, 250_000)).get()));
    assertThat(bytes[0]).as("bytes allocated building a 1000 × 1000 matrix and its method")
        .isLessThan(16L * 1024 * 1024);
    assertThat(method.matrix().likelihoodLevels() * method.matrix().impactLevels()).isEqualTo(RiskMatrix.MAX_CELLS);
    Score corner = method.score(1_000, 1_000);
    assertThat(corner.level()).isEqualTo("High");
    assertThat(corner.value()).isEqualTo(1_000_000);
    assertThat(method.score(999, 1).level()).isEqualTo("Low");
    assertThat(method.score(1_000, 1).level()).isEqualTo("Medium");
    long[] again = new long[1];
    assertThat(allocating(again, () -> method.score(1_000, 1_000))).isSameAs(corner);
    assertThat(again[0]).as("bytes allocated scoring a cell already scored").isLessThan(1024);
  }

  private static <T> T allocating(long[] bytes, Supplier<T> work) {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertThat(mx.isThreadAllocatedMemorySupported()).as("allocation counting supported").isTrue();
    mx.setThreadAllocatedMemoryEnabled(true);
    long before = mx.getCurrentThreadAllocatedBytes();
    T result = work.get();
    bytes[0] = mx.getCurrentThreadAllocatedBytes() - before;
    return result;
  }

  // ---------------------------------------------------------------- bands: a matrix shaped after criteria

  private static RiskCriteria criteria3x3(List<Double> bounds) {
    return RiskCriteria.builder()
        .version("c3")
        .method(MethodId.of("matrix"))
        .addLikelihoodScale("Unlikely", "Possible", "Likely")
        .addImpactScale("Minor", "Moderate", "Severe")
        .addLevels(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High"))
        .addAllLevelBounds(bounds)
        .acceptanceLevel(RiskLevel.of("Medium"))
        .appetite(0.3)
        .tolerance(0.6)
        .assessmentInterval(Period.ofYears(1))
        .build();
  }

  /**
   * Issue 11.7: criteria with 3 × 3 scales get a 3 × 3 matrix on their own labels, whose every cell
   * is at the level the criteria give its normalized score; a likelihood of 5 is refused, not scored
   * on the standard 5 × 5 matrix.
   */
  @Test
  void ofBands_criteriaShapedThreeByThree_agreesWithTheCriteriaOnEveryCell() {
    for (List<Double> bounds : List.of(List.of(0.2, 0.5), List.of(0.125, 0.375), List.<Double>of())) {
      RiskCriteria c = criteria3x3(bounds);
      RiskMatrix m = RiskMatrix.ofBands(c.likelihoodScale(), c.impactScale(),
          c.levels().stream().map(RiskLevel::name).toList(), c.levelBounds()).get();
      assertThat(m.rule()).isEqualTo(RiskMatrix.Rule.BANDS);
      assertThat(m.bands()).isEqualTo(bounds);
      MatrixMethod method = MatrixMethod.of(m);
      for (int l = 1; l <= 3; l++) {
        for (int i = 1; i <= 3; i++) {
          Score s = method.score(l, i);
          assertThat(s.value()).isEqualTo(l * i);
          assertThat(s.level()).as("bounds %s, cell %d,%d", bounds, l, i).isEqualTo(c.levelOf(s.normalized()).name());
        }
      }
      assertThat(method.decode(Map.of("likelihood", "likely", "impact", "Severe")).get())
          .isEqualTo(MatrixInput.of(3, 3));
      Problem five = method.decode(Map.of("likelihood", "5", "impact", "1")).getLeft();
      assertThat(five.code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
      assertThat(five.message()).isEqualTo("likelihood: must be in 1..3, was '5'");
    }
  }

  @Test
  void ofBands_refusesBadBounds() {
    assertThat(RiskMatrix.ofBands(L3, L3, LEVELS, List.of(0.5)).getError().map(Problem::code))
        .containsExactly(MethodCode.MATRIX_BANDS_COUNT);
    assertThat(RiskMatrix.ofBands(L3, L3, LEVELS, Arrays.asList(0.6, 0.4)).getError().map(Problem::message))
        .containsExactly("RiskMatrix: upperBounds[2] must increase strictly within (0, 1), was '0.4'");
    assertThat(RiskMatrix.ofBands(L3, L3, LEVELS, Arrays.asList(0.0, Double.NaN)).getError().map(Problem::field))
        .containsExactly("upperBounds[1]", "upperBounds[2]");
  }

  @Test
  void ofBands_allowsALevelWithoutCells() {
    // 2 × 2: normalized products 0, 1/3, 1/3, 1; no cell falls in (0.4, 0.5]
    RiskMatrix m = RiskMatrix.ofBands(List.of("a", "b"), List.of("x", "y"), List.of("L", "M", "H"),
        List.of(0.4, 0.5)).get();
    assertThat(new int[] {m.levelRank(1, 1), m.levelRank(1, 2), m.levelRank(2, 1), m.levelRank(2, 2)})
        .containsExactly(1, 1, 1, 3);
  }

  // ---------------------------------------------------------------- codes, equality

  @Test
  void codes_followTheGrammar() {
    assertThat(MethodCode.values()).extracting(MethodCode::key)
        .doesNotHaveDuplicates()
        .allMatch(ProblemCode::wellFormed);
  }

  @Test
  void equalMatrices_areEqual() {
    assertThat(table3x3()).isEqualTo(table3x3()).hasSameHashCodeAs(table3x3());
    assertThat(table3x3()).isNotEqualTo(RiskMatrix.standard());
    assertThat(RiskMatrix.ofProductThresholds(L3, L3, LEVELS, List.of(3, 6)).get())
        .isNotEqualTo(RiskMatrix.ofBands(L3, L3, LEVELS, List.of()).get());
    assertThat(table3x3().toString()).isEqualTo("RiskMatrix[3×3, TABLE, levels=[Green, Amber, Red]]");
  }
}
