package io.ismskit.pdca;

import static io.ismskit.pdca.Fixtures.AS_OF;
import static io.ismskit.pdca.Fixtures.CEO;
import static io.ismskit.pdca.Fixtures.CISO;
import static io.ismskit.pdca.Fixtures.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.ismskit.core.Isms;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of the machine over random command sequences on a few ISMSs (conformant, with open
 * nonconformities, without management reviews, nearly empty, invalid), under both profiles.
 */
class PdcaMachinePropertiesTest {
  private static final List<Isms> ISMSS = List.of(READY, ConformantIsms.small(1),
      READY.toBuilder().managementReviews(List.of()).build(),
      Isms.builder().organization(READY.organization()).people(READY.people()).build(),
      READY.withNonconformity(READY.nonconformities().get(0).withOwner(PersonId.of("P-NOBODY"))));
  private static final List<PdcaMachine> MACHINES = List.of(PdcaMachine.strict(), PdcaMachine.of(Profile.lean()));
  private static final long SEED = 20261203L;

  /** A command from a code; some are ill-formed on purpose. */
  private static PdcaCommand command(int code, CycleState s) {
    CommandKind leaving = s.started() ? CommandKind.leaving(s.phase()) : CommandKind.APPROVE_PLAN;
    return switch (code) {
      case 0 -> new StartCycle(CISO);
      case 1 -> new ApprovePlan(CISO);
      case 2 -> new CompleteOperation(CISO);
      case 3 -> new CompleteEvaluation(CISO);
      case 4 -> new CloseCycle(CISO);
      case 5 -> new RecordChange(ConformantIsms.SIGNIFICANT_CHANGE, CISO);
      case 6 -> new RecordChange(ChangeId.of("CH-UNKNOWN"), CISO);
      case 7 -> new OverrideGate(PdcaCommand.transition(leaving, CISO), "Accepted by the board", CEO);
      case 8 -> new OverrideGate(PdcaCommand.transition(leaving, CISO), "Accepted by the CISO", CISO);
      default -> new ApprovePlan(PersonId.of("P-NOBODY"));
    };
  }

  /** The well-formed command of {@code kind} that {@link PdcaMachine#permitted} speaks for. */
  private static PdcaCommand wellFormed(CommandKind kind, Isms isms, CycleState s) {
    return switch (kind) {
      case RECORD_CHANGE -> new RecordChange(isms.changes().isEmpty() ? ChangeId.of("CH-NONE")
          : isms.changes().get(0).id(), CISO);
      case OVERRIDE -> new OverrideGate(PdcaCommand.transition(CommandKind.leaving(s.phase()), CISO),
          "permission check", CEO);
      default -> PdcaCommand.transition(kind, CISO);
    };
  }

  private record Run(CycleState state, List<PdcaEvent> log, int accepted) {}

  /** Runs codes (pairs of command code and days to advance, -3..59) on one ISMS and checks per step. */
  private static Run run(PdcaMachine m, Isms isms, List<Integer> steps, boolean checkPermitted) {
    CycleState s = CycleState.initial();
    List<PdcaEvent> log = new ArrayList<>();
    LocalDate day = AS_OF.minusDays(400);
    int accepted = 0;
    for (int step : steps) {
      day = day.plusDays(step / 10 - 3);
      PdcaCommand c = command(step % 10, s);
      Either<Refusal, Transition> r = m.apply(s, c, isms, day);
      if (checkPermitted) {
        Permissions p = m.permitted(s, isms, day);
        for (CommandKind k : CommandKind.values()) {
          if (k == CommandKind.OVERRIDE && !s.started()) {
            continue;
          }
          assertThat(p.allows(k)).as("permitted %s in %s on %s", k, s, day)
              .isEqualTo(m.apply(s, wellFormed(k, isms, s), isms, day).isRight());
        }
      }
      if (r.isLeft()) {
        // nothing changed: the state we hold is still the fold of the log
        assertThat(PdcaMachine.replay(log).get()).isEqualTo(s);
        continue;
      }
      Transition t = r.get();
      boolean overridden = t.events().stream().anyMatch(e -> e instanceof GateOverridden);
      if (c.kind().leaves().isPresent() && !overridden) {
        // a plain transition happened only with every exit criterion met
        assertThat(m.blockers(s, isms, day)).as("gate of %s on %s", s.phase(), day).isEmpty();
      }
      for (PdcaEvent e : t.events()) {
        if (e instanceof PhaseAdvanced a) {
          assertThat(PdcaMachine.transitions().rows()).anyMatch(row -> row.from().equals(java.util.Optional.of(a.from()))
              && row.to() == a.to() && row.gated());
        }
      }
      log.addAll(t.events());
      s = t.state();
      accepted++;
    }
    return new Run(s, log, accepted);
  }

  @Test
  void replayingTheEventsGivesTheSameStateAndRefusalsChangeNothing() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(integers().between(0, ISMSS.size() * 2 - 1), lists().of(integers().between(0, 629)).ofSizeBetween(1, 25))
        .checkAssert((which, steps) -> {
          Run r = run(MACHINES.get(which % 2), ISMSS.get(which / 2), steps, false);
          assertThat(PdcaMachine.replay(r.log()).get()).isEqualTo(r.state());
          assertThat(PdcaMachine.replay(EventLog.parse(EventLog.format(r.log())).get()).get()).isEqualTo(r.state());
          assertThat(r.state().events()).isEqualTo(r.log().size());
        });
  }

  @Test
  void thePermittedAnswerAgreesWithApply() {
    qt().withFixedSeed(SEED + 1).withExamples(25)
        .forAll(integers().between(0, ISMSS.size() * 2 - 1), lists().of(integers().between(0, 629)).ofSizeBetween(1, 12))
        .checkAssert((which, steps) -> run(MACHINES.get(which % 2), ISMSS.get(which / 2), steps, true));
  }

  @Test
  void sequencesBiasedToProgressReachLaterCycles() {
    // leave each phase, by an override where its gate is closed: the checks of run() also see cycles 2 and 3
    List<Integer> steps = new ArrayList<>();
    steps.add(300);
    for (int i = 0; i < 12; i++) {
      steps.add(301 + i % 4); // leave the phase, 27 days later
      steps.add(37); // or override its gate, the same day
    }
    Run r = run(PdcaMachine.strict(), READY, steps, true);
    assertThat(r.state().cycle()).isEqualTo(4);
    assertThat(PdcaMachine.replay(r.log()).get()).isEqualTo(r.state());
  }
}
