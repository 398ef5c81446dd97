package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a metric, and its evaluation (clause 9.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement {
  /** The measurement's id. */
  public abstract MeasurementId id();

  /** The metric. */
  public abstract MetricId metric();

  /** When it was measured. */
  public abstract LocalDate measuredOn();

  /** The value. */
  public abstract double value();

  /** Who measured. */
  public abstract Optional<PersonId> measuredBy();

  /** The evaluation of the result. */
  public abstract Optional<String> evaluation();

  /** When it was evaluated. */
  public abstract Optional<LocalDate> evaluatedOn();

  @Value.Check
  protected void check() {
    if (!Double.isFinite(value())) {
      throw new IllegalStateException("Measurement.value: must be finite, was " + value() + " in " + id());
    }
    Checks.notBlank("Measurement", "evaluation", evaluation());
    Checks.together("Measurement", "evaluation", evaluation(), "evaluatedOn", evaluatedOn());
    Checks.order("Measurement", "measuredOn", measuredOn(), "evaluatedOn", evaluatedOn());
  }

  /** A new builder. */
  public static ImmutableMeasurement.Builder builder() {
    return ImmutableMeasurement.builder();
  }
}
