package io.ismskit.core.catalog;

/** The four values of the ISO/IEC 27002:2022 security domain attribute. */
public enum SecurityDomain {
  /** {@code #Governance_and_Ecosystem}. */
  GOVERNANCE_AND_ECOSYSTEM("#Governance_and_Ecosystem"),
  /** {@code #Protection}. */
  PROTECTION("#Protection"),
  /** {@code #Defence}. */
  DEFENCE("#Defence"),
  /** {@code #Resilience}. */
  RESILIENCE("#Resilience");

  private final String tag;

  SecurityDomain(String tag) {
    this.tag = tag;
  }

  /** The attribute value as written in ISO/IEC 27002:2022, such as {@code "#Protection"}. */
  public String tag() {
    return tag;
  }
}
