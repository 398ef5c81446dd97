package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An internal audit programme (clause 9.2.2): the period it covers, how often audits happen, who
 * is responsible, how audits are done and reported.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditProgramme {
  /** The programme's id. */
  public abstract AuditProgrammeId id();

  /** The programme's name. */
  public abstract String name();

  /** The first day the programme covers. */
  public abstract LocalDate start();

  /** The last day the programme covers; all clauses and applicable controls are audited in between. */
  public abstract LocalDate end();

  /** How often the ISMS is audited (9.2.1: at planned intervals). */
  public abstract Period interval();

  /** Who is responsible for the programme. */
  public abstract PersonId owner();

  /** The audit methods. */
  public abstract Optional<String> methods();

  /** How results are reported. */
  public abstract Optional<String> reporting();

  /** Who approved the programme. */
  public abstract Optional<PersonId> approvedBy();

  @Value.Check
  protected void check() {
    Checks.notBlank("AuditProgramme", "name", name());
    Checks.order("AuditProgramme", "start", start(), "end", end());
    Checks.positive("AuditProgramme", "interval", interval());
  }

  /** Whether {@code date} lies within the programme period. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  /** A new builder. */
  public static ImmutableAuditProgramme.Builder builder() {
    return ImmutableAuditProgramme.builder();
  }
}
