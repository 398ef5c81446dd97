package io.ismskit.risk.methods;

import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.FlatForm;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.MethodDescriptor.InputKey;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The risk-matrix scoring method ({@code "matrix"}): scores a likelihood and an impact level on a
 * {@link RiskMatrix} — any N×M matrix with labelled scales whose cells give a level of risk.
 *
 * <p><b>Score.</b> The {@link Score#value() value} is the cell's {@linkplain RiskMatrix#value
 * value} (its level rank for a {@link RiskMatrix.Rule#TABLE TABLE} matrix, bounds {@code [1, K]};
 * the product {@code likelihood × impact} otherwise, bounds {@code [1, N·M]}), the normalized value
 * the cell's {@linkplain RiskMatrix#normalized normalized value}, the level the cell's level label.
 * The factors are {@code likelihood} and {@code impact} (each with its label), then {@code product}
 * or, for a table, {@code levelRank}. The score's {@linkplain Score#likelihood() likelihood} is the
 * likelihood level on the matrix's likelihood scale, its {@linkplain Score#consequence()
 * consequence} the impact level on the impact scale, each with its label and the scale's labels.
 *
 * <p><b>Default.</b> {@link #MatrixMethod()} scores with {@link RiskMatrix#standard()}, the 5×5
 * matrix Rare … Almost certain × Negligible … Catastrophic with levels Very Low … Very High.
 *
 * <p><b>Mitigation.</b> {@link #mitigate} lowers the likelihood level by {@code
 * round(likelihoodReduction × (N − 1))} steps and the impact level by {@code round(impactReduction
 * × (M − 1))} steps ({@link Math#round(double)}, half up), never below level 1.
 *
 * <p><b>Flat form.</b> Keys {@code likelihood} and {@code impact}, both required; a value is a
 * 1-based level number or a level label (case-insensitive; {@code _} and {@code -} match a space).
 * Any other key is refused. {@link #encode} writes level numbers.
 *
 * <p><b>Hot path.</b> {@link #score(int, int)} returns the cell's score, built on first use and
 * kept (no allocation after that); nothing is built per cell up front, so a large matrix costs only
 * its {@link RiskMatrix} and one reference per cell. Whole registers of primitive arrays are scored
 * by {@link RiskMatrix#levelRanks} and {@link RiskMatrix#values}.
 *
 * @implSpec This class is immutable and thread-safe: the cache of cell scores may build a cell's
 *     score on two threads at once, and both are equal.
 */
public final class MatrixMethod implements ScoringMethod<MatrixInput> {
  /** The id of this method, {@code "matrix"}. */
  public static final MethodId ID = MethodId.of("matrix");

  /** The version of this method's definition. */
  public static final String VERSION = "1";

  private static final String LIKELIHOOD = "likelihood";
  private static final String IMPACT = "impact";

  private final RiskMatrix matrix;
  private final MethodDescriptor<MatrixInput> descriptor;
  private final int n;
  private final int m;
  /**
   * The score of each cell, built on first use. Racy but safe: a {@link Score} is immutable with
   * final fields only, so a reference read from here always sees a complete score.
   */
  private final @Nullable Score[] cells;

  /** The method on the {@linkplain RiskMatrix#standard() standard 5×5 matrix}. */
  public MatrixMethod() {
    this(RiskMatrix.standard());
  }

  /** The method on {@code matrix}. */
  public MatrixMethod(RiskMatrix matrix) {
    this.matrix = Objects.requireNonNull(matrix, "matrix");
    this.n = matrix.likelihoodLevels();
    this.m = matrix.impactLevels();
    this.cells = new Score[n * m];
    this.descriptor = describe(matrix);
  }

  /** The method on {@code matrix}. */
  public static MatrixMethod of(RiskMatrix matrix) {
    return new MatrixMethod(matrix);
  }

  private static MethodDescriptor<MatrixInput> describe(RiskMatrix matrix) {
    int n = matrix.likelihoodLevels();
    int m = matrix.impactLevels();
    MethodDescriptor.Builder<MatrixInput> b = MethodDescriptor.builder(ID, VERSION, MatrixInput.class)
        .bounds(Bounds.of(matrix.minValue(), matrix.maxValue()))
        .monotonicFactor(MonotonicFactor.of(LIKELIHOOD, in -> in.likelihood() < n
            ? Optional.of(MatrixInput.of(in.likelihood() + 1, in.impact())) : Optional.empty()))
        .monotonicFactor(MonotonicFactor.of(IMPACT, in -> in.impact() < m
            ? Optional.of(MatrixInput.of(in.likelihood(), in.impact() + 1)) : Optional.empty()))
        .inputKey(InputKey.required(LIKELIHOOD, "the likelihood level of the risk, 1 the lowest",
            "a level number in 1.." + n + " or a label of " + Codec.labels(matrix.likelihoodLabels())))
        .inputKey(InputKey.required(IMPACT, "the impact (consequence) level of the risk, 1 the lowest",
            "a level number in 1.." + m + " or a label of " + Codec.labels(matrix.impactLabels())))
        .factor(LIKELIHOOD, "the likelihood level, 1.." + n + ", labelled with its scale's label")
        .factor(IMPACT, "the impact level, 1.." + m + ", labelled with its scale's label")
        .likelihood("the likelihood level on the matrix's likelihood scale, 1.." + n + " "
            + Codec.labels(matrix.likelihoodLabels()))
        .consequence("the impact (consequence) level on the matrix's impact scale, 1.." + m + " "
            + Codec.labels(matrix.impactLabels()));
    if (matrix.rule() == RiskMatrix.Rule.TABLE) {
      b.factor("levelRank", "the rank of the cell's level in the level table, 1.." + matrix.levelLabels().size());
    } else {
      b.factor("product", "likelihood × impact, 1.." + n * m);
    }
    return b.build();
  }

  /** The matrix this method scores with. */
  public RiskMatrix matrix() {
    return matrix;
  }

  @Override
  public MethodDescriptor<MatrixInput> descriptor() {
    return descriptor;
  }

  /**
   * The score of a cell: built on first use, then an array lookup without allocation. For trusted,
   * already validated levels; use {@link #score(MatrixInput)} for untrusted input.
   *
   * @throws IllegalArgumentException when a level is outside its scale
   */
  public Score score(int likelihood, int impact) {
    return cell(matrix.index(likelihood, impact), likelihood, impact);
  }

  /** The score of the cell at {@code idx}, built on first use. */
  private Score cell(int idx, int likelihood, int impact) {
    Score s = cells[idx];
    if (s == null) {
      s = build(likelihood, impact);
      cells[idx] = s;
    }
    return s;
  }

  private Score build(int l, int i) {
    double value = matrix.value(l, i);
    int rank = matrix.levelRank(l, i);
    String level = matrix.levelLabels().get(rank - 1);
    ScoreFactor third = matrix.rule() == RiskMatrix.Rule.TABLE
        ? new ScoreFactor("levelRank", rank, level)
        : new ScoreFactor("product", value, Integer.toString(l * i));
    return new Score(value, matrix.normalized(l, i), level, ID, VERSION, List.of(
        new ScoreFactor(LIKELIHOOD, l, matrix.likelihoodLabels().get(l - 1)),
        new ScoreFactor(IMPACT, i, matrix.impactLabels().get(i - 1)),
        third),
        ScaleValue.level(l, matrix.likelihoodLabels()),
        ScaleValue.level(i, matrix.impactLabels()));
  }

  @Override
  public Either<Problem, Score> score(MatrixInput input) {
    Objects.requireNonNull(input, "input");
    int l = input.likelihood();
    int i = input.impact();
    if (l < 1 || l > n || i < 1 || i > m) {
      return Either.left(check(input).getLeft());
    }
    // the one allocation of the hot path: the Right around the cell's kept score
    return Either.right(cell((l - 1) * m + (i - 1), l, i));
  }

  private Either<Problem, MatrixInput> check(MatrixInput in) {
    return FlatForm.inRange(LIKELIHOOD, in.likelihood(), 1, n)
        .flatMap(x -> FlatForm.inRange(IMPACT, in.impact(), 1, m))
        .map(x -> in);
  }

  @Override
  public Either<Problem, MatrixInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return FlatForm.knownKeys(descriptor, inputs)
        .flatMap(x -> FlatForm.required(inputs, LIKELIHOOD))
        .flatMap(v -> matrix.parseLikelihood(LIKELIHOOD, v))
        .flatMap(l -> FlatForm.required(inputs, IMPACT)
            .flatMap(v -> matrix.parseImpact(IMPACT, v))
            .map(i -> MatrixInput.of(l, i)));
  }

  @Override
  public Map<String, String> encode(MatrixInput input) {
    Objects.requireNonNull(input, "input");
    Map<String, String> map = new LinkedHashMap<>();
    map.put(LIKELIHOOD, Integer.toString(input.likelihood()));
    map.put(IMPACT, Integer.toString(input.impact()));
    return Collections.unmodifiableMap(map);
  }

  @Override
  public Either<Problem, MatrixInput> mitigate(MatrixInput input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    return check(input).map(in -> MatrixInput.of(
        Math.max(1, in.likelihood() - Codec.reductionSteps(mitigation.likelihoodReduction(), n - 1)),
        Math.max(1, in.impact() - Codec.reductionSteps(mitigation.impactReduction(), m - 1))));
  }

  @Override
  public String toString() {
    return "MatrixMethod[" + matrix + "]";
  }
}
