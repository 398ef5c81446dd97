package io.ismskit.export.view;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the ISMS stands in its plan-do-check-act cycle, as the reports show it: the phase (when a
 * source tracks one), the cycle, what is due and free notes.
 *
 * @param phase the current phase, such as {@code "Check"}; empty when the source does not track
 *     phases
 * @param cycle the cycle, such as {@code "2026"}; empty when the source does not know it
 * @param due what is due, overdue first, by due date
 * @param notes remarks for people, such as the exit criteria of the phase still unmet
 * @implSpec This class is immutable and thread-safe.
 */
public record PdcaStatus(Optional<String> phase, Optional<String> cycle, List<DueItem> due, List<String> notes) {
  /** Copies the lists; requires all parts. */
  public PdcaStatus {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(cycle, "cycle");
    due = List.copyOf(due);
    notes = List.copyOf(notes);
  }
}
