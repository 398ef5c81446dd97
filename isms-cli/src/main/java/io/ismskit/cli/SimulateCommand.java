package io.ismskit.cli;

import io.ismskit.export.svg.Charts;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.fair.FairResult;
import io.ismskit.risk.fair.Simulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isms simulate [FILE]}: FAIR Monte Carlo for every quantified scenario and the portfolio. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Simulates the annual loss of every FAIR scenario of FILE (a risk whose current assessment uses",
        "the fair method) and of all of them together, and prints the percentiles; --svg writes the loss",
        "exceedance curves. Without FILE: the built-in sample. Same seed, same numbers, on any thread count."})
final class SimulateCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.FileOrSample input = new Options.FileOrSample();

  @Option(names = "--trials", paramLabel = "N", defaultValue = "100000",
      description = "Trials (simulated years) per scenario (default: ${DEFAULT-VALUE}).")
  long trials = FairMethod.DEFAULT_TRIALS;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads to simulate on (default: the available processors).")
  @Nullable Integer threads;

  @Option(names = "--svg", paramLabel = "PATH", description = "Write the loss exceedance curves to PATH as SVG.")
  @Nullable Path svg;

  @Option(names = "--currency", paramLabel = "LABEL", defaultValue = "EUR",
      description = "The currency label of the amounts (default: ${DEFAULT-VALUE}).")
  String currency = "EUR";

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() throws IOException {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1024) {
      throw new InputException("isms: --threads must be between 1 and 1024, was " + t);
    }
    if (Simulation.of(trials, seed).isLeft()) {
      throw new InputException("isms: --trials " + trials + ": " + Simulation.of(trials, seed).getLeft().message());
    }
    Inputs.Resolved in = input.resolve(asOf.resolve());
    FairScenarios.Found found = FairScenarios.of(in.isms());
    if (!found.problems().isEmpty()) {
      throw new InputException(in.format(found.problems()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (found.scenarios().isEmpty()) {
      out.println(in.title() + ": no risk is assessed with the fair method; nothing to simulate");
      return ExitCodes.OK;
    }
    ReportSet.FairRun run = FairRunner.run(found.scenarios(), trials, seed, t, spec.commandLine().getErr());
    byte[] chart = null;
    if (svg != null) {
      List<Charts.Curve> curves = new ArrayList<>();
      for (int i = 0; i < found.scenarios().size(); i++) {
        curves.add(Charts.Curve.of(found.scenarios().get(i).label(), run.result().scenarios().get(i)));
      }
      curves.add(Charts.Curve.of("Portfolio", run.total()));
      chart = Charts.lossExceedance(curves, currency).getBytes(StandardCharsets.UTF_8);
    }
    out.printf(Locale.ROOT, "FAIR annual loss (%s): %s, %d scenarios, %,d trials, seed %d%n", currency, in.title(),
        found.scenarios().size(), trials, seed);
    out.printf(Locale.ROOT, "%-44s %-8s %12s %12s %12s %12s %12s %12s %7s%n", "scenario", "stage", "mean", "p10",
        "p50", "p90", "p95", "p99", "P(loss)");
    for (int i = 0; i < found.scenarios().size(); i++) {
      FairScenarios.Named n = found.scenarios().get(i);
      row(out, n.label(), n.stage(), run.result().scenarios().get(i));
    }
    row(out, "Portfolio", "", run.total());
    if (svg != null && chart != null) {
      OutputFiles.writeFile(svg, chart);
      out.println("Loss exceedance curves written to " + svg);
    }
    return ExitCodes.OK;
  }

  private static void row(PrintWriter out, String label, String stage, FairResult r) {
    String l = label.length() > 44 ? label.substring(0, 43) + "~" : label;
    out.printf(Locale.ROOT, "%-44s %-8s %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f %,12.0f %6.1f%%%n", l, stage,
        r.mean(), r.p10(), r.p50(), r.p90(), r.p95(), r.p99(), 100 * r.probabilityOfLoss());
  }
}
