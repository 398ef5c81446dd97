package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The review of a corrective action's effectiveness (clause 10.2 d).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EffectivenessReview implements WithEffectivenessReview {
  /** When the review took place. */
  public abstract LocalDate reviewedOn();

  /** Who reviewed. */
  public abstract PersonId reviewedBy();

  /** Whether the action removed the cause. */
  public abstract boolean effective();

  /** The evidence considered; never blank. */
  public abstract String notes();

  @Value.Check
  protected void check() {
    Checks.date("EffectivenessReview", "reviewedOn", reviewedOn());
    Checks.notBlank("EffectivenessReview", "notes", notes());
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
   * Builds {@link EffectivenessReview} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableEffectivenessReview.Builder {
    Builder() {}
  }
}
