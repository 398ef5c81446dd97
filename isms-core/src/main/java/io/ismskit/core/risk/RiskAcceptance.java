package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A risk owner's acceptance of a residual risk (clause 6.1.3 f). Accepting a risk above the
 * acceptance criteria needs a justification (ISO/IEC 27005); that is checked against the criteria
 * by the conformance checker.
 *
 * @param acceptedBy who accepted, normally the risk owner
 * @param acceptedOn when
 * @param justification why, required when the residual risk exceeds the acceptance criteria
 * @param validUntil for a temporary acceptance, when it lapses and must be renewed
 */
public record RiskAcceptance(
    PersonId acceptedBy, LocalDate acceptedOn, Optional<String> justification, Optional<LocalDate> validUntil) {
  /** Requires all parts; refuses a blank justification and an expiry before the acceptance. */
  public RiskAcceptance {
    Objects.requireNonNull(acceptedBy, "acceptedBy");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(validUntil, "validUntil");
    Checks.notBlank("RiskAcceptance", "justification", justification);
    Checks.order("RiskAcceptance", "acceptedOn", acceptedOn, "validUntil", validUntil);
  }

  /** A lasting acceptance, with or without justification. */
  public RiskAcceptance(PersonId acceptedBy, LocalDate acceptedOn, Optional<String> justification) {
    this(acceptedBy, acceptedOn, justification, Optional.empty());
  }

  /** Whether the acceptance holds on {@code date}: given by then and not lapsed. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(acceptedOn) && validUntil.map(u -> !date.isAfter(u)).orElse(true);
  }

  /** An acceptance without justification. */
  public static RiskAcceptance of(PersonId acceptedBy, LocalDate acceptedOn) {
    return new RiskAcceptance(acceptedBy, acceptedOn, Optional.empty());
  }
}
