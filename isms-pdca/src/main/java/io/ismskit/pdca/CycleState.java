package io.ismskit.pdca;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where the ISMS cycle stands: the cycle number, the phase, when the cycle started and when each
 * of its phases was last entered, the items carried over from the previous cycle, the changes that
 * sent it back to PLAN, the criteria overridden in this cycle, and the date and number of the events
 * it is the fold of.
 *
 * <p>A state changes only through events: {@link #apply(PdcaEvent)} folds one in, and {@link
 * PdcaMachine#replay} folds a whole log, so that replaying the events a machine produced gives an
 * equal state. {@link #initial()} is the state before the first cycle (cycle 0).
 *
 * @param cycle the cycle number, from 1; 0 before the first cycle started
 * @param phase the current phase (PLAN before the first cycle)
 * @param startedOn when the current cycle started
 * @param enteredOn when each phase of the current cycle was last entered
 * @param carryOver the items carried over into the current cycle
 * @param replans the changes that sent the current cycle back to PLAN, not yet re-planned
 * @param overridden the criteria set aside by overrides in the current cycle, each {@code "<clause>
 *     <key>"}, in order
 * @param lastEventOn the date of the last event; commands may not be dated before it
 * @param events how many events the state is the fold of
 * @implSpec This class is immutable and thread-safe.
 */
public record CycleState(int cycle, Phase phase, Optional<LocalDate> startedOn, PhaseDates enteredOn,
    List<CarryOverItem> carryOver, List<PendingReplan> replans, List<String> overridden,
    Optional<LocalDate> lastEventOn, long events) {

  private static final CycleState INITIAL = new CycleState(0, Phase.PLAN, Optional.empty(), PhaseDates.NONE,
      List.of(), List.of(), List.of(), Optional.empty(), 0);

  /** Requires all parts; copies the lists (a no-op for the immutable lists the fold passes on). */
  public CycleState {
    if (cycle < 0 || events < 0) {
      throw new IllegalArgumentException("CycleState: cycle and events must be >= 0, were " + cycle + ", " + events);
    }
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(enteredOn, "enteredOn");
    carryOver = List.copyOf(carryOver);
    replans = List.copyOf(replans);
    overridden = List.copyOf(overridden);
    Objects.requireNonNull(lastEventOn, "lastEventOn");
  }

  /** The state before the first cycle: cycle 0, no event. */
  public static CycleState initial() {
    return INITIAL;
  }

  /** Whether the first cycle has started. */
  public boolean started() {
    return cycle > 0;
  }

  /**
   * Why {@code event} cannot follow this state, or {@code null} if it can: a wrong cycle or phase,
   * a transition the machine never makes, or a date before the last event.
   */
  public @Nullable String mismatch(PdcaEvent event) {
    Objects.requireNonNull(event, "event");
    if (lastEventOn.isPresent() && event.on().isBefore(lastEventOn.get())) {
      return "dated " + event.on() + ", before the last event on " + lastEventOn.get();
    }
    if (event instanceof CycleStarted e) {
      return cycle != 0 || e.cycle() != 1 ? "cycle " + e.cycle() + " started while the state is in cycle " + cycle
          + "; only cycle 1 starts, later ones open when the previous one closes" : null;
    }
    if (!started()) {
      return "a " + event.type() + " event before the first cycle started";
    }
    if (event.cycle() != cycle) {
      return "an event of cycle " + event.cycle() + " while the state is in cycle " + cycle;
    }
    if (event instanceof PhaseAdvanced e) {
      return e.from() != phase || e.from() == Phase.ACT || e.to() != e.from().next()
          ? "a transition from " + e.from() + " to " + e.to() + " while the state is in " + phase : null;
    }
    if (event instanceof CycleClosed) {
      return phase != Phase.ACT ? "the cycle closed from " + phase + ", not from ACT" : null;
    }
    if (event instanceof ReturnedToPlan e) {
      return e.from() != phase || (phase != Phase.DO && phase != Phase.CHECK)
          ? "a return to PLAN from " + e.from() + " while the state is in " + phase : null;
    }
    if (event instanceof ChangeNoted e) {
      return e.phase() != phase || (phase != Phase.DO && phase != Phase.CHECK)
          ? "a change noted in " + e.phase() + " while the state is in " + phase : null;
    }
    if (event instanceof GateOverridden e) {
      return e.phase() != phase ? "an override of the " + e.phase() + " gate while the state is in " + phase : null;
    }
    return "an event of unknown class " + event.getClass().getName();
  }

  /**
   * This state with {@code event} folded in. The event must fit ({@link #mismatch(PdcaEvent)} is
   * {@code null}); the events {@link PdcaMachine#apply} produces always do.
   *
   * @throws IllegalArgumentException if the event does not fit
   */
  public CycleState apply(PdcaEvent event) {
    String why = mismatch(event);
    if (why != null) {
      throw new IllegalArgumentException("CycleState.apply: " + why);
    }
    return fold(event);
  }

  /** The fold step, for events known to fit. */
  CycleState fold(PdcaEvent event) {
    Optional<LocalDate> on = Optional.of(event.on());
    long n = events + 1;
    if (event instanceof PhaseAdvanced e) {
      return new CycleState(cycle, e.to(), startedOn, enteredOn.with(e.to(), e.on()), carryOver,
          e.from() == Phase.PLAN ? List.of() : replans, overridden, on, n);
    }
    if (event instanceof CycleClosed e) {
      return new CycleState(cycle + 1, Phase.PLAN, on, PhaseDates.planOn(e.on()), e.carriedOver(), List.of(),
          List.of(), on, n);
    }
    if (event instanceof CycleStarted e) {
      return new CycleState(e.cycle(), Phase.PLAN, on, PhaseDates.planOn(e.on()), List.of(), List.of(), List.of(),
          on, n);
    }
    if (event instanceof ReturnedToPlan e) {
      List<PendingReplan> r = new ArrayList<>(replans);
      r.add(new PendingReplan(e.change(), e.on(), e.affected()));
      return new CycleState(cycle, Phase.PLAN, startedOn, enteredOn.with(Phase.PLAN, e.on()), carryOver, r,
          overridden, on, n);
    }
    if (event instanceof GateOverridden e) {
      List<String> o = new ArrayList<>(overridden);
      o.addAll(e.criteria());
      return new CycleState(cycle, phase, startedOn, enteredOn, carryOver, replans, o, on, n);
    }
    // ChangeNoted: the phase stays
    return new CycleState(cycle, phase, startedOn, enteredOn, carryOver, replans, overridden, on, n);
  }

  @Override
  public String toString() {
    return started() ? "cycle " + cycle + " " + phase + " " + enteredOn + (carryOver.isEmpty() ? ""
        : ", " + carryOver.size() + " carried over") + (replans.isEmpty() ? "" : ", " + replans.size() + " to re-plan")
        : "not started";
  }
}
