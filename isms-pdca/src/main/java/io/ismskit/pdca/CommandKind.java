package io.ismskit.pdca;

import java.util.Optional;

/** The kinds of {@link PdcaCommand}, for asking which are permitted and for the transition table. */
public enum CommandKind {
  /** {@link StartCycle}: start the first cycle, in PLAN. */
  START_CYCLE(Optional.empty()),
  /** {@link ApprovePlan}: leave PLAN for DO. */
  APPROVE_PLAN(Optional.of(Phase.PLAN)),
  /** {@link CompleteOperation}: leave DO for CHECK. */
  COMPLETE_OPERATION(Optional.of(Phase.DO)),
  /** {@link CompleteEvaluation}: leave CHECK for ACT. */
  COMPLETE_EVALUATION(Optional.of(Phase.CHECK)),
  /** {@link CloseCycle}: leave ACT and open the next cycle in PLAN, carrying open items over. */
  CLOSE_CYCLE(Optional.of(Phase.ACT)),
  /** {@link RecordChange}: record a planned change (6.3) in DO or CHECK. */
  RECORD_CHANGE(Optional.empty()),
  /** {@link OverrideGate}: pass a phase's gate despite unmet criteria, justified and approved. */
  OVERRIDE(Optional.empty());

  private final Optional<Phase> leaves;

  CommandKind(Optional<Phase> leaves) {
    this.leaves = leaves;
  }

  /** The phase this command leaves through its gate, for the four phase transitions. */
  public Optional<Phase> leaves() {
    return leaves;
  }

  /** The transition command that leaves {@code phase}. */
  public static CommandKind leaving(Phase phase) {
    return switch (phase) {
      case PLAN -> APPROVE_PLAN;
      case DO -> COMPLETE_OPERATION;
      case CHECK -> COMPLETE_EVALUATION;
      case ACT -> CLOSE_CYCLE;
    };
  }
}
