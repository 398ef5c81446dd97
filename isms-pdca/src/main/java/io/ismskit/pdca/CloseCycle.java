package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Leaves ACT and opens the next cycle in PLAN (clause 10), carrying the open items over. Gated by the ACT exit criteria.
 *
 * @param by who gives the command
 */
public record CloseCycle(PersonId by) implements PdcaCommand {
  /** Requires {@code by}. */
  public CloseCycle {
    Objects.requireNonNull(by, "CloseCycle.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.CLOSE_CYCLE;
  }
}
