package io.ismskit.core.catalog;

/**
 * The three information security properties: an ISO/IEC 27002:2022 control attribute, and what a
 * risk threatens.
 */
public enum SecurityProperty {
  /** Information is not disclosed to unauthorized parties ({@code #Confidentiality}). */
  CONFIDENTIALITY("#Confidentiality"),
  /** Information is accurate and complete ({@code #Integrity}). */
  INTEGRITY("#Integrity"),
  /** Information is usable on demand by authorized parties ({@code #Availability}). */
  AVAILABILITY("#Availability");

  private final String tag;

  SecurityProperty(String tag) {
    this.tag = tag;
  }

  /** The attribute value as written in ISO/IEC 27002:2022, such as {@code "#Integrity"}. */
  public String tag() {
    return tag;
  }
}
