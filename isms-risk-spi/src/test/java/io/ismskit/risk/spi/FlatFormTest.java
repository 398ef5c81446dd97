package io.ismskit.risk.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.MethodDescriptor.InputKey;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatFormTest {
  private static final MethodDescriptor<String> D =
      MethodDescriptor.builder(MethodId.of("acme"), "1", String.class)
          .bounds(Bounds.of(0, 1))
          .inputKey(InputKey.required("vector", "the vector", "a vector string"))
          .inputKey(InputKey.optional("note", "a remark", "any text"))
          .build();

  @Test
  void knownKeys_passesAnInputOfKnownKeys() {
    Map<String, String> in = Map.of("vector", "v");
    assertThat(FlatForm.knownKeys(D, in).get()).isSameAs(in);
    assertThat(FlatForm.knownKeys(D, Map.of()).isRight()).isTrue();
  }

  @Test
  void knownKeys_refusesTheFirstUnknownKey_inSortedOrder_listingTheAllowedOnes() {
    Map<String, String> in = new LinkedHashMap<>();
    in.put("vector", "v");
    in.put("zeta", "1");
    in.put("vectr", "CVSS:3.1");
    Problem p = FlatForm.knownKeys(D, in).getLeft();
    assertThat(p.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(p.field()).isEqualTo("vectr");
    assertThat(p.value()).isEqualTo("CVSS:3.1");
    assertThat(p.message())
        .isEqualTo("vectr: is not an input key of method 'acme' (allowed keys: vector, note), was 'CVSS:3.1'");
  }

  @Test
  void knownKeys_shortensAndEscapesAHostileKeyAndValue() {
    String key = "\u001B[31m" + "k".repeat(2_000_000) + "\n";
    Problem p = FlatForm.knownKeys(D, Map.of(key, "x\ny".repeat(600_000))).getLeft();
    assertThat(p.field()).startsWith("\\u001B[31mkkk").endsWith("… (2,000,006 chars)");
    assertThat(p.value()).endsWith("… (1,800,000 chars)").doesNotContain("\n");
    assertThat(p.message()).hasSizeLessThan(300).doesNotContain("\n", "\u001B");
  }

  @Test
  void required_namesTheMissingKey() {
    Problem p = FlatForm.required(Map.of(), "vector").getLeft();
    assertThat(p.code()).isEqualTo(ScoringCode.KEY_MISSING);
    assertThat(p.field()).isEqualTo("vector");
    assertThat(p.value()).isEmpty();
    assertThat(p.message()).isEqualTo("vector: is required but missing");
    assertThat(FlatForm.required(Map.of("vector", ""), "vector").get()).isEmpty();
  }

  @Test
  void wholeNumber_namesNaNFractionsAndRange() {
    assertThat(FlatForm.wholeNumber("level", " 3 ", 1, 5).get()).isEqualTo(3);
    assertThat(FlatForm.wholeNumber("level", "NaN", 1, 5).getLeft().code()).isEqualTo(ScoringCode.VALUE_NAN);
    Problem fraction = FlatForm.wholeNumber("level", "2.5", 1, 5).getLeft();
    assertThat(fraction.code()).isEqualTo(ScoringCode.VALUE_NOT_INTEGER);
    assertThat(fraction.message()).isEqualTo("level: must be a whole number in 1..5, was '2.5'");
    Problem range = FlatForm.wholeNumber("level", "6", 1, 5).getLeft();
    assertThat(range.code()).isEqualTo(ScoringCode.VALUE_OUT_OF_RANGE);
    assertThat(range.message()).isEqualTo("level: must be in 1..5, was '6'");
    assertThat(FlatForm.wholeNumber("level", "99999999999", 1, 5).getLeft().code())
        .isEqualTo(ScoringCode.VALUE_NOT_INTEGER);
  }
}
