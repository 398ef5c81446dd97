package io.ismskit.core.certification;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.NonconformityId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding of a certification body's audit, graded major, minor or opportunity for improvement,
 * with its response deadline, the nonconformity it was recorded as in the organization's register
 * (10.2), and the organization's {@link FindingResponse response}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExternalFinding implements WithExternalFinding {
  /** The finding's id. */
  public abstract ExternalFindingId id();

  /** The audit that raised it. */
  public abstract ExternalAuditId audit();

  /** Major, minor or opportunity for improvement. */
  public abstract FindingGrade grade();

  /** The clause concerned. */
  public abstract Optional<ClauseId> clause();

  /** The control concerned. */
  public abstract Optional<ControlId> control();

  /** What was found. */
  public abstract String description();

  /** When it was raised. */
  public abstract LocalDate raisedOn();

  /**
   * By when the certification body expects the response: the correction and corrective action, and
   * for a major the evidence of its closure.
   */
  public abstract LocalDate responseDue();

  /** The nonconformity recorded for it in the organization's register. */
  public abstract Optional<NonconformityId> nonconformity();

  /** The response and whether it was accepted. */
  public abstract Optional<FindingResponse> response();

  @Value.Check
  protected void check() {
    String t = "ExternalFinding";
    Checks.notBlank(t, "description", description());
    Checks.date(t, "raisedOn", raisedOn());
    Checks.date(t, "responseDue", responseDue());
    Checks.order(t, "raisedOn", raisedOn(), "responseDue", responseDue());
    response().ifPresent(r -> Checks.order(t, "raisedOn", raisedOn(), "response.submittedOn", r.submittedOn()));
  }

  /** Whether the certification body accepted the response. */
  public boolean accepted() {
    return response().map(FindingResponse::isAccepted).orElse(false);
  }

  /** Whether the finding still awaits an accepted response: a nonconformity not yet accepted. */
  public boolean open() {
    return grade().nonconformity() && !accepted();
  }

  /** Whether the finding is open and past its response deadline on {@code asOf}. */
  public boolean overdue(LocalDate asOf) {
    return open() && asOf.isAfter(responseDue());
  }

  /** Whether its response was accepted on or before its deadline. */
  public boolean closedInTime() {
    return response().flatMap(FindingResponse::acceptedOn).map(d -> !d.isAfter(responseDue())).orElse(false);
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
   * Builds {@link ExternalFinding} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableExternalFinding.Builder {
    Builder() {}
  }
}
