package io.ismskit.core.certification;

import io.ismskit.core.base.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The organization's response to a certification body's finding — its correction and corrective
 * action (plan) — and whether the certification body accepted it. For a major finding at initial
 * certification or recertification, acceptance means the body reviewed and verified the correction
 * and the corrective action; for a minor one, that it accepted the plan. The two dates go together
 * ({@code finding.withResponse(FindingResponse.accepted(submitted, accepted))}).
 *
 * @param submittedOn when the response was submitted
 * @param acceptedOn when the certification body accepted it, not before {@code submittedOn}
 * @implSpec This class is immutable and thread-safe.
 */
public record FindingResponse(LocalDate submittedOn, Optional<LocalDate> acceptedOn) {
  /** Refuses an acceptance before the submission. */
  public FindingResponse {
    Checks.date("FindingResponse", "submittedOn", submittedOn);
    Objects.requireNonNull(acceptedOn, "FindingResponse.acceptedOn: must not be null");
    Checks.date("FindingResponse", "acceptedOn", acceptedOn);
    Checks.order("FindingResponse", "submittedOn", submittedOn, "acceptedOn", acceptedOn);
  }

  /** Submitted on {@code submittedOn}, not yet accepted. */
  public static FindingResponse submitted(LocalDate submittedOn) {
    return new FindingResponse(submittedOn, Optional.empty());
  }

  /** Submitted on {@code submittedOn} and accepted on {@code acceptedOn}. */
  public static FindingResponse accepted(LocalDate submittedOn, LocalDate acceptedOn) {
    Objects.requireNonNull(acceptedOn, "FindingResponse.acceptedOn: must not be null");
    return new FindingResponse(submittedOn, Optional.of(acceptedOn));
  }

  /** Whether the certification body accepted the response. */
  public boolean isAccepted() {
    return acceptedOn.isPresent();
  }

  @Override
  public String toString() {
    return "submitted " + submittedOn + acceptedOn.map(d -> ", accepted " + d).orElse("");
  }
}
