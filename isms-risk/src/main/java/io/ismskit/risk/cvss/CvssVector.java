package io.ismskit.risk.cvss;

/**
 * A parsed CVSS vector: {@link Cvss3Vector} for v3.0 and v3.1, {@link Cvss4Vector} for v4.0.
 *
 * @implSpec Implementations are immutable and thread-safe; equality is by version and metric
 *     values, where an absent optional metric equals one given as {@code X}.
 */
public sealed interface CvssVector permits Cvss3Vector, Cvss4Vector {
  /** The CVSS version. */
  CvssVersion version();

  /**
   * The canonical vector string: the version prefix, then every defined metric in the
   * specification's order; metrics that are Not Defined ({@code X}) are left out.
   */
  String toVectorString();

  /** The score that represents this vector (see {@link Cvss#score(CvssVector)}). */
  default double score() {
    return Cvss.score(this);
  }
}
