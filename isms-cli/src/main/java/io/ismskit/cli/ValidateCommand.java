package io.ismskit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code isms validate FILE}: every input problem of a file, each with line and column. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads FILE and reports every problem at once, each as FILE:LINE:COLUMN: code: message.",
        "Exit 0 when the ISMS is valid, 2 when it is not."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init")
  CommandSpec spec;

  @Mixin
  Options.IsmsFile file = new Options.IsmsFile();

  @Override
  public Integer call() {
    Documents.Loaded loaded = file.read();
    spec.commandLine().getOut().printf("%s: valid ISMS of %s (%d risks, %d assets, %d people)%n", file,
        Summary.clean(loaded.isms().organization().name()), loaded.isms().risks().size(),
        loaded.isms().assets().size(), loaded.isms().people().size());
    return ExitCodes.OK;
  }
}
