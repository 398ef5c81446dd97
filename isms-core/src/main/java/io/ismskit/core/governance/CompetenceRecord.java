package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Documented evidence that a person has a competence (clause 7.2), or an action taken to close a
 * competence gap and the evaluation of its effectiveness (7.2 c).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetenceRecord implements WithCompetenceRecord {
  /** The record's id. */
  public abstract CompetenceRecordId id();

  /** The person. */
  public abstract PersonId person();

  /** The competence, matching a role's required competence. */
  public abstract String competence();

  /** The role whose required competence this record evidences (7.2 a, d), if it is for one. */
  public abstract Optional<RoleId> role();

  /** How the competence was obtained. */
  public abstract EvidenceType evidenceType();

  /** Where the evidence is, such as a certificate or a training record. */
  public abstract Optional<DocumentId> evidence();

  /** When the competence was obtained. */
  public abstract LocalDate obtainedOn();

  /** When the competence expires, if it does. */
  public abstract Optional<LocalDate> validUntil();

  /** Whether the record documents an action that closed a gap (training, mentoring, hiring). */
  @Value.Default
  public boolean gapAction() {
    return false;
  }

  /** When the effectiveness of the gap action was evaluated (7.2 c). */
  public abstract Optional<LocalDate> effectivenessEvaluatedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("CompetenceRecord", "competence", competence());
    Checks.date("CompetenceRecord", "obtainedOn", obtainedOn());
    Checks.date("CompetenceRecord", "validUntil", validUntil());
    Checks.date("CompetenceRecord", "effectivenessEvaluatedOn", effectivenessEvaluatedOn());
    Checks.order("CompetenceRecord", "obtainedOn", obtainedOn(), "validUntil", validUntil());
  }

  /** Whether the competence is valid on {@code date}. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(obtainedOn()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link CompetenceRecord} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCompetenceRecord.Builder {
    Builder() {}
  }
}
