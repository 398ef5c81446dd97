package io.ismskit.core.risk;

/**
 * Which residual risk a risk owner accepts (clause 6.1.3 f): the residual risk as it stands, or
 * the residual risk the treatment plan will leave once it is complete.
 */
public enum AcceptanceBasis {
  /** The current residual risk, {@link Risk#residual()}: the controls as they operate today. */
  CURRENT_RESIDUAL,
  /**
   * The target residual risk, {@link Risk#targetResidual()}: the risk left when every control the
   * treatment relies on is in place, so that an owner can accept what the plan will deliver.
   */
  TARGET_RESIDUAL
}
