package io.ismskit.pdca;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionTableTest {
  private static String golden(String name) throws IOException {
    try (InputStream in = TransitionTableTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void dotMatchesTheGoldenFile() throws IOException {
    assertThat(PdcaMachine.transitions().toDot()).isEqualTo(golden("pdca.dot"));
  }

  @Test
  void mermaidMatchesTheGoldenFile() throws IOException {
    assertThat(PdcaMachine.transitions().toMermaid()).isEqualTo(golden("pdca.mmd"));
  }

  @Test
  void theTableHasOneGatedTransitionOutOfEveryPhaseAndChangesOnlyInDoAndCheck() {
    TransitionTable t = PdcaMachine.transitions();
    for (Phase p : Phase.values()) {
      assertThat(t.from(p)).filteredOn(TransitionTable.Row::gated).singleElement().satisfies(r -> {
        assertThat(r.command()).isEqualTo(CommandKind.leaving(p));
        assertThat(r.to()).isEqualTo(p.next());
      });
    }
    assertThat(t.rows()).filteredOn(r -> r.command() == CommandKind.RECORD_CHANGE)
        .extracting(r -> r.from().orElseThrow()).containsOnly(Phase.DO, Phase.CHECK);
    assertThat(t.rows()).filteredOn(r -> r.from().isEmpty()).singleElement()
        .satisfies(r -> assertThat(r.command()).isEqualTo(CommandKind.START_CYCLE));
    assertThat(t.from(Phase.ACT)).singleElement().satisfies(r -> assertThat(r.from()).isEqualTo(Optional.of(Phase.ACT)));
  }
}
