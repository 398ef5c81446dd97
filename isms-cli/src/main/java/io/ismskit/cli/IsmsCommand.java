package io.ismskit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code isms} command: ISMS-as-code on top of ismskit. Reads an ISMS kept as a JSON or YAML
 * file (or a built-in sample), and assesses, checks, validates, simulates, exports, dates and
 * compares it.
 *
 * <pre>{@code
 * isms assess --out report              # the Northwind sample: summary + HTML/Markdown/CSV/OSCAL/JSON
 * isms check isms.yaml --fail-on minor  # CI: FILE:LINE: 9.3: MAJOR_NC: ... and exit 1
 * }</pre>
 *
 * <p>{@link #main} is the only place that reads the clock: today's date, read once, is the default
 * of every {@code --as-of}.
 */
@Command(
    name = "isms",
    mixinStandardHelpOptions = true,
    versionProvider = IsmsCommand.Version.class,
    description = "Runs an ISO/IEC 27001:2022 ISMS kept as a file: assess, check, validate, simulate, export,"
        + " due, diff, init.",
    subcommands = {
        AssessCommand.class,
        CheckCommand.class,
        ValidateCommand.class,
        SimulateCommand.class,
        ExportCommand.class,
        DueCommand.class,
        DiffCommand.class,
        InitCommand.class,
        CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:findings at or above --fail-on (check), overdue items (due --fail-on-overdue)",
        "2:invalid input: missing or unreadable file, invalid ISMS, bad option",
        "3:internal error"
    })
public final class IsmsCommand implements Callable<Integer> {
  private final LocalDate today;

  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  /** A command whose {@code --as-of} defaults to {@code today}. */
  IsmsCommand(LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
  }

  /** Runs the command and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(commandLine(LocalDate.now(ZoneId.systemDefault()), out, err).execute(args));
  }

  /**
   * The command line of {@code isms}, printing to {@code out} and {@code err}, with {@code today}
   * as the default {@code --as-of}: what {@link #main} runs, and what tests run in-process.
   */
  public static CommandLine commandLine(LocalDate today, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new IsmsCommand(today));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(e -> e instanceof InputException ? ExitCodes.INVALID_INPUT : ExitCodes.INTERNAL);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter e = c.getErr();
      e.println("isms: " + Summary.clean(String.valueOf(ex.getMessage())));
      e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      e.flush();
      return ExitCodes.INVALID_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      PrintWriter e = c.getErr();
      if (ex instanceof InputException in) {
        in.lines().forEach(e::println);
        e.flush();
        return ExitCodes.INVALID_INPUT;
      }
      String message = ex.getMessage();
      e.println("isms: internal error: " + ex.getClass().getSimpleName()
          + (message == null ? "" : ": " + Summary.clean(message)));
      e.println("This is a bug of ismskit (or the file system refused to write); please report it with the command"
          + " that caused it.");
      e.flush();
      return ExitCodes.INTERNAL;
    });
    return cl;
  }

  /** Today's date as the host read it: the default {@code --as-of}. */
  LocalDate today() {
    return today;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID_INPUT;
  }

  /** The version from the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = IsmsCommand.class.getResourceAsStream("/isms-cli-version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {
          "isms " + p.getProperty("version", "unknown") + " (ismskit, ISO/IEC 27001:2022)",
          "Java " + System.getProperty("java.version")
      };
    }
  }
}
