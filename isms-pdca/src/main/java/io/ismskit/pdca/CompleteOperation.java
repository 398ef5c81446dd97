package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Leaves DO for CHECK: support and operation (clauses 7 and 8) are in place. Gated by the DO exit criteria.
 *
 * @param by who gives the command
 */
public record CompleteOperation(PersonId by) implements PdcaCommand {
  /** Requires {@code by}. */
  public CompleteOperation {
    Objects.requireNonNull(by, "CompleteOperation.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.COMPLETE_OPERATION;
  }
}
