package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalFinding;
import org.junit.jupiter.api.Test;

/** Generated graphs hold certification data that refers to the graph, and nonconformities in every status. */
class CertificationGraphsTest {
  @Test
  void largeGraphs_holdCertificationEntities_thatResolve() {
    qt().withFixedSeed(23L).withExamples(15)
        .forAll(QtGens.of(IsmsGens.validIsms(), 1_000, 2_000))
        .checkAssert(isms -> {
          IsmsAssertions.assertThat(isms).isValid();
          assertThat(isms.certificationBodies()).isNotEmpty();
          assertThat(isms.externalAudits()).isNotEmpty();
          for (ExternalAudit a : isms.externalAudits()) {
            assertThat(isms.certificationBody(a.body())).isPresent();
          }
          for (ExternalFinding f : isms.externalFindings()) {
            assertThat(isms.externalAudit(f.audit())).isPresent();
          }
          for (Certificate c : isms.certificates()) {
            assertThat(c.expiresOn()).isAfterOrEqualTo(c.issuedOn());
          }
        });
  }

  @Test
  void nonconformities_reachEveryStatus_withTheirLifeCycleDates() {
    Isms isms = IsmsGens.sample(IsmsGens.validIsms(), 5L, 8_000);
    assertThat(isms.nonconformities()).extracting(n -> n.progress().status()).contains(NonconformityStatus.values());
    for (Nonconformity n : isms.nonconformities()) {
      if (n.progress().status() == NonconformityStatus.REOPENED) {
        assertThat(n.reopenedOn()).isNotEmpty();
      }
      if (n.progress().status() == NonconformityStatus.OPEN) {
        assertThat(n.causeAnalysedOn()).isEmpty();
      }
    }
  }
}
