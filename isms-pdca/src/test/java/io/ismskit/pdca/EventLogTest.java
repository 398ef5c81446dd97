package io.ismskit.pdca;

import static io.ismskit.pdca.Fixtures.AS_OF;
import static io.ismskit.pdca.Fixtures.CEO;
import static io.ismskit.pdca.Fixtures.CISO;
import static io.ismskit.pdca.Fixtures.READY;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.base.Problem;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventLogTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = EventLogTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One event of every type, with text that needs escaping. */
  static List<PdcaEvent> everyType() {
    LocalDate d = LocalDate.of(2026, 1, 5);
    return List.of(new CycleStarted(1, d, CISO),
        new PhaseAdvanced(1, Phase.PLAN, Phase.DO, d, CISO),
        new ChangeNoted(1, Phase.DO, ChangeId.of("CH-1"), d, CISO),
        new ReturnedToPlan(1, Phase.DO, ChangeId.of("CH-2"), List.of(EntityRef.of("Risk", "R-1"),
            EntityRef.of("Asset", "A-1")), d, CISO),
        new PhaseAdvanced(1, Phase.PLAN, Phase.DO, d, CISO),
        new PhaseAdvanced(1, Phase.DO, Phase.CHECK, d, CISO),
        new GateOverridden(1, Phase.CHECK, List.of("9.2 check.internal-audit"), "Auditor ill;\tnew date\nset",
            CEO, d, CISO),
        new PhaseAdvanced(1, Phase.CHECK, Phase.ACT, d, CISO),
        new CycleClosed(1, List.of(new CarryOverItem(EntityRef.of("Nonconformity", "NC-2"), "status OPEN"),
            new CarryOverItem(EntityRef.of(CarryOverItem.CRITERION, "9.2 check.internal-audit"), "overridden")),
            d, CISO));
  }

  @Test
  void everyEventTypeRoundTripsThroughTheTextForm() {
    List<PdcaEvent> events = everyType();
    assertThat(EventCodec.types()).hasSize(6);
    String text = EventLog.format(events);
    assertThat(text.lines()).hasSize(events.size());
    assertThat(EventLog.parse(text).get()).isEqualTo(events);
    assertThat(PdcaMachine.replay(EventLog.parse(text).get()).get())
        .isEqualTo(PdcaMachine.replay(events).get());
    assertThat(text.lines().findFirst().orElseThrow())
        .isEqualTo("type=cycle-started\tversion=2\tby=P-CISO\tcycle=1\ton=2026-01-05");
  }

  @Test
  void aLogOfTheMachinesOwnEventsReplaysToItsState() {
    PdcaMachine m = PdcaMachine.strict();
    List<PdcaEvent> log = new ArrayList<>();
    CycleState s = CycleState.initial();
    for (PdcaCommand c : List.of(new StartCycle(CISO), new ApprovePlan(CISO), new CompleteOperation(CISO),
        new CompleteEvaluation(CISO), new CloseCycle(CISO))) {
      Transition t = m.apply(s, c, READY, c instanceof StartCycle ? AS_OF.minusDays(365) : AS_OF).get();
      log.addAll(t.events());
      s = t.state();
    }
    assertThat(PdcaMachine.replay(EventLog.parse(EventLog.format(log)).get()).get()).isEqualTo(s);
  }

  @Test
  void aLogWrittenByAnOlderVersionStillReplays() throws IOException {
    List<PdcaEvent> events = EventLog.parse(resource("events-v1.log")).get();
    assertThat(events.get(1)).isEqualTo(new PhaseAdvanced(1, Phase.PLAN, Phase.DO, LocalDate.of(2025, 9, 1), CISO));
    GateOverridden g = (GateOverridden) events.get(3);
    assertThat(g.criteria()).containsExactly("9.2 v1", "9.3 v1");
    assertThat(g.justification()).isEqualTo("Audit moved to July");
    assertThat(g.approvedBy()).isEqualTo(CEO);
    CycleState s = PdcaMachine.replay(events).get();
    assertThat(s.cycle()).isEqualTo(2);
    assertThat(s.phase()).isEqualTo(Phase.PLAN);
    assertThat(s.startedOn()).contains(LocalDate.of(2026, 6, 30));
    assertThat(s.events()).isEqualTo(6);
    // written again, the log is in the current versions and replays to the same state
    assertThat(PdcaMachine.replay(EventLog.parse(EventLog.format(events)).get()).get()).isEqualTo(s);
  }

  @Test
  void badLinesAreAllReportedWithTheirLineNumbers() {
    String text = """
        type=cycle-started\tversion=2\tcycle=1\ton=2026-01-05\tby=P-CISO
        no equals sign here

        type=phase-advanced\tversion=2\tcycle=1\tfrom=PLAN\tto=SOMEWHERE\ton=2026-01-06\tby=P-CISO
        type=meeting-held\tversion=1\tcycle=1\ton=2026-01-06\tby=P-CISO
        type=cycle-started\tversion=9\tcycle=1\ton=2026-01-06\tby=P-CISO
        type=cycle-started\tversion=2\tcycle=1\ton=2026-13-40\tby=P-CISO
        """;
    List<Problem> first = EventLog.parse(text).getLeft();
    assertThat(first).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(PdcaCode.EVENT_MALFORMED);
      assertThat(p.entityId()).isEqualTo("line 2");
    });
    List<Problem> rest = EventLog.parse(text.replace("no equals sign here\n", "# fixed\n")).getLeft();
    assertThat(rest).extracting(p -> p.code().key()).containsExactly("pdca.event.malformed",
        "pdca.event.unknown-type", "pdca.event.unsupported-version", "pdca.event.malformed");
    assertThat(rest).extracting(Problem::toString).allMatch(s -> s.contains("line "));
    assertThat(rest.get(0).toString()).contains("line 4").contains("SOMEWHERE");
  }

  @Test
  void upcastingStepsThroughEveryVersion() {
    EventRecord v1 = EventRecord.of("cycle-closed", 1, Map.of("cycle", "3", "date", "2026-02-01", "by", "P-CISO"));
    assertThat(EventCodec.upcast(v1).get().version()).isEqualTo(2);
    assertThat(EventCodec.decode(v1).get()).isEqualTo(new CycleClosed(3, List.of(), LocalDate.of(2026, 2, 1), CISO));
    assertThat(EventCodec.currentVersion("cycle-closed")).contains(2);
    assertThat(EventCodec.currentVersion("nope")).isEmpty();
  }
}
