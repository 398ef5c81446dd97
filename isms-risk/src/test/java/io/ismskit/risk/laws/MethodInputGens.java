package io.ismskit.risk.laws;

import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.cvss.Cvss3Metric;
import io.ismskit.risk.cvss.Cvss4Metric;
import io.ismskit.risk.cvss.CvssMetric;
import io.ismskit.risk.cvss.CvssMetricGroup;
import io.ismskit.risk.cvss.CvssVector;
import io.ismskit.risk.cvss.CvssVersion;
import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairInput;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.fair.SecondaryLoss;
import io.ismskit.risk.fair.Simulation;
import io.ismskit.risk.methods.DreadInput;
import io.ismskit.risk.methods.DreadMethod;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.Nist80030Input;
import io.ismskit.risk.methods.Nist80030Level;
import io.ismskit.risk.methods.OwaspFactor;
import io.ismskit.risk.methods.OwaspInput;
import io.ismskit.core.base.Problem;
import io.ismskit.testkit.Gen;
import io.vavr.control.Either;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generators of valid inputs for every built-in scoring method of {@code isms-risk}, covering each
 * method's whole input domain.
 *
 * <pre>{@code
 * class MyCvssWrapperLawsTest implements ScoringMethodLaws<CvssVector> {
 *   public ScoringMethod<CvssVector> method() { return new MyCvssWrapper(); }
 *   public Gen<CvssVector> inputs() { return MethodInputGens.cvss(); }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link #matrix()}: every cell of the default 5×5 matrix ({@link #matrix(MatrixMethod)} for
 *       another matrix);
 *   <li>{@link #nist80030()}: every combination of the five NIST SP 800-30 levels;
 *   <li>{@link #owasp()}: all sixteen OWASP factors rated 0 to 9, with and without the business
 *       impact;
 *   <li>{@link #dread()}: the five DREAD ratings on the default 0–10 scale ({@link
 *       #dread(DreadMethod)} for another scale);
 *   <li>{@link #cvss()}: CVSS v3.0, v3.1 and v4.0 vectors with every base metric and, at random,
 *       temporal, threat, environmental and supplemental metrics (values include an explicit
 *       {@code X}); each is built as a string and parsed with {@link Cvss#parse(String)};
 *   <li>{@link #fair()}: Open FAIR scenarios of every frequency kind and magnitude distribution,
 *       with and without secondary loss, simulated with {@value #DEFAULT_MIN_TRIALS} to {@value
 *       #DEFAULT_MAX_TRIALS} trials and a seed drawn from the generator.
 * </ul>
 *
 * <p>The generators are stateless and thread-safe; like every {@link Gen} they give an equal input
 * for the same seed and size. They ignore the size: every input is small.
 */
public final class MethodInputGens {
  /** The fewest trials of a generated {@link FairInput} in {@link #fair()}. */
  public static final int DEFAULT_MIN_TRIALS = 2_000;

  /** The most trials of a generated {@link FairInput} in {@link #fair()}. */
  public static final int DEFAULT_MAX_TRIALS = 5_000;

  /**
   * The bound on the mean number of loss events a year of a {@link #frequencies()} frequency, small
   * to keep simulations fast (a drawn lognormal rate exceeds it now and then).
   */
  public static final double MAX_MEAN_EVENTS = 20;

  private static final Set<CvssMetricGroup> V3_OPTIONAL =
      EnumSet.of(CvssMetricGroup.TEMPORAL, CvssMetricGroup.ENVIRONMENTAL);
  private static final Set<CvssMetricGroup> V4_OPTIONAL =
      EnumSet.of(CvssMetricGroup.THREAT, CvssMetricGroup.ENVIRONMENTAL, CvssMetricGroup.SUPPLEMENTAL);

  private static final List<Frequency.Kind> FREQUENCY_KINDS = List.of(Frequency.Kind.values());
  private static final List<Distribution.Kind> DISTRIBUTION_KINDS = List.of(Distribution.Kind.values());

  private MethodInputGens() {}

  // ---------------------------------------------------------------------------------------------
  // matrix

  /** Every cell of the default 5×5 {@link MatrixMethod}: likelihood and impact in 1..5. */
  public static Gen<MatrixInput> matrix() {
    return matrix(new MatrixMethod());
  }

  /** Every cell of {@code method}'s matrix: likelihood and impact from 1 to its number of levels. */
  public static Gen<MatrixInput> matrix(MatrixMethod method) {
    Objects.requireNonNull(method, "method");
    return Gen.ints(1, method.matrix().likelihoodLevels())
        .zip(Gen.ints(1, method.matrix().impactLevels()), MatrixInput::of);
  }

  // ---------------------------------------------------------------------------------------------
  // NIST SP 800-30

  /** The three NIST SP 800-30 assessments, each any of the five levels. */
  public static Gen<Nist80030Input> nist80030() {
    Gen<Nist80030Level> level = Gen.enums(Nist80030Level.class);
    return (r, n) -> Nist80030Input.of(level.next(r, n), level.next(r, n), level.next(r, n));
  }

  // ---------------------------------------------------------------------------------------------
  // OWASP

  /** OWASP ratings 0 to 9 of every factor; the business impact is known in half the inputs. */
  public static Gen<OwaspInput> owasp() {
    return Gen.booleans().flatMap(MethodInputGens::owasp);
  }

  /**
   * OWASP ratings 0 to 9: the twelve threat agent, vulnerability and technical impact factors, plus
   * the four business impact factors when {@code withBusinessImpact}.
   */
  public static Gen<OwaspInput> owasp(boolean withBusinessImpact) {
    int count = withBusinessImpact ? 16 : 12;
    return (r, n) -> {
      int[] ratings = new int[count];
      for (int j = 0; j < count; j++) {
        ratings[j] = rating(r, OwaspFactor.MIN, OwaspFactor.MAX);
      }
      return OwaspInput.of(ratings);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // DREAD

  /** The five DREAD ratings on the default 0–10 scale of {@link DreadMethod#DreadMethod()}. */
  public static Gen<DreadInput> dread() {
    return dread(new DreadMethod());
  }

  /** The five DREAD ratings on {@code method}'s scale, {@code min()} to {@code max()}. */
  public static Gen<DreadInput> dread(DreadMethod method) {
    Objects.requireNonNull(method, "method");
    int min = method.min();
    int max = method.max();
    return (r, n) ->
        DreadInput.of(
            rating(r, min, max),
            rating(r, min, max),
            rating(r, min, max),
            rating(r, min, max),
            rating(r, min, max));
  }

  /**
   * A rating in {@code [min, max]}; one in four is an end of the scale, where the laws most often
   * break.
   */
  private static int rating(RandomGenerator r, int min, int max) {
    return switch (r.nextInt(8)) {
      case 0 -> min;
      case 1 -> max;
      default -> r.nextInt(min, max + 1);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // CVSS

  /** CVSS vectors of v3.0, v3.1 and v4.0, each version equally likely; see {@link #cvss(CvssVersion)}. */
  public static Gen<CvssVector> cvss() {
    return cvssVectorStrings().map(MethodInputGens::parse);
  }

  /** CVSS vectors of {@code version}; see {@link #cvssVectorStrings(CvssVersion)}. */
  public static Gen<CvssVector> cvss(CvssVersion version) {
    return cvssVectorStrings(version).map(MethodInputGens::parse);
  }

  /** Valid CVSS vector strings of v3.0, v3.1 and v4.0, each version equally likely. */
  public static Gen<String> cvssVectorStrings() {
    return Gen.enums(CvssVersion.class).flatMap(MethodInputGens::cvssVectorStrings);
  }

  /**
   * Valid vector strings of {@code version}, metrics in the specification's order: every base
   * metric with any of its values; then each optional group (v3.x temporal and environmental;
   * v4.0 threat, environmental and supplemental) in half the vectors, and within a present group
   * each metric in half the vectors with any of its values, {@code X} (Not Defined) included.
   */
  public static Gen<String> cvssVectorStrings(CvssVersion version) {
    Objects.requireNonNull(version, "version");
    List<? extends CvssMetric> metrics =
        version == CvssVersion.V4_0 ? List.of(Cvss4Metric.values()) : List.of(Cvss3Metric.values());
    Set<CvssMetricGroup> optional = version == CvssVersion.V4_0 ? V4_OPTIONAL : V3_OPTIONAL;
    return (r, n) -> {
      Set<CvssMetricGroup> present = EnumSet.of(CvssMetricGroup.BASE);
      for (CvssMetricGroup g : optional) {
        if (r.nextBoolean()) {
          present.add(g);
        }
      }
      StringBuilder sb = new StringBuilder(version.prefix());
      for (CvssMetric m : metrics) {
        if (!present.contains(m.group()) || (!m.mandatory() && r.nextBoolean())) {
          continue;
        }
        List<String> codes = m.codes();
        sb.append('/').append(m.abbreviation()).append(':').append(codes.get(r.nextInt(codes.size())));
      }
      return sb.toString();
    };
  }

  private static CvssVector parse(String vector) {
    return right(Cvss.parse(vector), vector);
  }

  // ---------------------------------------------------------------------------------------------
  // FAIR

  /**
   * Open FAIR inputs: a {@link #fairScenarios() scenario} simulated with {@value
   * #DEFAULT_MIN_TRIALS} to {@value #DEFAULT_MAX_TRIALS} trials (few enough to score in
   * milliseconds) and a seed drawn from the generator.
   */
  public static Gen<FairInput> fair() {
    return fair(DEFAULT_MIN_TRIALS, DEFAULT_MAX_TRIALS);
  }

  /**
   * Open FAIR inputs: a {@link #fairScenarios() scenario} simulated with {@code minTrials} to
   * {@code maxTrials} trials and a seed drawn from the generator.
   *
   * @throws IllegalArgumentException unless {@code 1 <= minTrials <= maxTrials <=} {@link
   *     Simulation#MAX_TRIALS}
   */
  public static Gen<FairInput> fair(int minTrials, int maxTrials) {
    if (minTrials < 1 || maxTrials < minTrials || maxTrials > Simulation.MAX_TRIALS) {
      throw new IllegalArgumentException(
          "MethodInputGens.fair: invalid trials range [" + minTrials + ", " + maxTrials + "]");
    }
    Gen<FairScenario> scenarios = fairScenarios();
    return (r, n) -> {
      FairScenario s = scenarios.next(r, n);
      int trials = minTrials == maxTrials ? minTrials : r.nextInt(minTrials, maxTrials + 1);
      return new FairInput(s, new Simulation(trials, r.nextLong()));
    };
  }

  /**
   * Open FAIR scenarios: a {@link #frequencies() frequency}, a primary {@link #magnitudes()
   * magnitude} and, in half the scenarios, a secondary loss whose probability is anywhere in
   * {@code [0, 1]} (its ends included now and then) with its own magnitude.
   */
  public static Gen<FairScenario> fairScenarios() {
    Gen<Frequency> frequencies = frequencies();
    Gen<Distribution> magnitudes = magnitudes();
    return (r, n) -> {
      FairScenario s = FairScenario.of(frequencies.next(r, n), magnitudes.next(r, n));
      if (r.nextBoolean()) {
        return s;
      }
      double p = switch (r.nextInt(6)) {
        case 0 -> 0;
        case 1 -> 1;
        default -> r.nextDouble();
      };
      Distribution slm = magnitudes.next(r, n);
      return s.withSecondary(right(SecondaryLoss.of(p, slm), "slef=" + p + ", slm=" + slm));
    };
  }

  /**
   * Loss event frequencies of every {@link Frequency.Kind}: a Poisson mean in {@code [0,
   * }{@value #MAX_MEAN_EVENTS}{@code ]} (0 now and then), a Bernoulli probability in {@code [0, 1]}
   * (ends included now and then), a Poisson count with a drawn rate, or threat event frequency ×
   * vulnerability. Rates and threat event frequencies are distributions of every kind with a mean
   * below {@value #MAX_MEAN_EVENTS}; vulnerabilities are distributions within {@code [0, 1]}.
   */
  public static Gen<Frequency> frequencies() {
    return (r, n) -> switch (pick(r, FREQUENCY_KINDS)) {
      case POISSON -> {
        double lambda = r.nextInt(10) == 0 ? 0 : r.nextDouble(0.01, MAX_MEAN_EVENTS);
        yield right(Frequency.poisson(lambda), "lambda=" + lambda);
      }
      case BERNOULLI -> {
        double p = switch (r.nextInt(6)) {
          case 0 -> 0;
          case 1 -> 1;
          default -> r.nextDouble();
        };
        yield right(Frequency.bernoulli(p), "p=" + p);
      }
      case RATE -> Frequency.poissonRate(rate(r));
      case THREAT_EVENTS -> {
        Distribution tef = rate(r);
        Distribution vuln = probability(r);
        yield right(Frequency.threatEvents(tef, vuln), "tef=" + tef + ", vuln=" + vuln);
      }
    };
  }

  /**
   * Loss magnitudes per event, of every {@link Distribution.Kind}, on scales from 100 to 1,000,000
   * (currency units): constant, uniform, triangular, PERT (the default or another shape),
   * lognormal by its 90% interval, and lognormal by {@code mu} and {@code sigma} ({@code sigma} up
   * to 1.5).
   */
  public static Gen<Distribution> magnitudes() {
    return (r, n) -> {
      double scale = Math.pow(10, r.nextDouble(2, 6));
      return switch (pick(r, DISTRIBUTION_KINDS)) {
        case LOGNORMAL_90 -> {
          double high = scale * r.nextDouble(1.5, 100);
          yield right(Distribution.lognormal90(scale, high), "lognormal90(" + scale + ", " + high + ")");
        }
        case LOGNORMAL -> {
          double mu = Math.log(scale);
          double sigma = r.nextDouble(0.05, 1.5);
          yield right(Distribution.lognormal(mu, sigma), "lognormal(" + mu + ", " + sigma + ")");
        }
        default -> bounded(r, 0, scale);
      };
    };
  }

  /** A rate of events a year: any kind, with a mean below {@link #MAX_MEAN_EVENTS}. */
  private static Distribution rate(RandomGenerator r) {
    return switch (pick(r, DISTRIBUTION_KINDS)) {
      case LOGNORMAL_90 -> {
        double low = r.nextDouble(0.05, 2);
        double high = low * r.nextDouble(1.5, 5);
        yield right(Distribution.lognormal90(low, high), "lognormal90(" + low + ", " + high + ")");
      }
      case LOGNORMAL -> {
        double mu = Math.log(r.nextDouble(0.05, 5));
        double sigma = r.nextDouble(0.05, 0.8);
        yield right(Distribution.lognormal(mu, sigma), "lognormal(" + mu + ", " + sigma + ")");
      }
      default -> bounded(r, 0, MAX_MEAN_EVENTS);
    };
  }

  /** A probability distribution within {@code [0, 1]}, of a bounded kind. */
  private static Distribution probability(RandomGenerator r) {
    return bounded(r, 0, 1);
  }

  /**
   * A constant, uniform, triangular or PERT distribution within {@code [lo, hi]}; one in four
   * uniform, triangular or PERT distributions starts at {@code lo}.
   */
  private static Distribution bounded(RandomGenerator r, double lo, double hi) {
    double a = r.nextInt(4) == 0 ? lo : r.nextDouble(lo, hi);
    double b = r.nextDouble(a, hi);
    double mode = a == b ? a : r.nextDouble(a, b);
    String what = "[" + a + ", " + mode + ", " + b + "]";
    return switch (r.nextInt(5)) {
      case 0 -> right(Distribution.constant(b), "constant " + b);
      case 1 -> right(Distribution.uniform(a, b), "uniform " + what);
      case 2 -> right(Distribution.triangular(a, mode, b), "triangular " + what);
      case 3 -> right(Distribution.pert(a, mode, b), "pert " + what);
      default -> {
        double shape = r.nextDouble(0.5, 10);
        yield right(Distribution.pert(a, mode, b, shape), "pert " + what + " shape " + shape);
      }
    };
  }

  // ---------------------------------------------------------------------------------------------

  private static <T> T pick(RandomGenerator r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  /** The right side; a left side is a bug of this class, reported with what was generated. */
  private static <T> T right(Either<Problem, T> e, String generated) {
    if (e.isLeft()) {
      throw new IllegalStateException(
          "MethodInputGens generated an invalid input " + generated + ": " + e.getLeft().message());
    }
    return e.get();
  }
}
