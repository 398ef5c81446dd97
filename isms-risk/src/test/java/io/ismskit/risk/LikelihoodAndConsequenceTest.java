package io.ismskit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every built-in method states the two components the level of risk is determined from (ISO/IEC
 * 27001:2022 6.1.2 d, ISO/IEC 27005), each on its own scale, as its class documentation says.
 */
class LikelihoodAndConsequenceTest {
  private static final ScoringRegistry BUILT_INS = ScoringRegistry.builtIns();
  private static final List<String> NIST = List.of("Very Low", "Low", "Moderate", "High", "Very High");

  private static Score score(String method, Map<String, String> inputs) {
    ScoringMethod<?> m = BUILT_INS.require(MethodId.of(method)).get();
    return m.scoreEncoded(inputs).get();
  }

  @Test
  void matrix_statesTheLikelihoodAndImpactLevelsWithTheirScales() {
    Score s = score("matrix", Map.of("likelihood", "4", "impact", "Catastrophic"));
    List<String> likelihoods = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
    assertThat(s.likelihood()).contains(ScaleValue.level(4, likelihoods));
    assertThat(s.likelihood().orElseThrow().label()).isEqualTo("Likely");
    assertThat(s.consequence().orElseThrow().label()).isEqualTo("Catastrophic");
    assertThat(s.consequence().orElseThrow().max()).isEqualTo(5);
  }

  @Test
  void nist_statesTheOverallLikelihoodAndTheLevelOfImpact() {
    // Table G-5: initiation High × adverse impact Moderate = Moderate; Table I-2: Moderate × High = Moderate
    Score s = score("nist-800-30", Map.of(
        "initiationLikelihood", "High", "adverseImpactLikelihood", "Moderate", "impact", "High"));
    assertThat(s.likelihood()).contains(new ScaleValue(5, "Moderate", 0, 10, NIST));
    assertThat(s.consequence()).contains(new ScaleValue(8, "High", 0, 10, NIST));
    assertThat(s.level()).isEqualTo("Moderate");
  }

  @Test
  void owasp_statesTheLikelihoodAndTheImpactUsed_withTheirBands() {
    Map<String, String> in = new LinkedHashMap<>();
    for (String k : List.of("skillLevel", "motive", "opportunity", "size", "easeOfDiscovery", "easeOfExploit",
        "awareness", "intrusionDetection")) {
      in.put(k, "6");
    }
    for (String k : List.of("lossOfConfidentiality", "lossOfIntegrity", "lossOfAvailability",
        "lossOfAccountability")) {
      in.put(k, "3");
    }
    Score s = score("owasp", in);
    assertThat(s.likelihood().orElseThrow().value()).isEqualTo(6);
    assertThat(s.likelihood().orElseThrow().label()).isEqualTo("HIGH");
    assertThat(s.consequence().orElseThrow().value()).isEqualTo(3);
    assertThat(s.consequence().orElseThrow().label()).isEqualTo("MEDIUM (technical)");
    assertThat(s.level()).isEqualTo("High"); // impact MEDIUM × likelihood HIGH
  }

  @Test
  void dread_splitsTheRatingsIntoLikelihoodAndConsequence() {
    Score s = score("dread", Map.of("damage", "8", "reproducibility", "6", "exploitability", "3",
        "affectedUsers", "4", "discoverability", "9"));
    assertThat(s.likelihood()).contains(new ScaleValue(6, "Medium", 0, 10, List.of("Low", "Medium", "High")));
    assertThat(s.consequence()).contains(new ScaleValue(6, "Medium", 0, 10, List.of("Low", "Medium", "High")));
    assertThat(s.value()).isEqualTo(6);
  }

  @Test
  void cvss_isASeverity_combinedWithTheLikelihoodOfItsThreatContext() {
    String base = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    Score worstCase = score("cvss", Map.of("vector", base));
    assertThat(worstCase.value()).isEqualTo(9.8);
    assertThat(worstCase.consequence()).contains(new ScaleValue(9.8, "Critical", 0, 10,
        List.of("None", "Low", "Medium", "High", "Critical")));
    assertThat(worstCase.likelihood().orElseThrow().value()).isEqualTo(4);
    assertThat(worstCase.likelihood().orElseThrow().label()).isEqualTo("High (E Not Defined: worst case assumed)");

    Score unproven = score("cvss", Map.of("vector", base + "/E:U"));
    assertThat(unproven.likelihood()).contains(ScaleValue.level(1,
        List.of("Unproven", "Proof-of-Concept", "Functional", "High")));
    assertThat(unproven.consequence().orElseThrow().value()).as("the severity stays").isEqualTo(9.8);
    assertThat(unproven.value()).as("the temporal score: roundup(9.8 × 0.91)").isEqualTo(9.0);
  }

  @Test
  void cvss4_takesItsLikelihoodFromTheThreatMetric() {
    String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    Score worstCase = score("cvss", Map.of("vector", base));
    Score unreported = score("cvss", Map.of("vector", base + "/E:U"));
    assertThat(worstCase.likelihood().orElseThrow().value()).isEqualTo(3);
    assertThat(unreported.likelihood()).contains(ScaleValue.level(1,
        List.of("Unreported", "Proof-of-Concept", "Attacked")));
    double severity = Cvss.score(Cvss.parse(base).get());
    assertThat(unreported.consequence().orElseThrow().value()).isEqualTo(severity).isEqualTo(worstCase.value());
    assertThat(unreported.value()).isLessThan(severity);
  }

  @Test
  void fair_statesLossEventFrequencyAndLossMagnitude() {
    Score s = score("fair", Map.of("lef.kind", "poisson", "lef.lambda", "2",
        "plm.kind", "constant", "plm.value", "40000", "trials", "1000", "seed", "7"));
    assertThat(s.likelihood().orElseThrow().value()).isEqualTo(2);
    assertThat(s.likelihood().orElseThrow().label()).contains("loss events per year");
    assertThat(s.likelihood().orElseThrow().max()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(s.consequence().orElseThrow().value()).isEqualTo(40_000);
    assertThat(s.consequence().orElseThrow().label()).contains("per loss event");
  }

  @Test
  void everyBuiltInDescriptor_butFairs_documentsBoth() {
    for (String id : List.of("matrix", "nist-800-30", "owasp", "dread", "cvss")) {
      assertThat(BUILT_INS.require(MethodId.of(id)).get().descriptor().statesComponents()).as(id).isTrue();
    }
  }
}
