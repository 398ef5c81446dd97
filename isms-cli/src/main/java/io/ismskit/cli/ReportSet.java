package io.ismskit.cli;

import io.ismskit.export.csv.Csv;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.oscal.Oscal;
import io.ismskit.export.report.Report;
import io.ismskit.export.report.Reports;
import io.ismskit.export.view.DecisionSource;
import io.ismskit.export.view.DueItem;
import io.ismskit.export.view.PdcaStatus;
import io.ismskit.export.view.PdcaStatusSource;
import io.ismskit.risk.fair.FairResult;
import io.ismskit.risk.fair.PortfolioResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a full report on an {@link Analysis}, by name: HTML and Markdown reports, CSV
 * tables, OSCAL documents and the ISMS itself as JSON. Writing them to disk is {@link OutputFiles}'
 * job, all or nothing.
 */
final class ReportSet {
  /** Writes one file's content. */
  @FunctionalInterface
  interface Content {
    void write(Writer out) throws IOException;
  }

  private ReportSet() {}

  /** The report of {@code a} with the PDCA calendar's due items and the FAIR results, if any. */
  static Report report(Analysis a, Optional<FairRun> fair) {
    Report r = Reports.of(a.isms(), a.asOf())
        .withConformance(a.report())
        .withDecisions(DecisionSource.fromFindings())
        .withPdcaStatus(calendar(a));
    if (fair.isPresent()) {
      PortfolioResult p = fair.get().result();
      List<FairScenarios.Named> named = fair.get().scenarios();
      for (int i = 0; i < named.size(); i++) {
        r = r.withFairScenario(named.get(i).label(), p.scenarios().get(i));
      }
      if (named.size() > 1) {
        r = r.withFairPortfolio(p.total());
      }
    }
    return r;
  }

  /** Every file of the report set, by file name, in the order they are listed. */
  static Map<String, Content> files(Analysis a, Optional<FairRun> fair) {
    Report report = report(a, fair);
    Map<String, Content> files = new LinkedHashMap<>();
    files.put("report.html", report::html);
    files.put("report.md", report::markdown);
    files.put("risk-register.csv", out -> Csv.riskRegister(a.isms(), out));
    files.put("soa.csv", out -> Csv.soa(a.isms(), out));
    files.put("findings.csv", out -> Csv.findings(a.report(), out));
    files.put("corrective-actions.csv", out -> Csv.correctiveActions(a.isms(), out));
    files.put("oscal-assessment-results.json",
        out -> Oscal.assessmentResults(a.report(), a.isms(), DecisionSource.fromFindings(), out));
    files.put("oscal-poam.json", out -> Oscal.planOfActionAndMilestones(a.isms(), a.asOf(), out));
    files.put("oscal-ssp.json", out -> Oscal.systemSecurityPlan(a.isms(), a.asOf(), out));
    files.put("isms.json", out -> IsmsFormat.json().write(a.isms(), out));
    return files;
  }

  /** The PDCA status the reports show: what the due calendar of {@code isms-pdca} lists. */
  static PdcaStatusSource calendar(Analysis a) {
    List<DueItem> due = new ArrayList<>();
    for (io.ismskit.pdca.calendar.DueItem d : a.due()) {
      DueItem.Urgency u = d.overdue() ? DueItem.Urgency.OVERDUE
          : d.due().isBefore(a.asOf().plusDays(31)) ? DueItem.Urgency.DUE_SOON : DueItem.Urgency.UPCOMING;
      due.add(new DueItem(d.what(), d.kind().clause(), Optional.of(d.subject()), d.due(), u));
    }
    List<String> notes = new ArrayList<>();
    notes.add("What is due comes from the ISMS's own dates (audit programme, review intervals, risk criteria,"
        + " actions, certificates).");
    Optional<String> phase = Optional.empty();
    Optional<String> cycle = Optional.empty();
    if (a.pdca().isPresent() && a.pdca().get().state().started()) {
      PdcaView pdca = a.pdca().get();
      phase = Optional.of(pdca.state().phase().name());
      cycle = Optional.of(Integer.toString(pdca.state().cycle()));
      notes.add("PDCA: " + pdca.headline() + ".");
      pdca.blockerLines().forEach(notes::add);
    } else if (a.pdca().isEmpty()) {
      notes.add("No PDCA event log was given, so the phase is not shown.");
    }
    PdcaStatus status = new PdcaStatus(phase, cycle, due, notes);
    return (isms, asOf) -> status;
  }

  /** A FAIR run over the scenarios of an ISMS: the scenarios in order, and the portfolio result. */
  record FairRun(List<FairScenarios.Named> scenarios, PortfolioResult result, long seed) {
    FairResult total() {
      return result.total();
    }
  }
}
