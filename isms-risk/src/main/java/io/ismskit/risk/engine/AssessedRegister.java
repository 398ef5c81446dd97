package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.RiskId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an assessment run: the new ISMS whose risks carry their new inherent, current
 * residual and target residual assessments, the evaluation of every assessed risk (with the
 * engine's proposed decision beside the recorded one), the register summary, the report of what
 * changed and why, and the risks that could not be scored.
 *
 * @param isms the ISMS after the run; the input ISMS itself when nothing changed
 * @param evaluations the evaluation of every risk with an inherent assessment, sorted by risk id
 * @param register the register summary, empty when the ISMS has no risk criteria
 * @param report what changed and why; a risk that was not scored is there with its error and the
 *     scoring method's own problem as its {@link RiskChange#cause()}
 * @param errors why risks could not be scored: problems with an {@link EngineCode}, entity type
 *     {@code "Risk"} and the risk's id, sorted by risk id, then code, then field
 * @implSpec This class is immutable and thread-safe.
 */
public record AssessedRegister(
    Isms isms,
    List<RiskEvaluation> evaluations,
    Optional<RegisterSummary> register,
    MigrationReport report,
    List<Problem> errors) {

  /** Requires all parts. */
  public AssessedRegister {
    Objects.requireNonNull(isms, "isms");
    evaluations = List.copyOf(evaluations);
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(report, "report");
    errors = List.copyOf(errors);
  }

  /** Whether every risk was scored. */
  public boolean complete() {
    return errors.isEmpty();
  }

  /** The evaluation of {@code risk}, if it was evaluated. */
  public Optional<RiskEvaluation> evaluation(RiskId risk) {
    Objects.requireNonNull(risk, "risk");
    return evaluations.stream().filter(e -> e.risk().equals(risk)).findFirst();
  }

  /** The errors about {@code risk}. */
  public List<Problem> errors(RiskId risk) {
    Objects.requireNonNull(risk, "risk");
    return errors.stream().filter(e -> e.entityId().equals(risk.value())).toList();
  }
}
