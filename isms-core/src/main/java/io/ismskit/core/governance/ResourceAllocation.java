package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ResourceId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource determined as needed and provided for the ISMS (clause 7.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResourceAllocation implements WithResourceAllocation {
  /** The allocation's id. */
  public abstract ResourceId id();

  /** The kind of resource. */
  public abstract ResourceKind kind();

  /** What is provided, such as "0.5 FTE security engineer". */
  public abstract String description();

  /** The amount in the organization's currency, for budgets. */
  public abstract Optional<Double> amount();

  /** Who approved the allocation, and when. */
  public abstract Optional<Approval> approval();

  @Value.Check
  protected void check() {
    Checks.notBlank("ResourceAllocation", "description", description());
    amount().ifPresent(a -> Checks.nonNegative("ResourceAllocation", "amount", a));
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
   * Builds {@link ResourceAllocation} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableResourceAllocation.Builder {
    Builder() {}
  }
}
