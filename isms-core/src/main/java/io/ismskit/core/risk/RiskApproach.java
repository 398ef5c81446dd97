package io.ismskit.core.risk;

/** How a risk was identified (ISO/IEC 27005:2022). */
public enum RiskApproach {
  /** From assets, their threats and vulnerabilities: an operational scenario. */
  ASSET_BASED,
  /** From risk sources and their objectives: a strategic scenario. */
  EVENT_BASED
}
