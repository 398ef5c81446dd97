package io.ismskit.risk.cvss;

/**
 * The scores and intermediate values of a CVSS v3.x vector, named as in section 7 of the v3.1
 * specification.
 *
 * @param base the Base Score
 * @param temporal the Temporal Score (equal to the base score when no temporal metric is defined)
 * @param environmental the Environmental Score
 * @param iss the Impact Sub-Score (ISS)
 * @param impact the Impact
 * @param exploitability the Exploitability
 * @param miss the Modified Impact Sub-Score (MISS)
 * @param modifiedImpact the Modified Impact
 * @param modifiedExploitability the Modified Exploitability
 * @param overall the score that represents the vector: the environmental score when any
 *     environmental metric is defined, else the temporal score when any temporal metric is
 *     defined, else the base score
 */
public record Cvss3Scores(
    double base,
    double temporal,
    double environmental,
    double iss,
    double impact,
    double exploitability,
    double miss,
    double modifiedImpact,
    double modifiedExploitability,
    double overall) {

  /** The severity rating of {@link #overall()}. */
  public CvssSeverity severity() {
    return CvssSeverity.of(overall);
  }
}
