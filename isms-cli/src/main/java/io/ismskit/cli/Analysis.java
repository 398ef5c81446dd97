package io.ismskit.cli;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the library says about one ISMS as of one date: the risks scored by the built-in
 * scoring methods (and any installed as services), the conformance report, and what is due.
 *
 * @param isms the ISMS with every risk scored
 * @param asOf the date of the analysis
 * @param register the risk engine's result
 * @param report the conformance report of {@code isms}
 * @param due what is due and overdue, soonest first, up to {@link DueCalendar#DEFAULT_HORIZON}
 * @param pdca the PDCA cycle, when an event log was given or the sample has a history
 */
record Analysis(Isms isms, LocalDate asOf, AssessedRegister register, ConformanceReport report, List<DueItem> due,
    Optional<PdcaView> pdca) {

  Analysis {
    due = List.copyOf(due);
  }

  /** Scores, checks and dates {@code isms} as of {@code asOf}. */
  static Analysis of(Isms isms, LocalDate asOf) {
    AssessedRegister register = RiskEngine.of(ScoringRegistry.builtIns()).assess(isms, asOf);
    Isms scored = register.isms();
    ConformanceReport report = ConformanceChecker.check(scored, asOf);
    List<DueItem> due = DueCalendar.standard().due(scored, asOf);
    return new Analysis(scored, asOf, register, report, due, Optional.empty());
  }

  /** This analysis with the PDCA cycle replayed from the event log in {@code events}. */
  Analysis withEvents(Path events) {
    return new Analysis(isms, asOf, register, report, due, Optional.of(PdcaView.read(events, isms, asOf)));
  }

  /** This analysis with the PDCA cycle replayed from {@code history}, when there is one. */
  Analysis withHistory(Optional<Inputs.History> history) {
    return history.map(h -> withHistory(h.events(), h.source())).orElse(this);
  }

  /** This analysis with the PDCA cycle replayed from {@code events}, a history from {@code source}. */
  Analysis withHistory(List<PdcaEvent> events, String source) {
    return new Analysis(isms, asOf, register, report, due, Optional.of(PdcaView.of(events, source, isms, asOf)));
  }
}
