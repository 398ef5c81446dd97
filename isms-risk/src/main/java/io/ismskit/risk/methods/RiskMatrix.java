package io.ismskit.risk.methods;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.ScoringCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A validated likelihood × impact risk matrix: two labelled scales, the labelled levels of risk,
 * and the level of every cell. It is a value — what {@link MatrixMethod} scores with — and can be
 * shaped after any organization's risk criteria, such as a 3 × 3 matrix on the criteria's own
 * likelihood and consequence scales ({@link #ofBands}).
 *
 * <p><b>Scales.</b> The likelihood scale has N ordered levels and the impact scale M, each with a
 * label; levels are 1-based, 1 being the lowest. The levels of risk form a third ordered scale of
 * K labels (rank 1 is the lowest). Labels must be non-blank, distinct ignoring case, {@code _} and
 * {@code -}, and not numbers (numbers denote level positions in the flat form).
 *
 * <p><b>Rules.</b> The level of each cell comes from one of three {@link Rule rules}:
 *
 * <ul>
 *   <li>{@link Rule#TABLE}: an explicit N×M table of level labels ({@link #ofTable}); row {@code
 *       l - 1} is likelihood level {@code l}, column {@code i - 1} impact level {@code i}. The
 *       table must be non-decreasing along both axes (a higher likelihood or impact never gives a
 *       lower level), so that scoring is monotonic and mitigation never raises a score.
 *   <li>{@link Rule#PRODUCT}: the product {@code likelihood × impact} compared with K−1 strictly
 *       increasing thresholds ({@link #ofProductThresholds}): threshold {@code j} is the smallest
 *       product given level rank {@code j + 2}.
 *   <li>{@link Rule#BANDS}: the product normalized to {@code [0, 1]} (see below) and levelled by
 *       K−1 upper bounds exactly as risk criteria level a normalized score ({@link #ofBands}): a
 *       cell is at the first level whose bound its normalized product does not exceed, the highest
 *       level above every bound; with no bounds, the K levels split {@code [0, 1]} into equal bands.
 *       A level may then hold no cell.
 * </ul>
 *
 * <p><b>Values.</b> With {@code TABLE} a cell's {@link #value value} is its level rank ({@code
 * 1..K}); with {@code PRODUCT} and {@code BANDS} it is the product ({@code 1..N·M}). Its {@link
 * #normalized normalized} value is {@code (value - min) / (max - min)} over those ranges, 0 when
 * the range is a single point; it preserves the order of the values.
 *
 * <p><b>Bounded.</b> Each of the three scales has at most {@value #MAX_LEVELS} labels, so a matrix
 * has at most {@value #MAX_CELLS} cells; the sizes are checked before anything else is read or
 * allocated, and a larger configuration is refused with {@link MethodCode#MATRIX_TOO_LARGE}. A
 * matrix holds one {@code int} per cell and its labels, nothing per cell beyond that.
 *
 * <p><b>Standard.</b> {@link #standard()} is a 5×5 matrix in the style of the risk matrices
 * illustrated in ISO/IEC 27005 and ISO 31000-based practice (the standards give the technique, not
 * fixed values; the labels and thresholds below are this library's default, not quoted from a
 * standard): likelihood 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain; impact 1
 * Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Catastrophic; levels by product: Very Low 1–3, Low
 * 4–7, Medium 8–11, High 12–19, Very High 20–25 (thresholds 4, 8, 12, 20).
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RiskMatrix {
  /** The most labels a scale (likelihood, impact or levels of risk) may have. */
  public static final int MAX_LEVELS = 1_000;

  /** The most cells a matrix may have: {@code MAX_LEVELS²}. */
  public static final int MAX_CELLS = MAX_LEVELS * MAX_LEVELS;

  private static final String TYPE = "RiskMatrix";

  /** How the level of a cell is determined. */
  public enum Rule {
    /** An explicit table of level labels. */
    TABLE,
    /** The product of the two levels, compared with increasing thresholds. */
    PRODUCT,
    /** The normalized product of the two levels, levelled by upper bounds as risk criteria do. */
    BANDS
  }

  private static final RiskMatrix STANDARD = standardMatrix();

  private static RiskMatrix standardMatrix() {
    Validation<Seq<Problem>, RiskMatrix> v = ofProductThresholds(
        List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
        List.of("Negligible", "Minor", "Moderate", "Major", "Catastrophic"),
        List.of("Very Low", "Low", "Medium", "High", "Very High"),
        List.of(4, 8, 12, 20));
    if (v.isInvalid()) {
      throw new IllegalStateException("standard matrix invalid: " + v.getError());
    }
    return v.get();
  }

  private final List<String> likelihoodLabels;
  private final List<String> impactLabels;
  private final List<String> levelLabels;
  private final Rule rule;
  private final List<Integer> thresholds;
  private final List<Double> bands;
  private final int n;
  private final int m;
  private final int[] ranks; // 1-based rank of cell (l, i) at (l - 1) * m + (i - 1)
  private final double maxValue;
  private final Map<String, Integer> likelihoodByLabel;
  private final Map<String, Integer> impactByLabel;

  private RiskMatrix(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      Rule rule,
      List<Integer> thresholds,
      List<Double> bands,
      int[] ranks) {
    this.likelihoodLabels = List.copyOf(likelihoodLabels);
    this.impactLabels = List.copyOf(impactLabels);
    this.levelLabels = List.copyOf(levelLabels);
    this.rule = rule;
    this.thresholds = List.copyOf(thresholds);
    this.bands = List.copyOf(bands);
    this.n = this.likelihoodLabels.size();
    this.m = this.impactLabels.size();
    this.ranks = ranks;
    this.maxValue = rule == Rule.TABLE ? this.levelLabels.size() : (double) n * m;
    this.likelihoodByLabel = index(this.likelihoodLabels);
    this.impactByLabel = index(this.impactLabels);
  }

  private static Map<String, Integer> index(List<String> labels) {
    Map<String, Integer> map = new HashMap<>();
    for (int j = 0; j < labels.size(); j++) {
      map.put(Codec.normalizeLabel(labels.get(j)), j + 1);
    }
    return Map.copyOf(map);
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * The standard 5×5 matrix (see the class description): likelihood Rare … Almost certain, impact
   * Negligible … Catastrophic, levels Very Low … Very High by product thresholds 4, 8, 12, 20.
   */
  public static RiskMatrix standard() {
    return STANDARD;
  }

  /**
   * A matrix whose cells are given by an explicit table of level labels.
   *
   * @param likelihoodLabels the N likelihood labels, lowest first
   * @param impactLabels the M impact labels, lowest first
   * @param levelLabels the K risk-level labels, lowest first
   * @param table N rows (likelihood 1..N) of M level labels (impact 1..M), non-decreasing along
   *     rows and columns
   * @return the matrix, or every problem of the configuration (too many labels, wrong shape,
   *     unknown level label, non-monotonic cell, blank, duplicate or numeric labels)
   */
  public static Validation<Seq<Problem>, RiskMatrix> ofTable(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<? extends List<String>> table) {
    Objects.requireNonNull(likelihoodLabels, "likelihoodLabels");
    Objects.requireNonNull(impactLabels, "impactLabels");
    Objects.requireNonNull(levelLabels, "levelLabels");
    Objects.requireNonNull(table, "table");
    Seq<Problem> errors = checkAllLabels(likelihoodLabels, impactLabels, levelLabels);
    if (tooLarge(errors)) {
      return Validation.invalid(errors);
    }
    int n = likelihoodLabels.size();
    int m = impactLabels.size();
    Map<String, Integer> levelRank = new HashMap<>();
    for (int j = 0; j < levelLabels.size(); j++) {
      String label = levelLabels.get(j);
      if (label != null) {
        levelRank.putIfAbsent(label.strip(), j + 1);
      }
    }
    if (table.size() != n) {
      errors = errors.append(problem(MethodCode.MATRIX_TABLE_ROWS, "table", table.size() + " rows",
          "must have " + n + " rows, one per likelihood level"));
    }
    int[] ranks = new int[n * m];
    boolean shapeOk = table.size() == n;
    for (int r = 0; r < Math.min(table.size(), n); r++) {
      List<String> row = table.get(r);
      if (row == null || row.size() != m) {
        errors = errors.append(problem(MethodCode.MATRIX_TABLE_COLUMNS, "table[" + (r + 1) + "]",
            (row == null ? 0 : row.size()) + " cells", "must have " + m + " cells, one per impact level"));
        shapeOk = false;
        continue;
      }
      for (int c = 0; c < m; c++) {
        String cell = row.get(c);
        Integer rank = cell == null ? null : levelRank.get(cell.strip());
        if (rank == null) {
          errors = errors.append(problem(MethodCode.MATRIX_TABLE_UNKNOWN_LEVEL,
              "table[" + (r + 1) + "][" + (c + 1) + "]", String.valueOf(cell),
              "is not one of the level labels " + Codec.labels(levelLabels)));
          shapeOk = false;
        } else {
          ranks[r * m + c] = rank;
        }
      }
    }
    if (shapeOk) {
      errors = errors.appendAll(checkMonotone(ranks, n, m, levelLabels));
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    return Validation.valid(
        new RiskMatrix(likelihoodLabels, impactLabels, levelLabels, Rule.TABLE, List.of(), List.of(), ranks));
  }

  /**
   * A matrix whose cells are levelled by the product {@code likelihood × impact}.
   *
   * @param likelihoodLabels the N likelihood labels, lowest first
   * @param impactLabels the M impact labels, lowest first
   * @param levelLabels the K risk-level labels, lowest first
   * @param minProducts K−1 strictly increasing thresholds in {@code [2, N·M]}: element {@code j}
   *     (0-based) is the smallest product given level rank {@code j + 2}
   * @return the matrix, or every problem of the configuration (too many labels, threshold count,
   *     order or range, blank, duplicate or numeric labels)
   */
  public static Validation<Seq<Problem>, RiskMatrix> ofProductThresholds(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<Integer> minProducts) {
    Objects.requireNonNull(likelihoodLabels, "likelihoodLabels");
    Objects.requireNonNull(impactLabels, "impactLabels");
    Objects.requireNonNull(levelLabels, "levelLabels");
    Objects.requireNonNull(minProducts, "minProducts");
    Seq<Problem> errors = checkAllLabels(likelihoodLabels, impactLabels, levelLabels);
    if (tooLarge(errors)) {
      return Validation.invalid(errors);
    }
    int n = likelihoodLabels.size();
    int m = impactLabels.size();
    int k = levelLabels.size();
    int max = n * m;
    if (minProducts.size() != k - 1) {
      errors = errors.append(problem(MethodCode.MATRIX_THRESHOLDS_COUNT, "thresholds", count(minProducts),
          "must have " + (k - 1) + " values, one per level above the first"));
      if (minProducts.size() > MAX_LEVELS) {
        return Validation.invalid(errors);
      }
    }
    int[] t = new int[minProducts.size()];
    for (int j = 0; j < minProducts.size(); j++) {
      Integer v = minProducts.get(j);
      String f = "thresholds[" + (j + 1) + "]";
      if (v == null) {
        errors = errors.append(problem(MethodCode.MATRIX_THRESHOLDS_RANGE, f, "null", "must be a number"));
        continue;
      }
      t[j] = v;
      if (v < 2 || v > max) {
        errors = errors.append(problem(MethodCode.MATRIX_THRESHOLDS_RANGE, f, v,
            "must be in 2.." + max + " (products of the scales)"));
      }
      Integer prev = j > 0 ? minProducts.get(j - 1) : null;
      if (prev != null && v <= prev) {
        errors = errors.append(problem(MethodCode.MATRIX_THRESHOLDS_NOT_INCREASING, f, v,
            "must be greater than the previous threshold " + prev));
      }
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    int[] ranks = new int[n * m];
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        int at = Arrays.binarySearch(t, l * i);
        // thresholds at or below the product, each adding one rank
        ranks[(l - 1) * m + (i - 1)] = at >= 0 ? at + 2 : -at;
      }
    }
    return Validation.valid(
        new RiskMatrix(likelihoodLabels, impactLabels, levelLabels, Rule.PRODUCT, minProducts, List.of(), ranks));
  }

  /**
   * A matrix on given scales whose cells are levelled as risk criteria level a normalized score:
   * the cell's normalized product {@code (l·i - 1) / (N·M - 1)} is at the first level whose upper
   * bound it does not exceed, at the highest level above every bound; with no bounds, level {@code
   * ceil(normalized × K)} (at least 1). So a matrix built from criteria's likelihood scale, impact
   * scale, levels and level bounds gives every cell the level the criteria give its normalized
   * score.
   *
   * @param likelihoodLabels the N likelihood labels, lowest first
   * @param impactLabels the M impact labels, lowest first
   * @param levelLabels the K risk-level labels, lowest first
   * @param upperBounds none, or K−1 bounds increasing strictly within {@code (0, 1)}
   * @return the matrix, or every problem of the configuration (too many labels, bound count or
   *     range, blank, duplicate or numeric labels)
   */
  public static Validation<Seq<Problem>, RiskMatrix> ofBands(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<Double> upperBounds) {
    Objects.requireNonNull(likelihoodLabels, "likelihoodLabels");
    Objects.requireNonNull(impactLabels, "impactLabels");
    Objects.requireNonNull(levelLabels, "levelLabels");
    Objects.requireNonNull(upperBounds, "upperBounds");
    Seq<Problem> errors = checkAllLabels(likelihoodLabels, impactLabels, levelLabels);
    if (tooLarge(errors)) {
      return Validation.invalid(errors);
    }
    int k = levelLabels.size();
    if (!upperBounds.isEmpty() && upperBounds.size() != k - 1) {
      errors = errors.append(problem(MethodCode.MATRIX_BANDS_COUNT, "upperBounds", count(upperBounds),
          "must be empty or have " + (k - 1) + " values, one per level below the highest"));
      if (upperBounds.size() > MAX_LEVELS) {
        return Validation.invalid(errors);
      }
    }
    double prev = 0;
    for (int j = 0; j < upperBounds.size(); j++) {
      Double b = upperBounds.get(j);
      if (b == null || !(b > prev && b < 1)) {
        errors = errors.append(problem(MethodCode.MATRIX_BANDS_RANGE, "upperBounds[" + (j + 1) + "]",
            String.valueOf(b), "must increase strictly within (0, 1)"));
      } else {
        prev = b;
      }
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    int n = likelihoodLabels.size();
    int m = impactLabels.size();
    double max = (double) n * m;
    int[] ranks = new int[n * m];
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        ranks[(l - 1) * m + (i - 1)] = band(normalize((double) l * i, max), upperBounds, k);
      }
    }
    return Validation.valid(
        new RiskMatrix(likelihoodLabels, impactLabels, levelLabels, Rule.BANDS, List.of(), upperBounds, ranks));
  }

  /** The 1-based band of a normalized value, as {@code RiskCriteria.levelOf} picks a level. */
  private static int band(double normalized, List<Double> upperBounds, int k) {
    if (upperBounds.isEmpty()) {
      int i = (int) Math.ceil(normalized * k) - 1;
      return Math.max(0, Math.min(k - 1, i)) + 1;
    }
    for (int j = 0; j < upperBounds.size(); j++) {
      if (normalized <= upperBounds.get(j)) {
        return j + 1;
      }
    }
    return k;
  }

  /** {@code (value - 1) / (max - 1)}, 0 when {@code max} is 1: the one normalization of a matrix. */
  static double normalize(double value, double max) {
    return max > 1 ? (value - 1) / (max - 1) : 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Validation

  private static Problem problem(MethodCode code, String field, @Nullable Object value, String reason) {
    return Problem.of(code, TYPE, "", field, value, reason);
  }

  /** A list for a message: itself when short, else how many values it has. */
  private static String count(List<?> values) {
    return values.size() <= 10
        ? String.valueOf(values)
        : String.format(java.util.Locale.ROOT, "%,d values", values.size());
  }

  private static boolean tooLarge(Seq<Problem> errors) {
    return errors.exists(p -> p.code() == MethodCode.MATRIX_TOO_LARGE);
  }

  /** Sizes first (nothing of a list over the maximum is read), then each label. */
  private static Seq<Problem> checkAllLabels(
      List<String> likelihoodLabels, List<String> impactLabels, List<String> levelLabels) {
    Seq<Problem> size = checkSize("likelihoodLabels", likelihoodLabels)
        .appendAll(checkSize("impactLabels", impactLabels))
        .appendAll(checkSize("levelLabels", levelLabels));
    if (!size.isEmpty()) {
      return size;
    }
    return checkLabels("likelihoodLabels", likelihoodLabels)
        .appendAll(checkLabels("impactLabels", impactLabels))
        .appendAll(checkLabels("levelLabels", levelLabels));
  }

  private static Seq<Problem> checkSize(String field, List<String> labels) {
    int size = labels.size();
    if (size > MAX_LEVELS) {
      return Vector.of(problem(MethodCode.MATRIX_TOO_LARGE, field, String.format(java.util.Locale.ROOT,
          "%,d labels", size), "must have at most " + MAX_LEVELS + " labels (a matrix has at most "
          + String.format(java.util.Locale.ROOT, "%,d", MAX_CELLS) + " cells)"));
    }
    return Vector.empty();
  }

  private static Seq<Problem> checkLabels(String field, List<String> labels) {
    Vector<Problem> errors = Vector.empty();
    if (labels.isEmpty()) {
      return errors.append(problem(MethodCode.MATRIX_LABELS_EMPTY, field, "[]", "must have at least one label"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < labels.size(); j++) {
      String label = labels.get(j);
      String f = field + "[" + (j + 1) + "]";
      if (label == null || label.isBlank()) {
        errors = errors.append(problem(MethodCode.MATRIX_LABEL_BLANK, f, String.valueOf(label), "must not be blank"));
        continue;
      }
      if (Codec.numeric(label)) {
        errors = errors.append(problem(MethodCode.MATRIX_LABEL_NUMERIC, f, label,
            "must not be a number (numbers denote level positions)"));
      }
      Integer previous = seen.putIfAbsent(Codec.normalizeLabel(label), j + 1);
      if (previous != null) {
        errors = errors.append(problem(MethodCode.MATRIX_LABEL_DUPLICATE, f, label,
            "duplicates label " + previous + " (labels compare ignoring case, '_' and '-')"));
      }
    }
    return errors;
  }

  private static Seq<Problem> checkMonotone(int[] ranks, int n, int m, List<String> levelLabels) {
    List<Problem> errors = new ArrayList<>();
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        int here = ranks[(l - 1) * m + (i - 1)];
        if (l > 1) {
          int below = ranks[(l - 2) * m + (i - 1)];
          if (here < below) {
            errors.add(problem(MethodCode.MATRIX_TABLE_NOT_MONOTONE, "table[" + l + "][" + i + "]",
                levelLabels.get(here - 1), "is lower than '" + Text.shorten(levelLabels.get(below - 1))
                    + "' at the lower likelihood table[" + (l - 1) + "][" + i + "]"));
          }
        }
        if (i > 1) {
          int left = ranks[(l - 1) * m + (i - 2)];
          if (here < left) {
            errors.add(problem(MethodCode.MATRIX_TABLE_NOT_MONOTONE, "table[" + l + "][" + i + "]",
                levelLabels.get(here - 1), "is lower than '" + Text.shorten(levelLabels.get(left - 1))
                    + "' at the lower impact table[" + l + "][" + (i - 1) + "]"));
          }
        }
      }
    }
    return Vector.ofAll(errors);
  }

  // ---------------------------------------------------------------------------------------------
  // Introspection

  /** The likelihood labels, lowest first (level {@code l} is element {@code l - 1}). */
  public List<String> likelihoodLabels() {
    return likelihoodLabels;
  }

  /** The impact labels, lowest first (level {@code i} is element {@code i - 1}). */
  public List<String> impactLabels() {
    return impactLabels;
  }

  /** The risk-level labels, lowest first (rank {@code r} is element {@code r - 1}). */
  public List<String> levelLabels() {
    return levelLabels;
  }

  /** The rule that levels the cells. */
  public Rule rule() {
    return rule;
  }

  /** The product thresholds of a {@link Rule#PRODUCT} matrix; empty for the other rules. */
  public List<Integer> thresholds() {
    return thresholds;
  }

  /** The upper bounds of a {@link Rule#BANDS} matrix (empty for equal bands and the other rules). */
  public List<Double> bands() {
    return bands;
  }

  /** N, the number of likelihood levels. */
  public int likelihoodLevels() {
    return n;
  }

  /** M, the number of impact levels. */
  public int impactLevels() {
    return m;
  }

  /** The lowest value of a cell: 1. */
  public double minValue() {
    return 1;
  }

  /** The highest value of a cell: K for {@link Rule#TABLE}, N·M for the others. */
  public double maxValue() {
    return maxValue;
  }

  /**
   * The 1-based level rank of a cell.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public int levelRank(int likelihood, int impact) {
    return ranks[index(likelihood, impact)];
  }

  /**
   * The level label of a cell.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public String levelLabel(int likelihood, int impact) {
    return levelLabels.get(levelRank(likelihood, impact) - 1);
  }

  /**
   * The value of a cell: its level rank ({@link Rule#TABLE}) or {@code likelihood × impact}.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public double value(int likelihood, int impact) {
    int idx = index(likelihood, impact);
    return rule == Rule.TABLE ? ranks[idx] : (double) likelihood * impact;
  }

  /**
   * The normalized value of a cell, {@code (value - 1) / (max - 1)} (0 when the maximum is 1).
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public double normalized(int likelihood, int impact) {
    return normalize(value(likelihood, impact), maxValue);
  }

  /**
   * Reads a likelihood level: a level number in {@code 1..N} or a label (case-insensitive; {@code
   * _} and {@code -} match a space).
   *
   * @param field the key named in a problem, such as {@code "likelihood"}
   * @return the 1-based level, or a problem with a {@link ScoringCode}
   */
  public Either<Problem, Integer> parseLikelihood(String field, String text) {
    return level(field, text, n, likelihoodByLabel, likelihoodLabels);
  }

  /**
   * Reads an impact level: a level number in {@code 1..M} or a label (case-insensitive; {@code _}
   * and {@code -} match a space).
   *
   * @param field the key named in a problem, such as {@code "impact"}
   * @return the 1-based level, or a problem with a {@link ScoringCode}
   */
  public Either<Problem, Integer> parseImpact(String field, String text) {
    return level(field, text, m, impactByLabel, impactLabels);
  }

  private static Either<Problem, Integer> level(
      String field, String raw, int max, Map<String, Integer> byLabel, List<String> labels) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(raw, "text");
    if (Codec.numeric(raw)) {
      return FlatForm.wholeNumber(field, raw, 1, max);
    }
    Integer level = byLabel.get(Codec.normalizeLabel(raw));
    if (level == null) {
      return Either.left(Problem.ofField(ScoringCode.VALUE_UNKNOWN_LABEL, field, raw,
          "is neither a level number in 1.." + max + " nor one of the labels " + Codec.labels(labels)));
    }
    return Either.right(level);
  }

  int index(int likelihood, int impact) {
    if (likelihood < 1 || likelihood > n || impact < 1 || impact > m) {
      throw new IllegalArgumentException("RiskMatrix: cell (likelihood " + likelihood + ", impact " + impact
          + ") is outside the " + n + "×" + m + " matrix");
    }
    return (likelihood - 1) * m + (impact - 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Registers

  /**
   * Writes the 1-based level rank of each risk {@code j} (likelihood {@code likelihoods[j]}, impact
   * {@code impacts[j]}) to {@code outLevelRanks[j]}. Allocates nothing.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a level is outside its
   *     scale (entries before the bad one are written)
   */
  public void levelRanks(int[] likelihoods, int[] impacts, int[] outLevelRanks) {
    checkLengths(likelihoods, impacts, outLevelRanks.length);
    final int[] r = ranks;
    final int mm = m;
    final int nn = n;
    for (int j = 0; j < likelihoods.length; j++) {
      int l = likelihoods[j];
      int i = impacts[j];
      if (l < 1 || l > nn || i < 1 || i > mm) {
        throw outside(j, l, i);
      }
      outLevelRanks[j] = r[(l - 1) * mm + (i - 1)];
    }
  }

  /**
   * Writes the {@link #value value} of each risk {@code j} to {@code outValues[j]}. Allocates
   * nothing.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a level is outside its
   *     scale (entries before the bad one are written)
   */
  public void values(int[] likelihoods, int[] impacts, double[] outValues) {
    checkLengths(likelihoods, impacts, outValues.length);
    final int mm = m;
    final int nn = n;
    if (rule == Rule.TABLE) {
      final int[] r = ranks;
      for (int j = 0; j < likelihoods.length; j++) {
        int l = likelihoods[j];
        int i = impacts[j];
        if (l < 1 || l > nn || i < 1 || i > mm) {
          throw outside(j, l, i);
        }
        outValues[j] = r[(l - 1) * mm + (i - 1)];
      }
    } else {
      for (int j = 0; j < likelihoods.length; j++) {
        int l = likelihoods[j];
        int i = impacts[j];
        if (l < 1 || l > nn || i < 1 || i > mm) {
          throw outside(j, l, i);
        }
        outValues[j] = l * i;
      }
    }
  }

  private static void checkLengths(int[] likelihoods, int[] impacts, int outLength) {
    if (likelihoods.length != impacts.length || likelihoods.length != outLength) {
      throw new IllegalArgumentException("RiskMatrix: array lengths differ: likelihoods " + likelihoods.length
          + ", impacts " + impacts.length + ", out " + outLength);
    }
  }

  private IllegalArgumentException outside(int j, int l, int i) {
    return new IllegalArgumentException("RiskMatrix: risk " + j + ": cell (likelihood " + l + ", impact " + i
        + ") is outside the " + n + "×" + m + " matrix");
  }

  // ---------------------------------------------------------------------------------------------

  /** Two matrices are equal when their labels, rule, configuration and every cell's level agree. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RiskMatrix other)) {
      return false;
    }
    return rule == other.rule
        && likelihoodLabels.equals(other.likelihoodLabels)
        && impactLabels.equals(other.impactLabels)
        && levelLabels.equals(other.levelLabels)
        && thresholds.equals(other.thresholds)
        && bands.equals(other.bands)
        && Arrays.equals(ranks, other.ranks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, likelihoodLabels, impactLabels, levelLabels, thresholds, bands);
  }

  @Override
  public String toString() {
    return "RiskMatrix[" + n + "×" + m + ", " + rule + ", levels=" + Codec.labels(levelLabels) + "]";
  }
}
