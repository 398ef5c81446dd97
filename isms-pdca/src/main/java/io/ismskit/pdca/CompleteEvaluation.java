package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Leaves CHECK for ACT: the ISMS was measured, audited and reviewed (clause 9). Gated by the CHECK exit criteria.
 *
 * @param by who gives the command
 */
public record CompleteEvaluation(PersonId by) implements PdcaCommand {
  /** Requires {@code by}. */
  public CompleteEvaluation {
    Objects.requireNonNull(by, "CompleteEvaluation.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.COMPLETE_EVALUATION;
  }
}
