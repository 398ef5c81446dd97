package io.ismskit.cli;

import io.ismskit.export.csv.Csv;
import io.ismskit.export.format.IsmsFormat;
import io.ismskit.export.oscal.Oscal;
import io.ismskit.export.view.DecisionSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isms export FILE --format F --out PATH}: one document in one format. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes the ISMS in FILE in one format to PATH (or to standard output without --out).",
        "json and yaml convert the document as it is; the other formats report on it as of --as-of,",
        "with risks scored and conformance checked as for assess."})
final class ExportCommand implements Callable<Integer> {
  /** The formats. */
  enum Format {
    JSON, YAML, OSCAL_AR, OSCAL_POAM, OSCAL_SSP, CSV, HTML, MD
  }

  /** The CSV tables. */
  enum Table {
    RISKS, SOA, FINDINGS, ACTIONS
  }

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.IsmsFile file = new Options.IsmsFile();

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "json, yaml, oscal-ar, oscal-poam, oscal-ssp, csv, html or md.")
  @SuppressWarnings("NullAway.Init")
  Format format;

  @Option(names = "--table", paramLabel = "TABLE", defaultValue = "risks",
      description = "With --format csv: risks, soa, findings or actions (default: ${DEFAULT-VALUE}).")
  Table table = Table.RISKS;

  @Option(names = "--out", paramLabel = "PATH", description = "The file to write; default: standard output.")
  @Nullable Path out;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() throws IOException {
    Inputs.Resolved in = Inputs.resolve(file.file, Options.Sample.NORTHWIND, asOf.resolve());
    if (format == Format.JSON || format == Format.YAML) {
      IsmsFormat f = format == Format.JSON ? IsmsFormat.json() : IsmsFormat.yaml();
      return emit(OutputFiles.render(w -> f.writeDocument(in.document(), w)));
    }
    Analysis a = Analysis.of(in.isms(), asOf.resolve()).withHistory(in.history());
    ReportSet.Content content = switch (format) {
      case JSON, YAML -> throw new IllegalStateException("handled above");
      case OSCAL_AR -> w -> Oscal.assessmentResults(a.report(), a.isms(), DecisionSource.fromFindings(), w);
      case OSCAL_POAM -> w -> Oscal.planOfActionAndMilestones(a.isms(), a.asOf(), w);
      case OSCAL_SSP -> w -> Oscal.systemSecurityPlan(a.isms(), a.asOf(), w);
      case CSV -> switch (table) {
        case RISKS -> w -> Csv.riskRegister(a.isms(), w);
        case SOA -> w -> Csv.soa(a.isms(), w);
        case FINDINGS -> w -> Csv.findings(a.report(), w);
        case ACTIONS -> w -> Csv.correctiveActions(a.isms(), w);
      };
      case HTML -> ReportSet.report(a, Optional.empty())::html;
      case MD -> ReportSet.report(a, Optional.empty())::markdown;
    };
    return emit(OutputFiles.render(content));
  }

  private int emit(byte[] bytes) throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(new String(bytes, StandardCharsets.UTF_8));
      stdout.flush();
    } else {
      OutputFiles.writeFile(out, bytes);
      spec.commandLine().getErr().println("Wrote " + out);
    }
    return ExitCodes.OK;
  }

  /** Reads {@code oscal-ar} as {@link Format#OSCAL_AR}, any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().replace('_', '-').equalsIgnoreCase(value)) {
          return f;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("'" + Summary.clean(value) + "' is not a format: use json,"
          + " yaml, oscal-ar, oscal-poam, oscal-ssp, csv, html or md");
    }
  }
}
