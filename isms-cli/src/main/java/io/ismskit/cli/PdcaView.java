package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.pdca.CycleState;
import io.ismskit.pdca.EventLog;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.PdcaMachine;
import io.ismskit.pdca.Refusal;
import io.ismskit.pdca.UnmetCriterion;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the ISMS stands in its PDCA cycle: the state replayed from an event log ({@link EventLog}'s
 * text form in a file kept next to the ISMS file, or the built-in sample's history), and what
 * blocks leaving the current phase.
 *
 * @param state the cycle state
 * @param blockers what keeps the strict machine from leaving the phase (or starting a cycle) as of
 *     the date; empty when nothing does
 * @param source where the events came from, for the summary: the file, or the sample's history
 */
record PdcaView(CycleState state, Optional<Refusal> blockers, String source) {

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
    return new PdcaView(state.get(), PdcaMachine.strict().blockers(state.get(), isms, asOf), events.toString());
  }

  /**
   * Replays {@code events}, a history that ships with ismskit (the sample's), and evaluates the gate
   * of its current phase on {@code isms}.
   *
   * @throws IllegalStateException if the events do not replay: a defect of the sample, not of input
   */
  static PdcaView of(List<PdcaEvent> events, String source, Isms isms, LocalDate asOf) {
    Either<Problem, CycleState> state = PdcaMachine.replay(events);
    if (state.isLeft()) {
      throw new IllegalStateException(source + " does not replay: " + state.getLeft().message());
    }
    return new PdcaView(state.get(), PdcaMachine.strict().blockers(state.get(), isms, asOf), source);
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
    String where = "cycle " + state.cycle() + ", phase " + state.phase()
        + state.enteredOn().get(state.phase()).map(d -> " since " + d).orElse("");
    return blockers.isEmpty() ? where + ": its exit criteria are met, ready for the next phase"
        : where + ": " + Summary.count(blockers.get().lines().size(), "thing blocks", "things block")
            + " leaving it";
  }

  /** What blocks leaving the phase, one line each, with what to do. */
  List<String> blockerLines() {
    return blockers.map(Refusal::lines).orElse(List.of());
  }

  /**
   * What blocks leaving the phase, one short line each for the terminal: the problem, or the
   * criterion's clause, key, what is unmet and the first entities at fault (the report has the
   * remedies).
   */
  List<String> shortBlockerLines() {
    if (blockers.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    blockers.get().problems().forEach(p -> out.add(p.message()));
    for (UnmetCriterion u : blockers.get().unmet()) {
      String entities = u.entities().isEmpty() ? ""
          : " [" + String.join(", ", u.entities().stream().limit(3).map(Object::toString).toList())
              + (u.entities().size() > 3 ? " and " + (u.entities().size() - 3) + " more" : "") + "]";
      // a conformance finding is shown in full with the findings; here its verdict and entities suffice
      int colon = u.unmet().indexOf(':');
      out.add(u.key().startsWith("conformance:") && colon > 0
          ? u.clause() + " " + u.unmet().substring(0, colon) + " " + u.key().substring("conformance:".length())
              + entities + ", a finding of the conformance report"
          : u.clause() + " " + u.key() + ": " + u.unmet() + entities);
    }
    return out;
  }
}
