package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One result of a metric, who measured it, and its analysis and evaluation: what it showed, when,
 * and by whom (clause 9.1 c to f).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Measurement implements WithMeasurement {
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

  /** The evaluation of the result and when it was made (9.1 e, f). */
  public abstract Optional<Evaluation> evaluation();

  /** Who analysed and evaluated the result (9.1 f). */
  public abstract Optional<PersonId> evaluatedBy();

  @Value.Check
  protected void check() {
    Checks.finite("Measurement", "value", value());
    Checks.date("Measurement", "measuredOn", measuredOn());
    evaluation().ifPresent(e -> Checks.order("Measurement", "measuredOn", measuredOn(), "evaluation.on", e.on()));
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
   * Builds {@link Measurement} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableMeasurement.Builder {
    Builder() {}
  }
}
