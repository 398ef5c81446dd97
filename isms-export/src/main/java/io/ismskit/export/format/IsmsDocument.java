package io.ismskit.export.format;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.RiskId;
import io.ismskit.pdca.PdcaEvent;
import io.ismskit.risk.fair.FairResult;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A document of the ismskit format with everything it can carry: the ISMS, the events of its PDCA
 * cycle in the order of the log, the FAIR Monte Carlo results of its risks and a conformance report
 * ({@link IsmsFormat#writeDocument}, {@link IsmsFormat#readDocument}). Only the ISMS is required.
 *
 * <pre>{@code
 * IsmsDocument doc = IsmsDocument.of(isms)
 *     .withEvents(events)
 *     .withFairResult(RiskId.of("R-01"), MonteCarlo.run(scenario, new Simulation(10_000, 42)).get())
 *     .withConformance(ConformanceChecker.check(isms, asOf));
 * }</pre>
 *
 * @param isms the ISMS
 * @param events the PDCA event log, possibly empty; replaying it gives the cycle's state
 * @param fairResults the FAIR Monte Carlo result of each risk that has one, by risk id (ordered by
 *     the id's text); every id is a risk of {@code isms}
 * @param conformance a conformance report of the ISMS, if the document carries one
 * @implSpec This class is immutable and thread-safe.
 */
public record IsmsDocument(
    Isms isms, List<PdcaEvent> events, Map<RiskId, FairResult> fairResults, Optional<ConformanceReport> conformance) {
  private static final Comparator<RiskId> BY_ID = Comparator.comparing(RiskId::value);

  /**
   * Requires every part; copies the events and the results.
   *
   * @throws InvalidValueException (an {@code IllegalArgumentException}) with a {@link
   *     ValidationCode#DANGLING} problem if a FAIR result is keyed by an id that is not a risk of
   *     {@code isms}
   */
  public IsmsDocument {
    Objects.requireNonNull(isms, "isms");
    events = List.copyOf(events);
    Objects.requireNonNull(conformance, "conformance");
    Map<RiskId, FairResult> sorted = new TreeMap<>(BY_ID);
    for (Map.Entry<RiskId, FairResult> e : fairResults.entrySet()) {
      RiskId id = Objects.requireNonNull(e.getKey(), "fairResults key");
      if (isms.risk(id).isEmpty()) {
        throw new InvalidValueException(dangling(id));
      }
      sorted.put(id, Objects.requireNonNull(e.getValue(), "fairResults value"));
    }
    fairResults = Collections.unmodifiableMap(sorted);
  }

  /** A document of {@code isms} with its PDCA event log, without FAIR results or conformance report. */
  public IsmsDocument(Isms isms, List<PdcaEvent> events) {
    this(isms, events, Map.of(), Optional.empty());
  }

  /** A document of {@code isms} alone. */
  public static IsmsDocument of(Isms isms) {
    return new IsmsDocument(isms, List.of());
  }

  /** This document with {@code events} as its PDCA event log. */
  public IsmsDocument withEvents(List<PdcaEvent> events) {
    return new IsmsDocument(isms, events, fairResults, conformance);
  }

  /**
   * This document with {@code results} as its FAIR results.
   *
   * @throws InvalidValueException as the constructor
   */
  public IsmsDocument withFairResults(Map<RiskId, FairResult> results) {
    return new IsmsDocument(isms, events, results, conformance);
  }

  /**
   * This document with {@code result} as the FAIR result of risk {@code risk} (replacing one it had).
   *
   * @throws InvalidValueException as the constructor
   */
  public IsmsDocument withFairResult(RiskId risk, FairResult result) {
    Map<RiskId, FairResult> m = new TreeMap<>(BY_ID);
    m.putAll(fairResults);
    m.put(Objects.requireNonNull(risk, "risk"), Objects.requireNonNull(result, "result"));
    return new IsmsDocument(isms, events, m, conformance);
  }

  /** This document with {@code report} as its conformance report. */
  public IsmsDocument withConformance(ConformanceReport report) {
    return new IsmsDocument(isms, events, fairResults, Optional.of(report));
  }

  /** The problem of a FAIR result keyed by an id that is no risk of the ISMS. */
  static Problem dangling(RiskId id) {
    return Problem.of(ValidationCode.DANGLING, "Risk", id.value(), "", null,
        "a FAIR result is keyed by this id, but the ISMS has no such risk");
  }
}
