package io.ismskit.risk.cvss;

import java.util.List;
import java.util.Optional;

/** Which metrics {@link CvssMethod} declares monotone, and how a metric is raised one step. */
@SuppressWarnings("EnumOrdinal") // metric values are indexed by ordinal, by design
final class Monotonicity {
  private Monotonicity() {}

  /** Factor names; a name applies to each CVSS version that has a metric so named in the lists below. */
  static final List<String> FACTOR_NAMES =
      List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A", "E", "AT", "VC", "VI", "VA", "SC", "SI", "SA");

  static final List<Cvss3Metric> V3 =
      List.of(
          Cvss3Metric.AV, Cvss3Metric.AC, Cvss3Metric.PR, Cvss3Metric.UI, Cvss3Metric.S,
          Cvss3Metric.C, Cvss3Metric.I, Cvss3Metric.A, Cvss3Metric.E);

  static final List<Cvss4Metric> V4 =
      List.of(
          Cvss4Metric.AV, Cvss4Metric.AC, Cvss4Metric.AT, Cvss4Metric.PR, Cvss4Metric.UI,
          Cvss4Metric.VC, Cvss4Metric.VI, Cvss4Metric.VA, Cvss4Metric.SC, Cvss4Metric.SI,
          Cvss4Metric.SA, Cvss4Metric.E);

  static Optional<Cvss3Metric> v3(String name) {
    return V3.stream().filter(m -> m.abbreviation().equals(name)).findFirst();
  }

  static Optional<Cvss4Metric> v4(String name) {
    return V4.stream().filter(m -> m.abbreviation().equals(name)).findFirst();
  }

  /**
   * The vector with {@code metric} one severity step higher. For an optional metric, Not Defined
   * ({@code X}) is not raised: it already counts as the worst case or as undefined. For CVSS
   * v3.0 vectors with environmental metrics, C, I and A are not raised (empty), because the v3.0
   * environmental formula is not monotone in them.
   */
  static Optional<Cvss3Vector> raise(Cvss3Vector v, Cvss3Metric metric) {
    if (v.version() == CvssVersion.V3_0 && isImpact(metric) && hasEnvironmental(v)) {
      // CVSS v3.0's environmental formula can fall when C, I or A rises (fixed in v3.1).
      return Optional.empty();
    }
    int index = v.valueIndex(metric);
    if ((!metric.mandatory() && index == 0) || index + 1 >= metric.codes().size()) {
      return Optional.empty();
    }
    return Optional.of(v.withValueIndex(metric, index + 1));
  }

  private static boolean isImpact(Cvss3Metric m) {
    return m == Cvss3Metric.C || m == Cvss3Metric.I || m == Cvss3Metric.A;
  }

  private static boolean hasEnvironmental(Cvss3Vector v) {
    return Cvss3Scoring.anyDefined(v.rawValues(), Cvss3Metric.CR.ordinal(), Cvss3Metric.MA.ordinal());
  }

  static Optional<Cvss4Vector> raise(Cvss4Vector v, Cvss4Metric metric) {
    int index = v.valueIndex(metric);
    if ((!metric.mandatory() && index == 0) || index + 1 >= metric.codes().size()) {
      return Optional.empty();
    }
    return Optional.of(v.withValueIndex(metric, index + 1));
  }
}
