package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A process of the ISMS (clause 4.4) — risk assessment, internal audit, incident management and
 * so on — with its owner, interactions, the clauses it serves, and its operating criteria (8.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IsmsProcess implements WithIsmsProcess {
  /** The process's id. */
  public abstract ProcessId id();

  /** The process's name. */
  public abstract String name();

  /** The person accountable for the process. */
  public abstract PersonId owner();

  /** What the process does. */
  public abstract Optional<String> description();

  /** Inputs of the process. */
  public abstract List<String> inputs();

  /** Outputs of the process. */
  public abstract List<String> outputs();

  /** The processes this one exchanges inputs and outputs with. */
  public abstract List<ProcessId> interactsWith();

  /** The clauses of the standard the process serves. */
  public abstract List<ClauseId> clauses();

  /** The criteria the process is operated and controlled against (8.1). */
  public abstract List<String> operatingCriteria();

  /** Whether the process, or part of it, is provided by another organization (8.1). */
  @Value.Default
  public boolean externallyProvided() {
    return false;
  }

  /** When the process was last carried out, as shown by its records. */
  public abstract Optional<LocalDate> lastPerformed();

  @Value.Check
  protected void check() {
    Checks.notBlank("IsmsProcess", "name", name());
    Checks.notBlank("IsmsProcess", "description", description());
    Checks.distinct("IsmsProcess", "interactsWith", interactsWith());
    Checks.distinct("IsmsProcess", "clauses", clauses());
    Checks.date("IsmsProcess", "lastPerformed", lastPerformed());
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
   * Builds {@link IsmsProcess} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableIsmsProcess.Builder {
    Builder() {}
  }
}
