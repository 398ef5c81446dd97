package io.ismskit.cli;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.ReportDiff;
import io.ismskit.core.diff.EntityChange;
import io.ismskit.core.diff.FieldChange;
import io.ismskit.core.diff.IsmsDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isms diff OLD NEW}: what changed, entity by entity and field by field, and the findings. */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two versions of an ISMS file: entities added (+), removed (-) and changed (~) by id,",
        "with every changed field, then the conformance findings that are new or resolved (both checked as of",
        "--as-of). For the management review's inputs and for pull requests."})
final class DiffCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The older ISMS file.")
  @SuppressWarnings("NullAway.Init")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer ISMS file.")
  @SuppressWarnings("NullAway.Init")
  Path newer;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() {
    LocalDate date = asOf.resolve();
    Documents.Loaded before = Documents.read(older);
    Documents.Loaded after = Documents.read(newer);
    IsmsDiff diff = IsmsDiff.between(before.isms(), after.isms());
    PrintWriter out = spec.commandLine().getOut();
    out.println("--- " + older);
    out.println("+++ " + newer);
    for (EntityChange c : diff.changes()) {
      String sign = switch (c.change()) {
        case ADDED -> "+";
        case REMOVED -> "-";
        case CHANGED -> "~";
      };
      Documents.Source where = c.change() == io.ismskit.core.diff.ChangeKind.REMOVED ? before.source() : after.source();
      out.println(sign + " " + c.type() + " " + Summary.clean(c.id()) + "  (" + where.name() + ":"
          + where.lineOf(c.id()) + ")");
      for (FieldChange f : c.fields()) {
        out.println("    " + Summary.clean(f.path()) + ": " + Summary.clean(f.before()) + " -> "
            + Summary.clean(f.after()));
      }
    }
    out.println(diff.isEmpty() ? "no changes" : diff.summary().lines().findFirst().orElse(""));

    ConformanceReport oldReport = ConformanceChecker.check(before.isms(), date);
    ConformanceReport newReport = ConformanceChecker.check(after.isms(), date);
    ReportDiff findings = newReport.diff(oldReport);
    for (Finding f : findings.newFindings()) {
      out.println("worse: " + f.clause() + ": " + f.verdict() + ": " + Summary.oneLine(f));
    }
    for (Finding f : findings.resolvedFindings()) {
      out.println("better: " + f.clause() + ": resolved " + f.verdict() + ": " + Summary.oneLine(f));
    }
    for (ReportDiff.FindingChange f : findings.changedFindings()) {
      out.println("changed: " + f.after().clause() + ": " + f.before().verdict() + " -> " + f.after().verdict() + ": "
          + Summary.oneLine(f.after()));
    }
    out.printf("findings: %d new, %d resolved, %d changed%n", findings.newFindings().size(),
        findings.resolvedFindings().size(), findings.changedFindings().size());
    return ExitCodes.OK;
  }
}
