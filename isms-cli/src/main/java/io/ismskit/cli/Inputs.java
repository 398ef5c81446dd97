package io.ismskit.cli;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.export.format.IsmsDocument;
import io.ismskit.pdca.PdcaEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The ISMS a command works on: a file, or a built-in sample moved to the date. */
final class Inputs {
  private Inputs() {}

  /**
   * An ISMS and where it came from.
   *
   * @param isms the ISMS, valid
   * @param title {@code "FILE"} or {@code "sample northwind"}
   * @param source the file's text and entity lines; empty for a sample
   * @param history the PDCA event log the file carries or the sample's history, with where it came
   *     from; empty when there is none
   * @param document everything the file carries (the ISMS, events, FAIR results, a conformance
   *     report), or the sample with its history
   */
  record Resolved(Isms isms, String title, Optional<Documents.Source> source, Optional<History> history,
      IsmsDocument document) {
    /** {@code p} as a printable line, placed in the file when there is one. */
    String format(Problem p) {
      return source.map(s -> Documents.format(s, p)).orElse(title + ": " + p.code().key() + ": " + p.message());
    }

    /** Every problem as a printable line. */
    List<String> format(List<Problem> problems) {
      return problems.stream().map(this::format).toList();
    }
  }

  /**
   * A PDCA event log and where it came from.
   *
   * @param events the events, in the order of the log
   * @param source where they came from, for messages ({@code "the events of FILE"})
   */
  record History(List<PdcaEvent> events, String source) {}

  /** {@code file} if given, else {@code sample} as of {@code asOf}. */
  static Resolved resolve(@Nullable Path file, Options.Sample sample, LocalDate asOf) {
    if (file == null) {
      Isms isms = sample.load(asOf);
      Optional<List<PdcaEvent>> history = sample.history(asOf);
      return new Resolved(isms, sample.label(), Optional.empty(),
          history.map(h -> new History(h, "the " + sample.label() + "'s history")),
          new IsmsDocument(isms, history.orElse(List.of())));
    }
    Documents.Loaded loaded = Documents.read(file);
    return new Resolved(loaded.isms(), file.toString(), Optional.of(loaded.source()),
        loaded.events().isEmpty() ? Optional.empty()
            : Optional.of(new History(loaded.events(), "the events of " + file)), loaded.document());
  }
}
