package io.ismskit.risk.engine;

import io.ismskit.core.risk.RiskCriteria;
import java.util.Objects;

/**
 * Where a normalized score lies relative to the risk appetite and tolerance of the criteria.
 *
 * <p>A score at or below {@link RiskCriteria#appetite()} is within appetite; above {@link
 * RiskCriteria#tolerance()} it is intolerable; in between it is above appetite but tolerable.
 */
public enum AppetiteBand {
  /** At or below the appetite. */
  WITHIN_APPETITE,
  /** Above the appetite, at or below the tolerance. */
  ABOVE_APPETITE_TOLERABLE,
  /** Above the tolerance. */
  INTOLERABLE;

  /** The band of {@code normalized} under {@code criteria}. */
  public static AppetiteBand of(double normalized, RiskCriteria criteria) {
    Objects.requireNonNull(criteria, "criteria");
    if (normalized <= criteria.appetite()) {
      return WITHIN_APPETITE;
    }
    return normalized > criteria.tolerance() ? INTOLERABLE : ABOVE_APPETITE_TOLERABLE;
  }

  /** Whether the band is above the appetite. */
  public boolean aboveAppetite() {
    return this != WITHIN_APPETITE;
  }
}
