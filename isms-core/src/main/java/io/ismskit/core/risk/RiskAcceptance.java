package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk owner's acceptance of a residual risk (clause 6.1.3 f): who accepted, when, of which
 * residual risk — the current one, or the target residual risk the treatment plan will deliver
 * ({@link #basis()}) — and, when the level is above what the owner may accept alone, the role whose
 * authority the acceptor used ({@link RiskCriteria#acceptanceAuthorities()}). Accepting a risk above
 * the acceptance criteria needs a justification (ISO/IEC 27005); both are checked against the
 * criteria by the conformance checker.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAcceptance implements WithRiskAcceptance {
  /** Who accepted, normally the risk owner. */
  public abstract PersonId acceptedBy();

  /**
   * The role in whose authority the acceptance was given, when it escalated above the risk owner;
   * empty when the owner accepted as owner.
   */
  public abstract Optional<RoleId> authority();

  /** When. */
  public abstract LocalDate acceptedOn();

  /**
   * Which residual risk is accepted: the current one (the default) or the target one the treatment
   * plan will deliver.
   */
  @Value.Default
  public AcceptanceBasis basis() {
    return AcceptanceBasis.CURRENT_RESIDUAL;
  }

  /** Why; required when the residual risk exceeds the acceptance criteria. */
  public abstract Optional<String> justification();

  /** For a temporary acceptance, when it lapses and must be renewed. */
  public abstract Optional<LocalDate> validUntil();

  @Value.Check
  protected void check() {
    Checks.date("RiskAcceptance", "acceptedOn", acceptedOn());
    Checks.date("RiskAcceptance", "validUntil", validUntil());
    Checks.notBlank("RiskAcceptance", "justification", justification());
    Checks.order("RiskAcceptance", "acceptedOn", acceptedOn(), "validUntil", validUntil());
  }

  /** Whether the acceptance holds on {@code date}: given by then and not lapsed. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(acceptedOn()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
  }

  /** A lasting acceptance of the current residual risk without justification. */
  public static RiskAcceptance of(PersonId acceptedBy, LocalDate acceptedOn) {
    return builder().acceptedBy(acceptedBy).acceptedOn(acceptedOn).build();
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
   * Builds {@link RiskAcceptance} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRiskAcceptance.Builder {
    Builder() {}
  }
}
