package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is monitored and measured, how, when, by whom, and when and by whom the results are
 * analysed and evaluated (clause 9.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Metric implements WithMetric {
  /** The metric's id. */
  public abstract MetricId id();

  /** The metric's name. */
  public abstract String name();

  /** What is measured. */
  public abstract String description();

  /** The method giving valid, comparable, reproducible results (9.1 b). */
  public abstract String method();

  /** How often it is measured (9.1 c). */
  public abstract Period frequency();

  /** Who measures (9.1 d). */
  public abstract PersonId measuredBy();

  /** Who analyses and evaluates the results (9.1 f). */
  public abstract PersonId evaluatedBy();

  /** The unit, such as "%". */
  public abstract Optional<String> unit();

  /** The target value, if any. */
  public abstract Optional<Double> target();

  /** Whether higher values are better (for comparing with the target). */
  @Value.Default
  public boolean higherIsBetter() {
    return true;
  }

  /** The objective the metric measures. */
  public abstract Optional<ObjectiveId> objective();

  /** The control the metric measures. */
  public abstract Optional<ControlId> control();

  /** The process the metric measures. */
  public abstract Optional<ProcessId> process();

  @Value.Check
  protected void check() {
    Checks.notBlank("Metric", "name", name());
    Checks.notBlank("Metric", "description", description());
    Checks.notBlank("Metric", "method", method());
    Checks.positive("Metric", "frequency", frequency());
    target().ifPresent(t -> Checks.finite("Metric", "target", t));
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
   * Builds {@link Metric} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }
}
