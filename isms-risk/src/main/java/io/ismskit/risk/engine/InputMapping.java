package io.ismskit.risk.engine;

import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.Map;

/**
 * Rewrites a risk's stored inputs for a new version of its scoring method during a migration, such
 * as mapping a 5-level likelihood onto a new 3-level scale. The result is decoded by the target
 * method; if it cannot be read, the risk is reported and left unchanged.
 *
 * @implSpec Implementations must be deterministic and free of side effects.
 */
@FunctionalInterface
public interface InputMapping {
  /** Keeps the stored inputs as they are. */
  InputMapping IDENTITY = (risk, previous, target) -> previous.inputs();

  /**
   * The inputs to score {@code risk} with under {@code target}, given its {@code previous} inherent
   * assessment.
   */
  Map<String, String> inputs(Risk risk, RiskAssessment previous, ScoringMethod<?> target);
}
