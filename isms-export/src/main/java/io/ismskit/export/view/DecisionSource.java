package io.ismskit.export.view;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.catalog.ClauseId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Where the exporters take the {@link DecisionSummary} of a conformance report from. The default,
 * {@link #fromFindings()}, reads nothing but the report's visible findings; a host with its own
 * certification decision (or a later certification-decision API of ismskit) plugs it in here.
 *
 * @implSpec Implementations must be deterministic, immutable and thread-safe.
 */
@FunctionalInterface
public interface DecisionSource {
  /** The decision summary of {@code report}. */
  DecisionSummary summarize(ConformanceReport report);

  /**
   * The summary certification practice gives from the findings alone (ISO/IEC 17021-1): {@link
   * DecisionSummary.Outcome#READY} when no visible finding is a major nonconformity, else {@link
   * DecisionSummary.Outcome#NOT_READY} with the major nonconformities as blockers (most entities at
   * fault first, then by clause). Minor nonconformities and observations are listed as criteria
   * that do not block.
   */
  static DecisionSource fromFindings() {
    return DecisionSource::fromFindings;
  }

  private static DecisionSummary fromFindings(ConformanceReport report) {
    List<Finding> majors = new ArrayList<>();
    List<Finding> minors = new ArrayList<>();
    List<Finding> observations = new ArrayList<>();
    for (Finding f : report.findings()) {
      switch (f.verdict()) {
        case MAJOR_NC -> majors.add(f);
        case MINOR_NC -> minors.add(f);
        case OBSERVATION -> observations.add(f);
        case CONFORMS, NOT_APPLICABLE -> { }
      }
    }
    majors.sort(Comparator.comparing(Finding::clause).thenComparing(Finding::key));
    List<DecisionSummary.Criterion> criteria = List.of(
        criterion("No requirement is absent or systematically unmet (no major nonconformity)", majors, true,
            Verdict.MAJOR_NC),
        criterion("No isolated lapse is open (no minor nonconformity); each one needs a correction and corrective"
            + " action before the audit", minors, false, Verdict.MINOR_NC),
        criterion("Weaknesses noted as observations are considered", observations, false, Verdict.OBSERVATION));
    String statement;
    DecisionSummary.Outcome outcome;
    if (majors.isEmpty()) {
      outcome = DecisionSummary.Outcome.READY;
      statement = "No major nonconformity as of " + report.asOf() + ": nothing checked stands in the way of a"
          + " certification audit" + (minors.isEmpty() ? "." : ", but " + count(minors.size(), "minor nonconformity",
          "minor nonconformities") + " must be corrected.");
    } else {
      outcome = DecisionSummary.Outcome.NOT_READY;
      statement = "Not ready for certification as of " + report.asOf() + ": " + count(majors.size(),
          "major nonconformity", "major nonconformities") + " (clauses " + String.join(", ", clauses(majors)) + ").";
    }
    return new DecisionSummary(outcome, statement, criteria, majors);
  }

  private static DecisionSummary.Criterion criterion(String requirement, List<Finding> failing, boolean blocking,
      Verdict verdict) {
    List<ClauseId> clauses = new ArrayList<>();
    for (String c : clauses(failing)) {
      clauses.add(ClauseId.of(c));
    }
    String detail = failing.isEmpty() ? "none found"
        : count(failing.size(), "finding", "findings") + " graded " + verdict.name().toLowerCase(Locale.ROOT)
            .replace('_', ' ');
    return new DecisionSummary.Criterion(requirement, failing.isEmpty(), blocking, clauses, detail);
  }

  private static List<String> clauses(List<Finding> findings) {
    TreeSet<ClauseId> set = new TreeSet<>();
    findings.forEach(f -> set.add(f.clause()));
    return set.stream().map(ClauseId::value).toList();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
