package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ResourceId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resource determined as needed and provided for the ISMS (clause 7.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ResourceAllocation {
  /** The allocation's id. */
  public abstract ResourceId id();

  /** The kind of resource. */
  public abstract ResourceKind kind();

  /** What is provided, such as "0.5 FTE security engineer". */
  public abstract String description();

  /** The amount in the organization's currency, for budgets. */
  public abstract Optional<Double> amount();

  /** Who approved the allocation. */
  public abstract Optional<PersonId> approvedBy();

  /** When the allocation was approved. */
  public abstract Optional<LocalDate> approvedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("ResourceAllocation", "description", description());
    amount().ifPresent(a -> Checks.nonNegative("ResourceAllocation", "amount", a));
    Checks.together("ResourceAllocation", "approvedBy", approvedBy(), "approvedOn", approvedOn());
  }

  /** A new builder. */
  public static ImmutableResourceAllocation.Builder builder() {
    return ImmutableResourceAllocation.builder();
  }
}
