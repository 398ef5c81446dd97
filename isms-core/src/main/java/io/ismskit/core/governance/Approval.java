package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who approved something and when: a policy, a document, the scope, the risk criteria, the
 * Statement of Applicability, a resource, a planned change or a risk treatment plan. The two go
 * together: an approval is set, changed or cleared in one call ({@code policy.withApproval(..)},
 * {@code policy.withApproval(Optional.empty())}).
 *
 * @param by who approved
 * @param on when; a {@linkplain io.ismskit.core.base.Dates supported} date
 * @implSpec This class is immutable and thread-safe.
 */
public record Approval(PersonId by, LocalDate on) {
  /** Requires both parts and a supported date. */
  public Approval {
    Objects.requireNonNull(by, "Approval.by: must not be null");
    Checks.date("Approval", "on", on);
  }

  /** The approval by {@code by} on {@code on}. */
  public static Approval of(PersonId by, LocalDate on) {
    return new Approval(by, on);
  }

  /** This approval given by {@code by} instead. */
  public Approval withBy(PersonId by) {
    return new Approval(by, on);
  }

  /** This approval given on {@code on} instead. */
  public Approval withOn(LocalDate on) {
    return new Approval(by, on);
  }

  @Override
  public String toString() {
    return by + " on " + on;
  }
}
