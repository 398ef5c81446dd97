package io.ismskit.risk.fair;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A continuous distribution of a non-negative FAIR quantity: a loss magnitude per event, a rate of
 * events per year, or a vulnerability (a probability). These are the estimate shapes the Open FAIR
 * Risk Analysis standard (The Open Group O-RA, C20A, 2.0.1) recommends calibrating with
 * minimum / most-likely / maximum or confidence-interval estimates.
 *
 * <p>Instances are created by validating factories that return {@code Either}: the left side is a
 * {@link Problem} naming the parameter (such as {@code "min"}), the offending value and the
 * reason. NaN, infinities, negative values, {@code min > max}, a mode outside {@code [min, max]},
 * a confidence outside {@code (0, 1)} and a non-positive shape or sigma are refused, and so is what
 * cannot be simulated in doubles: an amount or a mean above {@link #MAX_AMOUNT} (a lognormal's
 * mean included) and a PERT shape above {@link #MAX_PERT_SHAPE}.
 *
 * <p>Every distribution has an analytic {@link #mean()} and {@link #variance()}:
 *
 * <ul>
 *   <li>{@code constant(v)}: mean {@code v};
 *   <li>{@code uniform(a, b)}: mean {@code (a + b) / 2};
 *   <li>{@code triangular(a, m, b)}: mean {@code (a + m + b) / 3};
 *   <li>{@code pert(a, m, b, s)}: a scaled Beta({@code 1 + s(m - a)/(b - a)}, {@code 1 + s(b -
 *       m)/(b - a)}) on {@code [a, b]}, mean {@code (a + s m + b) / (s + 2)} (s = 4 is the classic
 *       PERT);
 *   <li>{@code lognormal(mu, sigma)}: {@code exp(mu + sigma Z)}, mean {@code exp(mu + sigma²/2)};
 *   <li>{@code lognormal90(low, high)}: the lognormal whose 5th and 95th percentiles are {@code low}
 *       and {@code high}: {@code mu = (ln low + ln high) / 2}, {@code sigma = (ln high - ln low) /
 *       (2 · 1.6448536269514722)}.
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe; equality is by kind and parameters.
 */
public final class Distribution {

  /** The shape of a distribution and the names of its parameters, in order. */
  @SuppressWarnings("ImmutableEnumChecker") // parameterNames is an unmodifiable List.of
  public enum Kind {
    /** A single value: {@code value}. */
    CONSTANT("constant", "value"),
    /** Uniform on {@code [min, max]}. */
    UNIFORM("uniform", "min", "max"),
    /** Triangular with {@code min}, {@code mode}, {@code max}. */
    TRIANGULAR("triangular", "min", "mode", "max"),
    /** Beta-PERT with {@code min}, {@code mode}, {@code max} and {@code shape}. */
    PERT("pert", "min", "mode", "max", "shape"),
    /** Lognormal given by the 90% confidence interval {@code low}, {@code high}. */
    LOGNORMAL_90("lognormal90", "low", "high"),
    /** Lognormal given by the mean {@code mu} and standard deviation {@code sigma} of its log. */
    LOGNORMAL("lognormal", "mu", "sigma");

    private final String key;
    private final List<String> parameterNames;

    Kind(String key, String... parameterNames) {
      this.key = key;
      this.parameterNames = List.of(parameterNames);
    }

    /** The stable key of this kind in the flat form, such as {@code "lognormal90"}. */
    public String key() {
      return key;
    }

    /** The parameter names, in the order {@link Distribution#of} takes them. */
    public List<String> parameterNames() {
      return parameterNames;
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

  /** The default PERT shape (the classic PERT weight of the mode). */
  public static final double DEFAULT_PERT_SHAPE = 4.0;

  /**
   * The largest amount a distribution takes as a parameter or mean: 10^100, far above any sum of
   * money in any currency. It bounds what a simulation adds up: a year has fewer than 2^31 loss
   * events, each with a primary and a secondary magnitude, so a year's loss of distributions
   * bounded by it is below 2^32 × 10^100 ≈ 4.3 × 10^109, its square below 2 × 10^219, and the sums
   * over at most {@value Simulation#MAX_TRIALS} trials of the losses and of their squares stay far
   * below the largest double (about 1.8 × 10^308). A lognormal is unbounded: its mean is held to
   * this bound, and a draw large enough to overflow (which no sampler of doubles produces for such
   * a mean) would be reported by the simulation as {@link FairCode#OVERFLOW}.
   */
  public static final double MAX_AMOUNT = 1e100;

  /**
   * The largest PERT shape: a million. With a larger shape the distribution is its mode to within
   * a thousandth of its range; {@code constant(mode)} says so directly.
   */
  public static final double MAX_PERT_SHAPE = 1e6;

  /** The standard normal quantile at 0.95: the half-width of a 90% interval in sigmas. */
  static final double Z95 = 1.6448536269514722;

  private final Kind kind;
  private final double[] params;

  private Distribution(Kind kind, double[] params) {
    this.kind = kind;
    this.params = params;
  }

  // -----------------------------------------------------------------------------------------

  /** The distribution that always yields {@code value} ({@code value >= 0}, finite). */
  public static Either<Problem, Distribution> constant(double value) {
    return of(Kind.CONSTANT, value);
  }

  /** Uniform on {@code [min, max]}, {@code 0 <= min <= max}. */
  public static Either<Problem, Distribution> uniform(double min, double max) {
    return of(Kind.UNIFORM, min, max);
  }

  /** Triangular on {@code [min, max]} with its peak at {@code mode}. */
  public static Either<Problem, Distribution> triangular(
      double min, double mode, double max) {
    return of(Kind.TRIANGULAR, min, mode, max);
  }

  /** Beta-PERT on {@code [min, max]} with the given {@code mode} and the default shape 4. */
  public static Either<Problem, Distribution> pert(double min, double mode, double max) {
    return of(Kind.PERT, min, mode, max, DEFAULT_PERT_SHAPE);
  }

  /** Beta-PERT on {@code [min, max]} with the given {@code mode} and {@code shape > 0}. */
  public static Either<Problem, Distribution> pert(
      double min, double mode, double max, double shape) {
    return of(Kind.PERT, min, mode, max, shape);
  }

  /**
   * The lognormal whose 90% confidence interval is {@code [low, high]} ({@code 0 < low < high}):
   * {@code low} is its 5th and {@code high} its 95th percentile.
   */
  public static Either<Problem, Distribution> lognormal90(double low, double high) {
    return of(Kind.LOGNORMAL_90, low, high);
  }

  /**
   * The lognormal whose central {@code confidence} interval is {@code [low, high]}, for example
   * {@code confidence = 0.8} for a 10th–90th percentile estimate. The result is of kind {@link
   * Kind#LOGNORMAL} (or {@link Kind#LOGNORMAL_90} when {@code confidence} is exactly 0.9).
   */
  public static Either<Problem, Distribution> lognormalInterval(
      double low, double high, double confidence) {
    Optional<Problem> e =
        Checks.first(
            Checks.finite("confidence", confidence),
            confidence > 0 && confidence < 1
                ? Optional.empty()
                : Optional.of(
                    Problem.ofField(FairCode.CONFIDENCE, "confidence", confidence, "must lie in (0, 1)")));
    if (e.isPresent()) {
      return Either.left(e.get());
    }
    Optional<Problem> bounds = check(Kind.LOGNORMAL_90, new double[] {low, high});
    if (bounds.isPresent()) {
      return Either.left(bounds.get());
    }
    if (confidence == 0.9) {
      return of(Kind.LOGNORMAL_90, low, high);
    }
    double z = Special.inverseNormal(0.5 + confidence / 2);
    double mu = (Math.log(low) + Math.log(high)) / 2;
    double sigma = (Math.log(high) - Math.log(low)) / (2 * z);
    return of(Kind.LOGNORMAL, mu, sigma);
  }

  /** The lognormal {@code exp(mu + sigma Z)}, {@code sigma > 0}; {@code mu} may be negative. */
  public static Either<Problem, Distribution> lognormal(double mu, double sigma) {
    return of(Kind.LOGNORMAL, mu, sigma);
  }

  /**
   * The distribution of {@code kind} with {@code parameters} in the order of {@link
   * Kind#parameterNames()}.
   */
  public static Either<Problem, Distribution> of(Kind kind, double... parameters) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.length != kind.parameterNames().size()) {
      return Either.left(
          Problem.ofField(FairCode.ARITY,
              kind.key(),
              parameters.length,
              "expects " + kind.parameterNames().size() + " parameters " + kind.parameterNames()));
    }
    double[] p = parameters.clone();
    Optional<Problem> e = check(kind, p);
    return e.isPresent() ? Either.left(e.get()) : Either.right(new Distribution(kind, p));
  }

  private static Optional<Problem> check(Kind kind, double[] p) {
    return switch (kind) {
      case CONSTANT -> Checks.first(Checks.nonNegative("value", p[0]), amount("value", p[0]));
      case UNIFORM -> Checks.first(
          Checks.nonNegative("min", p[0]),
          Checks.nonNegative("max", p[1]),
          amount("max", p[1]),
          Checks.atMost("min", p[0], "max", p[1]));
      case TRIANGULAR, PERT -> checkBounded(kind, p);
      case LOGNORMAL_90 -> checkLognormal90(p);
      case LOGNORMAL -> Checks.first(
          Checks.finite("mu", p[0]),
          Checks.positive("sigma", p[1]),
          lognormalMean("mu", p[0], p[0], p[1]));
    };
  }

  /** The checks of a triangular or PERT distribution. */
  private static Optional<Problem> checkBounded(Kind kind, double[] p) {
    Optional<Problem> e =
        Checks.first(
            Checks.nonNegative("min", p[0]),
            Checks.nonNegative("mode", p[1]),
            Checks.nonNegative("max", p[2]),
            amount("max", p[2]),
            Checks.atMost("min", p[0], "max", p[2]),
            p[1] < p[0] || p[1] > p[2]
                ? Optional.of(
                    Problem.ofField(FairCode.MODE,
                        "mode",
                        p[1],
                        "must lie in [min, max] = [" + p[0] + ", " + p[2] + "]"))
                : Optional.empty());
    if (e.isPresent() || kind == Kind.TRIANGULAR) {
      return e;
    }
    return Checks.first(
        Checks.positive("shape", p[3]),
        p[3] > MAX_PERT_SHAPE
            ? Optional.of(Problem.ofField(FairCode.OVERFLOW, "shape", p[3],
                "must be at most " + MAX_PERT_SHAPE + " (a larger shape is the mode alone:"
                    + " use constant)"))
            : Optional.empty());
  }

  /** The checks of a lognormal given by its 90% interval. */
  private static Optional<Problem> checkLognormal90(double[] p) {
    Optional<Problem> e = Checks.first(
        Checks.positive("low", p[0]),
        Checks.positive("high", p[1]),
        amount("high", p[1]),
        p[0] >= p[1]
            ? Optional.of(
                Problem.ofField(FairCode.ORDER, "low", p[0], "must be below high (" + p[1] + ")"))
            : Optional.empty());
    if (e.isPresent()) {
      return e;
    }
    double mu = (Math.log(p[0]) + Math.log(p[1])) / 2;
    double sigma = (Math.log(p[1]) - Math.log(p[0])) / (2 * Z95);
    return lognormalMean("high", p[1], mu, sigma);
  }

  /** Refuses an amount above {@link #MAX_AMOUNT}. */
  private static Optional<Problem> amount(String field, double value) {
    return value > MAX_AMOUNT
        ? Optional.of(Problem.ofField(FairCode.OVERFLOW, field, value, "must be at most " + MAX_AMOUNT))
        : Optional.empty();
  }

  /** Refuses a lognormal whose mean {@code exp(mu + sigma²/2)} is above {@link #MAX_AMOUNT}. */
  private static Optional<Problem> lognormalMean(String field, double value, double mu, double sigma) {
    double logMean = mu + sigma * sigma / 2;
    return logMean > Math.log(MAX_AMOUNT)
        ? Optional.of(Problem.ofField(FairCode.OVERFLOW, field, value,
            "gives a mean of exp(" + logMean + "), above " + MAX_AMOUNT + " (sigma " + sigma + ")"))
        : Optional.empty();
  }

  // -----------------------------------------------------------------------------------------

  /** This distribution's kind. */
  public Kind kind() {
    return kind;
  }

  /** The parameters by name, in the order of {@link Kind#parameterNames()}. */
  public Map<String, Double> parameters() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < params.length; i++) {
      m.put(kind.parameterNames().get(i), params[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  /** The parameter at {@code index} of {@link Kind#parameterNames()}. */
  double parameter(int index) {
    return params[index];
  }

  /** The analytic mean. */
  public double mean() {
    return switch (kind) {
      case CONSTANT -> params[0];
      case UNIFORM -> (params[0] + params[1]) / 2;
      case TRIANGULAR -> (params[0] + params[1] + params[2]) / 3;
      case PERT -> (params[0] + params[3] * params[1] + params[2]) / (params[3] + 2);
      case LOGNORMAL_90, LOGNORMAL -> Math.exp(mu() + sigma() * sigma() / 2);
    };
  }

  /** The analytic variance (infinite if it overflows a double). */
  public double variance() {
    return switch (kind) {
      case CONSTANT -> 0;
      case UNIFORM -> {
        double r = params[1] - params[0];
        yield r * r / 12;
      }
      case TRIANGULAR -> {
        double a = params[0];
        double c = params[1];
        double b = params[2];
        yield (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      }
      case PERT -> {
        double a = alpha();
        double b = beta();
        double r = params[2] - params[0];
        yield a * b / ((a + b) * (a + b) * (a + b + 1)) * r * r;
      }
      case LOGNORMAL_90, LOGNORMAL -> {
        double s2 = sigma() * sigma();
        yield Math.expm1(s2) * Math.exp(2 * mu() + s2);
      }
    };
  }

  /** The smallest value this distribution can take. */
  public double supportMin() {
    return kind == Kind.LOGNORMAL_90 || kind == Kind.LOGNORMAL ? 0 : params[0];
  }

  /** The largest value this distribution can take ({@code +Infinity} for a lognormal). */
  public double supportMax() {
    return switch (kind) {
      case CONSTANT -> params[0];
      case UNIFORM -> params[1];
      case TRIANGULAR, PERT -> params[2];
      case LOGNORMAL_90, LOGNORMAL -> Double.POSITIVE_INFINITY;
    };
  }

  /**
   * This distribution scaled by {@code factor >= 0}: every draw multiplied by {@code factor}, the
   * kind preserved (a factor of 0 gives {@code constant(0)}); refused if {@code factor} is
   * negative, NaN or infinite, or if a parameter or the mean would exceed {@link #MAX_AMOUNT}.
   */
  public Either<Problem, Distribution> scaledBy(double factor) {
    Optional<Problem> bad = Checks.nonNegative("factor", factor);
    if (bad.isPresent()) {
      return Either.left(bad.get());
    }
    if (factor == 1) {
      return Either.right(this);
    }
    if (factor == 0) {
      return constant(0);
    }
    double[] p = params.clone();
    if (kind == Kind.LOGNORMAL) {
      p[0] += Math.log(factor);
    } else {
      // every parameter is an amount, but for PERT's last, its shape
      int amounts = kind == Kind.PERT ? 3 : p.length;
      for (int i = 0; i < amounts; i++) {
        p[i] *= factor;
      }
    }
    return of(kind, p);
  }

  /** The log-space location of a lognormal. */
  double mu() {
    return kind == Kind.LOGNORMAL_90
        ? (Math.log(params[0]) + Math.log(params[1])) / 2
        : params[0];
  }

  /** The log-space scale of a lognormal. */
  double sigma() {
    return kind == Kind.LOGNORMAL_90
        ? (Math.log(params[1]) - Math.log(params[0])) / (2 * Z95)
        : params[1];
  }

  /** The first Beta shape of a PERT. */
  double alpha() {
    double r = params[2] - params[0];
    return r == 0 ? 1 : 1 + params[3] * (params[1] - params[0]) / r;
  }

  /** The second Beta shape of a PERT. */
  double beta() {
    double r = params[2] - params[0];
    return r == 0 ? 1 : 1 + params[3] * (params[2] - params[1]) / r;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Distribution d && d.kind == kind && Arrays.equals(d.params, params);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(params);
  }

  /** For example {@code pert(min=1.0, mode=2.0, max=5.0, shape=4.0)}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.key()).append('(');
    for (int i = 0; i < params.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(kind.parameterNames().get(i)).append('=').append(params[i]);
    }
    return sb.append(')').toString();
  }
}
