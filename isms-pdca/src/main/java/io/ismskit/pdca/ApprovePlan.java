package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Leaves PLAN for DO: the plan (clauses 4 to 6) is complete and approved. Gated by the PLAN exit criteria.
 *
 * @param by who gives the command
 */
public record ApprovePlan(PersonId by) implements PdcaCommand {
  /** Requires {@code by}. */
  public ApprovePlan {
    Objects.requireNonNull(by, "ApprovePlan.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.APPROVE_PLAN;
  }
}
