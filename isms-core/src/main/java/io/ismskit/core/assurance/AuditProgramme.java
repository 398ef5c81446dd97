package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An internal audit programme (clause 9.2.2): the period it covers, how often audits happen, who
 * is responsible, how audits are done and reported, and its risk basis — the weight given to each
 * process by its importance and the results of previous audits ({@link #priorities()}).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditProgramme implements WithAuditProgramme {
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

  /** How the programme weighs the importance of processes and the results of previous audits. */
  public abstract Optional<String> riskBasis();

  /** The weight given to each process; each process at most once. */
  public abstract List<AuditPriority> priorities();

  /** Who approved the programme. */
  public abstract Optional<PersonId> approvedBy();

  @Value.Check
  protected void check() {
    Checks.notBlank("AuditProgramme", "name", name());
    Checks.date("AuditProgramme", "start", start());
    Checks.date("AuditProgramme", "end", end());
    Checks.order("AuditProgramme", "start", start(), "end", end());
    Checks.positive("AuditProgramme", "interval", interval());
    Checks.notBlank("AuditProgramme", "riskBasis", riskBasis());
    Checks.distinct("AuditProgramme", "priorities.process",
        priorities().stream().map(AuditPriority::process).toList());
  }

  /** Whether {@code date} lies within the programme period. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
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
   * Builds {@link AuditProgramme} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableAuditProgramme.Builder {
    Builder() {}
  }
}
