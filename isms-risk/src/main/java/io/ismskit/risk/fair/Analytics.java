package io.ismskit.risk.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Closed-form results for a {@link FairScenario}, for checking and explaining a simulation.
 *
 * <p><b>Mean.</b> The annual loss {@code L = X_1 + ... + X_N} is a compound sum with a count
 * {@code N} independent of the per-event losses, so by Wald's identity {@code E[L] = E[N] · E[X]},
 * with {@code E[N]} from {@link Frequency#meanEvents()} and {@code E[X]} from {@link
 * FairScenario#meanMagnitude()} (Open FAIR: risk as the product of loss event frequency and loss
 * magnitude, The Open Group O-RT, C20B, 3.0.1).
 *
 * <p><b>Exceedance.</b> {@code P(L > x)} has a closed form in these cases (no secondary loss):
 *
 * <ul>
 *   <li>{@link Frequency#bernoulli Bernoulli(p)} frequency and a constant, uniform, triangular or
 *       lognormal magnitude: exactly {@code p · P(X > x)};
 *   <li>{@link Frequency#poisson Poisson(λ)} frequency and a constant magnitude {@code c}: exactly
 *       {@code P(N > x / c) = P(N >= floor(x / c) + 1)};
 *   <li>Poisson(λ) and a uniform, triangular or lognormal magnitude: the single-event
 *       approximation {@code 1 - exp(-λ · P(X > x))}, the probability that the largest event alone
 *       exceeds {@code x}. It is a lower bound of {@code P(L > x)} and close to it where one event
 *       dominates the year's loss (rare events, heavy-tailed magnitudes, large {@code x}); for
 *       frequent events it understates the curve.
 * </ul>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Analytics {
  private Analytics() {}

  /** The analytic mean annual loss {@code E[N] · E[X]} (Wald's identity). */
  public static double mean(FairScenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    return scenario.frequency().meanEvents() * scenario.meanMagnitude();
  }

  /** The closed-form {@code P(annual loss > amount)}, when the scenario has one. */
  public static Optional<AnalyticExceedance> exceedance(FairScenario scenario, double amount) {
    Objects.requireNonNull(scenario, "scenario");
    if (Double.isNaN(amount) || scenario.secondary().isPresent()) {
      return Optional.empty();
    }
    Frequency f = scenario.frequency();
    Distribution x = scenario.primaryMagnitude();
    if (f.kind() != Frequency.Kind.POISSON && f.kind() != Frequency.Kind.BERNOULLI) {
      return Optional.empty();
    }
    if (amount < 0) {
      return Optional.of(new AnalyticExceedance(amount, 1.0, true)); // every loss is >= 0
    }
    Optional<Double> survival = survival(x, amount);
    if (survival.isEmpty()) {
      return Optional.empty();
    }
    double s = survival.get();
    if (f.kind() == Frequency.Kind.BERNOULLI) {
      return Optional.of(new AnalyticExceedance(amount, f.rawValue() * s, true));
    }
    double lambda = f.rawValue();
    if (x.kind() == Distribution.Kind.CONSTANT) {
      double c = x.parameter(0);
      if (c == 0) {
        return Optional.of(new AnalyticExceedance(amount, 0, true));
      }
      double k = Math.floor(amount / c) + 1;
      double p = k > 1e18 ? 0 : Special.poissonAtLeast((long) k, lambda);
      return Optional.of(new AnalyticExceedance(amount, p, true));
    }
    return Optional.of(new AnalyticExceedance(amount, -Math.expm1(-lambda * s), false));
  }

  /** {@link #exceedance} at each amount, or empty if the scenario has no closed form. */
  public static Optional<List<AnalyticExceedance>> lossExceedanceCurve(
      FairScenario scenario, double... amounts) {
    List<AnalyticExceedance> out = new ArrayList<>(amounts.length);
    for (double a : amounts) {
      Optional<AnalyticExceedance> e = exceedance(scenario, a);
      if (e.isEmpty()) {
        return Optional.empty();
      }
      out.add(e.get());
    }
    return Optional.of(List.copyOf(out));
  }

  /** P(X &gt; x) for {@code x >= 0}, for the kinds with an elementary distribution function. */
  static Optional<Double> survival(Distribution d, double x) {
    return switch (d.kind()) {
      case CONSTANT -> Optional.of(d.parameter(0) > x ? 1.0 : 0.0);
      case UNIFORM -> Optional.of(uniformSurvival(d.parameter(0), d.parameter(1), x));
      case TRIANGULAR ->
          Optional.of(triangularSurvival(d.parameter(0), d.parameter(1), d.parameter(2), x));
      case LOGNORMAL_90, LOGNORMAL -> Optional.of(
          x <= 0 ? 1.0 : Special.normalSurvival((Math.log(x) - d.mu()) / d.sigma()));
      case PERT -> Optional.empty();
    };
  }

  private static double uniformSurvival(double a, double b, double x) {
    if (x < a) {
      return 1.0;
    }
    if (x >= b) {
      return 0.0;
    }
    return (b - x) / (b - a);
  }

  private static double triangularSurvival(double a, double c, double b, double x) {
    if (x < a) {
      return 1.0;
    }
    if (x >= b) {
      return 0.0;
    }
    if (x <= c) {
      return 1 - (x - a) * (x - a) / ((b - a) * (c - a));
    }
    return (b - x) * (b - x) / ((b - a) * (b - c));
  }
}
