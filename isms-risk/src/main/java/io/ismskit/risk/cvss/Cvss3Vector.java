package io.ismskit.risk.cvss;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Arrays;

/**
 * A CVSS v3.0 or v3.1 vector: one value per {@link Cvss3Metric}, optional metrics defaulting to
 * {@code X} (Not Defined).
 *
 * @implSpec This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // values are indexed by metric ordinal, by design
public final class Cvss3Vector implements CvssVector {
  private final CvssVersion version;
  private final byte[] values;

  Cvss3Vector(CvssVersion version, byte[] values) {
    this.version = version;
    this.values = values;
  }

  /**
   * Parses a v3.0 or v3.1 vector string; see {@link Cvss#parse(String)}.
   *
   * @param vector the vector string, not null
   * @return the vector, or the first error found
   */
  public static Either<Problem, Cvss3Vector> parse(String vector) {
    return Cvss.parseAs(vector, Cvss3Vector.class, "expected a CVSS v3.0 or v3.1 vector");
  }

  @Override
  public CvssVersion version() {
    return version;
  }

  /** The value index of {@code metric} within {@link Cvss3Metric#codes()}. */
  public int valueIndex(Cvss3Metric metric) {
    return values[metric.ordinal()];
  }

  /** The value code of {@code metric}, such as {@code "N"}; {@code "X"} when not defined. */
  public String value(Cvss3Metric metric) {
    return metric.codes().get(values[metric.ordinal()]);
  }

  /**
   * This vector with {@code metric} set to the value with index {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is not a value index of the metric
   */
  public Cvss3Vector withValueIndex(Cvss3Metric metric, int index) {
    return new Cvss3Vector(version, Cvss.withValueIndex("Cvss3Vector", metric, metric.ordinal(), values, index));
  }


  /**
   * This vector with {@code metric} set to the value {@code code}.
   *
   * @throws IllegalArgumentException if the metric does not allow {@code code}
   */
  public Cvss3Vector with(Cvss3Metric metric, String code) {
    return withValueIndex(metric, Cvss.valueIndexOf("Cvss3Vector", metric, code));
  }


  /** This vector under another v3 version ({@link CvssVersion#V3_0} or {@link CvssVersion#V3_1}). */
  public Cvss3Vector withVersion(CvssVersion newVersion) {
    if (newVersion == CvssVersion.V4_0) {
      throw new IllegalArgumentException("Cvss3Vector.version: must be 3.0 or 3.1, was 4.0");
    }
    return new Cvss3Vector(newVersion, values);
  }

  /** The scores and intermediate values of this vector. */
  public Cvss3Scores scores() {
    return Cvss3Scoring.compute(values, version == CvssVersion.V3_1);
  }

  byte[] rawValues() {
    return values;
  }

  @Override
  public String toVectorString() {
    StringBuilder sb = new StringBuilder(96).append(version.prefix());
    for (Cvss3Metric m : Cvss3Metric.values()) {
      int v = values[m.ordinal()];
      if (m.mandatory() || v != 0) {
        sb.append('/').append(m.name()).append(':').append(m.codes().get(v));
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cvss3Vector other
        && other.version == version
        && Arrays.equals(other.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * version.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return toVectorString();
  }
}
