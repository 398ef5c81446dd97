package io.ismskit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.risk.spi.MethodDescriptor;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11.6: one contract for every built-in method's flat form, through the public API. Each
 * scores a valid input; each refuses a key it does not know (a misspelt one beside the right one,
 * as {@code {vector, vectr}} was accepted by cvss), naming the key and the allowed ones; each
 * names a missing required key; each echoes a hostile value short and escaped; and each documents
 * every key it reads.
 */
class BuiltInFlatFormsTest {
  private static final String HOSTILE = "\u001B]0;pwned\u0007" + "\r\n".repeat(600_000);

  static List<Map.Entry<String, Map<String, String>>> builtIns() {
    Map<String, String> owasp = new HashMap<>();
    for (String k : List.of("skillLevel", "motive", "opportunity", "size", "easeOfDiscovery", "easeOfExploit",
        "awareness", "intrusionDetection", "lossOfConfidentiality", "lossOfIntegrity", "lossOfAvailability",
        "lossOfAccountability")) {
      owasp.put(k, "5");
    }
    return List.of(
        Map.entry("matrix", Map.of("likelihood", "3", "impact", "Major")),
        Map.entry("nist-800-30", Map.of("initiationLikelihood", "High", "adverseImpactLikelihood", "80/100",
            "impact", "8/10")),
        Map.entry("owasp", owasp),
        Map.entry("dread", Map.of("damage", "5", "reproducibility", "5", "exploitability", "5",
            "affectedUsers", "5", "discoverability", "5")),
        Map.entry("cvss", Map.of("vector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")),
        Map.entry("fair", Map.of("lef.kind", "poisson", "lef.lambda", "0.5", "plm.kind", "constant",
            "plm.value", "1000", "trials", "1000")));
  }

  private static ScoringMethod<?> method(String id) {
    return ScoringRegistry.builtIns().require(MethodId.of(id)).get();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void validInput_scores(Map.Entry<String, Map<String, String>> c) {
    assertThat(method(c.getKey()).scoreEncoded(c.getValue()).isRight()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void misspeltKeyBesideTheRightOne_isRefused_namingItAndTheAllowedKeys(Map.Entry<String, Map<String, String>> c) {
    ScoringMethod<?> m = method(c.getKey());
    String right = c.getValue().keySet().stream().sorted().findFirst().orElseThrow();
    String misspelt = right.substring(0, right.length() - 1) + "_";
    Map<String, String> in = new HashMap<>(c.getValue());
    in.put(misspelt, c.getValue().get(right));
    Problem p = m.scoreEncoded(in).getLeft();
    assertThat(p.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(p.field()).isEqualTo(misspelt);
    String allowed = m.descriptor().inputKeys().stream().map(MethodDescriptor.InputKey::name)
        .collect(Collectors.joining(", "));
    assertThat(p.message()).isEqualTo(misspelt + ": is not an input key of method '" + c.getKey()
        + "' (allowed keys: " + allowed + "), was '" + c.getValue().get(right) + "'");
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void missingRequiredKey_isNamed(Map.Entry<String, Map<String, String>> c) {
    ScoringMethod<?> m = method(c.getKey());
    for (MethodDescriptor.InputKey key : m.descriptor().inputKeys()) {
      if (key.required()) {
        Map<String, String> in = new HashMap<>(c.getValue());
        in.remove(key.name());
        Problem p = m.scoreEncoded(in).getLeft();
        assertThat(p.code()).as(key.name()).isEqualTo(ScoringCode.KEY_MISSING);
        assertThat(p.field()).isEqualTo(key.name());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void hostileValuesAndKeys_areEchoedShortAndEscaped(Map.Entry<String, Map<String, String>> c) {
    ScoringMethod<?> m = method(c.getKey());
    for (String key : c.getValue().keySet()) {
      Map<String, String> in = new HashMap<>(c.getValue());
      in.put(key, HOSTILE);
      Problem p = m.scoreEncoded(in).getLeft();
      assertThat(p.message()).as("%s=hostile: %s", key, p.code()).hasSizeLessThan(600)
          .doesNotContain("\n", "\r", "\u001B", "\u0007");
      assertThat(p.value()).hasSizeLessThan(200);
    }
    Map<String, String> in = new HashMap<>(c.getValue());
    in.put(HOSTILE, "1");
    Problem p = m.scoreEncoded(in).getLeft();
    assertThat(p.code()).isEqualTo(ScoringCode.KEY_UNKNOWN);
    assertThat(p.field()).hasSizeLessThan(200).doesNotContain("\n", "\u001B");
    assertThat(p.message()).doesNotContain("\n", "\r", "\u001B", "\u0007");
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void everyKeyRead_isDocumented(Map.Entry<String, Map<String, String>> c) {
    MethodDescriptor<?> d = method(c.getKey()).descriptor();
    assertThat(c.getValue().keySet()).allMatch(k -> d.inputKey(k).isPresent());
    assertThat(d.inputKeys()).allMatch(k -> !k.meaning().isBlank() && !k.allowed().isBlank());
    assertThat(d.factors()).isNotEmpty();
  }
}
