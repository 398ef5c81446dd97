package io.ismskit.risk.methods;

import java.util.Objects;
import java.util.Optional;

/**
 * The five-level assessment scale of NIST SP 800-30 Rev. 1 (Appendices G, H and I), with its
 * semi-quantitative equivalents: a range on a 0–100 scale and a representative value on a 0–10
 * scale.
 *
 * <table>
 *   <caption>Qualitative and semi-quantitative values (NIST SP 800-30 Rev. 1, e.g. Tables G-2,
 *   G-4, H-3, I-3)</caption>
 *   <tr><th>Level</th><th>0–100</th><th>0–10</th></tr>
 *   <tr><td>Very High</td><td>96–100</td><td>10</td></tr>
 *   <tr><td>High</td><td>80–95</td><td>8</td></tr>
 *   <tr><td>Moderate</td><td>21–79</td><td>5</td></tr>
 *   <tr><td>Low</td><td>5–20</td><td>2</td></tr>
 *   <tr><td>Very Low</td><td>0–4</td><td>0</td></tr>
 * </table>
 *
 * <p>Source: NIST Special Publication 800-30 Revision 1, <i>Guide for Conducting Risk
 * Assessments</i>, September 2012, https://doi.org/10.6028/NIST.SP.800-30r1.
 */
@SuppressWarnings("EnumOrdinal") // the tables and scale are indexed by level order, Very Low first, by design
public enum Nist80030Level {
  /** Very Low: 0–4, representative value 0. */
  VERY_LOW("Very Low", 0, 4, 0),
  /** Low: 5–20, representative value 2. */
  LOW("Low", 5, 20, 2),
  /** Moderate: 21–79, representative value 5. */
  MODERATE("Moderate", 21, 79, 5),
  /** High: 80–95, representative value 8. */
  HIGH("High", 80, 95, 8),
  /** Very High: 96–100, representative value 10. */
  VERY_HIGH("Very High", 96, 100, 10);

  private static final Nist80030Level[] VALUES = values();

  private final String label;
  private final int min100;
  private final int max100;
  private final int value10;

  Nist80030Level(String label, int min100, int max100, int value10) {
    this.label = label;
    this.min100 = min100;
    this.max100 = max100;
    this.value10 = value10;
  }

  /** The publication's label, such as {@code "Very High"}. */
  public String label() {
    return label;
  }

  /** The lowest value of this level's range on the 0–100 scale. */
  public int min100() {
    return min100;
  }

  /** The highest value of this level's range on the 0–100 scale. */
  public int max100() {
    return max100;
  }

  /** This level's representative value on the 0–10 scale (0, 2, 5, 8 or 10). */
  public int semiQuantitative10() {
    return value10;
  }

  /** The next higher level, or empty for {@link #VERY_HIGH}. */
  public Optional<Nist80030Level> higher() {
    return ordinal() < VALUES.length - 1 ? Optional.of(VALUES[ordinal() + 1]) : Optional.empty();
  }

  /** The level {@code steps} lower, never below {@link #VERY_LOW}; {@code steps} must be {@code >= 0}. */
  public Nist80030Level lowerBy(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("Nist80030Level.lowerBy: steps must be >= 0, was " + steps);
    }
    return VALUES[Math.max(0, ordinal() - steps)];
  }

  /** The level whose 0–100 range contains {@code value}, or empty outside {@code 0..100}. */
  public static Optional<Nist80030Level> fromSemiQuantitative100(int value) {
    for (Nist80030Level l : VALUES) {
      if (value >= l.min100 && value <= l.max100) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The level whose 0–10 value is {@code value} (0, 2, 5, 8 or 10), or empty for any other. */
  public static Optional<Nist80030Level> fromSemiQuantitative10(int value) {
    for (Nist80030Level l : VALUES) {
      if (l.value10 == value) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /**
   * The level with label {@code label}, ignoring case, with {@code _} or {@code -} matching a space
   * ({@code "Very High"}, {@code "very_high"}, {@code "VERY-HIGH"}); empty for anything else.
   */
  public static Optional<Nist80030Level> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String norm = Codec.normalizeLabel(label);
    for (Nist80030Level l : VALUES) {
      if (Codec.normalizeLabel(l.label).equals(norm)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return label;
  }
}
