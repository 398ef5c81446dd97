package io.ismskit.pdca;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transition table of the ISMS cycle, shared by every machine and every cycle: which command
 * leads from which phase to which, through which gate. Exported as Graphviz DOT ({@link #toDot()})
 * and Mermaid ({@link #toMermaid()}) for documentation and for hosts that draw the cycle.
 *
 * @implSpec Immutable and thread-safe; the exports are deterministic.
 */
public final class TransitionTable {
  /**
   * One transition.
   *
   * @param from the phase left; empty for the start, before the first cycle
   * @param command the command
   * @param to the phase entered
   * @param guard what must hold, in a few words
   * @param gated whether it passes through a phase's gate (and so can be overridden)
   */
  public record Row(Optional<Phase> from, CommandKind command, Phase to, String guard, boolean gated) {
    /** Requires all parts. */
    public Row {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(command, "command");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(guard, "guard");
    }
  }

  static final TransitionTable INSTANCE = new TransitionTable(List.of(
      new Row(Optional.empty(), CommandKind.START_CYCLE, Phase.PLAN, "cycle 1", false),
      new Row(Optional.of(Phase.PLAN), CommandKind.APPROVE_PLAN, Phase.DO, "clauses 4-6 met", true),
      new Row(Optional.of(Phase.DO), CommandKind.COMPLETE_OPERATION, Phase.CHECK, "clauses 7-8 met", true),
      new Row(Optional.of(Phase.CHECK), CommandKind.COMPLETE_EVALUATION, Phase.ACT, "clause 9 met", true),
      new Row(Optional.of(Phase.ACT), CommandKind.CLOSE_CYCLE, Phase.PLAN, "clause 10 met, next cycle, open items "
          + "carried over", true),
      new Row(Optional.of(Phase.DO), CommandKind.RECORD_CHANGE, Phase.PLAN, "change affects the plan (6.3)", false),
      new Row(Optional.of(Phase.CHECK), CommandKind.RECORD_CHANGE, Phase.PLAN, "change affects the plan (6.3)", false),
      new Row(Optional.of(Phase.DO), CommandKind.RECORD_CHANGE, Phase.DO, "other change, noted", false),
      new Row(Optional.of(Phase.CHECK), CommandKind.RECORD_CHANGE, Phase.CHECK, "other change, noted", false)));

  private final List<Row> rows;

  private TransitionTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Every transition, the four phase transitions first. */
  public List<Row> rows() {
    return rows;
  }

  /** The transitions that leave {@code phase}. */
  public List<Row> from(Phase phase) {
    return rows.stream().filter(r -> r.from().equals(Optional.of(phase))).toList();
  }

  /**
   * The table as a Graphviz DOT digraph: phases as boxes, the start as a point, gated transitions
   * solid with their clauses (and "or OVERRIDE"), returns to PLAN dashed, noted changes dotted.
   */
  public String toDot() {
    StringBuilder b = new StringBuilder();
    b.append("digraph pdca {\n");
    b.append("  rankdir=LR;\n");
    b.append("  node [shape=box, style=rounded];\n");
    b.append("  start [shape=point, label=\"\"];\n");
    for (Phase p : Phase.values()) {
      b.append("  ").append(p).append(" [label=\"").append(p).append("\\n").append(clauses(p))
          .append("\"];\n");
    }
    for (Row r : rows) {
      b.append("  ").append(r.from().map(Phase::name).orElse("start")).append(" -> ").append(r.to())
          .append(" [label=\"").append(r.command()).append("\\n").append(r.guard())
          .append(r.gated() ? "\\nor OVERRIDE" : "").append('"');
      if (r.command() == CommandKind.RECORD_CHANGE) {
        b.append(r.to() == Phase.PLAN ? ", style=dashed" : ", style=dotted");
      }
      b.append("];\n");
    }
    b.append("}\n");
    return b.toString();
  }

  private static String clauses(Phase p) {
    return (p.clauses().size() == 1 ? "clause " : "clauses ") + p.clauseRange();
  }

  /** The table as a Mermaid state diagram ({@code stateDiagram-v2}). */
  public String toMermaid() {
    StringBuilder b = new StringBuilder();
    b.append("stateDiagram-v2\n");
    for (Phase p : Phase.values()) {
      b.append("    state \"").append(p).append(" (").append(clauses(p)).append(")\" as ").append(p)
          .append('\n');
    }
    for (Row r : rows) {
      b.append("    ").append(r.from().map(Phase::name).orElse("[*]")).append(" --> ").append(r.to()).append(" : ")
          .append(r.command()).append(", ").append(r.guard()).append(r.gated() ? " (or OVERRIDE)" : "").append('\n');
    }
    return b.toString();
  }
}
