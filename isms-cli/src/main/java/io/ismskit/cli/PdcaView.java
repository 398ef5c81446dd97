package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.EventLog;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.ismskit.pdca.Refusal;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the ISMS stands in its PDCA cycle: the state replayed from an event log file ({@link
 * EventLog}'s text form, kept next to the ISMS file), and what blocks leaving the current phase.
 *
 * @param state the cycle state
 * @param blockers what keeps the strict machine from leaving the phase (or starting a cycle) as of
 *     the date; empty when nothing does
 */
record PdcaView(CycleState state, Optional<Refusal> blockers) {

  /** Reads the event log in {@code events} and evaluates the gate of its current phase on {@code isms}. */
  static PdcaView read(Path events, Isms isms, LocalDate asOf) {
    String text = Documents.readText(events);
    Either<List<Problem>, List<PdcaEvent>> parsed = EventLog.parse(text);
    if (parsed.isLeft()) {
      List<String> lines = new ArrayList<>();
      for (Problem p : parsed.getLeft()) {
        lines.add(format(events, p));
      }
      throw new InputException(lines);
    }
    Either<Problem, CycleState> state = PdcaMachine.replay(parsed.get());
    if (state.isLeft()) {
      throw new InputException(format(events, state.getLeft()));
    }
    return new PdcaView(state.get(), PdcaMachine.strict().blockers(state.get(), isms, asOf));
  }

  /** {@code FILE:LINE: code: message}, the line taken from the problem's entity ({@code "line 7"}). */
  private static String format(Path file, Problem p) {
    String line = p.entityId().startsWith("line ") ? p.entityId().substring(5) + ":" : "";
    return file + ":" + line + " " + p.code().key() + ": " + p.message();
  }

  /** One line for the summary: the cycle, the phase and whether it may be left. */
  String headline() {
    if (!state.started()) {
      return "no cycle started yet";
    }
    String where = "cycle " + state.cycle() + ", phase " + state.phase();
    return blockers.isEmpty() ? where + ": its exit criteria are met, ready for the next phase"
        : where + ": " + Summary.count(blockers.get().lines().size(), "thing blocks", "things block")
            + " leaving it";
  }

  /** What blocks leaving the phase, one line each. */
  List<String> blockerLines() {
    return blockers.map(Refusal::lines).orElse(List.of());
  }
}
