package io.ismskit.pdca;

import io.ismskit.core.base.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a command was refused: the problems with the command itself (wrong phase, unknown person, an
 * invalid ISMS, a date before the last event) and, for a phase transition, every exit criterion
 * that is not met. A refused command changes nothing.
 *
 * @param problems what is wrong with the command, each with a {@link PdcaCode}
 * @param unmet the exit criteria not met, in clause order
 * @implSpec This class is immutable and thread-safe.
 */
public record Refusal(List<Problem> problems, List<UnmetCriterion> unmet) {
  /** Copies the lists; a refusal has at least one problem or unmet criterion. */
  public Refusal {
    problems = List.copyOf(problems);
    unmet = List.copyOf(unmet);
    if (problems.isEmpty() && unmet.isEmpty()) {
      throw new IllegalArgumentException("Refusal: needs a problem or an unmet criterion");
    }
  }

  /** A refusal for one problem. */
  public static Refusal of(Problem problem) {
    return new Refusal(List.of(Objects.requireNonNull(problem, "problem")), List.of());
  }

  /** A refusal for unmet criteria. */
  public static Refusal unmet(List<UnmetCriterion> unmet) {
    return new Refusal(List.of(), unmet);
  }

  /**
   * Whether only exit criteria stand in the way, which an {@link OverrideGate} with a justification
   * and an approver can set aside.
   */
  public boolean onlyUnmetCriteria() {
    return problems.isEmpty();
  }

  /** One line per problem and per unmet criterion. */
  public List<String> lines() {
    List<String> out = new ArrayList<>(problems.size() + unmet.size());
    problems.forEach(p -> out.add(p.message()));
    unmet.forEach(u -> out.add(u.toString()));
    return out;
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
