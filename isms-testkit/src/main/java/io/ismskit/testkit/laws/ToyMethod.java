package io.ismskit.testkit.laws;

import io.ismskit.core.base.InvalidValueException;
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
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small, complete scoring method — likelihood × impact on two scales of {@code n} levels — to
 * read as an example of the {@link ScoringMethod} SPI and to use as a fixture: the laws' own tests
 * break it on purpose, and engine tests score with it so that they do not depend on a built-in
 * method.
 *
 * <ul>
 *   <li><b>Descriptor.</b> Id {@code toy} and version {@code 1} unless configured; bounds {@code
 *       [1, n²]}; monotonic in {@code likelihood} and {@code impact}; flat-form keys {@code
 *       likelihood} and {@code impact}, both required, each a whole number in {@code 1..n}; score
 *       factors {@code likelihood} and {@code impact}; every score states its likelihood and its
 *       consequence (the impact level), each on {@code 1..n}.
 *   <li><b>Score.</b> The value is {@code likelihood × impact}, normalized {@code (value - 1) / (n²
 *       - 1)}; the level is {@code "High"} from a normalized 0.5, else {@code "Low"}.
 *   <li><b>Mitigation.</b> Each level {@code x} becomes {@code ceil(x × (1 - reduction))}, at
 *       least 1 ({@link #reduce}).
 *   <li><b>Refusals.</b> Every bad input is a {@link Problem} with a {@link ScoringCode}, made by
 *       {@link FlatForm}, as every built-in method's is.
 * </ul>
 *
 * <p>Designed for extension: a test overrides {@link #value}, {@link #normalize} or any SPI method
 * to break one law and watch {@link ScoringLaws} name it.
 *
 * @implSpec Instances are immutable and thread-safe (subclasses must keep them so to pass the laws).
 */
public class ToyMethod implements ScoringMethod<ToyMethod.Input> {
  /**
   * The input: a likelihood and an impact level, 1-based. Not range-checked: {@link #score}
   * refuses a level outside the method's scale.
   *
   * @param likelihood the likelihood level
   * @param impact the impact level
   */
  public record Input(int likelihood, int impact) {}

  private static final String LIKELIHOOD = "likelihood";
  private static final String IMPACT = "impact";

  private final int levels;
  private final MethodDescriptor<Input> descriptor;

  /** The method {@code toy}, version {@code 1}, on two 5-level scales. */
  public ToyMethod() {
    this(MethodId.of("toy"), "1", 5);
  }

  /**
   * A method with the given id and version on two scales of {@code levels} levels.
   *
   * @throws InvalidValueException when {@code levels} is outside {@code 1..1000}
   */
  public ToyMethod(MethodId id, String version, int levels) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    if (levels < 1 || levels > 1000) {
      throw new InvalidValueException(Problem.of(ScoringCode.DESCRIPTOR_INVALID, "ToyMethod", id.value(),
          "levels", levels, "must be in 1..1000"));
    }
    this.levels = levels;
    String scale = "a whole number in 1.." + levels;
    this.descriptor = MethodDescriptor.builder(id, version, Input.class)
        .bounds(Bounds.of(1, (double) levels * levels))
        .monotonicFactor(MonotonicFactor.of(LIKELIHOOD, in -> in.likelihood() < levels
            ? Optional.of(new Input(in.likelihood() + 1, in.impact())) : Optional.empty()))
        .monotonicFactor(MonotonicFactor.of(IMPACT, in -> in.impact() < levels
            ? Optional.of(new Input(in.likelihood(), in.impact() + 1)) : Optional.empty()))
        .inputKey(InputKey.required(LIKELIHOOD, "how likely the event is, 1 the least likely", scale))
        .inputKey(InputKey.required(IMPACT, "how bad its consequences are, 1 the mildest", scale))
        .factor(LIKELIHOOD, "the likelihood level, 1.." + levels)
        .factor(IMPACT, "the impact level, 1.." + levels)
        .likelihood("the likelihood level, 1.." + levels)
        .consequence("the impact level, 1.." + levels)
        .build();
  }

  /** The number of levels of each scale. */
  public int levels() {
    return levels;
  }

  /**
   * Inputs for the laws: nine in ten on the scales, one in ten anywhere from 2 below to 3 above
   * them (so that refusals are exercised too).
   */
  public Gen<Input> inputs() {
    int n = levels;
    return Gen.frequency(
        Gen.weighted(9, Gen.ints(1, n).zip(Gen.ints(1, n), Input::new)),
        Gen.weighted(1, Gen.ints(-2, n + 3).zip(Gen.ints(-2, n + 3), Input::new)));
  }

  @Override
  public MethodDescriptor<Input> descriptor() {
    return descriptor;
  }

  /** The score's value for an input on the scales: {@code likelihood × impact}. */
  protected double value(Input in) {
    return (double) in.likelihood() * in.impact();
  }

  /** The normalized value of {@code value}: {@code (value - 1) / (n² - 1)}, 0 on a 1-level scale. */
  protected double normalize(double value) {
    double max = (double) levels * levels;
    return max > 1 ? (value - 1) / (max - 1) : 0;
  }

  /** The normalized score of the cell ({@code likelihood}, {@code impact}). */
  public final double normalized(int likelihood, int impact) {
    return normalize(value(new Input(likelihood, impact)));
  }

  private Either<Problem, Input> check(Input in) {
    return FlatForm.inRange(LIKELIHOOD, in.likelihood(), 1, levels)
        .flatMap(l -> FlatForm.inRange(IMPACT, in.impact(), 1, levels))
        .map(i -> in);
  }

  @Override
  public Either<Problem, Score> score(Input input) {
    Objects.requireNonNull(input, "input");
    return check(input).map(in -> {
      double v = value(in);
      double n = normalize(v);
      return new Score(v, n, n >= 0.5 ? "High" : "Low", id(), version(),
          List.of(ScoreFactor.of(LIKELIHOOD, in.likelihood()), ScoreFactor.of(IMPACT, in.impact())),
          ScaleValue.of(in.likelihood(), "level " + in.likelihood(), 1, levels),
          ScaleValue.of(in.impact(), "level " + in.impact(), 1, levels));
    });
  }

  @Override
  public Either<Problem, Input> decode(Map<String, String> inputs) {
    return FlatForm.knownKeys(descriptor(), inputs)
        .flatMap(in -> level(in, LIKELIHOOD))
        .flatMap(l -> level(inputs, IMPACT).map(i -> new Input(l, i)));
  }

  private Either<Problem, Integer> level(Map<String, String> inputs, String key) {
    return FlatForm.required(inputs, key).flatMap(v -> FlatForm.wholeNumber(key, v, 1, levels));
  }

  @Override
  public Map<String, String> encode(Input input) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(LIKELIHOOD, Integer.toString(input.likelihood()));
    m.put(IMPACT, Integer.toString(input.impact()));
    return m;
  }

  /** A level {@code x} after a reduction {@code r}: {@code ceil(x × (1 - r))}, at least 1. */
  public static int reduce(int x, double r) {
    return Math.max(1, (int) Math.ceil(x * (1 - r) - 1e-9));
  }

  @Override
  public Either<Problem, Input> mitigate(Input input, Mitigation m) {
    Objects.requireNonNull(m, "m");
    return check(input).map(in -> new Input(
        reduce(in.likelihood(), m.likelihoodReduction()), reduce(in.impact(), m.impactReduction())));
  }

  @Override
  public String toString() {
    return "ToyMethod[" + id() + " " + version() + ", " + levels + "×" + levels + "]";
  }
}
