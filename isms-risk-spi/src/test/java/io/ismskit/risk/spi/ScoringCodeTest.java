package io.ismskit.risk.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.ProblemCode;
import org.junit.jupiter.api.Test;

class ScoringCodeTest {
  @Test
  void everyKey_followsTheGrammar_andIsUnique() {
    assertThat(ScoringCode.values())
        .extracting(ScoringCode::key)
        .doesNotHaveDuplicates()
        .allMatch(ProblemCode::wellFormed)
        .allMatch(k -> k.startsWith("scoring.") || k.startsWith("registry."));
  }

  @Test
  void toString_isTheKey() {
    assertThat(ScoringCode.KEY_UNKNOWN).hasToString("scoring.key.unknown");
  }
}
