package io.ismskit.pdca;

import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A planned change recorded in DO or CHECK sent the cycle back to PLAN (6.3).
 *
 * @param cycle the cycle
 * @param from the phase left: DO or CHECK
 * @param change the planned change
 * @param affected the risks, assets and controls it names
 * @param on when
 * @param by who recorded it
 */
public record ReturnedToPlan(int cycle, Phase from, ChangeId change, List<EntityRef> affected, LocalDate on,
    PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "returned-to-plan";

  /** The version of the stored form. */
  public static final int VERSION = 1;

  /** Copies the list; requires all parts. */
  public ReturnedToPlan {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(change, "change");
    affected = List.copyOf(affected);
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
