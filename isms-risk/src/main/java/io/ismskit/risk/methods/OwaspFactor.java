package io.ismskit.risk.methods;

/**
 * The sixteen factors of the OWASP Risk Rating Methodology, each rated 0 to 9, in the
 * methodology's order: four threat agent factors and four vulnerability factors (likelihood), four
 * technical impact factors and four business impact factors (impact).
 *
 * <p>Source: OWASP Risk Rating Methodology (Jeff Williams), Steps 2 and 3,
 * https://owasp.org/www-community/OWASP_Risk_Rating_Methodology.
 */
public enum OwaspFactor {
  /** How technically skilled the threat agents are. */
  SKILL_LEVEL(
      "skillLevel", Group.THREAT_AGENT, "How technically skilled the threat agents are"),
  /** How motivated the threat agents are to find and exploit the vulnerability. */
  MOTIVE(
      "motive", Group.THREAT_AGENT, "How motivated the threat agents are to find and exploit the vulnerability"),
  /** The resources and opportunities the threat agents need. */
  OPPORTUNITY(
      "opportunity", Group.THREAT_AGENT, "The resources and opportunities the threat agents need"),
  /** How large the group of threat agents is. */
  SIZE(
      "size", Group.THREAT_AGENT, "How large the group of threat agents is"),
  /** How easy it is for the threat agents to discover the vulnerability. */
  EASE_OF_DISCOVERY(
      "easeOfDiscovery", Group.VULNERABILITY, "How easy it is for the threat agents to discover the vulnerability"),
  /** How easy it is for the threat agents to exploit the vulnerability. */
  EASE_OF_EXPLOIT(
      "easeOfExploit", Group.VULNERABILITY, "How easy it is for the threat agents to exploit the vulnerability"),
  /** How well known the vulnerability is to the threat agents. */
  AWARENESS(
      "awareness", Group.VULNERABILITY, "How well known the vulnerability is to the threat agents"),
  /** How likely an exploit is to go undetected (9 = not logged). */
  INTRUSION_DETECTION(
      "intrusionDetection", Group.VULNERABILITY, "How likely an exploit is to go undetected (9 = not logged)"),
  /** How much data could be disclosed and how sensitive it is. */
  LOSS_OF_CONFIDENTIALITY(
      "lossOfConfidentiality", Group.TECHNICAL_IMPACT, "How much data could be disclosed and how sensitive it is"),
  /** How much data could be corrupted and how badly. */
  LOSS_OF_INTEGRITY(
      "lossOfIntegrity", Group.TECHNICAL_IMPACT, "How much data could be corrupted and how badly"),
  /** How much service could be lost and how vital it is. */
  LOSS_OF_AVAILABILITY(
      "lossOfAvailability", Group.TECHNICAL_IMPACT, "How much service could be lost and how vital it is"),
  /** Whether the threat agents' actions are traceable to an individual. */
  LOSS_OF_ACCOUNTABILITY(
      "lossOfAccountability", Group.TECHNICAL_IMPACT, "Whether the threat agents' actions are traceable to an individual"),
  /** How much financial damage an exploit would cause. */
  FINANCIAL_DAMAGE(
      "financialDamage", Group.BUSINESS_IMPACT, "How much financial damage an exploit would cause"),
  /** Whether an exploit would damage the reputation of the business. */
  REPUTATION_DAMAGE(
      "reputationDamage", Group.BUSINESS_IMPACT, "Whether an exploit would damage the reputation of the business"),
  /** How much exposure non-compliance introduces. */
  NON_COMPLIANCE(
      "nonCompliance", Group.BUSINESS_IMPACT, "How much exposure non-compliance introduces"),
  /** How much personally identifiable information could be disclosed. */
  PRIVACY_VIOLATION(
      "privacyViolation", Group.BUSINESS_IMPACT, "How much personally identifiable information could be disclosed");

  /** The four groups of factors. */
  public enum Group {
    /** Threat agent factors (likelihood). */
    THREAT_AGENT("threat agent"),
    /** Vulnerability factors (likelihood). */
    VULNERABILITY("vulnerability"),
    /** Technical impact factors. */
    TECHNICAL_IMPACT("technical impact"),
    /** Business impact factors. */
    BUSINESS_IMPACT("business impact");

    private final String label;

    Group(String label) {
      this.label = label;
    }

    /** The methodology's name of the group, such as {@code "threat agent"}. */
    public String label() {
      return label;
    }
  }

  /** The lowest rating of every factor. */
  public static final int MIN = 0;

  /** The highest rating of every factor. */
  public static final int MAX = 9;

  private final String key;
  private final Group group;
  private final String meaning;

  OwaspFactor(String key, Group group, String meaning) {
    this.key = key;
    this.group = group;
    this.meaning = meaning;
  }

  /** What the factor rates, such as {@code "How technically skilled the threat agents are"}. */
  public String meaning() {
    return meaning;
  }

  /** The key of this factor in the flat string form, such as {@code "skillLevel"}. */
  public String key() {
    return key;
  }

  /** The group this factor belongs to. */
  public Group group() {
    return group;
  }

  /** Whether this factor contributes to likelihood (threat agent or vulnerability factor). */
  public boolean isLikelihood() {
    return group == Group.THREAT_AGENT || group == Group.VULNERABILITY;
  }
}
