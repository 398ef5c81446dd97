package io.ismskit.risk.engine;

import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringError;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A test-only likelihood × impact method on an n-level scale, so that engine tests do not depend
 * on the built-in methods. Residual input: each factor scaled by {@code 1 - reduction}, rounded up,
 * at least 1.
 */
final class ToyMethod implements ScoringMethod<ToyMethod.Input> {
  record Input(int likelihood, int impact) {}

  private final String id;
  private final String version;
  private final int levels;

  ToyMethod(String id, String version, int levels) {
    this.id = id;
    this.version = version;
    this.levels = levels;
  }

  ToyMethod() {
    this("toy", "1", 5);
  }

  @Override
  public MethodId id() {
    return MethodId.of(id);
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Bounds bounds() {
    return Bounds.of(1, levels * levels);
  }

  @Override
  public List<MonotonicFactor<Input>> monotonicFactors() {
    return List.of(
        MonotonicFactor.of("likelihood", in -> in.likelihood() < levels
            ? Optional.of(new Input(in.likelihood() + 1, in.impact())) : Optional.empty()),
        MonotonicFactor.of("impact", in -> in.impact() < levels
            ? Optional.of(new Input(in.likelihood(), in.impact() + 1)) : Optional.empty()));
  }

  /** The normalized score of {@code l × i} on this scale. */
  double normalized(int l, int i) {
    return (l * i - 1) / (double) (levels * levels - 1);
  }

  @Override
  public Either<ScoringError, Score> score(Input input) {
    if (input.likelihood() < 1 || input.likelihood() > levels) {
      return Either.left(ScoringError.of("toy.range", "likelihood", input.likelihood(),
          "must be in 1.." + levels));
    }
    if (input.impact() < 1 || input.impact() > levels) {
      return Either.left(ScoringError.of("toy.range", "impact", input.impact(),
          "must be in 1.." + levels));
    }
    int v = input.likelihood() * input.impact();
    double n = normalized(input.likelihood(), input.impact());
    String label = n >= 0.5 ? "toy-high" : "toy-low";
    return Either.right(new Score(v, n, label, id(), version,
        List.of(ScoreFactor.of("likelihood", input.likelihood()),
            ScoreFactor.of("impact", input.impact()))));
  }

  @Override
  public Either<ScoringError, Input> decode(Map<String, String> inputs) {
    Either<ScoringError, Integer> l = level(inputs, "likelihood");
    if (l.isLeft()) {
      return Either.left(l.getLeft());
    }
    Either<ScoringError, Integer> i = level(inputs, "impact");
    if (i.isLeft()) {
      return Either.left(i.getLeft());
    }
    return Either.right(new Input(l.get(), i.get()));
  }

  private Either<ScoringError, Integer> level(Map<String, String> inputs, String key) {
    String s = inputs.get(key);
    if (s == null) {
      return Either.left(ScoringError.of("toy.missing", key, "", "is required"));
    }
    try {
      int v = Integer.parseInt(s);
      if (v < 1 || v > levels) {
        return Either.left(ScoringError.of("toy.range", key, s, "must be in 1.." + levels));
      }
      return Either.right(v);
    } catch (NumberFormatException e) {
      return Either.left(ScoringError.of("toy.number", key, s, "must be an integer"));
    }
  }

  @Override
  public Map<String, String> encode(Input input) {
    Map<String, String> m = new TreeMap<>();
    m.put("impact", String.valueOf(input.impact()));
    m.put("likelihood", String.valueOf(input.likelihood()));
    return m;
  }

  /** The factor {@code x} after a reduction {@code r}: {@code ceil(x (1 - r))}, at least 1. */
  static int reduce(int x, double r) {
    return Math.max(1, (int) Math.ceil(x * (1 - r) - 1e-9));
  }

  @Override
  public Either<ScoringError, Input> mitigate(Input input, Mitigation m) {
    return Either.right(new Input(
        reduce(input.likelihood(), m.likelihoodReduction()),
        reduce(input.impact(), m.impactReduction())));
  }
}
