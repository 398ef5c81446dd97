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
   * @param document everything the file carries (the ISMS, valid, its events, FAIR results and
   *     conformance report), or the sample with its history
   * @param title {@code "FILE"} or {@code "sample northwind"}
   * @param source the file's text and entity lines; empty for a sample
   */
  record Resolved(IsmsDocument document, String title, Optional<Documents.Source> source) {
    /** The ISMS. */
    Isms isms() {
      return document.isms();
    }

    /** The PDCA event log the file carries or the sample's history, with where it came from. */
    Optional<History> history() {
      if (document.events().isEmpty()) {
        return Optional.empty();
      }
      String from = source.isPresent() ? "the events of " + title : "the " + title + "'s history";
      return Optional.of(new History(document.events(), from));
    }

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
      IsmsDocument sampled = new IsmsDocument(sample.load(asOf), sample.history(asOf).orElse(List.of()));
      return new Resolved(sampled, sample.label(), Optional.empty());
    }
    Documents.Loaded loaded = Documents.read(file);
    return new Resolved(loaded.document(), file.toString(), Optional.of(loaded.source()));
  }
}
