package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.export.sample.SampleIsms;
import io.ismskit.pdca.PdcaEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Options shared by several commands. */
final class Options {
  private Options() {}

  /**
   * {@code --as-of DATE}: the date the ISMS is observed on; by default today, the date the root
   * command {@link IsmsCommand} was given.
   */
  static final class AsOf {
    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The date to observe the ISMS on (yyyy-mm-dd); default: today.")
    @Nullable LocalDate asOf;

    @Spec(Spec.Target.MIXEE)
    @SuppressWarnings("NullAway.Init")
    CommandSpec command;

    /** The date given, or today; refuses dates the library does not support. */
    LocalDate resolve() {
      return resolve(((IsmsCommand) command.root().userObject()).today());
    }

    /** The date given, or {@code today}; refuses dates the library does not support. */
    LocalDate resolve(LocalDate today) {
      LocalDate d = asOf == null ? today : asOf;
      if (!Dates.supported(d)) {
        throw new InputException("isms: --as-of " + d + " is outside the supported dates " + Dates.MIN + ".."
            + Dates.MAX);
      }
      return d;
    }
  }

  /** {@code FILE}: the ISMS file a command reads, required. */
  static final class IsmsFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "The ISMS file (JSON or YAML).")
    @SuppressWarnings("NullAway.Init")
    Path file;

    /** The file, read and validated; an {@link InputException} with every problem otherwise. */
    Documents.Loaded read() {
      return Documents.read(file);
    }

    @Override
    public String toString() {
      return file.toString();
    }
  }

  /** {@code [FILE] [--sample NAME]}: an ISMS file, or without one a built-in sample. */
  static final class FileOrSample {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
        description = "The ISMS file (JSON or YAML); default: the built-in sample.")
    @Nullable Path file;

    @Option(names = "--sample", paramLabel = "NAME", defaultValue = "northwind",
        description = "The built-in sample without FILE: northwind or lean (default: ${DEFAULT-VALUE}).")
    Sample sample = Sample.NORTHWIND;

    /** The file if given, else the sample as of {@code asOf}. */
    Inputs.Resolved resolve(LocalDate asOf) {
      return Inputs.resolve(file, sample, asOf);
    }
  }

  /** The built-in samples. */
  enum Sample {
    /** Northwind Analytics GmbH, a 150-person SaaS company. */
    NORTHWIND,
    /** Lindenbaum Buchhaltung, a 10-person bookkeeping firm with a lean ISMS. */
    LEAN;

    /** The sample moved to {@code asOf}. */
    Isms load(LocalDate asOf) {
      return this == NORTHWIND ? SampleIsms.northwind(asOf) : SampleIsms.lean(asOf);
    }

    String label() {
      return "sample " + name().toLowerCase(Locale.ROOT);
    }

    /** The sample's PDCA history moved to {@code asOf}, when it has one (Northwind does). */
    Optional<List<PdcaEvent>> history(LocalDate asOf) {
      return this == NORTHWIND ? Optional.of(SampleIsms.northwindEvents(asOf)) : Optional.empty();
    }
  }

  /** {@code --fail-on LEVEL}: the least severe verdict that fails the command. */
  enum FailOn {
    /** Major nonconformities only. */
    MAJOR(io.ismskit.conformance.Verdict.MAJOR_NC),
    /** Major and minor nonconformities. */
    MINOR(io.ismskit.conformance.Verdict.MINOR_NC),
    /** Nonconformities and observations. */
    OBSERVATION(io.ismskit.conformance.Verdict.OBSERVATION);

    final io.ismskit.conformance.Verdict threshold;

    FailOn(io.ismskit.conformance.Verdict threshold) {
      this.threshold = threshold;
    }

    boolean fails(io.ismskit.conformance.Verdict v) {
      return v.severity() >= threshold.severity();
    }
  }
}
