package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.methods.OwaspMethod.Band;
import io.ismskit.risk.methods.OwaspMethod.ImpactBasis;
import io.ismskit.risk.methods.OwaspMethod.Severity;
import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.ScoringCode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwaspMethodTest {
  /**
   * The worked example of the OWASP Risk Rating Methodology, Step 4 "Repeatable Method"
   * (https://owasp.org/www-community/OWASP_Risk_Rating_Methodology): likelihood factors 5, 2, 7,
   * 1 (threat agent) and 3, 6, 9, 2 (vulnerability) give overall likelihood 4.375 (MEDIUM);
   * technical impact 9, 7, 5, 8 gives 7.25 (HIGH); business impact 1, 2, 1, 5 gives 2.25 (LOW).
   */
  private static final OwaspInput EXAMPLE =
      OwaspInput.of(5, 2, 7, 1, 3, 6, 9, 2, 9, 7, 5, 8, 1, 2, 1, 5);

  @Test
  void workedExample_averagesAndBands() {
    assertThat(OwaspMethod.likelihood(EXAMPLE)).isEqualTo(4.375);
    assertThat(Band.of(4.375)).isEqualTo(Band.MEDIUM);
    assertThat(OwaspMethod.technicalImpact(EXAMPLE)).isEqualTo(7.25);
    assertThat(Band.of(7.25)).isEqualTo(Band.HIGH);
    assertThat(OwaspMethod.businessImpact(EXAMPLE)).hasValue(2.25);
    assertThat(Band.of(2.25)).isEqualTo(Band.LOW);
  }

  @Test
  void workedExample_severity() {
    // The methodology: "from a purely technical perspective it appears that the overall severity
    // is high. However, ... the business impact is actually low, so the overall severity is best
    // described as low as well."
    Score business = new OwaspMethod().score(EXAMPLE).get();
    assertThat(business.level()).isEqualTo("Low");
    Score technical = OwaspMethod.of(ImpactBasis.TECHNICAL).score(EXAMPLE).get();
    assertThat(technical.level()).isEqualTo("High");
    Score noBusiness = new OwaspMethod().score(OwaspInput.of(5, 2, 7, 1, 3, 6, 9, 2, 9, 7, 5, 8)).get();
    assertThat(noBusiness.level()).isEqualTo("High");
  }

  /**
   * OWASP Risk Rating Methodology, Step 4, table "Overall Risk Severity", all nine cells
   * (likelihood band, impact band, severity).
   */
  @ParameterizedTest
  @CsvSource({
    "LOW, LOW, NOTE", "MEDIUM, LOW, LOW", "HIGH, LOW, MEDIUM",
    "LOW, MEDIUM, LOW", "MEDIUM, MEDIUM, MEDIUM", "HIGH, MEDIUM, HIGH",
    "LOW, HIGH, MEDIUM", "MEDIUM, HIGH, HIGH", "HIGH, HIGH, CRITICAL"
  })
  void severityTable(Band likelihood, Band impact, Severity expected) {
    assertThat(OwaspMethod.severity(likelihood, impact)).isEqualTo(expected);
  }

  /** OWASP Risk Rating Methodology, Step 4: 0 to &lt;3 LOW, 3 to &lt;6 MEDIUM, 6 to 9 HIGH. */
  @ParameterizedTest
  @CsvSource({"0, LOW", "2.875, LOW", "3, MEDIUM", "5.875, MEDIUM", "6, HIGH", "9, HIGH"})
  void bands(double rating, Band expected) {
    assertThat(Band.of(rating)).isEqualTo(expected);
  }

  @Test
  void businessBasis_requiresBusinessImpact() {
    Problem e =
        OwaspMethod.of(ImpactBasis.BUSINESS)
            .score(OwaspInput.of(5, 2, 7, 1, 3, 6, 9, 2, 9, 7, 5, 8))
            .getLeft();
    assertThat(e.code()).isEqualTo(MethodCode.OWASP_BUSINESS_MISSING);
  }

  @Test
  void score_outOfRange_namesFactor() {
    Problem e = new OwaspMethod().score(EXAMPLE.with(OwaspFactor.AWARENESS, 10)).getLeft();
    assertThat(e.code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(e.message()).isEqualTo("awareness: must be in 0..9, was '10'");
  }

  @Test
  void decode_roundTripAndErrors() {
    OwaspMethod m = new OwaspMethod();
    Map<String, String> flat = m.encode(EXAMPLE);
    assertThat(flat).hasSize(16).containsEntry("skillLevel", "5").containsEntry("privacyViolation", "5");
    assertThat(m.decode(flat).get()).isEqualTo(EXAMPLE);

    Map<String, String> partial = new HashMap<>(flat);
    partial.remove("nonCompliance");
    Problem p = m.decode(partial).getLeft();
    assertThat(p.code()).isEqualTo(MethodCode.OWASP_BUSINESS_PARTIAL);
    assertThat(p.field()).isEqualTo("nonCompliance");

    Map<String, String> missing = new HashMap<>(flat);
    missing.remove("motive");
    assertThat(m.decode(missing).getLeft().code()).isEqualTo(ScoringCode.KEY_MISSING);

    Map<String, String> bad = new HashMap<>(flat);
    bad.put("size", "4.5");
    Problem b = m.decode(bad).getLeft();
    assertThat(b.code()).isEqualTo(ScoringCode.VALUE_NOT_INTEGER);
    assertThat(b.message()).isEqualTo("size: must be a whole number in 0..9, was '4.5'");

    bad.put("size", "NaN");
    assertThat(m.decode(bad).getLeft().code()).isEqualTo(ScoringCode.VALUE_NAN);

    Map<String, String> unknown = new HashMap<>(flat);
    unknown.put("skill", "3");
    assertThat(m.decode(unknown).getLeft().code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
  }

  @Test
  void mitigate_lowersVulnerabilityAndImpactFactors() {
    OwaspMethod m = new OwaspMethod();
    // round(1.0 * 9) = 9 steps: vulnerability and impact factors drop to 0; threat agent unchanged.
    OwaspInput residual = m.mitigate(EXAMPLE, Mitigation.of(1, 1)).get();
    assertThat(residual.ratings()).containsExactly(5, 2, 7, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    assertThat(m.mitigate(EXAMPLE, Mitigation.NONE).get()).isEqualTo(EXAMPLE);
  }

  @Test
  void mitigate_overrides() {
    OwaspMethod m = new OwaspMethod();
    OwaspInput lowered = m.mitigate(EXAMPLE, Map.of(OwaspFactor.EASE_OF_EXPLOIT, 1)).get();
    assertThat(lowered.vulnerability().easeOfExploit()).isEqualTo(1);
    Problem raise = m.mitigate(EXAMPLE, Map.of(OwaspFactor.EASE_OF_EXPLOIT, 7)).getLeft();
    assertThat(raise.code()).isEqualTo(MethodCode.OWASP_OVERRIDE_RAISES);
    Problem noBusiness =
        m.mitigate(
                OwaspInput.of(5, 2, 7, 1, 3, 6, 9, 2, 9, 7, 5, 8),
                Map.of(OwaspFactor.FINANCIAL_DAMAGE, 0))
            .getLeft();
    assertThat(noBusiness.code()).isEqualTo(MethodCode.OWASP_OVERRIDE_BUSINESS);
  }
}
