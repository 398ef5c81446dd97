package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;

/**
 * A command to the ISMS cycle: the only way its {@link CycleState} changes. {@link
 * PdcaMachine#apply} accepts a command, producing events, or refuses it with a {@link Refusal}.
 * The date of a command is the {@code asOf} it is applied on.
 */
public sealed interface PdcaCommand
    permits StartCycle, ApprovePlan, CompleteOperation, CompleteEvaluation, CloseCycle, RecordChange, OverrideGate {
  /** Who gives the command; a person of the ISMS. */
  PersonId by();

  /** The kind of command. */
  CommandKind kind();

  /** The phase transition of {@code kind} given by {@code by}. */
  static PdcaCommand transition(CommandKind kind, PersonId by) {
    return switch (kind) {
      case START_CYCLE -> new StartCycle(by);
      case APPROVE_PLAN -> new ApprovePlan(by);
      case COMPLETE_OPERATION -> new CompleteOperation(by);
      case COMPLETE_EVALUATION -> new CompleteEvaluation(by);
      case CLOSE_CYCLE -> new CloseCycle(by);
      case RECORD_CHANGE, OVERRIDE -> throw new IllegalArgumentException(
          "PdcaCommand.transition: " + kind + " needs more than who gives it");
    };
  }
}
