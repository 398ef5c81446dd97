package io.ismskit.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ismskit.risk.spi.ScoringError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a vector string is refused, with its code, field, value and message. */
class CvssParseErrorTest {
  private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
  private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

  private static ScoringError error(String vector) {
    var result = Cvss.parse(vector);
    assertThat(result.isLeft()).as("refused: %s", vector).isTrue();
    assertThat(Cvss.score(vector)).as("fast path").isNaN();
    return result.getLeft();
  }

  @Test
  void emptyVector() {
    ScoringError e = error("  ");
    assertThat(e.code()).isEqualTo("cvss.vector.empty");
    assertThat(e.message()).isEqualTo("vector: must not be empty, was '  '");
  }

  @Test
  void missingPrefix() {
    ScoringError e = error("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo("cvss.prefix.invalid");
    assertThat(e.field()).isEqualTo("prefix");
    assertThat(e.message())
        .isEqualTo("prefix: must start with 'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/', was 'AV:N'");
  }

  @Test
  void unsupportedVersion() {
    ScoringError e = error("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P");
    assertThat(e.code()).isEqualTo("cvss.version.unsupported");
    assertThat(e.message())
        .isEqualTo("prefix: unsupported CVSS version, expected 3.0, 3.1 or 4.0, was 'CVSS:2.0'");
    assertThat(error("CVSS:3.10/AV:N").code()).isEqualTo("cvss.version.unsupported");
    assertThat(error("CVSS:3").code()).isEqualTo("cvss.version.unsupported");
  }

  @Test
  void trailingSlash() {
    ScoringError e = error(V31 + "/");
    assertThat(e.code()).isEqualTo("cvss.vector.trailingSlash");
    assertThat(e.message()).isEqualTo("vector: must not end with '/', was '" + V31 + "/'");
    assertThat(error("CVSS:4.0/").code()).isEqualTo("cvss.vector.trailingSlash");
  }

  @Test
  void emptyComponent() {
    ScoringError e = error("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo("cvss.component.empty");
    assertThat(e.field()).isEqualTo("component 2");
    assertThat(e.message()).isEqualTo("component 2: empty metric component at index 14, was ''");
  }

  @Test
  void malformedComponent() {
    ScoringError e = error("CVSS:3.1/AV-N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo("cvss.component.malformed");
    assertThat(e.message()).isEqualTo("component 1: expected METRIC:VALUE at index 9, was 'AV-N'");
    assertThat(error("CVSS:3.1/AV:N:L/AC:L").code()).isEqualTo("cvss.component.malformed");
    assertThat(error("CVSS:3.1/:N/AC:L").code()).isEqualTo("cvss.component.malformed");
    assertThat(error("CVSS:3.1/AV:/AC:L").code()).isEqualTo("cvss.component.malformed");
  }

  @Test
  void unknownMetric() {
    ScoringError e = error(V31 + "/XX:N");
    assertThat(e.code()).isEqualTo("cvss.metric.unknown");
    assertThat(e.field()).isEqualTo("XX");
    assertThat(e.value()).isEqualTo("XX:N");
    assertThat(e.message())
        .isEqualTo("XX: unknown CVSS 3.1 metric (component 9 at index 45), was 'XX:N'");
    // AT exists in v4.0 only; lower-case names are not metrics.
    assertThat(error(V31 + "/AT:N").code()).isEqualTo("cvss.metric.unknown");
    assertThat(error("CVSS:3.1/av:N/AC:L").code()).isEqualTo("cvss.metric.unknown");
    assertThat(error(V40 + "/MS:U").field()).isEqualTo("MS");
  }

  @Test
  void invalidValue() {
    ScoringError e = error("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo("cvss.value.invalid");
    assertThat(e.field()).isEqualTo("AV");
    assertThat(e.value()).isEqualTo("Q");
    assertThat(e.message())
        .isEqualTo("AV: invalid value, expected one of P, L, A, N (component 1 at index 9), was 'Q'");
    // X (Not Defined) is no value of a base metric.
    assertThat(error("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").field()).isEqualTo("AV");
    assertThat(error(V40 + "/U:red").value()).isEqualTo("red");
    assertThat(error(V40 + "/E:F").message())
        .isEqualTo("E: invalid value, expected one of X, U, P, A (component 12 at index 64), was 'F'");
  }

  @Test
  void duplicateMetric() {
    ScoringError e = error(V31 + "/AV:L");
    assertThat(e.code()).isEqualTo("cvss.metric.duplicate");
    assertThat(e.message())
        .isEqualTo("AV: metric given more than once (component 9 at index 45), was 'AV:L'");
    assertThat(error(V40 + "/E:A/E:A").code()).isEqualTo("cvss.metric.duplicate");
  }

  @Test
  void outOfOrder_v40Only() {
    ScoringError e =
        error("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
    assertThat(e.code()).isEqualTo("cvss.metric.order");
    assertThat(e.message())
        .isEqualTo(
            "AV: out of order: CVSS 4.0 requires AV before AC (component 2 at index 14), was 'AV:N'");
    assertThat(error(V40 + "/MAV:L/CR:H").code()).isEqualTo("cvss.metric.order");
    // CVSS v3.x accepts any order (as FIRST's v3.1 calculator does).
    assertThat(Cvss.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H").isRight()).isTrue();
  }

  @Test
  void missingBaseMetric() {
    ScoringError e = error("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H");
    assertThat(e.code()).isEqualTo("cvss.metric.missing");
    assertThat(e.field()).isEqualTo("A");
    assertThat(e.message())
        .isEqualTo("A: mandatory CVSS 3.1 base metric (Availability) is missing, was ''");
    assertThat(error("CVSS:4.0").field()).isEqualTo("AV");
    assertThat(error("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N").field())
        .isEqualTo("SA");
  }

  @Test
  void errorKinds_haveStableDistinctCodes() {
    assertThat(CvssErrorKind.values())
        .extracting(CvssErrorKind::code)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.startsWith("cvss."));
  }

  @Test
  void decode_missingVectorEntry() {
    var e = new CvssMethod().decode(Map.of("vektor", V31)).getLeft();
    assertThat(e.code()).isEqualTo("cvss.input.missing");
    assertThat(e.message()).isEqualTo("vector: the CVSS vector string is missing, was ''");
  }

  @Test
  void wrongVersionForTypedParse() {
    assertThat(Cvss3Vector.parse(V40).getLeft().code()).isEqualTo("cvss.version.unsupported");
    assertThat(Cvss4Vector.parse(V31).getLeft().code()).isEqualTo("cvss.version.unsupported");
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passes null
  void nullVector_isAProgrammingError() {
    assertThatNullPointerException().isThrownBy(() -> Cvss.parse(null)).withMessage("vector");
  }
}
