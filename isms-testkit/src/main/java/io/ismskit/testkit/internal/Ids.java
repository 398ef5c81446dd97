package io.ismskit.testkit.internal;

/**
 * The id prefixes of generated graphs: the {@code i}-th entity of a kind has the id
 * {@code PREFIX + i} (from 1). Ids made up to break a graph use {@link #FRESH} or {@link #MISSING}
 * after the prefix, so they never collide with generated ones.
 */
public final class Ids {
  /** Persons. */
  public static final String PERSON = "P-";
  /** Roles. */
  public static final String ROLE = "ROLE-";
  /** Context issues. */
  public static final String ISSUE = "CI-";
  /** Interested parties. */
  public static final String PARTY = "IP-";
  /** Requirements. */
  public static final String REQUIREMENT = "REQ-";
  /** ISMS processes. */
  public static final String PROCESS = "PRC-";
  /** Policies. */
  public static final String POLICY = "POL-";
  /** Objectives. */
  public static final String OBJECTIVE = "OBJ-";
  /** Resource allocations. */
  public static final String RESOURCE = "RES-";
  /** Competence records. */
  public static final String COMPETENCE = "CR-";
  /** Awareness records. */
  public static final String AWARENESS = "AR-";
  /** Communications. */
  public static final String COMMUNICATION = "COM-";
  /** Documented information. */
  public static final String DOCUMENT = "DOC-";
  /** Assets. */
  public static final String ASSET = "AST-";
  /** Threats. */
  public static final String THREAT = "THR-";
  /** Vulnerabilities. */
  public static final String VULNERABILITY = "VUL-";
  /** Risks. */
  public static final String RISK = "R-";
  /** ISMS risks and opportunities. */
  public static final String OPPORTUNITY = "RO-";
  /** Custom controls. */
  public static final String CUSTOM_CONTROL = "CC-";
  /** Metrics. */
  public static final String METRIC = "MET-";
  /** Measurements. */
  public static final String MEASUREMENT = "MEA-";
  /** Audit programmes. */
  public static final String PROGRAMME = "AP-";
  /** Internal audits. */
  public static final String AUDIT = "AUD-";
  /** Audit findings. */
  public static final String FINDING = "FND-";
  /** Management reviews. */
  public static final String REVIEW = "MR-";
  /** Nonconformities. */
  public static final String NONCONFORMITY = "NC-";
  /** Corrective actions. */
  public static final String CORRECTIVE_ACTION = "CA-";
  /** Improvements. */
  public static final String IMPROVEMENT = "IMP-";
  /** Planned changes. */
  public static final String CHANGE = "CHG-";
  /** Incidents. */
  public static final String INCIDENT = "INC-";
  /** Certification bodies. */
  public static final String CERTIFICATION_BODY = "CB-";
  /** Certificates. */
  public static final String CERTIFICATE = "CERT-";
  /** External audits. */
  public static final String EXTERNAL_AUDIT = "EA-";
  /** External findings. */
  public static final String EXTERNAL_FINDING = "EF-";

  /** Suppliers. */
  public static final String SUPPLIER = "SUP-";
  /** Items of evidence. */
  public static final String EVIDENCE = "EV-";
  /** Policy exceptions. */
  public static final String POLICY_EXCEPTION = "PE-";

  /** Infix of ids added to a graph to break it. */
  public static final String FRESH = "X";
  /** Infix of ids nothing in a graph has. */
  public static final String MISSING = "MISSING-";

  private Ids() {}
}
