package io.ismskit.core.supplier;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One assessment or monitoring review of a supplier (controls A.5.19, A.5.22): due diligence before
 * the agreement, a periodic review, an audit, a review of certificates, or monitoring of the service
 * delivered; with its date, who performed it, its outcome and when the next one is due.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupplierAssessment implements WithSupplierAssessment {
  /** How the supplier was assessed. */
  public abstract AssessmentKind kind();

  /** When the assessment was performed. */
  public abstract LocalDate performedOn();

  /** Who performed it. */
  public abstract PersonId performedBy();

  /** Whether the supplier meets the organization's requirements. */
  public abstract AssessmentOutcome outcome();

  /** What was found, such as "ISO/IEC 27001 certificate valid to 2027-05; SOC 2 type II without exceptions". */
  public abstract String summary();

  /** The documented information that records the assessment. */
  public abstract Optional<DocumentId> report();

  /** When the next assessment is due; not before {@link #performedOn()}. */
  public abstract Optional<LocalDate> nextDue();

  @Value.Check
  protected void check() {
    String t = "SupplierAssessment";
    Checks.date(t, "performedOn", performedOn());
    Checks.date(t, "nextDue", nextDue());
    Checks.order(t, "performedOn", performedOn(), "nextDue", nextDue());
    Checks.notBlank(t, "summary", summary());
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
   * Builds {@link SupplierAssessment} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableSupplierAssessment.Builder {
    Builder() {}
  }
}
