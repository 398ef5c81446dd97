package io.ismskit.risk.fair;

/**
 * A {@link Distribution} compiled for the hot loop: an int kind and primitive parameters, one
 * monomorphic {@link #sample} with a switch. Immutable, so shared by all workers.
 */
final class Sampler {
  private static final int CONSTANT = 0;
  private static final int UNIFORM = 1;
  private static final int TRIANGULAR = 2;
  private static final int PERT = 3;
  private static final int LOGNORMAL = 4;

  private final int kind;
  // constant: a; uniform: a + u * b; triangular: min a, range b, fc c, (mode-min)*range d,
  // (max-mode)*range e, max f; pert: min a, range b, gamma (d1,c1)=(c,d), (d2,c2)=(e,f);
  // lognormal: mu a, sigma b
  private final double a;
  private final double b;
  private final double c;
  private final double d;
  private final double e;
  private final double f;

  private Sampler(int kind, double a, double b, double c, double d, double e, double f) {
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
  }

  static Sampler of(Distribution dist) {
    return switch (dist.kind()) {
      case CONSTANT -> new Sampler(CONSTANT, dist.parameter(0), 0, 0, 0, 0, 0);
      case UNIFORM -> new Sampler(
          UNIFORM, dist.parameter(0), dist.parameter(1) - dist.parameter(0), 0, 0, 0, 0);
      case TRIANGULAR -> triangular(dist.parameter(0), dist.parameter(1), dist.parameter(2));
      case PERT -> pert(dist);
      case LOGNORMAL_90, LOGNORMAL -> new Sampler(LOGNORMAL, dist.mu(), dist.sigma(), 0, 0, 0, 0);
    };
  }

  private static Sampler triangular(double min, double mode, double max) {
    double range = max - min;
    if (range == 0) {
      return new Sampler(CONSTANT, min, 0, 0, 0, 0, 0);
    }
    return new Sampler(
        TRIANGULAR,
        min,
        range,
        (mode - min) / range,
        (mode - min) * range,
        (max - mode) * range,
        max);
  }

  private static Sampler pert(Distribution dist) {
    double min = dist.parameter(0);
    double range = dist.parameter(2) - min;
    if (range == 0) {
      return new Sampler(CONSTANT, min, 0, 0, 0, 0, 0);
    }
    double d1 = dist.alpha() - 1.0 / 3;
    double d2 = dist.beta() - 1.0 / 3;
    return new Sampler(PERT, min, range, d1, 1 / Math.sqrt(9 * d1), d2, 1 / Math.sqrt(9 * d2));
  }

  /** Whether this is a lognormal, drawn as {@code Exp.exp(mu() + sigma() · Z)}. */
  boolean isLognormal() {
    return kind == LOGNORMAL;
  }

  /** The log-space location of a lognormal (unspecified for other kinds). */
  double mu() {
    return a;
  }

  /** The log-space scale of a lognormal (unspecified for other kinds). */
  double sigma() {
    return b;
  }

  /** One draw from {@code r}. */
  double sample(Rng r) {
    // an if-chain with the most common magnitude shape first: measurably faster than a
    // tableswitch here, and the rare shapes stay out of line
    if (kind == LOGNORMAL) {
      return Exp.exp(a + b * r.nextGaussian());
    }
    if (kind == CONSTANT) {
      return a;
    }
    return sampleOther(r);
  }

  private double sampleOther(Rng r) {
    if (kind == UNIFORM) {
      return a + r.nextDouble() * b;
    }
    if (kind == TRIANGULAR) {
      double u = r.nextDouble();
      return u < c ? a + Math.sqrt(u * d) : f - Math.sqrt((1 - u) * e);
    }
    double x = r.nextGamma(c, d);
    double y = r.nextGamma(e, f);
    return a + b * (x / (x + y));
  }
}
