package io.ismskit.core.supplier;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An agreement with a supplier and the information security requirements it sets (controls A.5.20,
 * A.5.21, A.5.23): a contract, a data processing agreement, a service level agreement or the terms
 * of a cloud service, and how the organization can leave the service ({@link #exitProvision()}).
 * Identified within its supplier by {@link #reference()}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SupplierAgreement implements WithSupplierAgreement {
  /** The agreement's reference, such as a contract number; unique within its supplier. */
  public abstract String reference();

  /** The title, such as "Data processing agreement". */
  public abstract String title();

  /** When it was signed or accepted. */
  public abstract LocalDate signedOn();

  /** When it ends, if it has an end date; not before {@link #signedOn()}. */
  public abstract Optional<LocalDate> validUntil();

  /**
   * The information security requirements the agreement sets, in the organization's words, such as
   * "Notify security incidents within 24 hours" (A.5.20).
   */
  public abstract List<String> securityRequirements();

  /** The requirements of the interested-party register the agreement carries (contractual ones, 4.2). */
  public abstract List<RequirementId> requirements();

  /** The controls the agreement requires the supplier to apply. */
  public abstract List<ControlId> controls();

  /** Whether the organization may audit the supplier, or have it audited. */
  @Value.Default
  public boolean rightToAudit() {
    return false;
  }

  /** The documented information that holds the agreement. */
  public abstract Optional<DocumentId> document();

  /** When the agreement's security requirements were last reviewed; not before {@link #signedOn()}. */
  public abstract Optional<LocalDate> lastReviewed();

  /**
   * How the organization can leave what the agreement covers (A.5.23), in the organization's words:
   * such as the notice to give, how its information is returned in a usable form, when the supplier
   * deletes it, and how the service is moved elsewhere; empty if the agreement provides for no exit.
   */
  public abstract Optional<String> exitProvision();

  @Value.Check
  protected void check() {
    String t = "SupplierAgreement";
    Checks.notBlank(t, "reference", reference());
    Checks.notBlank(t, "title", title());
    Checks.date(t, "signedOn", signedOn());
    Checks.date(t, "validUntil", validUntil());
    Checks.date(t, "lastReviewed", lastReviewed());
    Checks.order(t, "signedOn", signedOn(), "validUntil", validUntil());
    Checks.order(t, "signedOn", signedOn(), "lastReviewed", lastReviewed());
    Checks.notBlank(t, "exitProvision", exitProvision());
    securityRequirements().forEach(s -> Checks.notBlank(t, "securityRequirements", s));
    Checks.distinct(t, "securityRequirements", securityRequirements());
    Checks.distinct(t, "requirements", requirements());
    Checks.distinct(t, "controls", controls());
  }

  /** Whether the agreement is in force on {@code date}: signed by then and not ended. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(signedOn()) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
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
   * Builds {@link SupplierAgreement} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableSupplierAgreement.Builder {
    Builder() {}
  }
}
