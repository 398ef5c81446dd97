package io.ismskit.pdca;

import java.util.List;
import java.util.Objects;

/**
 * An accepted command: the new state and the events that lead to it, in order. Folding {@link
 * #events()} into the state before the command gives {@link #state()}.
 *
 * @param state the state after the command
 * @param events the events the command produced; at least one
 * @implSpec This class is immutable and thread-safe.
 */
public record Transition(CycleState state, List<PdcaEvent> events) {
  /** Copies the events; requires at least one. */
  public Transition {
    Objects.requireNonNull(state, "state");
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("Transition: needs at least one event");
    }
  }
}
