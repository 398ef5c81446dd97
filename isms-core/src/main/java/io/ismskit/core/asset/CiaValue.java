package io.ismskit.core.asset;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.SecurityProperty;

/**
 * How much an asset's confidentiality, integrity and availability matter, each on a scale of 1
 * (negligible) to 5 (critical).
 *
 * @param confidentiality 1..5
 * @param integrity 1..5
 * @param availability 1..5
 */
public record CiaValue(int confidentiality, int integrity, int availability) {
  /** The lowest value of the scale. */
  public static final int MIN = 1;

  /** The highest value of the scale. */
  public static final int MAX = 5;

  /** Refuses a value outside 1..5, naming the property. */
  public CiaValue {
    check("confidentiality", confidentiality);
    check("integrity", integrity);
    check("availability", availability);
  }

  private static void check(String field, int v) {
    Checks.range("CiaValue", field, v, MIN, MAX);
  }

  /** Returns the value {@code (c, i, a)}. */
  public static CiaValue of(int c, int i, int a) {
    return new CiaValue(c, i, a);
  }

  /** This value with another confidentiality value. */
  public CiaValue withConfidentiality(int confidentiality) {
    return new CiaValue(confidentiality, integrity, availability);
  }

  /** This value with another integrity value. */
  public CiaValue withIntegrity(int integrity) {
    return new CiaValue(confidentiality, integrity, availability);
  }

  /** This value with another availability value. */
  public CiaValue withAvailability(int availability) {
    return new CiaValue(confidentiality, integrity, availability);
  }

  /** The value of one property. */
  public int of(SecurityProperty property) {
    return switch (property) {
      case CONFIDENTIALITY -> confidentiality;
      case INTEGRITY -> integrity;
      case AVAILABILITY -> availability;
    };
  }

  /** The highest of the three values. */
  public int max() {
    return Math.max(confidentiality, Math.max(integrity, availability));
  }

  /** The property-wise maximum of this value and {@code other} (the high-water mark). */
  public CiaValue highWater(CiaValue other) {
    return new CiaValue(
        Math.max(confidentiality, other.confidentiality),
        Math.max(integrity, other.integrity),
        Math.max(availability, other.availability));
  }
}
