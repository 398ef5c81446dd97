package io.ismskit.risk.engine;

import static io.ismskit.risk.engine.Fixtures.AS_OF;
import static io.ismskit.risk.engine.Fixtures.analysis;
import static io.ismskit.risk.engine.Fixtures.risk;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.fair.FairMethod;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 through the engine: a FAIR risk above the work budget, or assessed on an interrupted
 * thread, is reported as that risk's error at once instead of running for minutes.
 */
class EngineFairRefusalsTest {
  private static final RiskEngine ENGINE = RiskEngine.of(new FairMethod());

  private static final Map<String, String> MILLION_EVENTS = Map.of(
      "lef.kind", "poisson", "lef.lambda", "1000000",
      "plm.kind", "lognormal90", "plm.low", "1000", "plm.high", "100000");

  private static final Map<String, String> ORDINARY = Map.of(
      "lef.kind", "poisson", "lef.lambda", "0.5",
      "plm.kind", "lognormal90", "plm.low", "1000", "plm.high", "100000");

  @Test
  void aRiskAboveTheWorkBudget_isItsError() {
    AssessedRegister out = ENGINE.assess(
        Fixtures.isms(risk("R-HUGE", analysis("fair", FairMethod.VERSION, MILLION_EVENTS)),
            risk("R-OK", analysis("fair", FairMethod.VERSION, ORDINARY))),
        AS_OF);
    assertThat(out.errors()).hasSize(1);
    assertThat(out.errors().get(0).toString()).contains("R-HUGE", "Limits.maxLossEvents");
  }

  @Test
  void anInterruptedEngine_stopsEveryFairRiskPromptly() {
    Thread.currentThread().interrupt();
    try {
      AssessedRegister out = ENGINE.assess(
          Fixtures.isms(risk("R-1", analysis("fair", FairMethod.VERSION, ORDINARY)),
              risk("R-2", analysis("fair", FairMethod.VERSION, ORDINARY))),
          AS_OF);
      assertThat(out.errors()).hasSize(2)
          .allSatisfy(e -> assertThat(e.toString()).contains("the simulation was stopped"));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
