package io.ismskit.core.certification;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.CertificationBodyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A certification body: the organization, accredited against ISO/IEC 17021-1 and ISO/IEC 27006-1,
 * that audits the ISMS and issues its certificate.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CertificationBody implements WithCertificationBody {
  /** The body's id. */
  public abstract CertificationBodyId id();

  /** The body's name. */
  public abstract String name();

  /** The accreditation body that accredited it, such as a national accreditation body. */
  public abstract Optional<String> accreditationBody();

  /** The accreditation number. */
  public abstract Optional<String> accreditationNumber();

  /** Whom to contact at the body. */
  public abstract Optional<String> contact();

  @Value.Check
  protected void check() {
    String t = "CertificationBody";
    Checks.notBlank(t, "name", name());
    Checks.notBlank(t, "accreditationBody", accreditationBody());
    Checks.notBlank(t, "accreditationNumber", accreditationNumber());
    Checks.notBlank(t, "contact", contact());
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
   * Builds {@link CertificationBody} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableCertificationBody.Builder {
    Builder() {}
  }
}
