package io.ismskit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;

/** Runs the {@code isms} command in-process with captured output and a fixed today. */
record CliRun(int exit, String out, String err) {
  /** The date the tests take as today. */
  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = IsmsCommand.commandLine(TODAY, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "\n--- err\n" + err;
  }
}
