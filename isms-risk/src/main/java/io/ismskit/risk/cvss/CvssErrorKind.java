package io.ismskit.risk.cvss;

/**
 * The ways a CVSS vector string can be refused. Each kind has a stable machine code, used as
 * {@link io.ismskit.risk.spi.ScoringError#code()}.
 */
public enum CvssErrorKind {
  /** The vector string is empty or blank. */
  EMPTY_VECTOR("cvss.vector.empty"),
  /** The vector does not start with {@code CVSS:}. */
  BAD_PREFIX("cvss.prefix.invalid"),
  /** The vector starts with {@code CVSS:} but names a version other than 3.0, 3.1 or 4.0. */
  UNSUPPORTED_VERSION("cvss.version.unsupported"),
  /** The vector ends with {@code /}. */
  TRAILING_SLASH("cvss.vector.trailingSlash"),
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
  MISSING_METRIC("cvss.metric.missing"),
  /** A {@code decode} map without the {@code vector} entry. */
  MISSING_VECTOR("cvss.input.missing");

  private final String code;

  CvssErrorKind(String code) {
    this.code = code;
  }

  /** The stable machine code, such as {@code "cvss.metric.unknown"}. */
  public String code() {
    return code;
  }
}
