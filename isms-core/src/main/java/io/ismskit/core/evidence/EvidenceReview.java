package io.ismskit.core.evidence;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The review of an item of evidence: who reviewed it, when, and whether it was found sufficient to
 * show what it is linked to. The three go together: a review is set, changed or cleared in one call
 * ({@code item.withReview(EvidenceReview.sufficient(ciso, date))}).
 *
 * @param by who reviewed the evidence
 * @param on when; a {@linkplain io.ismskit.core.base.Dates supported} date
 * @param sufficient whether the evidence was found sufficient
 * @implSpec This class is immutable and thread-safe.
 */
public record EvidenceReview(PersonId by, LocalDate on, boolean sufficient) {
  /** Requires a reviewer and a supported date. */
  public EvidenceReview {
    Objects.requireNonNull(by, "EvidenceReview.by: must not be null");
    Checks.date("EvidenceReview", "on", on);
  }

  /** A review by {@code by} on {@code on} that found the evidence sufficient. */
  public static EvidenceReview sufficient(PersonId by, LocalDate on) {
    return new EvidenceReview(by, on, true);
  }

  /** A review by {@code by} on {@code on} that found the evidence insufficient. */
  public static EvidenceReview insufficient(PersonId by, LocalDate on) {
    return new EvidenceReview(by, on, false);
  }

  @Override
  public String toString() {
    return (sufficient ? "sufficient" : "insufficient") + " (" + by + " on " + on + ")";
  }
}
