package io.ismskit.risk.fair;

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
import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in {@code fair} scoring method: Open FAIR quantitative risk analysis (The Open Group
 * Risk Taxonomy O-RT, C20B, 3.0.1, and Risk Analysis O-RA, C20A, 2.0.1) by Monte Carlo simulation.
 *
 * <p><b>Score.</b> The value is the mean annualized loss of the simulated years (bounds {@code [0,
 * +Infinity)}); the normalized value is {@code value / (value + referenceAmount)}, which is 0 for no
 * loss, 0.5 at the reference amount, below 1 for any finite loss, and order-preserving. The level
 * is the label of the first band whose upper bound exceeds the value. The factors are, in order:
 * {@code lef.mean} (analytic mean loss events per year), {@code lm.mean} (analytic mean loss per
 * event), {@code ale.analytic} (their product), {@code ale.mean}, {@code ale.sd}, {@code ale.p10},
 * {@code ale.p50}, {@code ale.p90}, {@code ale.p95}, {@code ale.p99}, {@code p.loss} (probability
 * of any loss in a year), {@code trials} and {@code seed}.
 *
 * <p><b>Flat form.</b> Keys (numbers in Java decimal notation):
 *
 * <ul>
 *   <li>{@code lef.kind}: {@code poisson} (with {@code lef.lambda}), {@code bernoulli} (with
 *       {@code lef.p}), {@code rate} (with a distribution under {@code lef.rate}) or {@code
 *       tef-vuln} (with distributions under {@code tef} and {@code vuln});
 *   <li>{@code plm}: the primary loss magnitude distribution;
 *   <li>{@code slef} and {@code slm}, both or neither: the secondary loss event probability and
 *       magnitude;
 *   <li>{@code trials} and {@code seed}: optional, defaulting to this method's defaults.
 * </ul>
 *
 * A distribution under prefix {@code x} is {@code x.kind} (one of {@code constant}, {@code
 * uniform}, {@code triangular}, {@code pert}, {@code lognormal90}, {@code lognormal}) and its
 * parameters {@code x.value}, {@code x.min}, {@code x.mode}, {@code x.max}, {@code x.shape}
 * (optional, default 4), {@code x.low}, {@code x.high}, {@code x.mu}, {@code x.sigma} as the kind
 * needs; for example {@code plm.kind=lognormal90, plm.low=10000, plm.high=500000}. A missing or
 * malformed entry, an invalid parameter and an unknown key are refused with the key at fault.
 *
 * <p><b>Monotonic factors.</b> {@code frequency} multiplies the Poisson mean, Bernoulli
 * probability, rate or TEF by 1.25; {@code magnitude} multiplies the primary and secondary
 * magnitudes by 1.25; {@code secondary} raises the secondary loss probability by 0.1. The engine
 * uses common random numbers per trial, so with the same seed the mean does not decrease.
 *
 * <p><b>Refusals.</b> Scoring refuses, with the {@link MonteCarlo} problem, an input above its
 * simulation's {@link Limits} ({@link FairCode#BUDGET_LOSS_EVENTS}, {@link
 * FairCode#BUDGET_MEMORY}), checked before simulating, and a simulation stopped by an interrupt of
 * the scoring thread ({@link FairCode#CANCELLED}): an engine assessing a register on an interrupted
 * thread gets this problem for each FAIR risk, promptly.
 *
 * <p><b>Mitigation.</b> The likelihood reduction {@code r} scales the frequency by {@code 1 - r}
 * (the vulnerability, for a TEF × vulnerability frequency); the impact reduction scales primary
 * and secondary magnitudes by its complement.
 *
 * @implSpec This class is immutable and thread-safe; scores are deterministic.
 */
public final class FairMethod implements ScoringMethod<FairInput> {
  /** This method's id, {@code fair}. */
  public static final MethodId ID = MethodId.of("fair");

  /** The default number of trials when the flat form has none. */
  public static final int DEFAULT_TRIALS = 100_000;

  /** The default reference amount of the normalization. */
  public static final double DEFAULT_REFERENCE_AMOUNT = 100_000;

  /** The version of this method's definition. */
  public static final String VERSION = "1.0";

  private static final double RAISE = 1.25;

  private static final List<MonotonicFactor<FairInput>> MONOTONIC = monotonic();

  private static final MethodDescriptor<FairInput> DESCRIPTOR = describe();

  private final double referenceAmount;
  private final List<Double> upperBounds;
  private final List<String> labels;
  private final Limits limits;
  private final FairCodec codec;

  /**
   * The method with the defaults: reference amount 100,000; bands Low below 10,000, Medium below
   * 100,000, High below 1,000,000, Very High above; 100,000 trials and seed 0 when the flat form
   * has none.
   */
  public FairMethod() {
    this(
        DEFAULT_REFERENCE_AMOUNT,
        List.of(10_000.0, 100_000.0, 1_000_000.0),
        List.of("Low", "Medium", "High", "Very High"),
        Limits.DEFAULT);
  }

  private FairMethod(
      double referenceAmount, List<Double> upperBounds, List<String> labels, Limits limits) {
    this.referenceAmount = referenceAmount;
    this.upperBounds = List.copyOf(upperBounds);
    this.labels = List.copyOf(labels);
    this.limits = limits;
    this.codec = new FairCodec(DEFAULT_TRIALS, 0L, limits);
  }

  /**
   * The method with the given normalization and bands: {@code labels.get(i)} applies to a mean
   * annual loss below {@code upperBounds.get(i)} (and at or above the previous bound); the last
   * label applies at or above the last bound.
   *
   * @param referenceAmount the loss that normalizes to 0.5, finite and positive
   * @param upperBounds the band limits, finite and strictly increasing
   * @param labels one more label than limits
   * @throws IllegalArgumentException if the configuration is inconsistent
   */
  public static FairMethod of(
      double referenceAmount, List<Double> upperBounds, List<String> labels) {
    if (!(referenceAmount > 0) || Double.isInfinite(referenceAmount)) {
      throw new IllegalArgumentException(
          "referenceAmount: must be finite and positive, was " + referenceAmount);
    }
    if (labels.size() != upperBounds.size() + 1) {
      throw new IllegalArgumentException(
          "labels: need "
              + (upperBounds.size() + 1)
              + " labels for "
              + upperBounds.size()
              + " bounds, was "
              + labels.size());
    }
    double prev = Double.NEGATIVE_INFINITY;
    for (Double b : upperBounds) {
      if (!Double.isFinite(b) || b <= prev) {
        throw new IllegalArgumentException(
            "upperBounds: must be finite and strictly increasing, was " + upperBounds);
      }
      prev = b;
    }
    return new FairMethod(referenceAmount, upperBounds, labels, Limits.DEFAULT);
  }

  /**
   * This method with the work and memory {@code limits} that the inputs it {@linkplain #decode
   * decodes} carry (the flat form has no limits; {@link Limits#DEFAULT} unless set). A host that
   * means to score scenarios above the default budget through the engine registers a method with
   * raised limits.
   */
  public FairMethod withLimits(Limits limits) {
    Objects.requireNonNull(limits, "limits");
    return new FairMethod(referenceAmount, upperBounds, labels, limits);
  }

  /** The limits of the inputs this method decodes. */
  public Limits limits() {
    return limits;
  }

  @Override
  public MethodDescriptor<FairInput> descriptor() {
    return DESCRIPTOR;
  }

  private static MethodDescriptor<FairInput> describe() {
    MethodDescriptor.Builder<FairInput> b = MethodDescriptor.builder(ID, VERSION, FairInput.class)
        .bounds(Bounds.of(0, Double.POSITIVE_INFINITY))
        .monotonicFactors(MONOTONIC)
        .inputKey(InputKey.required("lef.kind", "how the loss event frequency is given",
            "poisson (with lef.lambda), bernoulli (with lef.p), rate (with a distribution under lef.rate)"
                + " or tef-vuln (with distributions under tef and vuln)"))
        .inputKey(InputKey.optional("lef.lambda", "mean loss events per year of a poisson frequency",
            "a finite number >= 0, for lef.kind poisson"))
        .inputKey(InputKey.optional("lef.p", "probability of a loss event in a year of a bernoulli frequency",
            "a number in [0, 1], for lef.kind bernoulli"));
    distribution(b, "lef.rate", "the distribution of the yearly loss event rate (lef.kind rate)", false);
    distribution(b, "tef", "the threat event frequency distribution (lef.kind tef-vuln)", false);
    distribution(b, "vuln", "the vulnerability distribution, within [0, 1] (lef.kind tef-vuln)", false);
    distribution(b, "plm", "the primary loss magnitude distribution", true);
    b.inputKey(InputKey.optional("slef", "the secondary loss event probability (with slm)", "a number in [0, 1]"));
    distribution(b, "slm", "the secondary loss magnitude distribution (with slef)", false);
    return b
        .inputKey(InputKey.optional("trials", "the number of simulated years",
            "a whole number in 1.." + Simulation.MAX_TRIALS + "; " + DEFAULT_TRIALS + " when absent"))
        .inputKey(InputKey.optional("seed", "the seed of the simulation", "a whole number; 0 when absent"))
        .factor("lef.mean", "the analytic mean number of loss events per year")
        .factor("lm.mean", "the analytic mean loss per loss event")
        .factor("ale.analytic", "the analytic annualized loss expectancy, lef.mean × lm.mean")
        .factor("ale.mean", "the simulated mean annual loss (the score's value)")
        .factor("ale.sd", "the standard deviation of the simulated annual losses")
        .factor("ale.p10", "the 10th percentile of the simulated annual losses")
        .factor("ale.p50", "the median of the simulated annual losses")
        .factor("ale.p90", "the 90th percentile of the simulated annual losses")
        .factor("ale.p95", "the 95th percentile of the simulated annual losses")
        .factor("ale.p99", "the 99th percentile of the simulated annual losses")
        .factor("p.loss", "the probability of any loss in a simulated year")
        .factor("trials", "the number of simulated years")
        .factor("seed", "the seed of the simulation")
        .build();
  }

  /** The keys of a distribution under {@code prefix}: its kind and every parameter any kind has. */
  private static void distribution(
      MethodDescriptor.Builder<FairInput> b, String prefix, String meaning, boolean required) {
    String kinds = java.util.Arrays.stream(Distribution.Kind.values())
        .map(k -> k.key() + " (" + String.join(", ", k.parameterNames()) + ")")
        .collect(java.util.stream.Collectors.joining(", "));
    b.inputKey(new InputKey(prefix + ".kind", meaning + ": its kind", kinds, required));
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    for (Distribution.Kind k : Distribution.Kind.values()) {
      seen.addAll(k.parameterNames());
    }
    for (String p : seen) {
      String allowed = p.equals("shape")
          ? "a finite number > 0, for pert; " + Distribution.DEFAULT_PERT_SHAPE + " when absent"
          : "a decimal number, for the kinds that take " + p;
      b.inputKey(InputKey.optional(prefix + "." + p, meaning + ": parameter " + p, allowed));
    }
  }

  /** The reference amount of the normalization. */
  public double referenceAmount() {
    return referenceAmount;
  }

  /** The level label of a mean annual loss. */
  public String level(double meanAnnualLoss) {
    for (int i = 0; i < upperBounds.size(); i++) {
      if (meanAnnualLoss < upperBounds.get(i)) {
        return labels.get(i);
      }
    }
    return labels.get(labels.size() - 1);
  }

  @Override
  public Either<Problem, Score> score(FairInput input) {
    Objects.requireNonNull(input, "input");
    return MonteCarlo.run(input.scenario(), input.simulation()).flatMap(r -> score(input, r));
  }

  private Either<Problem, Score> score(FairInput input, FairResult r) {
    double v = r.mean();
    double normalized = v / (v + referenceAmount);
    FairScenario s = input.scenario();
    List<ScoreFactor> factors = new ArrayList<>();
    factors.add(ScoreFactor.of("lef.mean", s.frequency().meanEvents()));
    factors.add(ScoreFactor.of("lm.mean", s.meanMagnitude()));
    factors.add(ScoreFactor.of("ale.analytic", Analytics.mean(s)));
    factors.add(ScoreFactor.of("ale.mean", v));
    factors.add(ScoreFactor.of("ale.sd", r.standardDeviation()));
    factors.add(ScoreFactor.of("ale.p10", r.p10()));
    factors.add(ScoreFactor.of("ale.p50", r.p50()));
    factors.add(ScoreFactor.of("ale.p90", r.p90()));
    factors.add(ScoreFactor.of("ale.p95", r.p95()));
    factors.add(ScoreFactor.of("ale.p99", r.p99()));
    factors.add(ScoreFactor.of("p.loss", r.probabilityOfLoss()));
    factors.add(ScoreFactor.of("trials", r.trials()));
    factors.add(
        new ScoreFactor("seed", r.seed(), Long.toString(input.simulation().seed())));
    // Likelihood and consequence as Open FAIR analyses them: loss event frequency and loss magnitude.
    double lef = s.frequency().meanEvents();
    double lm = s.meanMagnitude();
    if (!Double.isFinite(lef) || !Double.isFinite(lm)) {
      return Either.left(Problem.ofField(FairCode.OVERFLOW, Double.isFinite(lef) ? "plm" : "lef", Double.isFinite(lef) ? lm : lef,
          "the mean loss event frequency or magnitude overflows a double"));
    }
    return Either.right(new Score(v, normalized, level(v), ID, VERSION, factors,
        ScaleValue.of(lef, lef + " loss events per year (mean)", 0, Double.POSITIVE_INFINITY),
        ScaleValue.of(lm, lm + " per loss event (mean)", 0, Double.POSITIVE_INFINITY)));
  }

  private static List<MonotonicFactor<FairInput>> monotonic() {
    return List.of(
        MonotonicFactor.of(
            "frequency",
            in -> {
              Frequency f = in.scenario().frequency();
              Either<Problem, Frequency> raised;
              if (f.kind() == Frequency.Kind.BERNOULLI) {
                if (f.rawValue() >= 1) {
                  return Optional.empty();
                }
                raised = Frequency.bernoulli(Math.min(1, f.rawValue() * RAISE));
              } else {
                raised = f.threatScaledBy(RAISE);
              }
              return raised
                  .map(nf -> new FairInput(in.scenario().withFrequency(nf), in.simulation()))
                  .toJavaOptional();
            }),
        MonotonicFactor.of("magnitude", in -> scaleMagnitudes(in, RAISE).toJavaOptional()),
        MonotonicFactor.of(
            "secondary",
            in ->
                in.scenario()
                    .secondary()
                    .filter(sl -> sl.probability() < 1)
                    .map(
                        sl ->
                            new FairInput(
                                in.scenario()
                                    .withSecondary(
                                        new SecondaryLoss(
                                            Math.min(1, sl.probability() + 0.1), sl.magnitude())),
                                in.simulation()))));
  }

  private static Either<Problem, FairInput> scaleMagnitudes(FairInput in, double factor) {
    FairScenario s = in.scenario();
    Either<Problem, Distribution> plm = s.primaryMagnitude().scaledBy(factor);
    if (plm.isLeft()) {
      return Either.left(plm.getLeft());
    }
    Optional<SecondaryLoss> sec = s.secondary();
    if (sec.isPresent()) {
      Either<Problem, Distribution> slm = sec.get().magnitude().scaledBy(factor);
      if (slm.isLeft()) {
        return Either.left(slm.getLeft());
      }
      sec = Optional.of(new SecondaryLoss(sec.get().probability(), slm.get()));
    }
    return Either.right(
        new FairInput(new FairScenario(s.frequency(), plm.get(), sec), in.simulation()));
  }

  @Override
  public Either<Problem, FairInput> decode(Map<String, String> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return FlatForm.knownKeys(DESCRIPTOR, inputs).flatMap(codec::decode);
  }

  @Override
  public Map<String, String> encode(FairInput input) {
    Objects.requireNonNull(input, "input");
    return codec.encode(input);
  }

  @Override
  public Either<Problem, FairInput> mitigate(FairInput input, Mitigation mitigation) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(mitigation, "mitigation");
    return input
        .scenario()
        .frequency()
        .scaledBy(1 - mitigation.likelihoodReduction())
        .map(f -> new FairInput(input.scenario().withFrequency(f), input.simulation()))
        .flatMap(in -> scaleMagnitudes(in, 1 - mitigation.impactReduction()));
  }

  @Override
  public String toString() {
    return "FairMethod[referenceAmount=" + referenceAmount + ", bands=" + upperBounds + labels
        + ", limits=" + limits + "]";
  }
}
