package io.ismskit.risk.cvss;

/** The CVSS versions this package reads and scores. */
public enum CvssVersion {
  /** CVSS v3.0 (prefix {@code CVSS:3.0}). */
  V3_0("3.0"),
  /** CVSS v3.1 (prefix {@code CVSS:3.1}). */
  V3_1("3.1"),
  /** CVSS v4.0 (prefix {@code CVSS:4.0}). */
  V4_0("4.0");

  private final String label;

  CvssVersion(String label) {
    this.label = label;
  }

  /** The version as written in a vector prefix, such as {@code "3.1"}. */
  public String label() {
    return label;
  }

  /** The vector string prefix, such as {@code "CVSS:3.1"} (without the trailing slash). */
  public String prefix() {
    return "CVSS:" + label;
  }
}
