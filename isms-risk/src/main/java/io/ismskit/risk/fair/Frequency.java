package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How often loss events occur in a year: the Loss Event Frequency (LEF) of the Open FAIR Risk
 * Taxonomy (The Open Group O-RT, C20B, 3.0.1, section 4), given either directly or derived as
 * Threat Event Frequency × Vulnerability (LEF = TEF × Vuln, where Vulnerability is the probability
 * that a threat event becomes a loss event).
 *
 * <p>In a simulated year the number of loss events is drawn as follows:
 *
 * <ul>
 *   <li>{@link #poisson(double) poisson(lambda)}: a Poisson count with mean {@code lambda};
 *   <li>{@link #bernoulli(double) bernoulli(p)}: one event with probability {@code p}, else none;
 *   <li>{@link #poissonRate(Distribution) poissonRate(rate)}: a rate is drawn from {@code rate}
 *       (events per year), then a Poisson count with that mean;
 *   <li>{@link #threatEvents(Distribution, Distribution) threatEvents(tef, vulnerability)}: a TEF
 *       and a vulnerability are drawn independently and the count is Poisson with mean {@code tef
 *       × vulnerability} (which is the distribution of a Poisson number of threat events, each
 *       becoming a loss event with probability {@code vulnerability}).
 * </ul>
 *
 * <p>A sampled rate above {@value #MAX_RATE} events per year is treated as {@value #MAX_RATE}.
 *
 * @implSpec This class is immutable and thread-safe; equality is by kind and parameters.
 */
public final class Frequency {

  /** The ways a frequency is given. */
  public enum Kind {
    /** A Poisson count with a fixed mean. */
    POISSON("poisson"),
    /** At most one event, with a fixed probability. */
    BERNOULLI("bernoulli"),
    /** A Poisson count whose mean is drawn from a distribution each year. */
    RATE("rate"),
    /** A Poisson count whose mean is a drawn TEF times a drawn vulnerability. */
    THREAT_EVENTS("tef-vuln");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The stable key of this kind in the flat form, such as {@code "tef-vuln"}. */
    public String key() {
      return key;
    }

    /** The kind whose {@link #key()} is {@code key}, if any. */
    public static Optional<Kind> ofKey(String key) {
      for (Kind k : values()) {
        if (k.key.equals(key)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  /** The largest Poisson mean accepted, and the cap applied to sampled rates (events/year). */
  public static final double MAX_RATE = 1.0e6;

  private final Kind kind;
  private final double value;
  private final Optional<Distribution> rate;
  private final Optional<Distribution> vulnerability;

  private Frequency(
      Kind kind, double value, Optional<Distribution> rate, Optional<Distribution> vulnerability) {
    this.kind = kind;
    this.value = value;
    this.rate = rate;
    this.vulnerability = vulnerability;
  }

  /** A Poisson count of loss events with mean {@code lambda} per year, {@code 0 <= lambda <= MAX_RATE}. */
  public static Either<Problem, Frequency> poisson(double lambda) {
    Optional<Problem> e =
        Checks.first(
            Checks.nonNegative("lambda", lambda), Checks.atMost("lambda", lambda, "limit", MAX_RATE));
    return e.isPresent()
        ? Either.left(e.get())
        : Either.right(new Frequency(Kind.POISSON, lambda, Optional.empty(), Optional.empty()));
  }

  /** One loss event per year with probability {@code p}, none otherwise. */
  public static Either<Problem, Frequency> bernoulli(double p) {
    Optional<Problem> e = Checks.probability("p", p);
    return e.isPresent()
        ? Either.left(e.get())
        : Either.right(new Frequency(Kind.BERNOULLI, p, Optional.empty(), Optional.empty()));
  }

  /** A Poisson count of loss events whose yearly mean is drawn from {@code rate}. */
  public static Frequency poissonRate(Distribution rate) {
    Objects.requireNonNull(rate, "rate");
    return new Frequency(Kind.RATE, Double.NaN, Optional.of(rate), Optional.empty());
  }

  /**
   * Loss event frequency as Threat Event Frequency × Vulnerability; refused if {@code
   * vulnerability} can take values above 1.
   */
  public static Either<Problem, Frequency> threatEvents(
      Distribution tef, Distribution vulnerability) {
    Objects.requireNonNull(tef, "tef");
    Objects.requireNonNull(vulnerability, "vulnerability");
    if (vulnerability.supportMax() > 1) {
      return Either.left(
          Problem.ofField(FairCode.SUPPORT,
              "vulnerability",
              vulnerability,
              "must be a probability distribution within [0, 1]"));
    }
    return Either.right(
        new Frequency(Kind.THREAT_EVENTS, Double.NaN, Optional.of(tef), Optional.of(vulnerability)));
  }

  /** How this frequency is given. */
  public Kind kind() {
    return kind;
  }

  /** The Poisson mean ({@link Kind#POISSON}) or probability ({@link Kind#BERNOULLI}). */
  public Optional<Double> value() {
    return kind == Kind.POISSON || kind == Kind.BERNOULLI ? Optional.of(value) : Optional.empty();
  }

  /** The rate distribution ({@link Kind#RATE}) or the TEF ({@link Kind#THREAT_EVENTS}). */
  public Optional<Distribution> rate() {
    return rate;
  }

  /** The vulnerability distribution ({@link Kind#THREAT_EVENTS} only). */
  public Optional<Distribution> vulnerability() {
    return vulnerability;
  }

  double rawValue() {
    return value;
  }

  /** The analytic mean number of loss events per year. */
  public double meanEvents() {
    return switch (kind) {
      case POISSON, BERNOULLI -> value;
      case RATE -> rate.orElseThrow().mean();
      case THREAT_EVENTS -> rate.orElseThrow().mean() * vulnerability.orElseThrow().mean();
    };
  }

  /**
   * This frequency scaled by {@code factor >= 0}: the Poisson mean, the Bernoulli probability, the
   * rate or the vulnerability multiplied by {@code factor}. Refused when {@code factor} is
   * negative, NaN or infinite, a probability would exceed 1, a Poisson mean {@link #MAX_RATE} or
   * a parameter {@link Distribution#MAX_AMOUNT}.
   */
  public Either<Problem, Frequency> scaledBy(double factor) {
    Optional<Problem> bad = Checks.nonNegative("factor", factor);
    if (bad.isPresent()) {
      return Either.left(bad.get());
    }
    return switch (kind) {
      case POISSON -> poisson(value * factor);
      case BERNOULLI -> bernoulli(value * factor);
      case RATE -> rate.orElseThrow().scaledBy(factor).map(Frequency::poissonRate);
      case THREAT_EVENTS ->
          vulnerability
              .orElseThrow()
              .scaledBy(factor)
              .flatMap(v -> threatEvents(rate.orElseThrow(), v));
    };
  }

  /**
   * This frequency with its threat side scaled: like {@link #scaledBy} but scaling the TEF rather
   * than the vulnerability for {@link Kind#THREAT_EVENTS}.
   */
  Either<Problem, Frequency> threatScaledBy(double factor) {
    if (kind != Kind.THREAT_EVENTS) {
      return scaledBy(factor);
    }
    return rate.orElseThrow()
        .scaledBy(factor)
        .flatMap(t -> threatEvents(t, vulnerability.orElseThrow()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Frequency f
        && f.kind == kind
        && Double.compare(f.value, value) == 0
        && f.rate.equals(rate)
        && f.vulnerability.equals(vulnerability);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value, rate, vulnerability);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case POISSON -> "poisson(lambda=" + value + ")";
      case BERNOULLI -> "bernoulli(p=" + value + ")";
      case RATE -> "rate(" + rate.orElseThrow() + ")";
      case THREAT_EVENTS ->
          "tef-vuln(tef=" + rate.orElseThrow() + ", vuln=" + vulnerability.orElseThrow() + ")";
    };
  }
}
