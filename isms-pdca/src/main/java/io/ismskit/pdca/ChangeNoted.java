package io.ismskit.pdca;

import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A planned change recorded in DO or CHECK that, under the profile's {@link ChangeRule}, does not
 * send the cycle back to PLAN: it is noted and the phase stays.
 *
 * @param cycle the cycle
 * @param phase the phase it was recorded in
 * @param change the planned change
 * @param on when
 * @param by who recorded it
 */
public record ChangeNoted(int cycle, Phase phase, ChangeId change, LocalDate on, PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "change-noted";

  /** The version of the stored form. */
  public static final int VERSION = 1;

  /** Requires all parts. */
  public ChangeNoted {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(by, "by");
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public int version() {
    return VERSION;
  }
}
