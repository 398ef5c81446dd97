package io.ismskit.testkit;

import io.ismskit.core.Violation;

/**
 * The ways {@link InvalidIsmsGens} can break a valid ISMS, each producing exactly one
 * {@link Violation} with the code {@link #code()}.
 */
public enum Defect {
  /** Two persons share an id. */
  DUPLICATE_PERSON(Violation.DUPLICATE),
  /** Two assets share an id. */
  DUPLICATE_ASSET(Violation.DUPLICATE),
  /** Two threats share an id. */
  DUPLICATE_THREAT(Violation.DUPLICATE),
  /** Two vulnerabilities share an id. */
  DUPLICATE_VULNERABILITY(Violation.DUPLICATE),
  /** Two risks share an id. */
  DUPLICATE_RISK(Violation.DUPLICATE),
  /** Two policies share an id. */
  DUPLICATE_POLICY(Violation.DUPLICATE),
  /** Two items of documented information share an id. */
  DUPLICATE_DOCUMENT(Violation.DUPLICATE),
  /** Two metrics share an id. */
  DUPLICATE_METRIC(Violation.DUPLICATE),
  /** Two nonconformities share an id. */
  DUPLICATE_NONCONFORMITY(Violation.DUPLICATE),
  /** Two incidents share an id. */
  DUPLICATE_INCIDENT(Violation.DUPLICATE),
  /** Two interested parties share an id. */
  DUPLICATE_INTERESTED_PARTY(Violation.DUPLICATE),
  /** Requirements of two interested parties share an id. */
  DUPLICATE_REQUIREMENT(Violation.DUPLICATE),
  /** Two custom controls share an id. */
  DUPLICATE_CUSTOM_CONTROL(Violation.DUPLICATE),
  /** A control is implemented twice. */
  DUPLICATE_CONTROL_IMPLEMENTATION(Violation.DUPLICATE),
  /** The SoA lists a control twice. */
  DUPLICATE_SOA_ENTRY(Violation.DUPLICATE),

  /** A risk concerns an asset that does not exist. */
  DANGLING_RISK_ASSET(Violation.DANGLING),
  /** A risk names a threat that does not exist. */
  DANGLING_RISK_THREAT(Violation.DANGLING),
  /** A risk names a vulnerability that does not exist. */
  DANGLING_RISK_VULNERABILITY(Violation.DANGLING),
  /** A risk's owner does not exist. */
  DANGLING_RISK_OWNER(Violation.DANGLING),
  /** A risk's treatment relies on a control neither the catalog nor the custom controls know. */
  DANGLING_TREATMENT_CONTROL(Violation.DANGLING),
  /** An asset's owner does not exist. */
  DANGLING_ASSET_OWNER(Violation.DANGLING),
  /** An asset depends on an asset that does not exist. */
  DANGLING_ASSET_DEPENDENCY(Violation.DANGLING),
  /** A role assignment names a role that does not exist. */
  DANGLING_ROLE_ASSIGNMENT_ROLE(Violation.DANGLING),
  /** An SoA line is for a control neither the catalog nor the custom controls know. */
  DANGLING_SOA_CONTROL(Violation.DANGLING),
  /** An objective is measured by a metric that does not exist. */
  DANGLING_OBJECTIVE_METRIC(Violation.DANGLING),
  /** A measurement is of a metric that does not exist. */
  DANGLING_MEASUREMENT_METRIC(Violation.DANGLING),
  /** An internal audit belongs to a programme that does not exist. */
  DANGLING_AUDIT_PROGRAMME(Violation.DANGLING),
  /** An audit finding names an audit that does not exist. */
  DANGLING_FINDING_AUDIT(Violation.DANGLING),
  /** A nonconformity was raised from a finding that does not exist. */
  DANGLING_NONCONFORMITY_FINDING(Violation.DANGLING),
  /** A corrective action addresses a nonconformity that does not exist. */
  DANGLING_CORRECTIVE_ACTION_NONCONFORMITY(Violation.DANGLING),
  /** An incident realised a risk that does not exist. */
  DANGLING_INCIDENT_RISK(Violation.DANGLING),

  /** A control is implemented but has no line in the SoA. */
  CONTROL_NOT_IN_SOA(Violation.NOT_IN_SOA),
  /** A risk concerns an asset outside the ISMS scope. */
  RISK_ON_OUT_OF_SCOPE_ASSET(Violation.OUT_OF_SCOPE),
  /** Two to four assets depend on each other in a cycle. */
  ASSET_DEPENDENCY_CYCLE(Violation.CYCLE),
  /** A custom control reuses the id of an Annex A control. */
  CUSTOM_CONTROL_SHADOWS_CATALOG(Violation.SHADOWS_CATALOG);

  private final String code;

  Defect(String code) {
    this.code = code;
  }

  /** The code of the violation this defect causes. */
  public String code() {
    return code;
  }
}
