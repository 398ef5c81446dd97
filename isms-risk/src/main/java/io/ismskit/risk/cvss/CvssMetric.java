package io.ismskit.risk.cvss;

import java.util.List;

/**
 * A metric of a CVSS vector: its abbreviation, name, group and allowed values.
 *
 * <p>Values are listed in ascending severity for the base metrics (so raising a metric by one
 * step means the next value). For optional metrics the first value is {@code X} (Not Defined).
 */
public sealed interface CvssMetric permits Cvss3Metric, Cvss4Metric {
  /** The abbreviation used in vector strings, such as {@code "AV"}. */
  String abbreviation();

  /** The metric's name, such as {@code "Attack Vector"}. */
  String title();

  /** The metric's group. */
  CvssMetricGroup group();

  /** The allowed value codes, such as {@code [P, L, A, N]}. */
  List<String> codes();

  /** The name of the value with code index {@code index}, such as {@code "Network"}. */
  String valueName(int index);

  /** Whether the metric must appear in every vector (the base metrics). */
  default boolean mandatory() {
    return group() == CvssMetricGroup.BASE;
  }
}
