package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A phase left through its gate for the next one, within a cycle: PLAN to DO, DO to CHECK, CHECK to
 * ACT. (Leaving ACT closes the cycle: {@link CycleClosed}.)
 *
 * <p>Version 2 records the phase left ({@code from}); version 1 recorded only the phase entered,
 * and is upcast by {@link EventCodec}.
 *
 * @param cycle the cycle
 * @param from the phase left
 * @param to the phase entered
 * @param on when
 * @param by who gave the command
 */
public record PhaseAdvanced(int cycle, Phase from, Phase to, LocalDate on, PersonId by) implements PdcaEvent {
  /** The stable type name. */
  public static final String TYPE = "phase-advanced";

  /** The version of the stored form. */
  public static final int VERSION = 2;

  /** Requires all parts. */
  public PhaseAdvanced {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
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
