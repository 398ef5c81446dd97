package io.ismskit.risk.cvss;

/**
 * The qualitative severity rating scale shared by CVSS v3.x and v4.0: None 0.0, Low 0.1-3.9,
 * Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0.
 */
public enum CvssSeverity {
  /** A score of 0.0. */
  NONE("None"),
  /** A score from 0.1 to 3.9. */
  LOW("Low"),
  /** A score from 4.0 to 6.9. */
  MEDIUM("Medium"),
  /** A score from 7.0 to 8.9. */
  HIGH("High"),
  /** A score from 9.0 to 10.0. */
  CRITICAL("Critical");

  private final String label;

  CvssSeverity(String label) {
    this.label = label;
  }

  /** The rating's name as the specification writes it, such as {@code "High"}. */
  public String label() {
    return label;
  }

  /**
   * The rating of a score given to one decimal place.
   *
   * @param score a CVSS score in {@code [0, 10]}
   * @return the rating; scores are compared in tenths, so {@code 3.9} is Low and {@code 4.0} Medium
   */
  public static CvssSeverity of(double score) {
    long tenths = Math.round(score * 10);
    if (tenths <= 0) {
      return NONE;
    } else if (tenths < 40) {
      return LOW;
    } else if (tenths < 70) {
      return MEDIUM;
    } else if (tenths < 90) {
      return HIGH;
    }
    return CRITICAL;
  }
}
