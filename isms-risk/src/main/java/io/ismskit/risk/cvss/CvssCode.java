package io.ismskit.risk.cvss;

import io.ismskit.core.base.ProblemCode;

/**
 * The ways a CVSS vector string can be refused, each a stable {@link ProblemCode} of the {@link
 * io.ismskit.core.base.Problem} that {@link Cvss#parse(String)} returns. The problems of the {@code
 * cvss} method's flat form (an unknown or missing key) carry an {@link
 * io.ismskit.risk.spi.ScoringCode}.
 *
 * <p>Every {@link #key()} follows {@link ProblemCode#GRAMMAR}.
 */
public enum CvssCode implements ProblemCode {
  /** The vector string is empty or blank. */
  EMPTY_VECTOR("cvss.vector.empty"),
  /** The vector does not start with {@code CVSS:}. */
  BAD_PREFIX("cvss.prefix.invalid"),
  /** The vector starts with {@code CVSS:} but names a version other than 3.0, 3.1 or 4.0. */
  UNSUPPORTED_VERSION("cvss.version.unsupported"),
  /** The vector ends with {@code /}. */
  TRAILING_SLASH("cvss.vector.trailing-slash"),
  /** Two slashes with nothing between them. */
  EMPTY_COMPONENT("cvss.component.empty"),
  /** A component that is not {@code METRIC:VALUE}. */
  MALFORMED_COMPONENT("cvss.component.malformed"),
  /** A metric abbreviation the version does not define. */
  UNKNOWN_METRIC("cvss.metric.unknown"),
  /** A metric given more than once. */
  DUPLICATE_METRIC("cvss.metric.duplicate"),
  /** A metric out of the order the version requires (CVSS v4.0 only). */
  METRIC_OUT_OF_ORDER("cvss.metric.order"),
  /** A value the metric does not allow. */
  INVALID_VALUE("cvss.value.invalid"),
  /** A mandatory base metric is absent. */
  MISSING_METRIC("cvss.metric.missing");

  private final String key;

  CvssCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
