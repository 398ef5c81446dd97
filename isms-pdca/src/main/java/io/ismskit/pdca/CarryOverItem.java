package io.ismskit.pdca;

import io.ismskit.core.id.EntityRef;
import java.util.Objects;

/**
 * An item still open when a cycle closed, carried into the next one: a nonconformity, a corrective
 * action, an improvement, a planned change, an overdue treatment action's risk, an open finding of
 * the certification body, or an exit criterion set aside by an override.
 *
 * @param ref the entity, such as {@code Nonconformity:NC-7}, or {@code Criterion:<clause key>} for an
 *     overridden criterion
 * @param reason why it is still open, such as {@code "status ACTION_IN_PROGRESS"}
 * @implSpec This class is immutable and thread-safe.
 */
public record CarryOverItem(EntityRef ref, String reason) {
  /** The type of the references of overridden criteria. */
  public static final String CRITERION = "Criterion";

  /** Requires both parts. */
  public CarryOverItem {
    Objects.requireNonNull(ref, "CarryOverItem.ref: must not be null");
    Objects.requireNonNull(reason, "CarryOverItem.reason: must not be null");
  }

  @Override
  public String toString() {
    return ref + " (" + reason + ")";
  }
}
