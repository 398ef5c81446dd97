package io.ismskit.cli;

import io.ismskit.conformance.CertificationDecision;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.CriterionResult;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.EntityRef;
import io.ismskit.pdca.calendar.DueItem;
import io.ismskit.risk.engine.RegisterSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The terminal summary of an {@link Analysis}: certification decision, findings, top risks, what is due. */
final class Summary {
  static final int TOP_FINDINGS = 5;
  static final int TOP_RISKS = 5;
  static final int TOP_DUE = 8;
  static final int MAX_LINE = 200;

  private Summary() {}

  static void print(Analysis a, String title, PrintWriter out) {
    Isms isms = a.isms();
    ConformanceReport report = a.report();
    out.println(Text.shorten(isms.organization().name()) + " - ISMS as of " + a.asOf() + " (" + title + ")");
    List<SoaEntry> soa = isms.statementOfApplicability().map(s -> s.entries()).orElse(List.of());
    out.printf(Locale.ROOT, "  %d people, %d assets, %d risks, %d controls in the SoA (%d applicable)%n",
        isms.people().size(), isms.assets().size(), isms.risks().size(), soa.size(),
        soa.stream().filter(SoaEntry::applicable).count());
    out.println();

    CertificationDecision decision = report.certificationDecision();
    int criteria = decision.criteria().size();
    if (decision.ready()) {
      out.println("Certification: READY - all " + criteria + " criteria of a certification decision are met");
    } else {
      out.println("Certification: NOT READY - " + decision.unmet().size() + " of " + criteria + " criteria unmet");
      for (CriterionResult c : decision.unmet()) {
        out.println("  " + c.criterion() + ": " + clean(c.evidence()));
      }
    }
    out.printf(Locale.ROOT, "Findings: %d major, %d minor, %d observations, %d conform, %d not applicable%n",
        report.count(Verdict.MAJOR_NC), report.count(Verdict.MINOR_NC), report.count(Verdict.OBSERVATION),
        report.count(Verdict.CONFORMS), report.count(Verdict.NOT_APPLICABLE));
    List<Finding> fixFirst = report.fixFirst();
    if (!fixFirst.isEmpty()) {
      out.println();
      out.println("Fix first:");
      for (Finding f : fixFirst.subList(0, Math.min(TOP_FINDINGS, fixFirst.size()))) {
        out.printf(Locale.ROOT, "  %-11s %-7s %s%n", f.verdict(), f.clause(), oneLine(f));
      }
      more(out, fixFirst.size() - TOP_FINDINGS, "finding");
    }

    out.println();
    if (a.register().register().isEmpty()) {
      out.println("Risks: the ISMS has no risk criteria, so no risk can be evaluated");
    } else {
      RegisterSummary r = a.register().register().get();
      out.printf(Locale.ROOT, "Top risks (residual), %d risks: %d to treat, %d above appetite, %d assessments overdue%n",
          r.risks(), r.toTreat(), r.aboveAppetite().size(), r.overdue().size());
      for (RegisterSummary.RankedRisk t : r.topByResidual().subList(0, Math.min(TOP_RISKS, r.topByResidual().size()))) {
        out.printf(Locale.ROOT, "  %-8s %-10s %.2f  %s (inherent %s)%n", t.risk(), t.residualLevel(), t.residual(),
            Text.shorten(t.title()), t.inherentLevel());
      }
      RegisterSummary.PlanProgress p = r.plan();
      out.printf(Locale.ROOT, "  treatment plan: %d actions, %d done, %d open (%d overdue), %.0f%% complete%n",
          p.actions(), p.done(), p.open(), p.overdue(), p.percentComplete());
    }
    for (Problem e : a.register().errors()) {
      out.println("  not scored: " + e.entityId() + ": " + e.code().key() + ": " + clean(e.message()));
    }

    out.println();
    if (a.pdca().isPresent()) {
      PdcaView pdca = a.pdca().get();
      out.println("PDCA (" + clean(pdca.source()) + "): " + pdca.headline());
      List<String> gate = pdca.shortBlockerLines();
      for (String b : gate.subList(0, Math.min(TOP_FINDINGS, gate.size()))) {
        out.println("  " + clean(b));
      }
      more(out, gate.size() - TOP_FINDINGS, "blocker");
    } else {
      out.println("PDCA: phase not known (give the cycle's event log with --events FILE)");
    }
    long overdue = a.due().stream().filter(DueItem::overdue).count();
    out.printf(Locale.ROOT, "Due: %d overdue, %d in the next 90 days%n", overdue, a.due().size() - overdue);
    for (DueItem d : a.due().subList(0, Math.min(TOP_DUE, a.due().size()))) {
      out.println("  " + due(d));
    }
    more(out, a.due().size() - TOP_DUE, "item");
  }

  /** One due item as a line: date, OVERDUE, clause, subject, what. */
  static String due(DueItem d) {
    return String.format(Locale.ROOT, "%s %-8s %-6s %-22s %s", d.due(), d.overdue() ? "OVERDUE" : "",
        d.kind().clause().map(Object::toString).orElse("-"), d.subject(), clean(d.what()));
  }

  /** A finding in one line: what was found, the entities at fault (at most three), what was expected, the rule. */
  static String oneLine(Finding f) {
    String entities = f.entities().isEmpty() ? ""
        : " [" + f.entities().stream().limit(3).map(EntityRef::toString).collect(Collectors.joining(", "))
            + (f.entities().size() > 3 ? " and " + (f.entities().size() - 3) + " more" : "") + "]";
    String expected = f.expected().isBlank() ? "" : "; expected: " + clean(f.expected());
    return clean(f.found()) + entities + expected + " (" + f.key() + ")";
  }

  /**
   * {@code s} fit for one terminal line: control characters (escape sequences included) become
   * {@code ?}, and text beyond {@value #MAX_LINE} characters is cut with an ellipsis.
   */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_LINE + 3));
    for (int i = 0; i < s.length() && b.length() < MAX_LINE; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c);
    }
    if (s.length() > MAX_LINE) {
      b.append("...");
    }
    return b.toString();
  }

  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void more(PrintWriter out, int more, String what) {
    if (more > 0) {
      out.println("  ... and " + count(more, what, what + "s") + " more");
    }
  }
}
