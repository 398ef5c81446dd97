package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A nonconformity: a requirement not fulfilled (clause 10.2), with its correction, root-cause
 * analysis, the check for similar cases, its reopenings, and its closure. Its {@link #progress()}
 * says where it stands in the life cycle of {@link NonconformityStatus}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Nonconformity implements WithNonconformity {
  /** Whether a nonconformity is major or minor. */
  public enum Grade {
    /** A requirement absent or systematically unmet. */
    MAJOR,
    /** An isolated lapse. */
    MINOR
  }

  /** The nonconformity's id. */
  public abstract NonconformityId id();

  /** Where it was detected. */
  public abstract NonconformitySource source();

  /** Major or minor. */
  public abstract Grade grade();

  /** What is wrong. */
  public abstract String description();

  /** The clause not fulfilled. */
  public abstract Optional<ClauseId> clause();

  /** The control not fulfilled. */
  public abstract Optional<ControlId> control();

  /** The audit finding that raised it. */
  public abstract Optional<FindingId> finding();

  /** The incident that revealed it. */
  public abstract Optional<IncidentId> incident();

  /** When it was raised. */
  public abstract LocalDate raisedOn();

  /** Who is responsible for handling it. */
  public abstract PersonId owner();

  /** The correction: what was done to control and fix it (10.2 a). */
  public abstract Optional<String> correction();

  /** When it was corrected. */
  public abstract Optional<LocalDate> correctedOn();

  /** The root cause found (10.2 b 2). */
  public abstract Optional<String> rootCause();

  /** Whether similar nonconformities exist or could occur, as checked (10.2 b 3). */
  public abstract Optional<String> similarCheck();

  /** When the causes were analysed (root cause and similar cases); the latest analysis after a reopening. */
  public abstract Optional<LocalDate> causeAnalysedOn();

  /**
   * The dates the nonconformity was reopened because an effectiveness review found its corrective
   * action ineffective, oldest first.
   */
  public abstract List<LocalDate> reopenedOn();

  /** When corrective action must be complete. */
  public abstract Optional<LocalDate> dueDate();

  /** The status and, once closed, when. */
  public abstract NonconformityProgress progress();

  /** Similar nonconformities found when checking whether it exists or could occur elsewhere (10.2 b 3). */
  public abstract List<NonconformityId> similar();

  /** The changes made to the ISMS because of it (10.2 e, 6.3). */
  public abstract List<ChangeId> changes();

  @Value.Check
  protected void check() {
    String t = "Nonconformity";
    Checks.notBlank(t, "description", description());
    Checks.notBlank(t, "correction", correction());
    Checks.notBlank(t, "rootCause", rootCause());
    Checks.notBlank(t, "similarCheck", similarCheck());
    Checks.order(t, "raisedOn", raisedOn(), "correctedOn", correctedOn());
    Checks.date(t, "raisedOn", raisedOn());
    Checks.date(t, "correctedOn", correctedOn());
    Checks.date(t, "dueDate", dueDate());
    Checks.date(t, "causeAnalysedOn", causeAnalysedOn());
    Checks.order(t, "raisedOn", raisedOn(), "causeAnalysedOn", causeAnalysedOn());
    LocalDate previous = raisedOn();
    String previousField = "raisedOn";
    for (LocalDate d : reopenedOn()) {
      Checks.date(t, "reopenedOn", d);
      Checks.order(t, previousField, previous, "reopenedOn", d);
      previous = d;
      previousField = "reopenedOn (the previous date)";
    }
    Checks.order(t, "raisedOn", raisedOn(), "progress.closedOn", progress().closedOn());
    Checks.distinct(t, "similar", similar());
    Checks.consistent(!similar().contains(id()), t, "similar", id(), "must not name the nonconformity itself");
    Checks.distinct(t, "changes", changes());
  }

  /** Whether the nonconformity is closed. */
  public boolean closed() {
    return progress().isClosed();
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
   * Builds {@link Nonconformity} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableNonconformity.Builder {
    Builder() {}
  }
}
