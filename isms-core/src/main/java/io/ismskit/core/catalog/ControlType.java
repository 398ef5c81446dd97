package io.ismskit.core.catalog;

/**
 * The ISO/IEC 27002:2022 control type attribute: when a control acts relative to an information
 * security incident.
 */
public enum ControlType {
  /** Acts before an incident occurs, to prevent it ({@code #Preventive}). */
  PREVENTIVE("#Preventive"),
  /** Acts when an incident occurs, to detect it ({@code #Detective}). */
  DETECTIVE("#Detective"),
  /** Acts after an incident occurs, to correct it ({@code #Corrective}). */
  CORRECTIVE("#Corrective");

  private final String tag;

  ControlType(String tag) {
    this.tag = tag;
  }

  /** The attribute value as written in ISO/IEC 27002:2022, such as {@code "#Preventive"}. */
  public String tag() {
    return tag;
  }
}
