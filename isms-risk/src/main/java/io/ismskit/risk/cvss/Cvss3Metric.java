package io.ismskit.risk.cvss;

import java.util.List;

/**
 * The metrics of CVSS v3.0 and v3.1, in the order of the specification's vector string table.
 * Base metric values are listed in ascending severity; the other metrics start with {@code X}.
 */
public enum Cvss3Metric implements CvssMetric {
  /** Attack Vector. */
  AV("Attack Vector", CvssMetricGroup.BASE, "P=Physical,L=Local,A=Adjacent Network,N=Network"),
  /** Attack Complexity. */
  AC("Attack Complexity", CvssMetricGroup.BASE, "H=High,L=Low"),
  /** Privileges Required. */
  PR("Privileges Required", CvssMetricGroup.BASE, "H=High,L=Low,N=None"),
  /** User Interaction. */
  UI("User Interaction", CvssMetricGroup.BASE, "R=Required,N=None"),
  /** Scope. */
  S("Scope", CvssMetricGroup.BASE, "U=Unchanged,C=Changed"),
  /** Confidentiality Impact. */
  C("Confidentiality", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Integrity Impact. */
  I("Integrity", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Availability Impact. */
  A("Availability", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Exploit Code Maturity. */
  E(
      "Exploit Code Maturity",
      CvssMetricGroup.TEMPORAL,
      "X=Not Defined,U=Unproven,P=Proof-of-Concept,F=Functional,H=High"),
  /** Remediation Level. */
  RL(
      "Remediation Level",
      CvssMetricGroup.TEMPORAL,
      "X=Not Defined,O=Official Fix,T=Temporary Fix,W=Workaround,U=Unavailable"),
  /** Report Confidence. */
  RC("Report Confidence", CvssMetricGroup.TEMPORAL, "X=Not Defined,U=Unknown,R=Reasonable,C=Confirmed"),
  /** Confidentiality Requirement. */
  CR("Confidentiality Requirement", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,L=Low,M=Medium,H=High"),
  /** Integrity Requirement. */
  IR("Integrity Requirement", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,L=Low,M=Medium,H=High"),
  /** Availability Requirement. */
  AR("Availability Requirement", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,L=Low,M=Medium,H=High"),
  /** Modified Attack Vector. */
  MAV(
      "Modified Attack Vector",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,P=Physical,L=Local,A=Adjacent Network,N=Network"),
  /** Modified Attack Complexity. */
  MAC("Modified Attack Complexity", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,H=High,L=Low"),
  /** Modified Privileges Required. */
  MPR(
      "Modified Privileges Required",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,H=High,L=Low,N=None"),
  /** Modified User Interaction. */
  MUI("Modified User Interaction", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,R=Required,N=None"),
  /** Modified Scope. */
  MS("Modified Scope", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,U=Unchanged,C=Changed"),
  /** Modified Confidentiality. */
  MC("Modified Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Integrity. */
  MI("Modified Integrity", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Availability. */
  MA("Modified Availability", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High");

  private static final Cvss3Metric[] ALL = values();

  private final String title;
  private final CvssMetricGroup group;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> codes;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> names;

  Cvss3Metric(String title, CvssMetricGroup group, String values) {
    this.title = title;
    this.group = group;
    MetricValues parsed = new MetricValues(values);
    this.codes = parsed.codes;
    this.names = parsed.names;
  }

  @Override
  public String abbreviation() {
    return name();
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public CvssMetricGroup group() {
    return group;
  }

  @Override
  public List<String> codes() {
    return codes;
  }

  @Override
  public String valueName(int index) {
    return names.get(index);
  }

  static Cvss3Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
