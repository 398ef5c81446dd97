package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.export.sample.SampleIsms;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options shared by several commands. */
final class Options {
  private Options() {}

  /** {@code --as-of DATE}: the date the ISMS is observed on; today by default. */
  static final class AsOf {
    @Option(names = "--as-of", paramLabel = "DATE",
        description = "The date to observe the ISMS on (yyyy-mm-dd); default: today.")
    @Nullable LocalDate asOf;

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
    java.util.Optional<java.util.List<io.ismskit.pdca.PdcaEvent>> history(LocalDate asOf) {
      return this == NORTHWIND ? java.util.Optional.of(SampleIsms.northwindEvents(asOf)) : java.util.Optional.empty();
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
