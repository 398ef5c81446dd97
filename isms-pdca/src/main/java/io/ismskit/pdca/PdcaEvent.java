package io.ismskit.pdca;

import io.ismskit.core.id.PersonId;
import java.time.LocalDate;

/**
 * A fact of the ISMS cycle, produced by an accepted {@link PdcaCommand}. The {@link CycleState} is
 * the fold of its events ({@link PdcaMachine#replay}). Every event has a stable {@link #type()} and
 * the {@link #version()} of its stored form; {@link EventCodec} stores events as {@link
 * EventRecord}s and reads those of older versions by upcasting them.
 */
public sealed interface PdcaEvent
    permits CycleStarted, PhaseAdvanced, CycleClosed, ReturnedToPlan, ChangeNoted, GateOverridden {
  /** The stable type of the event, such as {@code "phase-advanced"}. */
  String type();

  /** The version of the stored form this library writes for this type. */
  int version();

  /** The cycle the event belongs to. */
  int cycle();

  /** When it happened. */
  LocalDate on();

  /** Who gave the command that produced it. */
  PersonId by();
}
