package io.ismskit.core.certification;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ISMS certificate: its number, the body that issued it, the standard, the scope wording and
 * the version of the Statement of Applicability it refers to (ISO/IEC 27006-1), the certification
 * decision that started its three-year cycle, its issue and expiry dates, and its {@link
 * CertificateStanding standing}.
 *
 * <p>A recertification decided before expiry keeps the certificate's continuity: the new cycle
 * starts at the new {@link #decidedOn()}, and {@link #initialCertificationOn()} keeps the first one.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Certificate implements WithCertificate {
  /** The standard certificates of this library name by default. */
  public static final String ISO27001_2022 = "ISO/IEC 27001:2022";

  /** The certificate's id. */
  public abstract CertificateId id();

  /** The number printed on the certificate. */
  public abstract String number();

  /** The certification body that issued it. */
  public abstract CertificationBodyId body();

  /** The standard certified against. */
  @Value.Default
  public String standard() {
    return ISO27001_2022;
  }

  /** The scope as the certificate words it. */
  public abstract String scope();

  /** The version of the Statement of Applicability the certificate refers to. */
  public abstract String soaVersion();

  /** The first certification decision, kept across recertifications. */
  public abstract Optional<LocalDate> initialCertificationOn();

  /** The certification decision of the current cycle; the three-year cycle starts here. */
  public abstract LocalDate decidedOn();

  /** When the certificate was issued. */
  public abstract LocalDate issuedOn();

  /** The last day the certificate is valid. */
  public abstract LocalDate expiresOn();

  /** Its status with the dates the status needs. */
  @Value.Default
  public CertificateStanding standing() {
    return CertificateStanding.active();
  }

  @Value.Check
  protected void check() {
    String t = "Certificate";
    Checks.notBlank(t, "number", number());
    Checks.notBlank(t, "standard", standard());
    Checks.notBlank(t, "scope", scope());
    Checks.notBlank(t, "soaVersion", soaVersion());
    Checks.date(t, "decidedOn", decidedOn());
    Checks.date(t, "issuedOn", issuedOn());
    Checks.date(t, "expiresOn", expiresOn());
    Checks.date(t, "initialCertificationOn", initialCertificationOn());
    Checks.order(t, "decidedOn", decidedOn(), "issuedOn", issuedOn());
    Checks.order(t, "issuedOn", issuedOn(), "expiresOn", expiresOn());
    initialCertificationOn().ifPresent(i -> Checks.order(t, "initialCertificationOn", i, "decidedOn", decidedOn()));
  }

  /** Whether the certificate is in force on {@code date}: active, issued by then and not expired. */
  public boolean validOn(LocalDate date) {
    return standing().isActive() && !date.isBefore(issuedOn()) && !date.isAfter(expiresOn());
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
   * Builds {@link Certificate} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
