package io.ismskit.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoreFactor;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CvssMethodTest {
  @SuppressWarnings("unchecked")
  private static final Class<ScoringMethod<?>> SPI =
      (Class<ScoringMethod<?>>) (Class<?>) ScoringMethod.class;

  private final CvssMethod method = new CvssMethod();

  @Test
  void identity() {
    assertThat(method.id().value()).isEqualTo("cvss");
    assertThat(method.version()).isEqualTo("3.0+3.1+4.0");
    assertThat(method.descriptor().inputType()).isEqualTo(CvssVector.class);
    assertThat(method.descriptor().bounds().min()).isEqualTo(0.0);
    assertThat(method.descriptor().bounds().max()).isEqualTo(10.0);
  }

  @Test
  void registeredAsService() {
    assertThat(
            ServiceLoader.load(SPI).stream().map(p -> p.type().getName()).toList())
        .contains(CvssMethod.class.getName());
  }

  @Test
  void scoreEncoded_v31_explainsIntermediateValues() {
    // FIRST v3.1 examples, CVE-2014-0160 (Heartbleed): base 7.5, High.
    Score s =
        method
            .scoreEncoded(Map.of("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"))
            .get();
    assertThat(s.value()).isEqualTo(7.5);
    assertThat(s.normalized()).isEqualTo(0.75);
    assertThat(s.level()).isEqualTo("High");
    assertThat(s.method()).isEqualTo(CvssMethod.ID);
    assertThat(s.factors())
        .extracting(ScoreFactor::name)
        .startsWith("AV", "AC", "PR", "UI", "S", "C", "I", "A")
        .contains("ISS", "Impact", "Exploitability", "BaseScore", "MISS", "EnvironmentalScore");
    assertThat(s.factors().get(0).label()).isEqualTo("Network");
    // ISS = 1 - (1 - 0.56); Impact = 6.42 × ISS; Exploitability = 8.22 × 0.85 × 0.77 × 0.85 × 0.85
    assertThat(factor(s, "ISS").label()).isEqualTo("0.56");
    assertThat(factor(s, "ISS").value()).isCloseTo(0.56, within(1e-12));
    assertThat(factor(s, "Impact").label()).isEqualTo("3.5952");
    assertThat(factor(s, "Exploitability").value()).isCloseTo(3.887042775, within(1e-9));
    assertThat(factor(s, "Exploitability").label()).isEqualTo("3.887");
    assertThat(factor(s, "BaseScore").label()).isEqualTo("7.5");
  }

  private static ScoreFactor factor(Score s, String name) {
    return s.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void fourDecimals_roundsHalfUpAndDropsTrailingZeros() {
    assertThat(CvssMethod.fourDecimals(0)).isEqualTo("0");
    assertThat(CvssMethod.fourDecimals(-0.0)).isEqualTo("0");
    assertThat(CvssMethod.fourDecimals(10)).isEqualTo("10");
    assertThat(CvssMethod.fourDecimals(9.8)).isEqualTo("9.8");
    assertThat(CvssMethod.fourDecimals(0.05)).isEqualTo("0.05");
    assertThat(CvssMethod.fourDecimals(0.0012)).isEqualTo("0.0012");
    assertThat(CvssMethod.fourDecimals(0.0001)).isEqualTo("0.0001");
    assertThat(CvssMethod.fourDecimals(0.00004)).isEqualTo("0");
    assertThat(CvssMethod.fourDecimals(0.914816)).isEqualTo("0.9148");
    assertThat(CvssMethod.fourDecimals(5.87311872)).isEqualTo("5.8731");
    assertThat(CvssMethod.fourDecimals(0.99995)).isEqualTo("1");
    assertThat(CvssMethod.fourDecimals(-0.12345)).isEqualTo("-0.1235");
    assertThat(CvssMethod.fourDecimals(-3.25)).isEqualTo("-3.25");
  }

  @Test
  void fourDecimals_agreesWithBigDecimalOnEveryCvssScore() {
    for (int tenths = 0; tenths <= 100; tenths++) {
      double v = tenths / 10.0;
      assertThat(CvssMethod.fourDecimals(v))
          .isEqualTo(java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
    }
  }

  @Test
  void score_v40_explainsMacroVector() {
    // FIRST v4.0 examples: CVE-2021-44228 (Log4Shell) scores 9.3, Critical.
    Score s =
        method
            .scoreEncoded(
                Map.of(
                    "vector",
                    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A"))
            .get();
    assertThat(s.value()).isEqualTo(9.3);
    assertThat(s.level()).isEqualTo("Critical");
    assertThat(s.factors())
        .extracting(ScoreFactor::name)
        .contains("E", "EQ1", "EQ6", "MacroVector", "MacroVectorScore");
    assertThat(s.factors().get(s.factors().size() - 1).label()).isEqualTo("CVSS-BT");
  }

  @Test
  void encode_writesCanonicalVector() {
    CvssVector v =
        Cvss.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H/E:X/CR:H").get();
    assertThat(method.encode(v))
        .containsExactly(Map.entry("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:H"));
  }

  @Test
  void v3Score_isEnvironmentalThenTemporalThenBase() {
    // cvssrust README, from FIRST's 3.1 calculator: base 6.1, temporal 5.6.
    String base = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N";
    assertThat(Cvss.score(base)).isEqualTo(6.1);
    assertThat(Cvss.score(base + "/E:P/RL:W/RC:C")).isEqualTo(5.6);
    // vectors_simple31: environmental 9.7 differs from base 9.6 once any environmental metric is set.
    assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H")).isEqualTo(9.6);
    assertThat(Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H/CR:M")).isEqualTo(9.7);
  }

  @Test
  void vectorAccessors() {
    Cvss4Vector v =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/U:Amber")
            .get();
    assertThat(v.value(Cvss4Metric.U)).isEqualTo("Amber");
    assertThat(v.value(Cvss4Metric.E)).isEqualTo("X");
    assertThat(v.with(Cvss4Metric.AV, "P").value(Cvss4Metric.AV)).isEqualTo("P");
    assertThat(v.with(Cvss4Metric.AV, "P")).isNotEqualTo(v);
    assertThat(Cvss.severity(v)).isEqualTo(CvssSeverity.CRITICAL);
  }
}
