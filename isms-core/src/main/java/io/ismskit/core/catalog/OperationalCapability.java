package io.ismskit.core.catalog;

/**
 * The 15 values of the ISO/IEC 27002:2022 operational capability attribute: the view of controls
 * from the practitioner's perspective.
 */
public enum OperationalCapability {
  /** {@code #Governance}. */
  GOVERNANCE("#Governance"),
  /** {@code #Asset_management}. */
  ASSET_MANAGEMENT("#Asset_management"),
  /** {@code #Information_protection}. */
  INFORMATION_PROTECTION("#Information_protection"),
  /** {@code #Human_resource_security}. */
  HUMAN_RESOURCE_SECURITY("#Human_resource_security"),
  /** {@code #Physical_security}. */
  PHYSICAL_SECURITY("#Physical_security"),
  /** {@code #System_and_network_security}. */
  SYSTEM_AND_NETWORK_SECURITY("#System_and_network_security"),
  /** {@code #Application_security}. */
  APPLICATION_SECURITY("#Application_security"),
  /** {@code #Secure_configuration}. */
  SECURE_CONFIGURATION("#Secure_configuration"),
  /** {@code #Identity_and_access_management}. */
  IDENTITY_AND_ACCESS_MANAGEMENT("#Identity_and_access_management"),
  /** {@code #Threat_and_vulnerability_management}. */
  THREAT_AND_VULNERABILITY_MANAGEMENT("#Threat_and_vulnerability_management"),
  /** {@code #Continuity}. */
  CONTINUITY("#Continuity"),
  /** {@code #Supplier_relationships_security}. */
  SUPPLIER_RELATIONSHIPS_SECURITY("#Supplier_relationships_security"),
  /** {@code #Legal_and_compliance}. */
  LEGAL_AND_COMPLIANCE("#Legal_and_compliance"),
  /** {@code #Information_security_event_management}. */
  INFORMATION_SECURITY_EVENT_MANAGEMENT("#Information_security_event_management"),
  /**
   * {@code #Information_security_assurance}. The first printing of ISO/IEC 27002:2022 Table A.1
   * lists it under security domains for control 5.22; it is an operational capability, and the
   * correction of March 2022 moved it there, as the built-in catalog has it.
   */
  INFORMATION_SECURITY_ASSURANCE("#Information_security_assurance");

  private final String tag;

  OperationalCapability(String tag) {
    this.tag = tag;
  }

  /** The attribute value as written in ISO/IEC 27002:2022, such as {@code "#Governance"}. */
  public String tag() {
    return tag;
  }
}
