package io.ismskit.pdca;

import io.ismskit.core.assurance.PlannedChange;

/** Which planned changes recorded in DO or CHECK send the cycle back to PLAN (6.3). */
public enum ChangeRule {
  /**
   * A change that is significant, or that names risks, assets or controls: anything that touches
   * what the plan rests on is re-planned before operation goes on.
   */
  SIGNIFICANT_OR_AFFECTING_PLAN,
  /** Only a change marked significant (one that calls for a new risk assessment, 8.2). */
  SIGNIFICANT_ONLY;

  /** Whether {@code change} sends the cycle back to PLAN under this rule. */
  public boolean returnsToPlan(PlannedChange change) {
    return switch (this) {
      case SIGNIFICANT_OR_AFFECTING_PLAN -> change.significant() || !change.risks().isEmpty()
          || !change.assets().isEmpty() || !change.controls().isEmpty();
      case SIGNIFICANT_ONLY -> change.significant();
    };
  }
}
