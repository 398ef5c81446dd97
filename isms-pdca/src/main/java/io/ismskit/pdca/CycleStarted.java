package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The first cycle started, in PLAN.
 *
 * <p>Version 2 names the date {@code on}; version 1 named it {@code date}, and is upcast by {@link
 * EventCodec}.
 *
 * @param cycle always 1
 * @param on when
 * @param by who started it
 */
public record CycleStarted(int cycle, LocalDate on, PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "cycle-started";

  /** The version of the stored form. */
  public static final int VERSION = 2;

  /** Requires all parts. */
  public CycleStarted {
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
