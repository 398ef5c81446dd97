package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

class DistributionTest {

  private static Problem error(Either<Problem, ?> e) {
    assertThat(e.isLeft()).as("expected a refusal, got %s", e).isTrue();
    return e.getLeft();
  }

  // ---- validation ---------------------------------------------------------------------------

  @Test
  void constant_rejectsNaN() {
    Problem e = error(Distribution.constant(Double.NaN));
    assertThat(e.code()).isEqualTo(FairCode.NOT_FINITE);
    assertThat(e.message()).isEqualTo("value: must be a number, was 'NaN'");
  }

  @Test
  void uniform_rejectsInfinity() {
    Problem e = error(Distribution.uniform(0, Double.POSITIVE_INFINITY));
    assertThat(e.field()).isEqualTo("max");
    assertThat(e.message()).isEqualTo("max: must be finite, was 'Infinity'");
  }

  @Test
  void uniform_rejectsNegative() {
    assertThat(error(Distribution.uniform(-1, 5)).message())
        .isEqualTo("min: must not be negative, was '-1.0'");
  }

  @Test
  void uniform_rejectsLowAboveHigh() {
    Problem e = error(Distribution.uniform(7, 5));
    assertThat(e.code()).isEqualTo(FairCode.ORDER);
    assertThat(e.message()).isEqualTo("min: must not exceed max (5.0), was '7.0'");
  }

  @Test
  void triangular_rejectsModeOutsideRange() {
    Problem e = error(Distribution.triangular(1, 9, 5));
    assertThat(e.code()).isEqualTo(FairCode.MODE);
    assertThat(e.message()).isEqualTo("mode: must lie in [min, max] = [1.0, 5.0], was '9.0'");
  }

  @Test
  void pert_rejectsNonPositiveShape() {
    assertThat(error(Distribution.pert(1, 2, 5, 0)).message())
        .isEqualTo("shape: must be positive, was '0.0'");
  }

  @Test
  void lognormal90_rejectsLowNotBelowHigh() {
    assertThat(error(Distribution.lognormal90(500, 500)).message())
        .isEqualTo("low: must be below high (500.0), was '500.0'");
    assertThat(error(Distribution.lognormal90(0, 500)).message())
        .isEqualTo("low: must be positive, was '0.0'");
  }

  @Test
  void lognormalInterval_rejectsConfidenceOutsideOpenUnitInterval() {
    assertThat(error(Distribution.lognormalInterval(1, 10, 1.0)).message())
        .isEqualTo("confidence: must lie in (0, 1), was '1.0'");
    assertThat(error(Distribution.lognormalInterval(1, 10, 0)).code())
        .isEqualTo(FairCode.CONFIDENCE);
  }

  @Test
  void lognormal_rejectsNonPositiveSigma() {
    assertThat(error(Distribution.lognormal(1, -0.5)).message())
        .isEqualTo("sigma: must be positive, was '-0.5'");
  }

  @Test
  void of_rejectsWrongArity() {
    assertThat(error(Distribution.of(Distribution.Kind.UNIFORM, 1)).code()).isEqualTo(FairCode.ARITY);
  }

  @Test
  void poisson_and_bernoulli_rejectBadParameters() {
    assertThat(error(Frequency.poisson(-0.1)).message())
        .isEqualTo("lambda: must not be negative, was '-0.1'");
    assertThat(error(Frequency.bernoulli(1.5)).message())
        .isEqualTo("p: must be a probability in [0, 1], was '1.5'");
  }

  @Test
  void threatEvents_rejectsVulnerabilityAboveOne() {
    Distribution tef = Distribution.constant(2).get();
    Problem e = error(Frequency.threatEvents(tef, Distribution.uniform(0.5, 1.5).get()));
    assertThat(e.code()).isEqualTo(FairCode.SUPPORT);
    assertThat(e.field()).isEqualTo("vulnerability");
  }

