package io.ismskit.risk.cvss;

/** The metric groups of CVSS v3.x (base, temporal, environmental) and v4.0 (base, threat, environmental, supplemental). */
public enum CvssMetricGroup {
  /** Intrinsic characteristics; mandatory in every vector. */
  BASE,
  /** v3.x temporal metrics (E, RL, RC). */
  TEMPORAL,
  /** v4.0 threat metrics (E). */
  THREAT,
  /** Security requirements and modified base metrics. */
  ENVIRONMENTAL,
  /** v4.0 supplemental metrics; they never change the score. */
  SUPPLEMENTAL
}
