package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The review of a corrective action's effectiveness (clause 10.2 d).
 *
 * @param reviewedOn when
 * @param reviewedBy who
 * @param effective whether the action removed the cause
 * @param notes the evidence considered
 */
public record EffectivenessReview(LocalDate reviewedOn, PersonId reviewedBy, boolean effective, String notes) {
  /** Requires all parts; refuses blank notes. */
  public EffectivenessReview {
    Objects.requireNonNull(reviewedOn, "reviewedOn");
    Objects.requireNonNull(reviewedBy, "reviewedBy");
    Checks.notBlank("EffectivenessReview", "notes", notes);
  }
}
