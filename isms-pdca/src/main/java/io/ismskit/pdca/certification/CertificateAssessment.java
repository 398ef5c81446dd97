package io.ismskit.pdca.certification;

import io.ismskit.core.certification.CertificateStanding;
import io.ismskit.core.id.CertificateId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a certificate stands as of a date under the rules of the certification cycle, beside what
 * its body declared.
 *
 * @param certificate the certificate
 * @param asOf the date
 * @param declared the standing the certificate records
 * @param expected the standing the rules give it: suspended from the day after a missed
 *     surveillance or a major's response deadline, for six months, withdrawn after that unless
 *     resolved, expired the day after its expiry date
 * @param reasons why {@code expected} is not ACTIVE, or why it differs from {@code declared}
 * @param risks what puts the certificate at risk: audits due soon or not planned, open findings, an
 *     expiry without a planned recertification
 * @param schedule the audits the current cycle requires
 * @implSpec This class is immutable and thread-safe.
 */
public record CertificateAssessment(CertificateId certificate, LocalDate asOf, CertificateStanding declared,
    CertificateStanding expected, List<String> reasons, List<String> risks, List<ScheduledAudit> schedule) {
  /** Copies the lists; requires all parts. */
  public CertificateAssessment {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(expected, "expected");
    reasons = List.copyOf(reasons);
    risks = List.copyOf(risks);
    schedule = List.copyOf(schedule);
  }

  /** Whether the declared standing has the status the rules give. */
  public boolean consistent() {
    return declared.status() == expected.status();
  }
}
