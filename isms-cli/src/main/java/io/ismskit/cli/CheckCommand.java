package io.ismskit.cli;

import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Verdict;
import io.ismskit.core.id.EntityRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isms check FILE}: the conformance findings as compiler-style lines, for CI. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks FILE against ISO/IEC 27001:2022 and prints every finding that needs action as",
        "FILE:LINE: CLAUSE: VERDICT: message (LINE: the first entity at fault, 1 when the fault is an absence).",
        "Exit 1 when a finding is at or above --fail-on."})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  IsmsCommand root;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The ISMS file (JSON or YAML).")
  @SuppressWarnings("NullAway.Init")
  Path file;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "major",
      description = "major, minor or observation: the least severe finding that fails the check (default: ${DEFAULT-VALUE}).")
  Options.FailOn failOn = Options.FailOn.MAJOR;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() {
    Documents.Loaded loaded = Documents.read(file);
    ConformanceReport report = Analysis.of(loaded.isms(), asOf.resolve(root.today())).report();
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

  /** {@code FILE:LINE: CLAUSE: VERDICT: message}, at the first entity at fault the file shows. */
  static String line(Documents.Source source, Finding f) {
    int line = 1;
    for (EntityRef e : f.entities()) {
      if (source.knows(e.id())) {
        line = source.lineOf(e.id());
        break;
      }
    }
    return source.name() + ":" + line + ": " + f.clause() + ": " + f.verdict() + ": " + Summary.oneLine(f);
  }
}
