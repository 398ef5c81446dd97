/**
 * The ISMS cycle — plan, do, check, act — as an event-sourced state machine with gates grounded in
 * the clauses of ISO/IEC 27001:2022.
 *
 * <p>{@link io.ismskit.pdca.PdcaMachine} applies {@link io.ismskit.pdca.PdcaCommand}s to a {@link
 * io.ismskit.pdca.CycleState} and returns either a {@link io.ismskit.pdca.Refusal} (every problem
 * and every unmet exit criterion, each with its clause, the entities at fault and what to do) or a
 * {@link io.ismskit.pdca.Transition} (the new state and the {@link io.ismskit.pdca.PdcaEvent}s that
 * lead to it). The state is the fold of its events ({@link io.ismskit.pdca.PdcaMachine#replay});
 * {@link io.ismskit.pdca.EventCodec} stores events as versioned {@link
 * io.ismskit.pdca.EventRecord}s and reads older versions, {@link io.ismskit.pdca.EventLog} writes
 * and reads them as text lines. A {@link io.ismskit.pdca.Profile} sets the thresholds and intervals
 * of the gates ({@code strict}, {@code lean}, or custom); {@link io.ismskit.pdca.TransitionTable}
 * exports the table as Graphviz DOT and Mermaid.
 *
 * <p>The nonconformity life cycle is in {@link io.ismskit.pdca.nonconformity}, the certification
 * cycle in {@link io.ismskit.pdca.certification}, and what is due when in {@link
 * io.ismskit.pdca.calendar}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment: every command is
 * dated by the {@code asOf} it is applied on.
 */
@NullMarked
package io.ismskit.pdca;

import org.jspecify.annotations.NullMarked;
