package io.ismskit.core.catalog;

/**
 * The ISO/IEC 27002:2022 cybersecurity concept attribute, aligned with ISO/IEC TS 27110 and the
 * functions of the NIST Cybersecurity Framework.
 */
public enum CybersecurityConcept {
  /** Understand the assets, risks and context to be protected ({@code #Identify}). */
  IDENTIFY("#Identify"),
  /** Put safeguards in place ({@code #Protect}). */
  PROTECT("#Protect"),
  /** Find out that a security event has happened ({@code #Detect}). */
  DETECT("#Detect"),
  /** Act on a detected security incident ({@code #Respond}). */
  RESPOND("#Respond"),
  /** Restore capabilities and services after an incident ({@code #Recover}). */
  RECOVER("#Recover");

  private final String tag;

  CybersecurityConcept(String tag) {
    this.tag = tag;
  }

  /** The attribute value as written in ISO/IEC 27002:2022, such as {@code "#Identify"}. */
  public String tag() {
    return tag;
  }
}
