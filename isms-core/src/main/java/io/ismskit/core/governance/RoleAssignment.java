package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assignment of a role to a person by top management, and its communication (clause 5.3).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoleAssignment {
  /** The role. */
  public abstract RoleId role();

  /** The person holding the role. */
  public abstract PersonId person();

  /** Who assigned the role. */
  public abstract Optional<PersonId> assignedBy();

  /** When the assignment starts. */
  public abstract LocalDate from();

  /** When the assignment ends, if it does. */
  public abstract Optional<LocalDate> until();

  /** When the assignment was communicated in the organization. */
  public abstract Optional<LocalDate> communicatedOn();

  @Value.Check
  protected void check() {
    Checks.order("RoleAssignment", "from", from(), "until", until());
  }

  /** Whether the assignment holds on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(from()) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A new builder. */
  public static ImmutableRoleAssignment.Builder builder() {
    return ImmutableRoleAssignment.builder();
  }
}
