package io.ismskit.core.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one clause of ISO/IEC 27001:2013 (clauses 4 to 10) corresponds to the 2022 edition.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param clause2013 the 2013 clause number, such as {@code "9.2"}; empty for a clause new in 2022
 * @param clauses2022 the 2022 clause(s) holding its requirements, never empty
 * @param change the kind of change
 */
public record ClauseCorrespondence(
    Optional<String> clause2013, List<ClauseId> clauses2022, ClauseChange change) {
  /** Refuses empty 2022 clauses and a change kind that contradicts the other components. */
  public ClauseCorrespondence {
    Objects.requireNonNull(clause2013, "clause2013");
    Objects.requireNonNull(change, "change");
    clauses2022 = List.copyOf(Objects.requireNonNull(clauses2022, "clauses2022"));
    if (clauses2022.isEmpty()) {
      throw new IllegalArgumentException("ClauseCorrespondence.clauses2022: must not be empty");
    }
    if ((change == ClauseChange.NEW) == clause2013.isPresent()) {
      throw new IllegalArgumentException(
          "ClauseCorrespondence.clause2013: must be empty exactly when change is NEW, was "
              + clause2013);
    }
    if ((change == ClauseChange.SPLIT) != (clauses2022.size() > 1)) {
      throw new IllegalArgumentException(
          "ClauseCorrespondence.clauses2022: more than one clause exactly when change is SPLIT, was"
              + " "
              + clauses2022);
    }
    if (change == ClauseChange.UNCHANGED
        && !clause2013.orElseThrow().equals(clauses2022.get(0).value())) {
      throw new IllegalArgumentException(
          "ClauseCorrespondence.change: UNCHANGED needs the same number, was "
              + clause2013.get()
              + " -> "
              + clauses2022);
    }
  }
}
