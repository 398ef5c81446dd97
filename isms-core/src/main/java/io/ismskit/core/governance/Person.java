package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person working under the organization's control: an employee, a contractor or a member of top
 * management.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person implements WithPerson {
  /** The person's id. */
  public abstract PersonId id();

  /** The person's name. */
  public abstract String name();

  /** The person's job title. */
  public abstract Optional<String> jobTitle();

  /** The organizational unit the person belongs to. */
  public abstract Optional<String> unit();

  /** Whether the person belongs to top management (directs and controls at the highest level). */
  @Value.Default
  public boolean topManagement() {
    return false;
  }

  /**
   * Whether the person is engaged from outside the organization (a contracted auditor or
   * consultant) rather than employed by it.
   */
  @Value.Default
  public boolean external() {
    return false;
  }

  /** Whether the person works within the ISMS scope, and so must be aware of the policy (7.3). */
  @Value.Default
  public boolean inScope() {
    return true;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("Person", "name", name());
    Checks.notBlank("Person", "jobTitle", jobTitle());
    Checks.notBlank("Person", "unit", unit());
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
   * Builds {@link Person} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
