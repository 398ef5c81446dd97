package io.ismskit.core.risk;

/** The result of evaluating a risk against the risk acceptance criteria (clause 6.1.2 e). */
public enum RiskDecision {
  /** The risk meets the acceptance criteria and may be retained. */
  ACCEPT,
  /** The risk exceeds the acceptance criteria and must be treated. */
  TREAT
}
