package io.ismskit.core.risk;

/**
 * An approach to identifying risks (ISO/IEC 27005:2022): how a risk was identified ({@link
 * Risk#approach()}) and how the risk criteria say risks are identified ({@link
 * RiskCriteria#approaches()}).
 */
public enum RiskApproach {
  /** From assets, their threats and vulnerabilities: an operational scenario. */
  ASSET_BASED,
  /** From events, risk sources and their objectives: a strategic scenario. */
  EVENT_BASED
}