  @Test
  void simulation_rejectsZeroAndAbsurdTrials() {
    assertThat(error(Simulation.of(0, 1)).message())
        .isEqualTo("trials: must be in 1..100000000, was '0'");
    assertThat(error(Simulation.of(100_000_001L, 1)).code()).isEqualTo(FairCode.TRIALS);
    assertThat(error(Simulation.of(5_000_000_000L, 1)).field()).isEqualTo("trials");
  }

  @Test
  void secondaryLoss_rejectsProbabilityAboveOne() {
    assertThat(error(SecondaryLoss.of(1.2, Distribution.constant(1).get())).message())
        .isEqualTo("probability: must be a probability in [0, 1], was '1.2'");
  }

  // ---- analytic values ------------------------------------------------------------------------

  @Test
  void lognormal90_hasTheIntervalAsItsFifthAndNinetyFifthPercentile() {
    // Phi^-1(0.95) = 1.6448536... (NIST/SEMATECH e-Handbook, table of the normal distribution)
    Distribution d = Distribution.lognormal90(10_000, 500_000).get();
    double z = 1.6448536269514722;
    assertThat(Math.exp(d.mu() - z * d.sigma())).isCloseTo(10_000, within(1e-6));
    assertThat(Math.exp(d.mu() + z * d.sigma())).isCloseTo(500_000, within(1e-4));
  }

