package io.ismskit.core.risk;

/** The four risk treatment options of ISO/IEC 27005 (clause 6.1.3 a). */
public enum TreatmentOption {
  /** Add or change controls to lower likelihood or consequences. */
  MODIFY,
  /** Keep the risk on an informed decision. */
  RETAIN,
  /** Stop or change the activity that gives rise to the risk. */
  AVOID,
  /** Share the risk with another party: insurance, outsourcing, contract. */
  SHARE
}
