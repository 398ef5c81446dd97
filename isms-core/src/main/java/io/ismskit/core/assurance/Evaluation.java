package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The analysis and evaluation of a measurement result (clause 9.1 e, f): what it showed, and when
 * it was evaluated. The two go together, so a measurement's evaluation is set, changed or cleared in
 * one call ({@code measurement.withEvaluation(Evaluation.of("on target", date))}).
 *
 * @param result what the evaluation concluded, such as {@code "on target"}; never blank
 * @param on when the result was evaluated
 * @implSpec This class is immutable and thread-safe.
 */
public record Evaluation(String result, LocalDate on) {
  /** Refuses a blank result and an unsupported date. */
  public Evaluation {
    Checks.notBlank("Evaluation", "result", result);
    Checks.date("Evaluation", "on", on);
  }

  /** The evaluation {@code result} made on {@code on}. */
  public static Evaluation of(String result, LocalDate on) {
    Objects.requireNonNull(result, "Evaluation.result: must not be null");
    return new Evaluation(result, on);
  }

  @Override
  public String toString() {
    return result + " (" + on + ")";
  }
}
