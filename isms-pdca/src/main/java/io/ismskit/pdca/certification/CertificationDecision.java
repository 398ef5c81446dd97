package io.ismskit.pdca.certification;

import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.ExternalAuditId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A certification body's decision after a stage 2 or recertification audit, as {@link
 * CertificationLifecycle#decide} records it.
 *
 * @param audit the stage 2 or recertification audit decided on
 * @param certificate the certificate: a new id after stage 2, the renewed certificate's id after
 *     recertification
 * @param number the certificate number
 * @param scope the scope as the certificate words it
 * @param soaVersion the version of the Statement of Applicability it refers to; the ISMS's current one
 * @param decidedOn the date of the decision; the three-year cycle starts here
 * @param issuedOn when the certificate is issued, on or after the decision
 * @implSpec This class is immutable and thread-safe.
 */
public record CertificationDecision(ExternalAuditId audit, CertificateId certificate, String number, String scope,
    String soaVersion, LocalDate decidedOn, LocalDate issuedOn) {
  /** Requires all parts. */
  public CertificationDecision {
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(soaVersion, "soaVersion");
    Objects.requireNonNull(decidedOn, "decidedOn");
    Objects.requireNonNull(issuedOn, "issuedOn");
  }
}
