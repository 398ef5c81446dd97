package io.ismskit.core.catalog;

/**
 * The three information security properties: an ISO/IEC 27002:2022 control attribute, and what a
 * risk threatens.
 */
public enum SecurityProperty {
  /** Information is not disclosed to unauthorized people or processes. */
  CONFIDENTIALITY,
  /** Information is accurate and complete. */
  INTEGRITY,
  /** Information is accessible and usable on demand by authorized people. */
  AVAILABILITY
}
