package io.ismskit.core.governance;

/** What a person must be aware of (clause 7.3 a to c). */
public enum AwarenessTopic {
  /** The information security policy (7.3 a). */
  POLICY,
  /** Their contribution to the ISMS's effectiveness and the benefits of better security (7.3 b). */
  CONTRIBUTION,
  /** What follows from not conforming with the ISMS requirements (7.3 c). */
  CONSEQUENCES
}
