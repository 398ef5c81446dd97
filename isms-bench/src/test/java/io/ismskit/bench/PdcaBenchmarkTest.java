package io.ismskit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.PdcaMachine;
import org.junit.jupiter.api.Test;

/** The benchmark's log is one the machine accepts, so the benchmark measures a full replay. */
class PdcaBenchmarkTest {
  @Test
  void theLogReplaysToTheEnd() {
    CycleState s = PdcaMachine.replay(PdcaBenchmark.log(10_001)).get();
    assertThat(s.events()).isEqualTo(10_001);
    assertThat(s.cycle()).isGreaterThan(1_000);
  }
}
