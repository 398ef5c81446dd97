package io.ismskit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.ProblemCode;
import io.ismskit.risk.cvss.CvssCode;
import io.ismskit.risk.fair.FairCode;
import io.ismskit.risk.methods.MethodCode;
import io.ismskit.risk.spi.ScoringCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every problem code of scoring — the SPI's and registry's, the built-in methods', CVSS's and
 * FAIR's — follows the one key grammar, and no two codes share a key.
 */
class ProblemCodesTest {
  private static final Map<Class<? extends ProblemCode>, List<String>> AREAS = Map.of(
      ScoringCode.class, List.of("scoring", "registry"),
      MethodCode.class, List.of("matrix", "nist-800-30", "owasp", "dread"),
      CvssCode.class, List.of("cvss"),
      FairCode.class, List.of("fair"));

  @Test
  void everyKey_followsTheGrammar_isUnique_andNamesItsArea() {
    List<String> all = new ArrayList<>();
    AREAS.forEach((type, areas) -> {
      for (ProblemCode code : type.getEnumConstants()) {
        assertThat(code.key()).as("%s.%s", type.getSimpleName(), code).matches(ProblemCode.GRAMMAR);
        assertThat(areas).as("area of %s", code.key()).contains(code.key().substring(0, code.key().indexOf('.')));
        all.add(code.key());
      }
    });
    assertThat(all).doesNotHaveDuplicates().hasSizeGreaterThan(50);
  }
}
