package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Passes a phase's gate although exit criteria are unmet: a decision that needs a justification and
 * an approver from top management, and that is recorded in the log as a {@link GateOverridden}
 * event naming every criterion set aside. The criteria are carried over into the next cycle.
 * Problems other than unmet criteria (a wrong phase, an invalid ISMS) cannot be overridden.
 *
 * @param transition the phase transition to force: {@link ApprovePlan}, {@link CompleteOperation},
 *     {@link CompleteEvaluation} or {@link CloseCycle}
 * @param justification why the criteria are set aside; not blank
 * @param approvedBy who approves; a member of top management
 */
public record OverrideGate(PdcaCommand transition, String justification, PersonId approvedBy) implements PdcaCommand {
  /** Requires all parts. */
  public OverrideGate {
    Objects.requireNonNull(transition, "OverrideGate.transition: must not be null");
    Objects.requireNonNull(justification, "OverrideGate.justification: must not be null");
    Objects.requireNonNull(approvedBy, "OverrideGate.approvedBy: must not be null");
  }

  /** Who gives the command: the one who gives the transition. */
  @Override
  public PersonId by() {
    return transition.by();
  }

  @Override
  public CommandKind kind() {
    return CommandKind.OVERRIDE;
  }
}
