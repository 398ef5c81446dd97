package io.ismskit.pdca;

import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A planned change that sent the cycle back to PLAN and is not yet re-planned: the risks it names
 * must be assessed on or after {@link #recordedOn()} before the plan is approved again (6.3, 8.2).
 *
 * @param change the planned change
 * @param recordedOn when it was recorded
 * @param affected the risks, assets and controls the change names
 * @implSpec This class is immutable and thread-safe.
 */
public record PendingReplan(ChangeId change, LocalDate recordedOn, List<EntityRef> affected) {
  /** Copies the list; requires all parts. */
  public PendingReplan {
    Objects.requireNonNull(change, "PendingReplan.change: must not be null");
    Objects.requireNonNull(recordedOn, "PendingReplan.recordedOn: must not be null");
    affected = List.copyOf(affected);
  }
}
