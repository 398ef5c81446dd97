package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Starts the first cycle of the ISMS, in PLAN. Permitted once, before anything else.
 *
 * @param by who gives the command
 */
public record StartCycle(PersonId by) implements PdcaCommand {
  /** Requires {@code by}. */
  public StartCycle {
    Objects.requireNonNull(by, "StartCycle.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.START_CYCLE;
  }
}
