package io.ismskit.risk.cvss;

import io.ismskit.core.base.Problem;
import io.vavr.control.Either;
import java.util.Arrays;

/**
 * A CVSS v4.0 vector: one value per {@link Cvss4Metric}, optional metrics defaulting to {@code X}
 * (Not Defined). Supplemental metrics are kept but never change the score.
 *
 * @implSpec This class is immutable and thread-safe.
 */
@SuppressWarnings("EnumOrdinal") // values are indexed by metric ordinal, by design
public final class Cvss4Vector implements CvssVector {
  private final byte[] values;

  Cvss4Vector(byte[] values) {
    this.values = values;
  }

  /**
   * Parses a v4.0 vector string; see {@link Cvss#parse(String)}.
   *
   * @param vector the vector string, not null
   * @return the vector, or the first error found
   */
  public static Either<Problem, Cvss4Vector> parse(String vector) {
    return Cvss.parseAs(vector, Cvss4Vector.class, "expected a CVSS v4.0 vector");
  }

  @Override
  public CvssVersion version() {
    return CvssVersion.V4_0;
  }

  /** The value index of {@code metric} within {@link Cvss4Metric#codes()}. */
  public int valueIndex(Cvss4Metric metric) {
    return values[metric.ordinal()];
  }

  /** The value code of {@code metric}, such as {@code "N"}; {@code "X"} when not defined. */
  public String value(Cvss4Metric metric) {
    return metric.codes().get(values[metric.ordinal()]);
  }

  /**
   * This vector with {@code metric} set to the value with index {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is not a value index of the metric
   */
  public Cvss4Vector withValueIndex(Cvss4Metric metric, int index) {
    return new Cvss4Vector(Cvss.withValueIndex("Cvss4Vector", metric, metric.ordinal(), values, index));
  }


  /**
   * This vector with {@code metric} set to the value {@code code}.
   *
   * @throws IllegalArgumentException if the metric does not allow {@code code}
   */
  public Cvss4Vector with(Cvss4Metric metric, String code) {
    return withValueIndex(metric, Cvss.valueIndexOf("Cvss4Vector", metric, code));
  }


  /**
   * The nomenclature of the score: {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or {@code
   * CVSS-BTE}, by whether threat and environmental metrics are defined.
   */
  public String nomenclature() {
    boolean threat = values[Cvss4Metric.E.ordinal()] != 0;
    boolean env =
        Cvss3Scoring.anyDefined(values, Cvss4Metric.CR.ordinal(), Cvss4Metric.MSA.ordinal());
    return "CVSS-B" + (threat ? "T" : "") + (env ? "E" : "");
  }

  /** The score and the MacroVector that produced it. */
  public Cvss4Scores scores() {
    int[] detail = new int[7];
    int tenths = Cvss4Scoring.scoreTenths(values, detail);
    return new Cvss4Scores(
        tenths / 10.0,
        "" + detail[0] + detail[1] + detail[2] + detail[3] + detail[4] + detail[5],
        detail[6] / 10.0,
        nomenclature());
  }

  byte[] rawValues() {
    return values;
  }

  @Override
  public String toVectorString() {
    StringBuilder sb = new StringBuilder(128).append(CvssVersion.V4_0.prefix());
    for (Cvss4Metric m : Cvss4Metric.values()) {
      int v = values[m.ordinal()];
      if (m.mandatory() || v != 0) {
        sb.append('/').append(m.name()).append(':').append(m.codes().get(v));
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cvss4Vector other && Arrays.equals(other.values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return toVectorString();
  }
}
