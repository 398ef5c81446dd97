package io.ismskit.testkit;

import io.ismskit.core.ValidationCode;

/**
 * The ways {@link InvalidIsmsGens} can break a valid ISMS, each producing exactly one problem
 * of {@link io.ismskit.core.Isms#validate()}, with the code {@link #code()}.
 */
public enum Defect {
  /** Two persons share an id. */
  DUPLICATE_PERSON(ValidationCode.DUPLICATE),
  /** Two assets share an id. */
  DUPLICATE_ASSET(ValidationCode.DUPLICATE),
  /** Two threats share an id. */
  DUPLICATE_THREAT(ValidationCode.DUPLICATE),
  /** Two vulnerabilities share an id. */
  DUPLICATE_VULNERABILITY(ValidationCode.DUPLICATE),
  /** Two risks share an id. */
  DUPLICATE_RISK(ValidationCode.DUPLICATE),
  /** Two policies share an id. */
  DUPLICATE_POLICY(ValidationCode.DUPLICATE),
  /** Two items of documented information share an id. */
  DUPLICATE_DOCUMENT(ValidationCode.DUPLICATE),
  /** Two metrics share an id. */
  DUPLICATE_METRIC(ValidationCode.DUPLICATE),
  /** Two nonconformities share an id. */
  DUPLICATE_NONCONFORMITY(ValidationCode.DUPLICATE),
  /** Two incidents share an id. */
  DUPLICATE_INCIDENT(ValidationCode.DUPLICATE),
  /** Two interested parties share an id. */
  DUPLICATE_INTERESTED_PARTY(ValidationCode.DUPLICATE),
  /** Requirements of two interested parties share an id. */
  DUPLICATE_REQUIREMENT(ValidationCode.DUPLICATE),
  /** Two custom controls share an id. */
  DUPLICATE_CUSTOM_CONTROL(ValidationCode.DUPLICATE),
  /** A control is implemented twice. */
  DUPLICATE_CONTROL_IMPLEMENTATION(ValidationCode.DUPLICATE),
  /** The SoA lists a control twice. */
  DUPLICATE_SOA_ENTRY(ValidationCode.DUPLICATE),

  /** A risk concerns an asset that does not exist. */
  DANGLING_RISK_ASSET(ValidationCode.DANGLING),
  /** A risk names a threat that does not exist. */
  DANGLING_RISK_THREAT(ValidationCode.DANGLING),
  /** A risk names a vulnerability that does not exist. */
  DANGLING_RISK_VULNERABILITY(ValidationCode.DANGLING),
  /** A risk's owner does not exist. */
  DANGLING_RISK_OWNER(ValidationCode.DANGLING),
  /** A risk's treatment relies on a control neither the catalog nor the custom controls know. */
  DANGLING_TREATMENT_CONTROL(ValidationCode.DANGLING),
  /** An asset's owner does not exist. */
  DANGLING_ASSET_OWNER(ValidationCode.DANGLING),
  /** An asset depends on an asset that does not exist. */
  DANGLING_ASSET_DEPENDENCY(ValidationCode.DANGLING),
  /** A role assignment names a role that does not exist. */
  DANGLING_ROLE_ASSIGNMENT_ROLE(ValidationCode.DANGLING),
  /** An SoA line is for a control neither the catalog nor the custom controls know. */
  DANGLING_SOA_CONTROL(ValidationCode.DANGLING),
  /** An objective is measured by a metric that does not exist. */
  DANGLING_OBJECTIVE_METRIC(ValidationCode.DANGLING),
  /** A measurement is of a metric that does not exist. */
  DANGLING_MEASUREMENT_METRIC(ValidationCode.DANGLING),
  /** An internal audit belongs to a programme that does not exist. */
  DANGLING_AUDIT_PROGRAMME(ValidationCode.DANGLING),
  /** An audit finding names an audit that does not exist. */
  DANGLING_FINDING_AUDIT(ValidationCode.DANGLING),
  /** A nonconformity was raised from a finding that does not exist. */
  DANGLING_NONCONFORMITY_FINDING(ValidationCode.DANGLING),
  /** A corrective action addresses a nonconformity that does not exist. */
  DANGLING_CORRECTIVE_ACTION_NONCONFORMITY(ValidationCode.DANGLING),
  /** An incident realised a risk that does not exist. */
  DANGLING_INCIDENT_RISK(ValidationCode.DANGLING),

  /** A control is implemented but has no line in the SoA. */
  CONTROL_NOT_IN_SOA(ValidationCode.NOT_IN_SOA),
  /** A risk concerns an asset outside the ISMS scope. */
  RISK_ON_OUT_OF_SCOPE_ASSET(ValidationCode.OUT_OF_SCOPE),
  /** Two to four assets depend on each other in a cycle. */
  ASSET_DEPENDENCY_CYCLE(ValidationCode.CYCLE),
  /** A custom control reuses the id of an Annex A control. */
  CUSTOM_CONTROL_SHADOWS_CATALOG(ValidationCode.SHADOWS_CATALOG);

  private final ValidationCode code;

  Defect(ValidationCode code) {
    this.code = code;
  }

  /** The code of the problem this defect causes. */
  public ValidationCode code() {
    return code;
  }
}
