package io.ismskit.testkit.laws;

import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.Bounds;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.MonotonicFactor;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringError;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small correct scoring method for testing the laws: likelihood times impact on 1..5 scales.
 * Subclasses break one law each by overriding one step.
 */
class ToyMethod implements ScoringMethod<ToyMethod.Input> {
  /** Likelihood and impact, 1..5 each. */
  record Input(int likelihood, int impact) {}

  /** All inputs of the 5×5 domain, and some outside it. */
  static Gen<Input> inputs() {
    return Gen.frequency(
        Gen.weighted(9, Gen.ints(1, 5).zip(Gen.ints(1, 5), Input::new)),
        Gen.weighted(1, Gen.ints(-2, 8).zip(Gen.ints(-2, 8), Input::new)));
  }

  @Override
  public MethodId id() {
    return MethodId.of("toy");
  }

  @Override
  public String version() {
    return "1";
  }

  @Override
  public Class<Input> inputType() {
    return Input.class;
  }

  @Override
  public Bounds bounds() {
    return Bounds.of(1, 25);
  }

  @Override
  public List<MonotonicFactor<Input>> monotonicFactors() {
    return List.of(
        MonotonicFactor.of("likelihood", in -> in.likelihood() < 5
            ? Optional.of(new Input(in.likelihood() + 1, in.impact())) : Optional.empty()),
        MonotonicFactor.of("impact", in -> in.impact() < 5
            ? Optional.of(new Input(in.likelihood(), in.impact() + 1)) : Optional.empty()));
  }

  double value(Input in) {
    return in.likelihood() * in.impact();
  }

  double normalize(double value) {
    return (value - 1) / 24;
  }

  @Override
  public Either<ScoringError, Score> score(Input in) {
    if (in.likelihood() < 1 || in.likelihood() > 5) {
      return Either.left(ScoringError.of("toy.range", "likelihood", in.likelihood(), "must be in 1..5"));
    }
    if (in.impact() < 1 || in.impact() > 5) {
      return Either.left(ScoringError.of("toy.range", "impact", in.impact(), "must be in 1..5"));
    }
    double v = value(in);
    return Either.right(new Score(v, normalize(v), v >= 15 ? "High" : v >= 5 ? "Medium" : "Low", id(), version(),
        List.of(ScoreFactor.of("likelihood", in.likelihood()), ScoreFactor.of("impact", in.impact()))));
  }

  @Override
  public Either<ScoringError, Input> decode(Map<String, String> inputs) {
    try {
      return Either.right(new Input(
          Integer.parseInt(inputs.getOrDefault("likelihood", "")),
          Integer.parseInt(inputs.getOrDefault("impact", ""))));
    } catch (NumberFormatException e) {
      return Either.left(ScoringError.of("toy.format", "inputs", inputs, "expected integer likelihood and impact"));
    }
  }

  @Override
  public Map<String, String> encode(Input in) {
    Map<String, String> m = new TreeMap<>();
    m.put("likelihood", Integer.toString(in.likelihood()));
    m.put("impact", Integer.toString(in.impact()));
    return m;
  }

  @Override
  public Either<ScoringError, Input> mitigate(Input in, Mitigation m) {
    int l = Math.max(1, (int) Math.ceil(in.likelihood() * (1 - m.likelihoodReduction())));
    int i = Math.max(1, (int) Math.ceil(in.impact() * (1 - m.impactReduction())));
    return Either.right(new Input(Math.min(l, in.likelihood()), Math.min(i, in.impact())));
  }
}
