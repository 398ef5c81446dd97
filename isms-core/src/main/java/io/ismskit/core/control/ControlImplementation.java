package io.ismskit.core.control;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one control is implemented in the organization: status, owner, evidence, measured
 * effectiveness and when it was last tested (clause 8.3).
 *
 * <p>{@link #effectiveness()} is the fraction (0..1) by which the control, when fully implemented,
 * lowers the likelihood ({@link #likelihoodEffect()}) and/or the impact ({@link #impactEffect()})
 * of the risks it is linked to.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ControlImplementation implements WithControlImplementation {
  /** The control. */
  public abstract ControlId control();

  /** How far it is implemented. */
  public abstract ImplementationStatus status();

  /** Who is responsible for it. */
  public abstract PersonId owner();

  /** A description of how it is implemented. */
  public abstract Optional<String> description();

  /** Evidence that it operates. */
  public abstract List<DocumentId> evidence();

  /** Its measured or estimated effectiveness, 0..1. */
  public abstract Optional<Double> effectiveness();

  /** Whether the control lowers likelihood. */
  @Value.Default
  public boolean likelihoodEffect() {
    return true;
  }

  /** Whether the control lowers impact. */
  @Value.Default
  public boolean impactEffect() {
    return false;
  }

  /** When its effectiveness was last tested. */
  public abstract Optional<LocalDate> lastTested();

  /** When a planned implementation is due. */
  public abstract Optional<LocalDate> plannedCompletion();

  @Value.Check
  protected void check() {
    effectiveness().ifPresent(e -> Checks.range("ControlImplementation", "effectiveness", e, 0.0, 1.0));
    Checks.notBlank("ControlImplementation", "description", description());
    Checks.distinct("ControlImplementation", "evidence", evidence());
    Checks.date("ControlImplementation", "lastTested", lastTested());
    Checks.date("ControlImplementation", "plannedCompletion", plannedCompletion());
  }

  /** The effectiveness credited now: effectiveness (default 0) times the status's credit. */
  public double creditedEffectiveness() {
    return effectiveness().orElse(0.0) * status().credit();
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
   * Builds {@link ControlImplementation} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableControlImplementation.Builder {
    Builder() {}
  }
}
