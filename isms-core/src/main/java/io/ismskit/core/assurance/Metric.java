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
 * What is monitored and measured, how, from which data, when, by whom, and when and by whom the
 * results are analysed and evaluated (clause 9.1 a to f), against which target and threshold.
 *
 * <p>The {@link #target()} is the value aimed for; the {@link #threshold()} the value at which
 * action is taken, on the worse side of the target (below it when {@link #higherIsBetter()}).
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

  /** Where the data comes from, such as "Intune compliance report" (9.1 b). */
  public abstract Optional<String> dataSource();

  /** How often the results are analysed and evaluated (9.1 e), if not at every measurement. */
  public abstract Optional<Period> analysisFrequency();

  /** The unit, such as "%". */
  public abstract Optional<String> unit();

  /** The target value, if any. */
  public abstract Optional<Double> target();

  /** The value at which action is taken, if any; not on the better side of the target. */
  public abstract Optional<Double> threshold();

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
    threshold().ifPresent(t -> Checks.finite("Metric", "threshold", t));
    Checks.notBlank("Metric", "dataSource", dataSource());
    Checks.positive("Metric", "analysisFrequency", analysisFrequency());
    if (target().isPresent() && threshold().isPresent()) {
      double target = target().get();
      double threshold = threshold().get();
      Checks.consistent(higherIsBetter() ? threshold <= target : threshold >= target, "Metric", "threshold",
          threshold, "must not be better than the target " + target + (higherIsBetter()
              ? " (higher is better)" : " (lower is better)"));
    }
  }

  /** Whether {@code value} reaches the target: at or beyond it in the better direction; empty without a target. */
  public Optional<Boolean> meetsTarget(double value) {
    return target().map(t -> higherIsBetter() ? value >= t : value <= t);
  }

  /** Whether {@code value} breaches the threshold: beyond it in the worse direction; false without a threshold. */
  public boolean breachesThreshold(double value) {
    return threshold().map(t -> higherIsBetter() ? value < t : value > t).orElse(false);
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
