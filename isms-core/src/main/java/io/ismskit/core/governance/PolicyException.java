package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.RiskId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of the policy exceptions register: a time-limited, approved deviation from a policy or
 * from the controls it requires (clause 5.2, control A.5.1), with why it is needed, what it covers,
 * what compensates for it, the risks it leaves, who approved it and when it expires.
 *
 * <p>An exception is in force from {@link #validFrom()} to {@link #expiresOn()} unless it was
 * {@linkplain #closedOn() closed} earlier; approval is separate, so that an exception can be
 * recorded before it is approved (a rule reports one in force without approval).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyException implements WithPolicyException {
  /** The exception's id. */
  public abstract PolicyExceptionId id();

  /** The policy deviated from. */
  public abstract PolicyId policy();

  /** The controls deviated from, if the exception concerns particular controls. */
  public abstract List<ControlId> controls();

  /** What is excepted, such as "The legacy reporting server keeps TLS 1.1 for one customer". */
  public abstract String description();

  /** Why the exception is needed. */
  public abstract String justification();

  /** What compensates for the deviation, if anything. */
  public abstract Optional<String> compensatingMeasures();

  /** The assets the exception applies to. */
  public abstract List<AssetId> assets();

  /** The risks the exception creates or leaves, as recorded in the risk register. */
  public abstract List<RiskId> risks();

  /** Who asked for it. */
  public abstract PersonId requestedBy();

  /** Who approved it, and when. */
  public abstract Optional<Approval> approval();

  /** The first day it applies. */
  public abstract LocalDate validFrom();

  /** The last day it applies; an exception always expires. Not before {@link #validFrom()}. */
  public abstract LocalDate expiresOn();

  /** When it was closed before expiring, such as when the deviation was removed; not before {@link #validFrom()}. */
  public abstract Optional<LocalDate> closedOn();

  @Value.Check
  protected void check() {
    String t = "PolicyException";
    Checks.notBlank(t, "description", description());
    Checks.notBlank(t, "justification", justification());
    Checks.notBlank(t, "compensatingMeasures", compensatingMeasures());
    Checks.distinct(t, "controls", controls());
    Checks.distinct(t, "assets", assets());
    Checks.distinct(t, "risks", risks());
    Checks.date(t, "validFrom", validFrom());
    Checks.date(t, "expiresOn", expiresOn());
    Checks.date(t, "closedOn", closedOn());
    Checks.order(t, "validFrom", validFrom(), "expiresOn", expiresOn());
    Checks.order(t, "validFrom", validFrom(), "closedOn", closedOn());
  }

  /** Whether the exception is in force on {@code date}: from its start to its expiry, and not closed by then. */
  public boolean activeOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(validFrom()) && !date.isAfter(expiresOn())
        && closedOn().map(c -> date.isBefore(c)).orElse(true);
  }

  /** Whether the exception expired before {@code date} without being closed. */
  public boolean expiredOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return closedOn().isEmpty() && date.isAfter(expiresOn());
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
   * Builds {@link PolicyException} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutablePolicyException.Builder {
    Builder() {}
  }
}
