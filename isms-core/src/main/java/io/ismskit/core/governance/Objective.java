package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ResourceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An information security objective and the plan to achieve it (clause 6.2): what, with which
 * resources, who, by when and how the result is evaluated.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Objective implements WithObjective {
  /** The objective's id. */
  public abstract ObjectiveId id();

  /** What the objective is. */
  public abstract String description();

  /** The policy the objective is consistent with. */
  public abstract Optional<PolicyId> policy();

  /** The function or level the objective is set at, such as "IT operations". */
  public abstract Optional<String> function();

  /** The metric the objective is measured with (9.1); empty if it is not measurable. */
  public abstract Optional<MetricId> metric();

  /** The target to reach, such as "≥ 95 % of staff trained". */
  public abstract String target();

  /** Who is responsible. */
  public abstract PersonId owner();

  /** The resources the plan needs (7.1). */
  public abstract List<ResourceId> resources();

  /** What will be done. */
  public abstract List<String> actions();

  /** When it is to be achieved. */
  public abstract LocalDate dueDate();

  /** How the result is evaluated. */
  public abstract Optional<String> evaluationMethod();

  /** When the objective was last evaluated. */
  public abstract Optional<LocalDate> lastEvaluated();

  /** When the objective was communicated. */
  public abstract Optional<LocalDate> communicatedOn();

  /** The current status. */
  public abstract ObjectiveStatus status();

  @Value.Check
  protected void check() {
    Checks.notBlank("Objective", "description", description());
    Checks.notBlank("Objective", "target", target());
    Checks.notBlank("Objective", "evaluationMethod", evaluationMethod());
    Checks.distinct("Objective", "resources", resources());
    Checks.date("Objective", "dueDate", dueDate());
    Checks.date("Objective", "lastEvaluated", lastEvaluated());
    Checks.date("Objective", "communicatedOn", communicatedOn());
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
   * Builds {@link Objective} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }
}
