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
  CUSTOM_CONTROL_SHADOWS_CATALOG(ValidationCode.SHADOWS_CATALOG),

  // ---- what an auditor samples: suppliers, evidence, exceptions, document control, audit depth --

  /** Two suppliers share an id. */
  DUPLICATE_SUPPLIER(ValidationCode.DUPLICATE),
  /** Two items of evidence share an id. */
  DUPLICATE_EVIDENCE_ITEM(ValidationCode.DUPLICATE),
  /** Two policy exceptions share an id. */
  DUPLICATE_POLICY_EXCEPTION(ValidationCode.DUPLICATE),

  /** A supplier's owner does not exist. */
  DANGLING_SUPPLIER_OWNER(ValidationCode.DANGLING),
  /** A supplier is an interested party that does not exist. */
  DANGLING_SUPPLIER_PARTY(ValidationCode.DANGLING),
  /** A supplier bears on a risk that does not exist. */
  DANGLING_SUPPLIER_RISK(ValidationCode.DANGLING),
  /** A supplier bears on a control neither the catalog nor the custom controls know. */
  DANGLING_SUPPLIER_CONTROL(ValidationCode.DANGLING),
  /** A supplier provides a process that does not exist. */
  DANGLING_SUPPLIER_PROCESS(ValidationCode.DANGLING),
  /** A supplier's service stands for an asset that does not exist. */
  DANGLING_SUPPLIER_ASSET(ValidationCode.DANGLING),
  /** A supplier agreement carries a requirement that does not exist. */
  DANGLING_SUPPLIER_AGREEMENT_REQUIREMENT(ValidationCode.DANGLING),
  /** A supplier agreement requires a control neither the catalog nor the custom controls know. */
  DANGLING_SUPPLIER_AGREEMENT_CONTROL(ValidationCode.DANGLING),
  /** A supplier agreement is held by documented information that does not exist. */
  DANGLING_SUPPLIER_AGREEMENT_DOCUMENT(ValidationCode.DANGLING),
  /** A supplier assessment was performed by a person who does not exist. */
  DANGLING_SUPPLIER_ASSESSOR(ValidationCode.DANGLING),
  /** A supplier assessment's report does not exist. */
  DANGLING_SUPPLIER_ASSESSMENT_REPORT(ValidationCode.DANGLING),

  /** An item of evidence is held by documented information that does not exist. */
  DANGLING_EVIDENCE_DOCUMENT(ValidationCode.DANGLING),
  /** An item of evidence was collected by a person who does not exist. */
  DANGLING_EVIDENCE_COLLECTOR(ValidationCode.DANGLING),
  /** An item of evidence was reviewed by a person who does not exist. */
  DANGLING_EVIDENCE_REVIEWER(ValidationCode.DANGLING),
  /** An item of evidence supports a control that has no implementation. */
  DANGLING_EVIDENCE_CONTROL_IMPLEMENTATION(ValidationCode.DANGLING),
  /** An item of evidence supports a measurement that does not exist. */
  DANGLING_EVIDENCE_MEASUREMENT(ValidationCode.DANGLING),
  /** An item of evidence supports an audit finding that does not exist. */
  DANGLING_EVIDENCE_FINDING(ValidationCode.DANGLING),
  /** An item of evidence supports a line the SoA does not have. */
  DANGLING_EVIDENCE_SOA_ENTRY(ValidationCode.DANGLING),

  /** A policy exception is to a policy that does not exist. */
  DANGLING_POLICY_EXCEPTION_POLICY(ValidationCode.DANGLING),
  /** A policy exception deviates from a control neither the catalog nor the custom controls know. */
  DANGLING_POLICY_EXCEPTION_CONTROL(ValidationCode.DANGLING),
  /** A policy exception applies to an asset that does not exist. */
  DANGLING_POLICY_EXCEPTION_ASSET(ValidationCode.DANGLING),
  /** A policy exception leaves a risk that does not exist. */
  DANGLING_POLICY_EXCEPTION_RISK(ValidationCode.DANGLING),
  /** A policy exception was requested by a person who does not exist. */
  DANGLING_POLICY_EXCEPTION_REQUESTER(ValidationCode.DANGLING),
  /** A policy exception was approved by a person who does not exist. */
  DANGLING_POLICY_EXCEPTION_APPROVER(ValidationCode.DANGLING),

  /** A version of documented information was written by a person who does not exist. */
  DANGLING_DOCUMENT_VERSION_AUTHOR(ValidationCode.DANGLING),
  /** A version of documented information was approved by a person who does not exist. */
  DANGLING_DOCUMENT_VERSION_APPROVER(ValidationCode.DANGLING),
  /** Documented information grants access to a role that does not exist. */
  DANGLING_DOCUMENT_ACCESS_ROLE(ValidationCode.DANGLING),
  /** Documented information is superseded by documented information that does not exist. */
  DANGLING_DOCUMENT_SUPERSEDED_BY(ValidationCode.DANGLING),
  /** A role's competence profile does not exist. */
  DANGLING_ROLE_COMPETENCE_PROFILE(ValidationCode.DANGLING),
  /** A competence record evidences a role that does not exist. */
  DANGLING_COMPETENCE_RECORD_ROLE(ValidationCode.DANGLING),

  /** An audit programme weighs a process that does not exist. */
  DANGLING_AUDIT_PRIORITY_PROCESS(ValidationCode.DANGLING),
  /** An audit programme weighs a previous finding that does not exist. */
  DANGLING_AUDIT_PRIORITY_FINDING(ValidationCode.DANGLING),
  /** An internal audit's criteria name a policy that does not exist. */
  DANGLING_AUDIT_CRITERIA_POLICY(ValidationCode.DANGLING),
  /** An internal audit's criteria name documented information that does not exist. */
  DANGLING_AUDIT_CRITERIA_DOCUMENT(ValidationCode.DANGLING),
  /** An internal audit's criteria name a requirement that does not exist. */
  DANGLING_AUDIT_CRITERIA_REQUIREMENT(ValidationCode.DANGLING),
  /** An internal audit's plan does not exist. */
  DANGLING_AUDIT_PLAN(ValidationCode.DANGLING),
  /** An auditor's competence record does not exist. */
  DANGLING_AUDITOR_COMPETENCE(ValidationCode.DANGLING),
  /** An audit finding names a process that does not exist. */
  DANGLING_FINDING_PROCESS(ValidationCode.DANGLING),
  /** A measurement was evaluated by a person who does not exist. */
  DANGLING_MEASUREMENT_EVALUATOR(ValidationCode.DANGLING),
  /** A management review decision was followed up in a review that does not exist. */
  DANGLING_REVIEW_FOLLOW_UP(ValidationCode.DANGLING),
  /** The risk criteria give acceptance authority to a role that does not exist. */
  DANGLING_ACCEPTANCE_AUTHORITY_ROLE(ValidationCode.DANGLING),
  /** A risk acceptance was given in the authority of a role that does not exist. */
  DANGLING_RISK_ACCEPTANCE_AUTHORITY(ValidationCode.DANGLING),
  /** A requirement's owner does not exist. */
  DANGLING_REQUIREMENT_OWNER(ValidationCode.DANGLING),
  /** An incident led to an improvement that does not exist. */
  DANGLING_INCIDENT_IMPROVEMENT(ValidationCode.DANGLING),
  /** An incident's evidence does not exist. */
  DANGLING_INCIDENT_EVIDENCE(ValidationCode.DANGLING),
  /** An incident involved a supplier that does not exist. */
  DANGLING_INCIDENT_SUPPLIER(ValidationCode.DANGLING),
  /** A nonconformity names a similar nonconformity that does not exist. */
  DANGLING_NONCONFORMITY_SIMILAR(ValidationCode.DANGLING),
  /** A nonconformity led to a change that does not exist. */
  DANGLING_NONCONFORMITY_CHANGE(ValidationCode.DANGLING);

  private final ValidationCode code;

  Defect(ValidationCode code) {
    this.code = code;
  }

  /** The code of the problem this defect causes. */
  public ValidationCode code() {
    return code;
  }
}
