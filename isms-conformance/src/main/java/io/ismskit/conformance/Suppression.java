package io.ismskit.conformance;

import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An approved, time-limited decision to hide the findings of one rule, for all entities or for
 * named ones: an accepted deviation, such as a known gap with an agreed plan.
 *
 * <p>A suppression hides a non-passing finding of rule {@link #ruleId()} when it is in force on the
 * as-of date ({@link #approvedOn()} &lt;= as-of &lt;= {@link #expiresOn()}) and either names no
 * entity (the whole rule) or names every entity of the finding. After {@link #expiresOn()} it no
 * longer hides anything: the finding is reported again, with a note saying the suppression expired.
 *
 * @param ruleId the rule whose findings are hidden
 * @param entities the entities covered; empty for every finding of the rule
 * @param justification why the deviation is accepted; never blank
 * @param approvedBy who approved the suppression
 * @param approvedOn when it was approved
 * @param expiresOn the last day it is in force
 */
public record Suppression(
    String ruleId,
    Set<EntityRef> entities,
    String justification,
    PersonId approvedBy,
    LocalDate approvedOn,
    LocalDate expiresOn) {

  /** Copies the entities into a sorted set; refuses a blank justification and an expiry before approval. */
  public Suppression {
    Objects.requireNonNull(ruleId, "ruleId");
    entities = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(entities));
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if (justification.isBlank()) {
      throw new IllegalArgumentException("Suppression.justification: must not be blank (rule " + ruleId + ")");
    }
    if (expiresOn.isBefore(approvedOn)) {
      throw new IllegalArgumentException(
          "Suppression.expiresOn: " + expiresOn + " is before approvedOn " + approvedOn + " (rule " + ruleId + ")");
    }
  }

  /** A suppression of every finding of {@code ruleId}. */
  public static Suppression ofRule(
      String ruleId, String justification, PersonId approvedBy, LocalDate approvedOn, LocalDate expiresOn) {
    return new Suppression(ruleId, Set.of(), justification, approvedBy, approvedOn, expiresOn);
  }

  /** Whether the suppression is in force on {@code date}. */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(approvedOn) && !date.isAfter(expiresOn);
  }

  /** Whether the suppression has expired on {@code date}. */
  public boolean expiredOn(LocalDate date) {
    return date.isAfter(expiresOn);
  }

  /** Whether the suppression concerns {@code finding} (same rule, not passing, entities covered), regardless of dates. */
  public boolean matches(Finding finding) {
    return finding.ruleId().equals(ruleId)
        && !finding.verdict().passing()
        && (entities.isEmpty() || (!finding.entities().isEmpty() && entities.containsAll(finding.entities())));
  }
}
