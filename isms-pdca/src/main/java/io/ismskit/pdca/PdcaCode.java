package io.ismskit.pdca;

import io.ismskit.core.base.ProblemCode;

/**
 * The codes of the problems isms-pdca refuses a command, an event or a log with. Keys follow
 * {@link ProblemCode#GRAMMAR} and never change their spelling.
 */
public enum PdcaCode implements ProblemCode {
  /** A command other than {@code StartCycle} before the first cycle started. */
  NOT_STARTED("pdca.cycle.not-started"),
  /** {@code StartCycle} after the first cycle started. */
  ALREADY_STARTED("pdca.cycle.already-started"),
  /** A command the current phase does not permit. */
  WRONG_PHASE("pdca.command.wrong-phase"),
  /** A command dated before the last event of the cycle. */
  DATE_BEFORE_LAST("pdca.command.date-before-last"),
  /** A date outside the supported range. */
  DATE_UNSUPPORTED("pdca.command.date-unsupported"),
  /** A command by or approved by a person the ISMS does not know. */
  UNKNOWN_PERSON("pdca.command.unknown-person"),
  /** A planned change the ISMS does not hold. */
  UNKNOWN_CHANGE("pdca.command.unknown-change"),
  /** A gate cannot be evaluated on an ISMS that {@code Isms.validate()} refuses: the gate fails closed. */
  INVALID_ISMS("pdca.isms.invalid"),
  /** A gate's criteria are not all met. */
  GATE_UNMET("pdca.gate.unmet"),
  /** An override of a command that is not a phase transition, or of a transition no criterion blocks. */
  OVERRIDE_NOT_NEEDED("pdca.override.not-needed"),
  /** An override without a justification. */
  OVERRIDE_UNJUSTIFIED("pdca.override.unjustified"),
  /** An override approved by someone who is not top management. */
  OVERRIDE_APPROVER("pdca.override.approver-not-top-management"),
  /** A stored event of a type this library does not know. */
  EVENT_UNKNOWN_TYPE("pdca.event.unknown-type"),
  /** A stored event of a version newer than this library writes. */
  EVENT_UNSUPPORTED_VERSION("pdca.event.unsupported-version"),
  /** A stored event with a missing or malformed field. */
  EVENT_MALFORMED("pdca.event.malformed"),
  /** An event that does not follow from the state before it: the log is out of order or incomplete. */
  EVENT_OUT_OF_ORDER("pdca.event.out-of-order"),
  /** A nonconformity step out of order: the life cycle allows no skipping. */
  STEP_OUT_OF_ORDER("pdca.nonconformity.step-out-of-order"),
  /** A nonconformity, corrective action or other entity the ISMS does not hold. */
  UNKNOWN_ENTITY("pdca.entity.unknown"),
  /** A nonconformity step with missing or blank content. */
  STEP_INCOMPLETE("pdca.nonconformity.step-incomplete"),
  /** A certification decision that a rule of the certification cycle forbids. */
  DECISION_BLOCKED("pdca.certification.decision-blocked"),
  /** A certification action that does not fit the certificate's standing. */
  CERTIFICATE_STANDING("pdca.certification.standing");

  private final String key;

  PdcaCode(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String toString() {
    return key;
  }
}
