package io.ismskit.risk.cvss;

import java.util.List;

/**
 * The metrics of CVSS v4.0, in the order the specification requires in a vector string. Base
 * metric values are listed in ascending severity; the other metrics start with {@code X}.
 */
public enum Cvss4Metric implements CvssMetric {
  /** Attack Vector. */
  AV("Attack Vector", CvssMetricGroup.BASE, "P=Physical,L=Local,A=Adjacent,N=Network"),
  /** Attack Complexity. */
  AC("Attack Complexity", CvssMetricGroup.BASE, "H=High,L=Low"),
  /** Attack Requirements. */
  AT("Attack Requirements", CvssMetricGroup.BASE, "P=Present,N=None"),
  /** Privileges Required. */
  PR("Privileges Required", CvssMetricGroup.BASE, "H=High,L=Low,N=None"),
  /** User Interaction. */
  UI("User Interaction", CvssMetricGroup.BASE, "A=Active,P=Passive,N=None"),
  /** Vulnerable System Confidentiality. */
  VC("Vulnerable System Confidentiality", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Vulnerable System Integrity. */
  VI("Vulnerable System Integrity", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Vulnerable System Availability. */
  VA("Vulnerable System Availability", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Subsequent System Confidentiality. */
  SC("Subsequent System Confidentiality", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Subsequent System Integrity. */
  SI("Subsequent System Integrity", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Subsequent System Availability. */
  SA("Subsequent System Availability", CvssMetricGroup.BASE, "N=None,L=Low,H=High"),
  /** Exploit Maturity. */
  E(
      "Exploit Maturity",
      CvssMetricGroup.THREAT,
      "X=Not Defined,U=Unreported,P=Proof-of-Concept,A=Attacked"),
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
      "X=Not Defined,P=Physical,L=Local,A=Adjacent,N=Network"),
  /** Modified Attack Complexity. */
  MAC("Modified Attack Complexity", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,H=High,L=Low"),
  /** Modified Attack Requirements. */
  MAT("Modified Attack Requirements", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,P=Present,N=None"),
  /** Modified Privileges Required. */
  MPR(
      "Modified Privileges Required",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,H=High,L=Low,N=None"),
  /** Modified User Interaction. */
  MUI(
      "Modified User Interaction",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,A=Active,P=Passive,N=None"),
  /** Modified Vulnerable System Confidentiality. */
  MVC("Modified Vulnerable System Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Vulnerable System Integrity. */
  MVI("Modified Vulnerable System Integrity", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Vulnerable System Availability. */
  MVA("Modified Vulnerable System Availability", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Subsequent System Confidentiality. */
  MSC("Modified Subsequent System Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X=Not Defined,N=None,L=Low,H=High"),
  /** Modified Subsequent System Integrity (adds Safety). */
  MSI(
      "Modified Subsequent System Integrity",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,N=None,L=Low,H=High,S=Safety"),
  /** Modified Subsequent System Availability (adds Safety). */
  MSA(
      "Modified Subsequent System Availability",
      CvssMetricGroup.ENVIRONMENTAL,
      "X=Not Defined,N=None,L=Low,H=High,S=Safety"),
  /** Safety (supplemental). */
  S("Safety", CvssMetricGroup.SUPPLEMENTAL, "X=Not Defined,N=Negligible,P=Present"),
  /** Automatable (supplemental). */
  AU("Automatable", CvssMetricGroup.SUPPLEMENTAL, "X=Not Defined,N=No,Y=Yes"),
  /** Recovery (supplemental). */
  R("Recovery", CvssMetricGroup.SUPPLEMENTAL, "X=Not Defined,A=Automatic,U=User,I=Irrecoverable"),
  /** Value Density (supplemental). */
  V("Value Density", CvssMetricGroup.SUPPLEMENTAL, "X=Not Defined,D=Diffuse,C=Concentrated"),
  /** Vulnerability Response Effort (supplemental). */
  RE(
      "Vulnerability Response Effort",
      CvssMetricGroup.SUPPLEMENTAL,
      "X=Not Defined,L=Low,M=Moderate,H=High"),
  /** Provider Urgency (supplemental). */
  U(
      "Provider Urgency",
      CvssMetricGroup.SUPPLEMENTAL,
      "X=Not Defined,Clear=Clear,Green=Green,Amber=Amber,Red=Red");

  private static final Cvss4Metric[] ALL = values();

  private final String title;
  private final CvssMetricGroup group;
  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> codes;

  @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable
  private final List<String> names;

  Cvss4Metric(String title, CvssMetricGroup group, String values) {
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

  static Cvss4Metric at(int ordinal) {
    return ALL[ordinal];
  }
}
