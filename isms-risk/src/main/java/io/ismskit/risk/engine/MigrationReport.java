package io.ismskit.risk.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The explicit record of what an assessment run or a method migration changed: one {@link
 * RiskChange} per risk whose assessments or decision changed or that could not be scored, sorted
 * by risk id. Risks left exactly as they were are only counted.
 *
 * @param asOf the date of the run
 * @param criteriaVersion the version of the criteria applied, or {@code ""} when the ISMS has none
 * @param changes the changed and the unscored risks, sorted by risk id
 * @param unchanged how many risks were scored and left exactly as they were
 * @implSpec This class is immutable and thread-safe.
 */
public record MigrationReport(
    LocalDate asOf, String criteriaVersion, List<RiskChange> changes, int unchanged) {

  /** Requires all parts. */
  public MigrationReport {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(criteriaVersion, "criteriaVersion");
    changes = List.copyOf(changes);
    if (unchanged < 0) {
      throw new IllegalArgumentException("MigrationReport.unchanged: must be >= 0, was " + unchanged);
    }
  }

  /** The risks whose assessments or decision changed. */
  public List<RiskChange> changed() {
    return changes.stream().filter(RiskChange::changed).toList();
  }

  /** The risks that could not be scored and were left unchanged. */
  public List<RiskChange> notScored() {
    return changes.stream().filter(c -> !c.changed()).toList();
  }

  /** The changes that include {@code reason}. */
  public List<RiskChange> with(ChangeReason reason) {
    Objects.requireNonNull(reason, "reason");
    return changes.stream().filter(c -> c.reasons().contains(reason)).toList();
  }
}
