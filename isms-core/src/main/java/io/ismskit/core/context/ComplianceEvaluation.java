package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The latest evaluation of compliance with a requirement (controls A.5.31, A.5.36): the status
 * found and when. The two go together: an evaluation is set or replaced in one call ({@code
 * requirement.withCompliance(ComplianceEvaluation.of(ComplianceStatus.COMPLIANT, date))}).
 *
 * @param status whether the organization complies
 * @param on when it was evaluated; a {@linkplain io.ismskit.core.base.Dates supported} date
 * @implSpec This class is immutable and thread-safe.
 */
public record ComplianceEvaluation(ComplianceStatus status, LocalDate on) {
  /** Requires both parts and a supported date. */
  public ComplianceEvaluation {
    Objects.requireNonNull(status, "ComplianceEvaluation.status: must not be null");
    Checks.date("ComplianceEvaluation", "on", on);
  }

  /** The evaluation that found {@code status} on {@code on}. */
  public static ComplianceEvaluation of(ComplianceStatus status, LocalDate on) {
    return new ComplianceEvaluation(status, on);
  }

  @Override
  public String toString() {
    return status + " (" + on + ")";
  }
}
