package io.ismskit.cli;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.id.EntityRef;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isms check FILE}: the conformance findings as compiler-style lines, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks FILE against ISO/IEC 27001:2022 and prints every finding that needs action as",
        "FILE:LINE: CLAUSE: VERDICT: message (LINE: the first entity at fault, 1 when the fault is an absence).",
        "Exit 1 when a finding is at or above --fail-on."})
final class CheckCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.IsmsFile file = new Options.IsmsFile();

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "major",
      description = "major, minor or observation: the least severe finding that fails the check (default: ${DEFAULT-VALUE}).")
  Options.FailOn failOn = Options.FailOn.MAJOR;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() {
    Documents.Loaded loaded = file.read();
    ConformanceReport report = Analysis.of(loaded.isms(), asOf.resolve()).report();
    PrintWriter out = spec.commandLine().getOut();
    int failing = 0;
    for (Finding f : report.fixFirst()) {
      out.println(line(loaded.source(), f));
      if (failOn.fails(f.verdict())) {
        failing++;
      }
    }
    out.printf(Locale.ROOT, "%s: %d major, %d minor, %d observations as of %s; --fail-on %s: %s%n", file,
        report.count(Verdict.MAJOR_NC), report.count(Verdict.MINOR_NC), report.count(Verdict.OBSERVATION),
        report.asOf(), failOn.name().toLowerCase(Locale.ROOT), failing == 0 ? "passed" : "FAILED");
    return failing == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  /**
   * {@code FILE:LINE: CLAUSE: VERDICT: message}. The line is the best the file shows: the first
   * entity at fault; else the section of the first entity's type (a singleton such as the scope);
   * else the section the finding's clause is about (where the missing thing belongs); else 1.
   */
  static String line(Documents.Source source, Finding f) {
    return source.name() + ":" + lineOf(source, f) + ": " + f.clause() + ": " + f.verdict() + ": "
        + Summary.oneLine(f);
  }

  static int lineOf(Documents.Source source, Finding f) {
    for (EntityRef e : f.entities()) {
      if (source.knows(e.id())) {
        return source.lineOf(e.id());
      }
    }
    for (EntityRef e : f.entities()) {
      Optional<Integer> l = source.sectionLine(SECTIONS_BY_TYPE.getOrDefault(e.type(), decapitalize(e.type())));
      if (l.isPresent()) {
        return l.get();
      }
    }
    String clause = f.clause().toString();
    for (Map.Entry<String, String> c : SECTIONS_BY_CLAUSE.entrySet()) {
      if (clause.equals(c.getKey()) || clause.startsWith(c.getKey() + ".")) {
        Optional<Integer> l = source.sectionLine(c.getValue());
        if (l.isPresent()) {
          return l.get();
        }
      }
    }
    return 1;
  }

  private static String decapitalize(String type) {
    return type.isEmpty() ? type : Character.toLowerCase(type.charAt(0)) + type.substring(1);
  }

  /** Entity types whose section is not named after them in the plural. */
  private static final Map<String, String> SECTIONS_BY_TYPE = Map.of(
      "ContextIssue", "contextIssues", "InterestedParty", "interestedParties", "IsmsProcess", "processes",
      "InternalAudit", "audits", "AuditFinding", "findings", "PlannedChange", "changes",
      "ResourceAllocation", "resources", "SoaEntry", "statementOfApplicability");

  /** The section that holds what a clause asks for, most specific clause first. */
  private static final Map<String, String> SECTIONS_BY_CLAUSE = linked(
      "4.1", "contextIssues", "4.2", "interestedParties", "4.3", "scope", "4.4", "processes",
      "5.2", "policies", "5.3", "roles", "6.1.1", "risksAndOpportunities", "6.1.2", "riskCriteria",
      "6.1.3", "statementOfApplicability", "6.2", "objectives", "6.3", "changes", "7.1", "resources",
      "7.2", "competenceRecords", "7.3", "awarenessRecords", "7.4", "communications", "7.5", "documents",
      "8", "risks", "9.1", "metrics", "9.2", "auditProgrammes", "9.3", "managementReviews",
      "10.1", "improvements", "10.2", "nonconformities");

  private static Map<String, String> linked(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
