package io.ismskit.risk.cvss;

/**
 * The score of a CVSS v4.0 vector and how it was reached.
 *
 * @param score the score, to one decimal place
 * @param macroVector the six EQ levels, such as {@code "002201"}
 * @param macroVectorScore the MacroVector's score from the specification's lookup table
 * @param nomenclature {@code CVSS-B}, {@code CVSS-BT}, {@code CVSS-BE} or {@code CVSS-BTE}
 */
public record Cvss4Scores(
    double score, String macroVector, double macroVectorScore, String nomenclature) {

  /** The severity rating of {@link #score()}. */
  public CvssSeverity severity() {
    return CvssSeverity.of(score);
  }
}
