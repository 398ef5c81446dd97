package io.ismskit.export.report;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.core.Isms;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

/**
 * Entry point of the human reports: the conformance report with certification readiness and
 * findings by clause, the Statement of Applicability, the risk register with heat maps and FAIR
 * loss exceedance curves, the treatment plan and the PDCA status with what is due — as one
 * self-contained HTML document (inline CSS and SVG, no scripts, nothing fetched, prints well) or
 * as Markdown.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceChecker.check(isms, asOf);
 * Reports.html(isms, report, asOf, writer);          // everything
 * Reports.of(isms, asOf).withSections(EnumSet.of(Section.SOA)).markdown(writer);
 * }</pre>
 *
 * @implSpec Stateless and thread-safe.
 */
public final class Reports {
  private Reports() {}

  /** A report on {@code isms} as of {@code asOf}, with every section but conformance until one is added. */
  public static Report of(Isms isms, LocalDate asOf) {
    return Report.of(isms, asOf);
  }

  /**
   * Writes the full report (all sections) as self-contained HTML.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void html(Isms isms, ConformanceReport report, LocalDate asOf, Writer out) throws IOException {
    Report.of(isms, asOf).withConformance(report).html(out);
  }

  /**
   * Writes the full report (all sections) as Markdown.
   *
   * @param out where to write; flushed, not closed
   * @throws IOException if {@code out} fails
   */
  public static void markdown(Isms isms, ConformanceReport report, LocalDate asOf, Writer out) throws IOException {
    Report.of(isms, asOf).withConformance(report).markdown(out);
  }
}
