package io.ismskit.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * One clause, intermediate heading or sub-clause of a management-system standard, such as ISO/IEC
 * 27001:2022 clause {@code 6.1.2 Information security risk assessment}.
 *
 * <p>Summaries and notes are ismskit's own paraphrases, never text of the standard. This record is
 * immutable and thread-safe.
 *
 * @param id the clause id
 * @param title the clause title, never blank
 * @param summary a short paraphrase of what the clause asks for, never blank
 * @param requirementBearing whether the clause itself carries requirements (the sub-clauses);
 *     top-level clauses and intermediate headings that only group sub-clauses do not
 * @param documentedInformation which documented information the clause itself makes mandatory, or
 *     empty if it makes none mandatory
 * @param changeNote what changed in this clause relative to the previous edition or through an
 *     amendment, or empty if nothing noteworthy changed
 */
public record Clause(
    ClauseId id,
    String title,
    String summary,
    boolean requirementBearing,
    Optional<String> documentedInformation,
    Optional<String> changeNote) {

  /**
   * Refuses null components and blank texts; a clause carrying mandatory documented information
   * must be requirement-bearing.
   */
  public Clause {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(documentedInformation, "documentedInformation");
    Objects.requireNonNull(changeNote, "changeNote");
    if (title.isBlank()) {
      throw new IllegalArgumentException("Clause.title: must not be blank for " + id);
    }
    if (summary.isBlank()) {
      throw new IllegalArgumentException("Clause.summary: must not be blank for " + id);
    }
    if (documentedInformation.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "Clause.documentedInformation: must not be blank for " + id);
    }
    if (changeNote.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException("Clause.changeNote: must not be blank for " + id);
    }
    if (documentedInformation.isPresent() && !requirementBearing) {
      throw new IllegalArgumentException(
          "Clause.documentedInformation: "
              + id
              + " is not requirement-bearing but makes documented information mandatory");
    }
  }

  /** Whether the clause itself makes documented information mandatory. */
  public boolean mandatoryDocumentedInformation() {
    return documentedInformation.isPresent();
  }

  /** The enclosing clause ({@code 6.1} for {@code 6.1.2}), or empty for a top-level clause. */
  public Optional<ClauseId> parent() {
    String v = id.value();
    int dot = v.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(ClauseId.of(v.substring(0, dot)));
  }

  /** Whether this is a top-level clause such as {@code 4}. */
  public boolean isTopLevel() {
    return id.value().indexOf('.') < 0;
  }

  /** Whether this is an intermediate heading: neither top-level nor requirement-bearing. */
  public boolean isHeading() {
    return !isTopLevel() && !requirementBearing;
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
