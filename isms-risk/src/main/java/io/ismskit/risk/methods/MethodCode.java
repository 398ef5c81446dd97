package io.ismskit.risk.methods;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems particular to the built-in methods of this package: a matrix's or a
 * DREAD scale's configuration, and the inputs only one method knows (an OWASP business impact, a
 * NIST semi-quantitative value). The problems every method's flat form shares (unknown or missing
 * key, out of range, not a number, unknown label) carry an {@link
 * io.ismskit.risk.spi.ScoringCode}.
 *
 * <p>Every {@link #key()} follows {@link ProblemCode#GRAMMAR}.
 */
public enum MethodCode implements ProblemCode {
  /** A matrix scale (likelihood, impact or risk levels) without labels. */
  MATRIX_LABELS_EMPTY("matrix.config.labels.empty"),
  /** A matrix scale with more labels than {@link RiskMatrix#MAX_LEVELS}. */
  MATRIX_TOO_LARGE("matrix.config.too-large"),
  /** A blank matrix label. */
  MATRIX_LABEL_BLANK("matrix.config.label.blank"),
  /** A matrix label that reads as a number (numbers denote level positions). */
  MATRIX_LABEL_NUMERIC("matrix.config.label.numeric"),
  /** Two labels of one matrix scale that match ignoring case, {@code _} and {@code -}. */
  MATRIX_LABEL_DUPLICATE("matrix.config.label.duplicate"),
  /** A level table without one row per likelihood level. */
  MATRIX_TABLE_ROWS("matrix.config.table.rows"),
  /** A level table row without one cell per impact level. */
  MATRIX_TABLE_COLUMNS("matrix.config.table.columns"),
  /** A level table cell that is not one of the level labels. */
  MATRIX_TABLE_UNKNOWN_LEVEL("matrix.config.table.unknown-level"),
  /** A level table cell lower than a cell of lower likelihood or impact. */
  MATRIX_TABLE_NOT_MONOTONE("matrix.config.table.not-monotone"),
  /** Product thresholds that are not one fewer than the levels. */
  MATRIX_THRESHOLDS_COUNT("matrix.config.thresholds.count"),
  /** A product threshold outside {@code 2..N·M}. */
  MATRIX_THRESHOLDS_RANGE("matrix.config.thresholds.range"),
  /** A product threshold not above the previous one. */
  MATRIX_THRESHOLDS_NOT_INCREASING("matrix.config.thresholds.not-increasing"),
  /** Band bounds that are neither empty nor one fewer than the levels. */
  MATRIX_BANDS_COUNT("matrix.config.bands.count"),
  /** Band bounds that do not increase strictly within {@code (0, 1)}. */
  MATRIX_BANDS_RANGE("matrix.config.bands.range"),
  /** A NIST SP 800-30 semi-quantitative value on a scale other than {@code /100} or {@code /10}. */
  NIST_VALUE_SCALE("nist-800-30.value.scale"),
  /** A NIST SP 800-30 {@code n/10} value other than 0, 2, 5, 8 or 10. */
  NIST_VALUE_SEMI_QUANTITATIVE_10("nist-800-30.value.semi-quantitative-10"),
  /** An OWASP input without the business impact its method's impact basis requires. */
  OWASP_BUSINESS_MISSING("owasp.business.missing"),
  /** Some but not all four OWASP business impact factors. */
  OWASP_BUSINESS_PARTIAL("owasp.business.partial"),
  /** An OWASP override of a business impact factor when the business impact is unknown. */
  OWASP_OVERRIDE_BUSINESS("owasp.override.business"),
  /** An OWASP override that would raise a rating. */
  OWASP_OVERRIDE_RAISES("owasp.override.raises"),
  /** A DREAD scale whose minimum is negative. */
  DREAD_CONFIG_MIN("dread.config.min"),
  /** A DREAD scale whose maximum is not above its minimum. */
  DREAD_CONFIG_MAX("dread.config.max"),
  /** A DREAD band threshold that is not finite, outside the scale or out of order. */
  DREAD_CONFIG_THRESHOLD("dread.config.threshold");

  private final String key;

  MethodCode(String key) {
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
