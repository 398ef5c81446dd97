package io.ismskit.core.risk;

/** Where a threat comes from (risk sources in ISO/IEC 27005 terms). */
public enum ThreatSource {
  /** A person acting deliberately: criminal, insider, activist, state actor. */
  ADVERSARIAL,
  /** A person making a mistake. */
  ACCIDENTAL,
  /** A failure of equipment, software or a supplier. */
  STRUCTURAL,
  /** Nature and environment: fire, flood, storm, heat. */
  ENVIRONMENTAL
}
