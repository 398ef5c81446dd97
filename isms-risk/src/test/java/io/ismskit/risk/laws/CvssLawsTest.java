package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.cvss.Cvss;
import io.ismskit.risk.cvss.CvssMethod;
import io.ismskit.risk.cvss.CvssVector;
import io.ismskit.risk.cvss.CvssVersion;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringLaws;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;


/** The built-in CVSS method passes the same laws a third-party method must pass. */
class CvssLawsTest implements ScoringMethodLaws<CvssVector> {
  @Override
  public ScoringMethod<CvssVector> method() {
    return new CvssMethod();
  }

  @Override
  public Gen<CvssVector> inputs() {
    return MethodInputGens.cvss();
  }

  @Override
  public int examples() {
    return 400;
  }

  @Test
  void eachVersion_passesTheLaws() {
    long runSeed = seed();
    for (CvssVersion v : CvssVersion.values()) {
      assertThat(ScoringLaws.verify(method(), MethodInputGens.cvss(v), runSeed++, 300))
          .as("CVSS %s", v.label()).isEmpty();
    }
  }

  @Test
  void vectorStrings_allParse_andEveryVectorScoresInRange() {
    List<String> all = MethodInputGens.cvssVectorStrings().samples(seed(), 0, 1_000);
    assertThat(all).allSatisfy(s -> {
      assertThat(Cvss.parse(s).isRight()).as("%s parses: %s", s, Cvss.parse(s)).isTrue();
      assertThat(Cvss.score(s)).as("score of %s", s).isBetween(0.0, 10.0);
    });
  }

  @Test
  void vectorStrings_coverEveryVersion_andEveryOptionalGroup() {
    List<String> all = MethodInputGens.cvssVectorStrings().samples(seed(), 0, 1_000);
    for (CvssVersion v : CvssVersion.values()) {
      assertThat(all).as("CVSS %s", v.label()).anyMatch(s -> s.startsWith(v.prefix() + "/"));
    }
    // A v3.x base vector has 8 metrics, a v4.0 base vector 11 (CVSS v3.1 and v4.0 specifications).
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:3") && s.split("/").length == 1 + 8);
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:4") && s.split("/").length == 1 + 11);
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:3") && has(s, "E", "RL", "RC"));
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:3") && has(s, "CR", "MAV", "MS", "MA"));
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:4") && has(s, "E"));
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:4") && has(s, "CR", "MAV", "MSI", "MSA"));
    assertThat(all).anyMatch(s -> s.startsWith("CVSS:4") && has(s, "S", "AU", "R", "V", "RE", "U"));
    assertThat(all).anyMatch(s -> s.contains(":X"));
    assertThat(all).anyMatch(s -> s.contains("/MSI:S") || s.contains("/MSA:S"));
  }

  @Test
  void vectors_roundTripThroughTheirCanonicalString() {
    assertThat(inputs().samples(seed(), 0, 500))
        .allSatisfy(v -> assertThat(Cvss.parse(v.toVectorString()).get()).isEqualTo(v));
  }

  private static boolean has(String vector, String... metrics) {
    for (String m : metrics) {
      if (!Pattern.compile("/" + m + ":").matcher(vector).find()) {
        return false;
      }
    }
    return true;
  }
}
