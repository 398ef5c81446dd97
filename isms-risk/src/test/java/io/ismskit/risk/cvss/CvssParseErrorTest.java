package io.ismskit.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.risk.spi.ScoringCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every way a vector string is refused, with its code, field, value and message. */
class CvssParseErrorTest {
  private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
  private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

  private static Problem error(String vector) {
    var result = Cvss.parse(vector);
    assertThat(result.isLeft()).as("refused: %s", vector).isTrue();
    assertThat(Cvss.score(vector)).as("fast path").isNaN();
    return result.getLeft();
  }

  @Test
  void emptyVector() {
    Problem e = error("  ");
    assertThat(e.code()).isEqualTo(CvssCode.EMPTY_VECTOR);
    assertThat(e.message()).isEqualTo("vector: must not be empty, was '  '");
  }

  @Test
  void missingPrefix() {
    Problem e = error("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo(CvssCode.BAD_PREFIX);
    assertThat(e.field()).isEqualTo("prefix");
    assertThat(e.message())
        .isEqualTo("prefix: must start with 'CVSS:3.0/', 'CVSS:3.1/' or 'CVSS:4.0/', was 'AV:N'");
  }

  @Test
  void unsupportedVersion() {
    Problem e = error("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P");
    assertThat(e.code()).isEqualTo(CvssCode.UNSUPPORTED_VERSION);
    assertThat(e.message())
        .isEqualTo("prefix: unsupported CVSS version, expected 3.0, 3.1 or 4.0, was 'CVSS:2.0'");
    assertThat(error("CVSS:3.10/AV:N").code()).isEqualTo(CvssCode.UNSUPPORTED_VERSION);
    assertThat(error("CVSS:3").code()).isEqualTo(CvssCode.UNSUPPORTED_VERSION);
  }

  @Test
  void trailingSlash() {
    Problem e = error(V31 + "/");
    assertThat(e.code()).isEqualTo(CvssCode.TRAILING_SLASH);
    assertThat(e.message()).isEqualTo("vector: must not end with '/', was '" + V31 + "/'");
    assertThat(error("CVSS:4.0/").code()).isEqualTo(CvssCode.TRAILING_SLASH);
  }

  @Test
  void emptyComponent() {
    Problem e = error("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo(CvssCode.EMPTY_COMPONENT);
    assertThat(e.field()).isEqualTo("component 2");
    assertThat(e.message()).isEqualTo("component 2: empty metric component at index 14, was ''");
  }

  @Test
  void malformedComponent() {
    Problem e = error("CVSS:3.1/AV-N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo(CvssCode.MALFORMED_COMPONENT);
    assertThat(e.message()).isEqualTo("component 1: expected METRIC:VALUE at index 9, was 'AV-N'");
    assertThat(error("CVSS:3.1/AV:N:L/AC:L").code()).isEqualTo(CvssCode.MALFORMED_COMPONENT);
    assertThat(error("CVSS:3.1/:N/AC:L").code()).isEqualTo(CvssCode.MALFORMED_COMPONENT);
    assertThat(error("CVSS:3.1/AV:/AC:L").code()).isEqualTo(CvssCode.MALFORMED_COMPONENT);
  }

  @Test
  void unknownMetric() {
    Problem e = error(V31 + "/XX:N");
    assertThat(e.code()).isEqualTo(CvssCode.UNKNOWN_METRIC);
    assertThat(e.field()).isEqualTo("XX");
    assertThat(e.value()).isEqualTo("XX:N");
    assertThat(e.message())
        .isEqualTo("XX: unknown CVSS 3.1 metric (component 9 at index 45), was 'XX:N'");
    // AT exists in v4.0 only; lower-case names are not metrics.
    assertThat(error(V31 + "/AT:N").code()).isEqualTo(CvssCode.UNKNOWN_METRIC);
    assertThat(error("CVSS:3.1/av:N/AC:L").code()).isEqualTo(CvssCode.UNKNOWN_METRIC);
    assertThat(error(V40 + "/MS:U").field()).isEqualTo("MS");
  }

  @Test
  void invalidValue() {
    Problem e = error("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(e.code()).isEqualTo(CvssCode.INVALID_VALUE);
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
    Problem e = error(V31 + "/AV:L");
    assertThat(e.code()).isEqualTo(CvssCode.DUPLICATE_METRIC);
    assertThat(e.message())
        .isEqualTo("AV: metric given more than once (component 9 at index 45), was 'AV:L'");
    assertThat(error(V40 + "/E:A/E:A").code()).isEqualTo(CvssCode.DUPLICATE_METRIC);
  }

  @Test
  void outOfOrder_v40Only() {
    Problem e =
        error("CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N");
    assertThat(e.code()).isEqualTo(CvssCode.METRIC_OUT_OF_ORDER);
    assertThat(e.message())
        .isEqualTo(
            "AV: out of order: CVSS 4.0 requires AV before AC (component 2 at index 14), was 'AV:N'");
    assertThat(error(V40 + "/MAV:L/CR:H").code()).isEqualTo(CvssCode.METRIC_OUT_OF_ORDER);
    // CVSS v3.x accepts any order (as FIRST's v3.1 calculator does).
    assertThat(Cvss.parse("CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H").isRight()).isTrue();
  }

  @Test
  void missingBaseMetric() {
    Problem e = error("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H");
    assertThat(e.code()).isEqualTo(CvssCode.MISSING_METRIC);
    assertThat(e.field()).isEqualTo("A");
    assertThat(e.message())
        .isEqualTo("A: mandatory CVSS 3.1 base metric (Availability) is missing, was ''");
    assertThat(error("CVSS:4.0").field()).isEqualTo("AV");
    assertThat(error("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N").field())
        .isEqualTo("SA");
  }

  @Test
  void codes_areStableDistinctAndFollowTheGrammar() {
    assertThat(CvssCode.values())
        .extracting(CvssCode::key)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.startsWith("cvss."))
        .allMatch(ProblemCode::wellFormed);
  }

  @Test
  void decode_missingVectorEntry() {
    var e = new CvssMethod().decode(Map.of()).getLeft();
    assertThat(e.code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(e.field()).isEqualTo("vector");
    assertThat(e.message()).isEqualTo("vector: is required but missing");
  }

  @Test
  void decode_misspeltKeyAlone_isRefusedNamingTheAllowedKey() {
    var e = new CvssMethod().decode(Map.of("vektor", V31)).getLeft();
    assertThat(e.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(e.field()).isEqualTo("vektor");
    assertThat(e.message()).startsWith("vektor: is not an input key of method 'cvss' (allowed keys: vector)");
  }

  /** Issue 11.6: {@code {vector, vectr}} used to score, the misspelt key silently ignored. */
  @Test
  void decode_unknownKeyBesideTheVector_isRefused() {
    CvssMethod method = new CvssMethod();
    Map<String, String> inputs = Map.of("vector", V31, "vectr", "CVSS:3.1/AV:P");
    Problem e = method.decode(inputs).getLeft();
    assertThat(e.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(e.field()).isEqualTo("vectr");
    assertThat(e.value()).isEqualTo("CVSS:3.1/AV:P");
    assertThat(e.message()).contains("'cvss'", "allowed keys: vector");
    assertThat(method.scoreEncoded(inputs).isLeft()).isTrue();
  }

  /** Issue 11.5: a 1 MB vector with newlines and ANSI escapes gives a short, one-line message. */
  @Test
  void hugeHostileVector_givesAShortSafeMessage() {
    String junk = "A\n\u001B[31m".repeat(150_000);
    for (String vector : new String[] {
        "CVSS:3.1/" + junk, junk, "CVSS:3.1/AV:N" + junk, V31 + "/" + junk + ":X", V31 + "/" + junk + "/",
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:" + junk}) {
      assertThat(vector.length()).isGreaterThan(1_000_000);
      Problem e = Cvss.parse(vector).getLeft();
      assertThat(e.message()).as(e.code().key()).hasSizeLessThan(400).doesNotContain("\n", "\u001B", "\r");
      assertThat(e.field()).hasSizeLessThan(200).doesNotContain("\n", "\u001B");
      assertThat(e.value()).hasSizeLessThan(200);
      Problem viaMethod = new CvssMethod().decode(Map.of("vector", vector)).getLeft();
      assertThat(viaMethod).isEqualTo(e);
    }
    Problem key = new CvssMethod().decode(Map.of("vector", V31, junk, junk)).getLeft();
    assertThat(key.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(key.message()).hasSizeLessThan(500).doesNotContain("\n", "\u001B");
  }

  @Test
  void wrongVersionForTypedParse() {
    assertThat(Cvss3Vector.parse(V40).getLeft().code()).isEqualTo(CvssCode.UNSUPPORTED_VERSION);
    assertThat(Cvss4Vector.parse(V31).getLeft().code()).isEqualTo(CvssCode.UNSUPPORTED_VERSION);
  }

  @Test
  @SuppressWarnings("NullAway") // deliberately passes null
  void nullVector_isAProgrammingError() {
    assertThatNullPointerException().isThrownBy(() -> Cvss.parse(null)).withMessage("vector");
  }
}
