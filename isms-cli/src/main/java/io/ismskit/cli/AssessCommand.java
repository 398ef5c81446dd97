package io.ismskit.cli;

import io.ismskit.conformance.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isms assess [FILE] [--out DIR]}: the main job, a summary and the full report set. */
@Command(name = "assess", mixinStandardHelpOptions = true,
    description = {"Validates the ISMS, scores every risk, checks conformance with ISO/IEC 27001:2022, lists what",
        "is due, and prints a summary; --out DIR writes the report set (HTML, Markdown, CSV, OSCAL, JSON).",
        "Without FILE: the built-in Northwind sample, moved to --as-of. Nothing is written on failure."})
final class AssessCommand implements Callable<Integer> {
  /** Trials of the FAIR run behind the report's loss exceedance curves. */
  static final long REPORT_TRIALS = 20_000;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.FileOrSample input = new Options.FileOrSample();

  @Option(names = "--out", paramLabel = "DIR", description = "Write the report set into DIR (created if missing).")
  @Nullable Path out;

  @Option(names = "--events", paramLabel = "FILE",
      description = {"The PDCA event log of the ISMS (text, one event per line): shows the phase and what blocks it.",
          "Without it, the events the ISMS file carries, or the sample's own history (northwind)."})
  @Nullable Path events;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 1 when a finding is at or above LEVEL: major, minor or observation (default: never).")
  Options.@Nullable FailOn failOn;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "The seed of the FAIR run behind the loss exceedance curves (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() throws IOException {
    LocalDate date = asOf.resolve();
    Inputs.Resolved in = input.resolve(date);
    Analysis analysis = Analysis.of(in.isms(), date);
    Path log = events;
    Analysis a = log != null ? analysis.withEvents(log)
        : analysis.withHistory(in.history());
    PrintWriter stdout = spec.commandLine().getOut();
    List<Path> written = List.of();
    if (out != null) {
      FairScenarios.Found fair = FairScenarios.of(a.isms());
      Optional<ReportSet.FairRun> run = fair.scenarios().isEmpty() || !fair.problems().isEmpty() ? Optional.empty()
          : Optional.of(FairRunner.run(fair.scenarios(), REPORT_TRIALS, seed,
              Runtime.getRuntime().availableProcessors(), null));
      Map<String, byte[]> files = OutputFiles.render(ReportSet.files(a, run));
      written = OutputFiles.writeDirectory(out, files);
    }
    Summary.print(a, in.title(), stdout);
    if (out != null) {
      stdout.println();
      stdout.println("Report written to " + out + ": " + String.join(", ",
          written.stream().map(p -> String.valueOf(p.getFileName())).toList()));
    }
    if (failOn != null) {
      Options.FailOn f = failOn;
      boolean fails = a.report().findings().stream().map(Finding::verdict).anyMatch(f::fails);
      return fails ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
    return ExitCodes.OK;
  }
}
