package io.ismskit.pdca;

import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import java.util.Objects;

/**
 * Records a planned change to the ISMS (clause 6.3) while in DO or CHECK. Under the profile's
 * {@link ChangeRule}, a change that affects the plan sends the cycle back to PLAN, where the risks it
 * names must be re-assessed before the plan is approved again; any other change is noted in the
 * log and the phase stays.
 *
 * @param change the planned change, which the ISMS must hold
 * @param by who records it
 */
public record RecordChange(ChangeId change, PersonId by) implements PdcaCommand {
  /** Requires both parts. */
  public RecordChange {
    Objects.requireNonNull(change, "RecordChange.change: must not be null");
    Objects.requireNonNull(by, "RecordChange.by: must not be null");
  }

  @Override
  public CommandKind kind() {
    return CommandKind.RECORD_CHANGE;
  }
}
