package io.ismskit.cli;

import io.ismskit.pdca.calendar.DueCalendar;
import io.ismskit.pdca.calendar.DueItem;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isms due FILE}: what is due and overdue, soonest first. */
@Command(name = "due", mixinStandardHelpOptions = true,
    description = {"Lists what is overdue and what falls due within --within days: external and internal audits,",
        "management reviews, risk reassessments, policy and document reviews, nonconformity steps, corrective and",
        "treatment actions, supplier reviews and agreements, expiring acceptances and policy exceptions,",
        "certificate milestones. Soonest first."})
final class DueCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.IsmsFile file = new Options.IsmsFile();

  @Option(names = "--within", paramLabel = "DAYS", defaultValue = "90",
      description = "How many days ahead to look (default: ${DEFAULT-VALUE}); overdue items are always listed.")
  int within = 90;

  @Option(names = "--fail-on-overdue", description = "Exit 1 when anything is overdue (for CI).")
  boolean failOnOverdue;

  @Mixin
  Options.AsOf asOf = new Options.AsOf();

  @Override
  public Integer call() {
    if (within < 0 || within > 3660) {
      throw new InputException("isms: --within must be between 0 and 3660 days, was " + within);
    }
    LocalDate date = asOf.resolve();
    Documents.Loaded loaded = file.read();
    List<DueItem> due = DueCalendar.standard().withHorizon(Period.ofDays(within)).due(loaded.isms(), date);
    PrintWriter out = spec.commandLine().getOut();
    long overdue = due.stream().filter(DueItem::overdue).count();
    out.printf(Locale.ROOT, "%s as of %s: %d overdue, %d due within %d days%n", file, date, overdue,
        due.size() - overdue, within);
    for (DueItem d : due) {
      out.println(Summary.due(d));
    }
    return failOnOverdue && overdue > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
