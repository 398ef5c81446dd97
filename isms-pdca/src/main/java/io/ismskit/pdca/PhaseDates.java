package io.ismskit.pdca;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When each phase of the current cycle was last entered.
 *
 * @param plan when PLAN was entered (at the start of the cycle, or on a return to PLAN)
 * @param doPhase when DO was entered
 * @param check when CHECK was entered
 * @param act when ACT was entered
 * @implSpec This class is immutable and thread-safe.
 */
public record PhaseDates(Optional<LocalDate> plan, Optional<LocalDate> doPhase, Optional<LocalDate> check,
    Optional<LocalDate> act) {
  /** No phase entered. */
  public static final PhaseDates NONE = new PhaseDates(Optional.empty(), Optional.empty(), Optional.empty(),
      Optional.empty());

  /** Requires all parts. */
  public PhaseDates {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(doPhase, "doPhase");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(act, "act");
  }

  /** When {@code phase} was last entered in the current cycle. */
  public Optional<LocalDate> get(Phase phase) {
    return switch (phase) {
      case PLAN -> plan;
      case DO -> doPhase;
      case CHECK -> check;
      case ACT -> act;
    };
  }

  /** These dates with {@code phase} entered on {@code on}. */
  public PhaseDates with(Phase phase, LocalDate on) {
    Optional<LocalDate> d = Optional.of(on);
    return switch (phase) {
      case PLAN -> new PhaseDates(d, doPhase, check, act);
      case DO -> new PhaseDates(plan, d, check, act);
      case CHECK -> new PhaseDates(plan, doPhase, d, act);
      case ACT -> new PhaseDates(plan, doPhase, check, d);
    };
  }

  /** Only PLAN entered, on {@code on}: the dates of a new cycle. */
  public static PhaseDates planOn(LocalDate on) {
    return new PhaseDates(Optional.of(on), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (Phase p : Phase.values()) {
      get(p).ifPresent(d -> b.append(b.length() > 1 ? ", " : "").append(p).append('=').append(d));
    }
    return b.append('}').toString();
  }
}