  @Test
  void lognormalInterval_ofEightyPercentUsesTheNinetiethPercentileQuantile() {
    // Phi^-1(0.90) = 1.2815516 (NIST/SEMATECH e-Handbook, normal distribution table)
    Distribution d = Distribution.lognormalInterval(100, 10_000, 0.8).get();
    assertThat(d.sigma()).isCloseTo(Math.log(100) / (2 * 1.2815516), within(1e-6));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  // ---- sampling moments -----------------------------------------------------------------------

  /** Sample mean and variance within 5 standard errors of the published formulas. */
  private static void assertMoments(Distribution d, double mean, double variance, long seed) {
    int n = 400_000;
    Sampler s = Sampler.of(d);
    Rng r = new Rng();
    r.state = seed;
    double[] x = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      x[i] = s.sample(r);
      sum += x[i];
    }
    double m = sum / n;
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      double dv = (v - m) * (v - m);
      m2 += dv;
      m4 += dv * dv;
    }
    double var = m2 / (n - 1);
    m4 /= n;
    double seMean = Math.sqrt(var / n);
    double seVar = Math.sqrt(Math.max(m4 - var * var, 0) / n);
    assertThat(m).as("mean of %s", d).isCloseTo(mean, within(5 * seMean + 1e-12));
    assertThat(var).as("variance of %s", d).isCloseTo(variance, within(5 * seVar + 1e-12));
  }

  @Test
  void uniform_momentsMatchFormulas() {
    // mean (a+b)/2, variance (b-a)^2/12 (NIST/SEMATECH e-Handbook 1.3.6.6.2)
    assertMoments(Distribution.uniform(2, 10).get(), 6, 64.0 / 12, 1);
  }

  @Test
  void triangular_momentsMatchFormulas() {
    // mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18 (Evans, Hastings, Peacock,
    // Statistical Distributions, 3rd ed., ch. 40)
    double a = 1;
    double c = 3;
    double b = 10;
    assertMoments(
        Distribution.triangular(a, c, b).get(),
        (a + b + c) / 3,
        (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
        2);
  }

  @Test
  void pert_momentsMatchFormulas() {
    // PERT: mean (a + 4m + b)/6 (Malcolm et al. 1959, Operations Research 7(5)); as a Beta(α, β)
    // on [a, b] with α = 1 + 4(m-a)/(b-a), β = 1 + 4(b-m)/(b-a), variance αβ/((α+β)²(α+β+1))·(b-a)²
    double a = 1_000;
    double m = 5_000;
    double b = 20_000;
    double al = 1 + 4 * (m - a) / (b - a);
    double be = 1 + 4 * (b - m) / (b - a);
    double var = al * be / ((al + be) * (al + be) * (al + be + 1)) * (b - a) * (b - a);
    assertMoments(Distribution.pert(a, m, b).get(), (a + 4 * m + b) / 6, var, 3);
  }

  @Test
  void pert_withShapeOneHalf_momentsMatchFormulas() {
    // Beta shapes below one side: α = 1 + 0.5·(1/9), β = 1 + 0.5·(8/9), still ≥ 1
    double a = 0;
    double m = 1;
    double b = 9;
    double s = 0.5;
    double al = 1 + s * (m - a) / (b - a);
    double be = 1 + s * (b - m) / (b - a);
    double var = al * be / ((al + be) * (al + be) * (al + be + 1)) * (b - a) * (b - a);
    assertMoments(Distribution.pert(a, m, b, s).get(), (a + s * m + b) / (s + 2), var, 4);
  }

  @Test
  void lognormal_momentsMatchFormulas() {
    // mean exp(mu + σ²/2), variance (exp(σ²) - 1)·exp(2mu + σ²) (NIST/SEMATECH e-Handbook
    // 1.3.6.6.9)
    double mu = 2;
    double s = 0.4;
    assertMoments(
        Distribution.lognormal(mu, s).get(),
        Math.exp(mu + s * s / 2),
        Math.expm1(s * s) * Math.exp(2 * mu + s * s),
        5);
  }

  @Test
  void constant_alwaysYieldsItsValue() {
    assertMoments(Distribution.constant(42).get(), 42, 0, 6);
  }

  @Test
  void analyticMeansAndVariances_matchFormulas() {
    assertThat(Distribution.uniform(2, 10).get().mean()).isEqualTo(6);
    assertThat(Distribution.triangular(1, 3, 8).get().mean()).isEqualTo(4);
    assertThat(Distribution.pert(0, 3, 6).get().mean()).isEqualTo(3);
    assertThat(Distribution.lognormal(0, 1).get().mean()).isCloseTo(Math.sqrt(Math.E), within(1e-12));
    assertThat(Frequency.poisson(0.3).get().meanEvents()).isEqualTo(0.3);
    assertThat(Frequency.bernoulli(0.2).get().meanEvents()).isEqualTo(0.2);
  }

  @Test
  void gaussian_hasStandardNormalMomentsAndTails() {
    // N(0,1): mean 0, variance 1, kurtosis 3, P(|Z| > 3) = 0.0026998 (NIST/SEMATECH normal table)
    int n = 2_000_000;
    Rng r = new Rng();
    r.state = 99;
    double s1 = 0;
    double s2 = 0;
    double s4 = 0;
    int beyond3 = 0;
    for (int i = 0; i < n; i++) {
      double z = r.nextGaussian();
      s1 += z;
      s2 += z * z;
      s4 += z * z * z * z;
      if (Math.abs(z) > 3) {
        beyond3++;
      }
    }
    assertThat(s1 / n).isCloseTo(0, within(5 / Math.sqrt(n)));
    assertThat(s2 / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
    assertThat(s4 / n).isCloseTo(3, within(5 * Math.sqrt(96.0 / n)));
    double p = 0.0026998;
    assertThat((double) beyond3 / n).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / n)));
  }

  @Test
  void scaledBy_scalesTheMean() {
    Distribution d = Distribution.lognormal90(10, 1000).get();
    assertThat(d.scaledBy(3).get().mean()).isCloseTo(3 * d.mean(), within(1e-9 * d.mean()));
    assertThat(d.scaledBy(0).get()).isEqualTo(Distribution.constant(0).get());
    Distribution p = Distribution.pert(1, 2, 6).get();
    assertThat(p.scaledBy(2).get().mean()).isCloseTo(2 * p.mean(), within(1e-12));
  }

  @Test
  void equality_isByKindAndParameters() {
    assertThat(Distribution.uniform(1, 2).get()).isEqualTo(Distribution.uniform(1, 2).get());
    assertThat(Distribution.uniform(1, 2).get()).isNotEqualTo(Distribution.uniform(1, 3).get());
    assertThat(Distribution.pert(1, 2, 3).get().parameters())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("min", 1.0),
            org.assertj.core.api.Assertions.entry("mode", 2.0),
            org.assertj.core.api.Assertions.entry("max", 3.0),
            org.assertj.core.api.Assertions.entry("shape", 4.0));
  }
}
