package io.ismskit.risk.methods;

import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringError;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A likelihood × impact risk matrix ({@code "matrix"}): any N×M matrix with labelled scales, whose
 * cells give a risk level.
 *
 * <p><b>Scales.</b> The likelihood scale has N ordered levels and the impact scale M, each with a
 * label; levels are 1-based, 1 being the lowest. The risk levels form a third ordered scale of K
 * labels (rank 1 is the lowest).
 *
 * <p><b>Rules.</b> The level of each cell comes from one of two rules:
 *
 * <ul>
 *   <li>{@link Rule#TABLE}: an explicit N×M table of level labels ({@link #ofTable}); row {@code
 *       l - 1} is likelihood level {@code l}, column {@code i - 1} impact level {@code i}. The
 *       table must be non-decreasing along both axes (a higher likelihood or impact never gives a
 *       lower level), so that the method is monotonic and mitigation never raises a score.
 *   <li>{@link Rule#PRODUCT}: the product {@code likelihood × impact} compared with K−1 strictly
 *       increasing thresholds ({@link #ofProductThresholds}): threshold {@code j} is the smallest
 *       product given level rank {@code j + 1}.
 * </ul>
 *
 * <p><b>Score.</b> With {@code TABLE} the score {@link Score#value() value} is the level rank
 * ({@code 1..K}, bounds {@code [1, K]}); with {@code PRODUCT} it is the product ({@code 1..N·M},
 * bounds {@code [1, N·M]}). The normalized value is {@code (value - min) / (max - min)} (0 when
 * the bounds are a single point), so it preserves the order of the values.
 *
 * <p><b>Default.</b> {@link #MatrixMethod()} is a 5×5 matrix in the style of the risk matrices
 * illustrated in ISO/IEC 27005 and ISO 31000-based practice (the standards give the technique, not
 * fixed values; the labels and thresholds below are this library's default, not quoted from a
 * standard): likelihood 1 Rare, 2 Unlikely, 3 Possible, 4 Likely, 5 Almost certain; impact 1
 * Negligible, 2 Minor, 3 Moderate, 4 Major, 5 Catastrophic; levels by product: Very Low 1–3, Low
 * 4–7, Medium 8–11, High 12–19, Very High 20–25 (thresholds 4, 8, 12, 20).
 *
 * <p><b>Mitigation.</b> {@link #mitigate} lowers the likelihood level by {@code
 * round(likelihoodReduction × (N − 1))} steps and the impact level by {@code round(impactReduction
 * × (M − 1))} steps ({@link Math#round(double)}, half up), never below level 1.
 *
 * <p><b>Flat form.</b> Keys {@code likelihood} and {@code impact}; a value is a 1-based level
 * number or a level label (case-insensitive; {@code _} and {@code -} match a space). {@link
 * #encode} writes level numbers.
 *
 * <p><b>Hot path.</b> {@link #score(int, int)} is an array lookup that returns a score built once
 * per cell at construction (no allocation); {@link #levelRanks(int[], int[], int[])} and {@link
 * #values(int[], int[], double[])} score whole registers of primitive arrays.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class MatrixMethod implements ScoringMethod<MatrixInput> {
  /** The id of this method, {@code "matrix"}. */
  public static final MethodId ID = MethodId.of("matrix");

  /** The version of this method's definition. */
  public static final String VERSION = "1";

  private static final String M = "matrix";

  /** How the level of a cell is determined. */
  public enum Rule {
    /** An explicit table of level labels. */
    TABLE,
    /** The product of the two levels, compared with increasing thresholds. */
    PRODUCT
  }

  private static final Spec DEFAULT_SPEC = defaultSpec();

  private static Spec defaultSpec() {
    Validation<Seq<ScoringError>, Spec> v =
        validateProduct(
            List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"),
            List.of("Negligible", "Minor", "Moderate", "Major", "Catastrophic"),
            List.of("Very Low", "Low", "Medium", "High", "Very High"),
            List.of(4, 8, 12, 20));
    if (v.isInvalid()) {
      throw new IllegalStateException("default matrix invalid: " + v.getError());
    }
    return v.get();
  }

  private final List<String> likelihoodLabels;
  private final List<String> impactLabels;
  private final List<String> levelLabels;
  private final Rule rule;
  private final List<Integer> thresholds;
  private final int n;
  private final int m;
  private final int[] cellRank; // 1-based rank, index (l-1)*m + (i-1)
  private final double[] cellValue;
  private final Score[] cellScore;
  private final Bounds bounds;
  private final Map<String, Integer> likelihoodByLabel;
  private final Map<String, Integer> impactByLabel;
  private final List<MonotonicFactor<MatrixInput>> monotonic;

  /**
   * The default 5×5 matrix (see the class description): likelihood Rare … Almost certain, impact
   * Negligible … Catastrophic, levels Very Low … Very High by product thresholds 4, 8, 12, 20.
   */
  public MatrixMethod() {
    this(DEFAULT_SPEC);
  }

  private MatrixMethod(Spec s) {
    this.likelihoodLabels = s.likelihoodLabels;
    this.impactLabels = s.impactLabels;
    this.levelLabels = s.levelLabels;
    this.rule = s.rule;
    this.thresholds = s.thresholds;
    this.n = likelihoodLabels.size();
    this.m = impactLabels.size();
    this.cellRank = s.cellRank;
    int k = levelLabels.size();
    double min;
    double max;
    if (rule == Rule.TABLE) {
      min = 1;
      max = k;
    } else {
      min = 1;
      max = (double) n * m;
    }
    this.bounds = Bounds.of(min, max);
    this.cellValue = new double[n * m];
    this.cellScore = new Score[n * m];
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        int idx = (l - 1) * m + (i - 1);
        int rank = cellRank[idx];
        double value = rule == Rule.TABLE ? rank : (double) l * i;
        cellValue[idx] = value;
        double normalized = max > min ? (value - min) / (max - min) : 0;
        List<ScoreFactor> factors = new ArrayList<>(3);
        factors.add(new ScoreFactor("likelihood", l, likelihoodLabels.get(l - 1)));
        factors.add(new ScoreFactor("impact", i, impactLabels.get(i - 1)));
        if (rule == Rule.PRODUCT) {
          factors.add(new ScoreFactor("product", value, Integer.toString(l * i)));
        } else {
          factors.add(new ScoreFactor("levelRank", rank, levelLabels.get(rank - 1)));
        }
        cellScore[idx] =
            new Score(value, normalized, levelLabels.get(rank - 1), ID, VERSION, factors);
      }
    }
    this.likelihoodByLabel = index(likelihoodLabels);
    this.impactByLabel = index(impactLabels);
    int nn = n;
    int mm = m;
    this.monotonic =
        List.of(
            MonotonicFactor.of(
                "likelihood",
                in ->
                    in.likelihood() < nn
                        ? Optional.of(MatrixInput.of(in.likelihood() + 1, in.impact()))
                        : Optional.empty()),
            MonotonicFactor.of(
                "impact",
                in ->
                    in.impact() < mm
                        ? Optional.of(MatrixInput.of(in.likelihood(), in.impact() + 1))
                        : Optional.empty()));
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
   * A matrix whose cells are given by an explicit table of level labels.
   *
   * @param likelihoodLabels the N likelihood labels, lowest first
   * @param impactLabels the M impact labels, lowest first
   * @param levelLabels the K risk-level labels, lowest first
   * @param table N rows (likelihood 1..N) of M level labels (impact 1..M), non-decreasing along
   *     rows and columns
   * @return the matrix, or every problem of the configuration (wrong shape, unknown level label,
   *     non-monotonic cell, blank, duplicate or numeric labels)
   */
  public static Validation<Seq<ScoringError>, MatrixMethod> ofTable(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<? extends List<String>> table) {
    Objects.requireNonNull(likelihoodLabels, "likelihoodLabels");
    Objects.requireNonNull(impactLabels, "impactLabels");
    Objects.requireNonNull(levelLabels, "levelLabels");
    Objects.requireNonNull(table, "table");
    return validateTable(likelihoodLabels, impactLabels, levelLabels, table).map(MatrixMethod::new);
  }

  /**
   * A matrix whose cells are levelled by the product {@code likelihood × impact}.
   *
   * @param likelihoodLabels the N likelihood labels, lowest first
   * @param impactLabels the M impact labels, lowest first
   * @param levelLabels the K risk-level labels, lowest first
   * @param minProducts K−1 strictly increasing thresholds in {@code [2, N·M]}: element {@code j}
   *     (0-based) is the smallest product given level rank {@code j + 2}
   * @return the matrix, or every problem of the configuration (threshold count, order or range,
   *     blank, duplicate or numeric labels)
   */
  public static Validation<Seq<ScoringError>, MatrixMethod> ofProductThresholds(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<Integer> minProducts) {
    Objects.requireNonNull(likelihoodLabels, "likelihoodLabels");
    Objects.requireNonNull(impactLabels, "impactLabels");
    Objects.requireNonNull(levelLabels, "levelLabels");
    Objects.requireNonNull(minProducts, "minProducts");
    return validateProduct(likelihoodLabels, impactLabels, levelLabels, minProducts)
        .map(MatrixMethod::new);
  }

  /** The validated configuration. */
  private static final class Spec {
    final List<String> likelihoodLabels;
    final List<String> impactLabels;
    final List<String> levelLabels;
    final Rule rule;
    final List<Integer> thresholds;
    final int[] cellRank;

    Spec(
        List<String> likelihoodLabels,
        List<String> impactLabels,
        List<String> levelLabels,
        Rule rule,
        List<Integer> thresholds,
        int[] cellRank) {
      this.likelihoodLabels = List.copyOf(likelihoodLabels);
      this.impactLabels = List.copyOf(impactLabels);
      this.levelLabels = List.copyOf(levelLabels);
      this.rule = rule;
      this.thresholds = List.copyOf(thresholds);
      this.cellRank = cellRank;
    }
  }

  private static Seq<ScoringError> checkLabels(String field, List<String> labels) {
    Vector<ScoringError> errors = Vector.empty();
    if (labels.isEmpty()) {
      return errors.append(
          ScoringError.of("matrix.config.labels.empty", field, "[]", "must have at least one label"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int j = 0; j < labels.size(); j++) {
      String label = labels.get(j);
      String f = field + "[" + (j + 1) + "]";
      if (label == null || label.isBlank()) {
        errors =
            errors.append(
                ScoringError.of("matrix.config.label.blank", f, String.valueOf(label), "must not be blank"));
        continue;
      }
      if (label.strip().matches("[+-]?\\d+") || label.strip().equalsIgnoreCase("nan")) {
        errors =
            errors.append(
                ScoringError.of(
                    "matrix.config.label.numeric",
                    f,
                    label,
                    "must not be a number (numbers denote level positions)"));
      }
      Integer previous = seen.putIfAbsent(Codec.normalizeLabel(label), j + 1);
      if (previous != null) {
        errors =
            errors.append(
                ScoringError.of(
                    "matrix.config.label.duplicate",
                    f,
                    label,
                    "duplicates label " + previous + " (labels compare ignoring case, '_' and '-')"));
      }
    }
    return errors;
  }

  private static Seq<ScoringError> checkAllLabels(
      List<String> likelihoodLabels, List<String> impactLabels, List<String> levelLabels) {
    return checkLabels("likelihoodLabels", likelihoodLabels)
        .appendAll(checkLabels("impactLabels", impactLabels))
        .appendAll(checkLabels("levelLabels", levelLabels));
  }

  private static Validation<Seq<ScoringError>, Spec> validateTable(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<? extends List<String>> table) {
    Seq<ScoringError> errors = checkAllLabels(likelihoodLabels, impactLabels, levelLabels);
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
      errors =
          errors.append(
              ScoringError.of(
                  "matrix.config.table.rows",
                  "table",
                  table.size() + " rows",
                  "must have " + n + " rows, one per likelihood level"));
    }
    int[] ranks = new int[n * m];
    boolean shapeOk = table.size() == n;
    for (int r = 0; r < table.size(); r++) {
      List<String> row = table.get(r);
      if (row == null || row.size() != m) {
        errors =
            errors.append(
                ScoringError.of(
                    "matrix.config.table.columns",
                    "table[" + (r + 1) + "]",
                    (row == null ? 0 : row.size()) + " cells",
                    "must have " + m + " cells, one per impact level"));
        shapeOk = false;
        continue;
      }
      for (int c = 0; c < m; c++) {
        String cell = row.get(c);
        Integer rank = cell == null ? null : levelRank.get(cell.strip());
        if (rank == null) {
          errors =
              errors.append(
                  ScoringError.of(
                      "matrix.config.table.unknownLevel",
                      "table[" + (r + 1) + "][" + (c + 1) + "]",
                      String.valueOf(cell),
                      "is not one of the level labels " + levelLabels));
          shapeOk = false;
        } else if (r < n) {
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
        new Spec(likelihoodLabels, impactLabels, levelLabels, Rule.TABLE, List.of(), ranks));
  }

  private static Seq<ScoringError> checkMonotone(
      int[] ranks, int n, int m, List<String> levelLabels) {
    Vector<ScoringError> errors = Vector.empty();
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        int here = ranks[(l - 1) * m + (i - 1)];
        if (l > 1) {
          int below = ranks[(l - 2) * m + (i - 1)];
          if (here < below) {
            errors =
                errors.append(
                    ScoringError.of(
                        "matrix.config.table.notMonotone",
                        "table[" + l + "][" + i + "]",
                        levelLabels.get(here - 1),
                        "is lower than '"
                            + levelLabels.get(below - 1)
                            + "' at the lower likelihood table["
                            + (l - 1)
                            + "]["
                            + i
                            + "]"));
          }
        }
        if (i > 1) {
          int left = ranks[(l - 1) * m + (i - 2)];
          if (here < left) {
            errors =
                errors.append(
                    ScoringError.of(
                        "matrix.config.table.notMonotone",
                        "table[" + l + "][" + i + "]",
                        levelLabels.get(here - 1),
                        "is lower than '"
                            + levelLabels.get(left - 1)
                            + "' at the lower impact table["
                            + l
                            + "]["
                            + (i - 1)
                            + "]"));
          }
        }
      }
    }
    return errors;
  }

  private static Validation<Seq<ScoringError>, Spec> validateProduct(
      List<String> likelihoodLabels,
      List<String> impactLabels,
      List<String> levelLabels,
      List<Integer> minProducts) {
    Seq<ScoringError> errors = checkAllLabels(likelihoodLabels, impactLabels, levelLabels);
    int n = likelihoodLabels.size();
    int m = impactLabels.size();
    int k = levelLabels.size();
    int max = n * m;
    if (minProducts.size() != Math.max(0, k - 1)) {
      errors =
          errors.append(
              ScoringError.of(
                  "matrix.config.thresholds.count",
                  "thresholds",
                  minProducts,
                  "must have " + Math.max(0, k - 1) + " values, one per level above the first"));
    }
    for (int j = 0; j < minProducts.size(); j++) {
      Integer t = minProducts.get(j);
      String f = "thresholds[" + (j + 1) + "]";
      if (t == null) {
        errors = errors.append(ScoringError.of("matrix.config.thresholds.range", f, "null", "must be a number"));
        continue;
      }
      if (t < 2 || t > max) {
        errors =
            errors.append(
                ScoringError.of(
                    "matrix.config.thresholds.range", f, t, "must be in 2.." + max + " (products of the scales)"));
      }
      if (j > 0) {
        Integer prev = minProducts.get(j - 1);
        if (prev != null && t <= prev) {
          errors =
              errors.append(
                  ScoringError.of(
                      "matrix.config.thresholds.notIncreasing",
                      f,
                      t,
                      "must be greater than the previous threshold " + prev));
        }
      }
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    int[] ranks = new int[n * m];
    for (int l = 1; l <= n; l++) {
      for (int i = 1; i <= m; i++) {
        int p = l * i;
        int rank = 1;
        for (int t : minProducts) {
          if (p >= t) {
            rank++;
          }
        }
        ranks[(l - 1) * m + (i - 1)] = rank;
      }
    }
    return Validation.valid(
        new Spec(likelihoodLabels, impactLabels, levelLabels, Rule.PRODUCT, minProducts, ranks));
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

  /** The product thresholds of a {@link Rule#PRODUCT} matrix; empty for a table. */
  public List<Integer> thresholds() {
    return thresholds;
  }

  /** N, the number of likelihood levels. */
  public int likelihoodLevels() {
    return n;
  }

  /** M, the number of impact levels. */
  public int impactLevels() {
    return m;
  }

  /**
   * The 1-based level rank of a cell.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public int levelRank(int likelihood, int impact) {
    return cellRank[index(likelihood, impact)];
  }

  /**
   * The level label of a cell.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public String levelLabel(int likelihood, int impact) {
    return levelLabels.get(levelRank(likelihood, impact) - 1);
  }

  private int index(int likelihood, int impact) {
    if (likelihood < 1 || likelihood > n || impact < 1 || impact > m) {
      throw new IllegalArgumentException(
          "MatrixMethod: cell (likelihood "
              + likelihood
              + ", impact "
              + impact
              + ") is outside the "
              + n
              + "×"
              + m
              + " matrix");
    }
    return (likelihood - 1) * m + (impact - 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Hot path

  /**
   * The score of a cell: an array lookup of a score built at construction, without allocation.
   * For trusted, already validated levels; use {@link #score(MatrixInput)} for untrusted input.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public Score score(int likelihood, int impact) {
    return cellScore[index(likelihood, impact)];
  }

  /**
   * Writes the 1-based level rank of each risk {@code j} (likelihood {@code likelihoods[j]}, impact
   * {@code impacts[j]}) to {@code outLevelRanks[j]}. Allocates nothing.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a level is outside its
   *     scale (entries before the bad one are written)
   */
  public void levelRanks(int[] likelihoods, int[] impacts, int[] outLevelRanks) {
    checkLengths(likelihoods, impacts, outLevelRanks.length);
    final int[] ranks = cellRank;
    final int mm = m;
    final int nn = n;
    for (int j = 0; j < likelihoods.length; j++) {
      int l = likelihoods[j];
      int i = impacts[j];
      if (l < 1 || l > nn || i < 1 || i > mm) {
        throw outside(j, l, i);
      }
      outLevelRanks[j] = ranks[(l - 1) * mm + (i - 1)];
    }
  }

  /**
   * Writes the score value of each risk {@code j} (see {@link Score#value()}) to {@code
   * outValues[j]}. Allocates nothing.
   *
   * @throws IllegalArgumentException when the arrays differ in length or a level is outside its
   *     scale (entries before the bad one are written)
   */
  public void values(int[] likelihoods, int[] impacts, double[] outValues) {
    checkLengths(likelihoods, impacts, outValues.length);
    final double[] vals = cellValue;
    final int mm = m;
    final int nn = n;
    for (int j = 0; j < likelihoods.length; j++) {
      int l = likelihoods[j];
      int i = impacts[j];
      if (l < 1 || l > nn || i < 1 || i > mm) {
        throw outside(j, l, i);
      }
      outValues[j] = vals[(l - 1) * mm + (i - 1)];
    }
  }

  private static void checkLengths(int[] likelihoods, int[] impacts, int outLength) {
    if (likelihoods.length != impacts.length || likelihoods.length != outLength) {
      throw new IllegalArgumentException(
          "MatrixMethod: array lengths differ: likelihoods "
              + likelihoods.length
              + ", impacts "
              + impacts.length
              + ", out "
              + outLength);
    }
  }

  private IllegalArgumentException outside(int j, int l, int i) {
    return new IllegalArgumentException(
        "MatrixMethod: risk " + j + ": cell (likelihood " + l + ", impact " + i + ") is outside the "
            + n + "×" + m + " matrix");
  }

  // ---------------------------------------------------------------------------------------------
  // ScoringMethod

  @Override
  public MethodId id() {
    return ID;
  }

  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public Class<MatrixInput> inputType() {
    return MatrixInput.class;
  }

  @Override
  public Bounds bounds() {
    return bounds;
  }

  @Override
  public List<MonotonicFactor<MatrixInput>> monotonicFactors() {
    return monotonic;
  }

  @Override
  public Either<ScoringError, Score> score(MatrixInput input) {
    Objects.requireNonNull(input, "input");
    return check(input).map(in -> cellScore[(in.likelihood() - 1) * m + (in.impact() - 1)]);
  }

  private Either<ScoringError, MatrixInput> check(MatrixInput in) {
    return Codec.checkRange(M, "likelihood", in.likelihood(), 1, n)
        .flatMap(x -> Codec.checkRange(M, "impact", in.impact(), 1, m))
        .map(x -> in);
  }

  @Override
  public Either<ScoringError, MatrixInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return Codec.onlyKeys(M, inputs, Set.of("likelihood", "impact"))
        .flatMap(x -> Codec.required(M, inputs, "likelihood"))
        .flatMap(v -> level("likelihood", v, n, likelihoodByLabel, likelihoodLabels))
        .flatMap(
            l ->
                Codec.required(M, inputs, "impact")
                    .flatMap(v -> level("impact", v, m, impactByLabel, impactLabels))
                    .map(i -> MatrixInput.of(l, i)));
  }

  private static Either<ScoringError, Integer> level(
      String field, String raw, int max, Map<String, Integer> byLabel, List<String> labels) {
    String s = raw.strip();
    if (s.matches("[+-]?\\d+") || s.equalsIgnoreCase("nan")) {
      return Codec.intIn(M, field, raw, 1, max);
    }
    Integer level = byLabel.get(Codec.normalizeLabel(s));
    if (level == null) {
      return Either.left(
          ScoringError.of(
              "matrix.value.unknownLabel",
              field,
              raw,
              "is neither a level number in 1.." + max + " nor one of the labels " + labels));
    }
    return Either.right(level);
  }

  @Override
  public Map<String, String> encode(MatrixInput input) {
    Objects.requireNonNull(input, "input");
    Map<String, String> map = new LinkedHashMap<>();
    map.put("likelihood", Integer.toString(input.likelihood()));
    map.put("impact", Integer.toString(input.impact()));
    return java.util.Collections.unmodifiableMap(map);
  }

  @Override
  public Either<ScoringError, MatrixInput> mitigate(MatrixInput input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    return check(input)
        .map(
            in ->
                MatrixInput.of(
                    Math.max(
                        1,
                        in.likelihood()
                            - Codec.reductionSteps(mitigation.likelihoodReduction(), n - 1)),
                    Math.max(
                        1, in.impact() - Codec.reductionSteps(mitigation.impactReduction(), m - 1))));
  }

  @Override
  public String toString() {
    return "MatrixMethod[" + n + "×" + m + ", " + rule + ", levels=" + levelLabels + "]";
  }
}
