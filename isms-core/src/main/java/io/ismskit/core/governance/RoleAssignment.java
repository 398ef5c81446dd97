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
public abstract class RoleAssignment implements WithRoleAssignment {
  /** The role. */
  public abstract RoleId role();

  /** The person holding the role. */
  public abstract PersonId person();

  /** Who assigned the role. */
  public abstract Optional<PersonId> assignedBy();

  /** When the assignment starts. */
  public abstract LocalDate validFrom();

  /** When the assignment ends, if it does. */
  public abstract Optional<LocalDate> validUntil();

  /** When the assignment was communicated in the organization. */
  public abstract Optional<LocalDate> communicatedOn();

  @Value.Check
  protected void check() {
    Checks.date("RoleAssignment", "validFrom", validFrom());
    Checks.date("RoleAssignment", "validUntil", validUntil());
    Checks.date("RoleAssignment", "communicatedOn", communicatedOn());
    Checks.order("RoleAssignment", "validFrom", validFrom(), "validUntil", validUntil());
  }

  /** Whether the assignment holds on {@code date}. */
  public boolean activeOn(LocalDate date) {
    return !date.isBefore(validFrom()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link RoleAssignment} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRoleAssignment.Builder {
    Builder() {}
  }
}
