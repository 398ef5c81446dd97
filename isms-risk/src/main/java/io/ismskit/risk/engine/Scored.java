package io.ismskit.risk.engine;

import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scoring steps found for one risk: the method and how it relates to the stored analysis,
 * and the inherent, current residual and target residual stages.
 *
 * @param method the method that scored the risk (for a matrix risk on criteria scales, the
 *     criteria's matrix)
 * @param versionChanged whether the method's version differs from the stored analysis's
 * @param mapped whether a migration's input mapping changed the stored inputs
 * @param inherent the inherent risk
 * @param residual the current residual risk (the inherent stage when nothing is credited)
 * @param target the target residual risk, empty for a risk without treatment
 */
record Scored(
    ScoringMethod<?> method,
    boolean versionChanged,
    boolean mapped,
    Scored.Stage inherent,
    Scored.Stage residual,
    Optional<Scored.Stage> target) {

  Scored {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(inherent, "inherent");
    Objects.requireNonNull(residual, "residual");
    Objects.requireNonNull(target, "target");
  }

  /**
   * One scored stage of a risk.
   *
   * @param inputs the flat form scored
   * @param score the score
   * @param effect the treatment effect credited ({@link TreatmentEffect#NONE} for the inherent risk)
   */
  record Stage(Map<String, String> inputs, Score score, TreatmentEffect effect) {
    Stage {
      Objects.requireNonNull(inputs, "inputs");
      Objects.requireNonNull(score, "score");
      Objects.requireNonNull(effect, "effect");
    }
  }
}
