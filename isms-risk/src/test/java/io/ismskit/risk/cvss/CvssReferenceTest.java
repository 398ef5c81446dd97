package io.ismskit.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scores against values published by FIRST and by maintainers of its reference calculators. */
class CvssReferenceTest {

  static List<String[]> rows(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                CvssReferenceTest.class.getResourceAsStream("/cvss/" + resource), resource);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|");
        for (int i = 0; i < parts.length; i++) {
          parts[i] = parts[i].strip();
        }
        rows.add(parts);
      }
    }
    return rows;
  }

  static Stream<Arguments> v4Examples() throws IOException {
    return Stream.of("first-v4-examples.txt", "v4-rounding-cases.txt", "redhat-vectors-simple4.txt")
        .flatMap(
            f -> {
              try {
                return rows(f).stream().map(r -> Arguments.of(f, r[0], Double.parseDouble(r[1])));
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @ParameterizedTest(name = "{1} = {2}")
  @MethodSource("v4Examples")
  void v4_publishedScores(String source, String vector, double expected) {
    CvssVector v = Cvss.parse(vector).get();
    assertThat(v).isInstanceOf(Cvss4Vector.class);
    assertThat(v.score()).as(source).isEqualTo(expected);
    assertThat(Cvss.score(vector)).as("fast path").isEqualTo(expected);
  }

  @Test
  void v4_publishedExamples_areMany() throws IOException {
    assertThat(rows("first-v4-examples.txt")).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rows("redhat-vectors-simple4.txt")).hasSize(40);
  }

  static Stream<Arguments> v3Examples() throws IOException {
    return rows("first-v3-examples.txt").stream()
        .map(r -> Arguments.of(r[2], r[0], Double.parseDouble(r[1])));
  }

  @ParameterizedTest(name = "{0} {1} = {2}")
  @MethodSource("v3Examples")
  void v3_firstExamples_baseScores(String cve, String vector, double expected) {
    Cvss3Vector v = Cvss3Vector.parse(vector).get();
    assertThat(v.scores().base()).as(cve).isEqualTo(expected);
    assertThat(Cvss.score(vector)).as("fast path").isEqualTo(expected);
  }

  @Test
  void v3_firstExamples_areMany() throws IOException {
    assertThat(rows("first-v3-examples.txt")).hasSizeGreaterThanOrEqualTo(30);
  }

  static Stream<Arguments> v3Full() throws IOException {
    return rows("v3-full-scores.txt").stream().map(r -> Arguments.of(r[4], r[0], r[1], r[2], r[3]));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("v3Full")
  void v3_temporalAndEnvironmentalScores(
      String source, String vector, String base, String temporal, String environmental) {
    Cvss3Scores s = Cvss3Vector.parse(vector).get().scores();
    if (!"-".equals(base)) {
      assertThat(s.base()).as("base").isEqualTo(Double.parseDouble(base));
    }
    assertThat(s.temporal()).as("temporal").isEqualTo(Double.parseDouble(temporal));
    if (!"-".equals(environmental)) {
      assertThat(s.environmental()).as("environmental").isEqualTo(Double.parseDouble(environmental));
    }
  }

  @Test
  void v3_scopeChangedEnvironmental_differsBetween30And31() {
    // vectors_simple31 (RedHatProductSecurity/cvss): v3.1's MISS x 0.9731 formula gives 9.7
    // where the base formula gives 9.6; under v3.0 the environmental formula equals the base one.
    Cvss3Vector v31 = Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H").get();
    assertThat(v31.scores().environmental()).isEqualTo(9.7);
    assertThat(v31.withVersion(CvssVersion.V3_0).scores().environmental()).isEqualTo(9.6);
  }

  @Test
  void roundup31_specificationExamples() {
    // CVSS v3.1 specification, definition of Roundup: Roundup(4.02) = 4.1 and Roundup(4.00) = 4.0.
    assertThat(Cvss3Scoring.roundup31(4.02)).isEqualTo(4.1);
    assertThat(Cvss3Scoring.roundup31(4.00)).isEqualTo(4.0);
    assertThat(Cvss3Scoring.roundup30(4.02)).isEqualTo(4.1);
    assertThat(Cvss3Scoring.roundup30(4.00)).isEqualTo(4.0);
  }

  @Test
  void roundup31_ignoresFloatingPointNoise_whereV30DoesNot() {
    // CVSS v3.1 Appendix A: Roundup works on integers so that binary floating-point noise (here
    // 0.1 + 0.2 = 0.30000000000000004) does not push a result up to the next decimal.
    double x = 0.1 + 0.2;
    assertThat(Cvss3Scoring.roundup31(x)).isEqualTo(0.3);
    assertThat(Cvss3Scoring.roundup30(x)).isEqualTo(0.4);
  }

  @Test
  void severity_bands() {
    // CVSS v3.1 section 5 / v4.0 section 6: None 0.0, Low 0.1-3.9, Medium 4.0-6.9, High 7.0-8.9, Critical 9.0-10.0.
    assertThat(CvssSeverity.of(0.0)).isEqualTo(CvssSeverity.NONE);
    assertThat(CvssSeverity.of(0.1)).isEqualTo(CvssSeverity.LOW);
    assertThat(CvssSeverity.of(3.9)).isEqualTo(CvssSeverity.LOW);
    assertThat(CvssSeverity.of(4.0)).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(CvssSeverity.of(6.9)).isEqualTo(CvssSeverity.MEDIUM);
    assertThat(CvssSeverity.of(7.0)).isEqualTo(CvssSeverity.HIGH);
    assertThat(CvssSeverity.of(8.9)).isEqualTo(CvssSeverity.HIGH);
    assertThat(CvssSeverity.of(9.0)).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(CvssSeverity.of(10.0)).isEqualTo(CvssSeverity.CRITICAL);
    assertThat(CvssSeverity.HIGH.label()).isEqualTo("High");
  }

  @Test
  void v4_nomenclature() {
    // CVSS v4.0 specification, section 1.3 (nomenclature).
    String base = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    assertThat(Cvss4Vector.parse(base).get().nomenclature()).isEqualTo("CVSS-B");
    assertThat(Cvss4Vector.parse(base + "/E:P").get().nomenclature()).isEqualTo("CVSS-BT");
    assertThat(Cvss4Vector.parse(base + "/CR:H").get().nomenclature()).isEqualTo("CVSS-BE");
    assertThat(Cvss4Vector.parse(base + "/E:U/MAV:L").get().nomenclature()).isEqualTo("CVSS-BTE");
    assertThat(Cvss4Vector.parse(base + "/S:P/U:Red").get().nomenclature()).isEqualTo("CVSS-B");
  }

  @Test
  void v4_macroVectorOfHeartbleedExample() {
    // CVSS v4.0 examples (CVE-2014-0160, 8.7): EQ1=0 (AV:N/PR:N/UI:N), EQ2=0, EQ3=1, EQ4=2, EQ5=0, EQ6=0.
    Cvss4Scores s =
        Cvss4Vector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:N/VA:N/SC:N/SI:N/SA:N/E:A")
            .get()
            .scores();
    assertThat(s.macroVector()).isEqualTo("001200");
    assertThat(s.score()).isEqualTo(8.7);
    assertThat(s.severity()).isEqualTo(CvssSeverity.HIGH);
  }
}
