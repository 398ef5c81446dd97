package io.ismskit.core;

import static io.ismskit.core.AuditSamples.CISO;
import static io.ismskit.core.AuditSamples.D;
import static io.ismskit.core.AuditSamples.HIGH;
import static io.ismskit.core.AuditSamples.LOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.AuditorRole;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.supplier.AssessmentKind;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierStatus;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derived values and the editing of what an auditor samples. */
class AuditModelValuesTest {

  @Test
  void supplier_defaultsToActive_andLooksAgreementsUp() {
    Supplier s = AuditSamples.supplier();
    assertThat(s.status()).isEqualTo(SupplierStatus.ACTIVE);
    assertThat(SupplierStatus.ENDED.current()).isFalse();
    assertThat(s.providesCloudService()).isTrue();
    assertThat(s.agreement("C-1")).contains(s.agreements().get(0));
    assertThat(s.agreement("C-2")).isEmpty();
    SupplierAgreement dpa = AuditSamples.agreement("DPA-1").withTitle("Data processing agreement");
    Supplier two = s.withAgreement(dpa);
    assertThat(two.agreements()).extracting(SupplierAgreement::reference).containsExactly("C-1", "DPA-1");
    SupplierAgreement renewed = s.agreements().get(0).withValidUntil(D.plusYears(1));
    assertThat(two.withAgreement(renewed).agreements()).containsExactly(renewed, dpa);
    assertThat(two.withoutAgreement("C-1").agreements()).containsExactly(dpa);
    assertThat(s.withoutAgreement("none")).isSameAs(s);
  }

  @Test
  void supplierAgreement_validOn() {
    SupplierAgreement a = AuditSamples.agreement("C-1").withValidUntil(D);
    assertThat(a.validOn(D)).isTrue();
    assertThat(a.validOn(D.plusDays(1))).isFalse();
    assertThat(a.validOn(a.signedOn().minusDays(1))).isFalse();
  }

  @Test
  void supplier_nextReviewDue_fromTheLatestAssessment() {
    Supplier s = AuditSamples.supplier().withAssessments(AuditSamples.assessment(D.minusYears(1)),
        AuditSamples.assessment(D.minusMonths(3)), AuditSamples.assessment(D.minusMonths(9)));
    assertThat(s.latestAssessment().map(a -> a.performedOn())).contains(D.minusMonths(3));
    assertThat(s.nextReviewDue()).contains(D.minusMonths(3).plusMonths(12));
    Supplier withOwnDate = s.withAssessments(AuditSamples.assessment(D).withNextDue(D.plusMonths(6)));
    assertThat(withOwnDate.nextReviewDue()).contains(D.plusMonths(6));
    assertThat(s.withReviewInterval(java.util.Optional.empty()).nextReviewDue()).isEmpty();
    assertThat(s.withAssessments(List.of()).nextReviewDue()).isEmpty();
    assertThat(AssessmentKind.valueOf("DUE_DILIGENCE")).isEqualTo(AssessmentKind.DUE_DILIGENCE);
  }

  @Test
  void evidenceItem_asOfAndCovers() {
    EvidenceItem e = AuditSamples.evidence(); // covers 2025-10-01..2026-01-01, collected 2026-01-01
    assertThat(e.asOf()).isEqualTo(D.minusMonths(2));
    assertThat(e.covers(D.minusMonths(4))).isTrue();
    assertThat(e.covers(D)).isFalse();
    EvidenceItem certificate = e.withPeriod(CoveredPeriod.of(D.minusYears(1), D.plusYears(2)));
    assertThat(certificate.asOf()).isEqualTo(certificate.collectedOn());
    EvidenceItem snapshot = e.withPeriod(java.util.Optional.empty());
    assertThat(snapshot.asOf()).isEqualTo(snapshot.collectedOn());
    assertThat(snapshot.covers(snapshot.collectedOn())).isTrue();
    assertThat(e.reviewedSufficient()).isTrue();
    assertThat(e.withReview(EvidenceReview.insufficient(CISO, D)).reviewedSufficient()).isFalse();
    assertThat(CoveredPeriod.of(D, D.plusDays(5)).overlaps(D.plusDays(5), D.plusDays(9))).isTrue();
    assertThat(CoveredPeriod.of(D, D.plusDays(5)).overlaps(D.plusDays(6), D.plusDays(9))).isFalse();
    assertThat(CoveredPeriod.day(D).withTo(D.plusDays(1))).isEqualTo(CoveredPeriod.of(D, D.plusDays(1)));
  }

  @Test
  void policyException_activeAndExpired() {
    PolicyException x = AuditSamples.policyException(); // 2026-02-19 .. 2026-09-01
    assertThat(x.activeOn(D)).isTrue();
    assertThat(x.activeOn(x.expiresOn())).isTrue();
    assertThat(x.activeOn(x.expiresOn().plusDays(1))).isFalse();
    assertThat(x.expiredOn(x.expiresOn().plusDays(1))).isTrue();
    PolicyException closed = x.withClosedOn(D);
    assertThat(closed.activeOn(D)).isFalse();
    assertThat(closed.activeOn(D.minusDays(1))).isTrue();
    assertThat(closed.expiredOn(x.expiresOn().plusDays(1))).isFalse();
  }

  @Test
  void riskCriteria_acceptanceAuthority() {
    RiskCriteria c = AuditSamples.valid().riskCriteria().orElseThrow(); // owner up to Low, R-CEO up to High
    assertThat(c.ownerMayAccept(LOW)).isTrue();
    assertThat(c.ownerMayAccept(HIGH)).isFalse();
    assertThat(c.authoritiesFor(HIGH)).containsExactly(RoleId.of("R-CEO"));
    assertThat(c.withOwnerAcceptanceLevel(java.util.Optional.empty()).ownerMayAccept(HIGH)).isTrue();
    assertThat(c.withAcceptanceAuthorities(List.of()).authoritiesFor(LOW)).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.ownerMayAccept(RiskLevel.of("Extreme")))
        .isInstanceOf(io.ismskit.core.base.InvalidValueException.class);
  }

  @Test
  void metric_targetAndThreshold() {
    Metric m = AuditSamples.valid().metrics().get(0); // target 95, threshold 90, higher is better
    assertThat(m.meetsTarget(96)).contains(true);
    assertThat(m.meetsTarget(92)).contains(false);
    assertThat(m.breachesThreshold(89.9)).isTrue();
    assertThat(m.breachesThreshold(90)).isFalse();
    Metric lower = m.toBuilder().higherIsBetter(false).target(5.0).threshold(10.0).build();
    assertThat(lower.meetsTarget(4)).contains(true);
    assertThat(lower.breachesThreshold(11)).isTrue();
    assertThat(m.withTarget(java.util.Optional.empty()).meetsTarget(1)).isEmpty();
  }

  @Test
  void document_currentVersion_isTheLastOfTheHistory() {
    DocumentedInformation d = AuditSamples.valid().document(AuditSamples.DOC).orElseThrow();
    assertThat(d.currentVersion().map(v -> v.version())).contains("1.1");
    assertThat(d.withHistory(List.of()).currentVersion()).isEmpty();
    var v2 = d.history().get(1).toBuilder().version("2.0").date(D).changeNote("Rewritten")
        .approval(io.ismskit.core.governance.Approval.of(AuditSamples.CEO, D)).build();
    DocumentedInformation next = d.toBuilder().version("2.0").addHistory(v2).build();
    assertThat(next.history()).hasSize(3);
  }

  @Test
  void reviewDecision_isPlannedUntilSaidOtherwise() {
    ReviewDecision d = ReviewDecision.builder().kind(io.ismskit.core.assurance.DecisionKind.OTHER)
        .description("Review supplier list").build();
    assertThat(d.progress().status()).isEqualTo(ActionStatus.PLANNED);
    assertThat(d.followedUpIn()).isEmpty();
  }

  @Test
  void auditTeamMember_isAnAuditorUnlessSaid_andFoundByPerson() {
    var audit = AuditSamples.valid().audits().get(0);
    assertThat(audit.teamMember(AuditSamples.AUDITOR).map(AuditTeamMember::role)).contains(AuditorRole.LEAD);
    assertThat(audit.teamMember(CISO)).isEmpty();
    assertThat(AuditTeamMember.builder().person(CISO).build().role()).isEqualTo(AuditorRole.AUDITOR);
  }

  @Test
  void isms_looksUpReplacesAndRemovesTheNewKinds() {
    Isms isms = AuditSamples.valid();
    Supplier s = isms.supplier(SupplierId.of("SUP-1")).orElseThrow();
    assertThat(isms.withSupplier(s.withReviewInterval(Period.ofMonths(6))).supplier(s.id()).orElseThrow()
        .reviewInterval()).contains(Period.ofMonths(6));
    assertThat(isms.withoutSupplier(s.id()).suppliers()).isEmpty();
    EvidenceItem e = isms.evidenceItem(EvidenceId.of("EV-1")).orElseThrow();
    assertThat(isms.withoutEvidenceItem(e.id()).withEvidenceItem(e)).isEqualTo(isms);
    PolicyException x = isms.policyException(PolicyExceptionId.of("PE-1")).orElseThrow();
    assertThat(isms.withPolicyException(x)).isEqualTo(isms);
    assertThat(isms.withoutPolicyException(x.id()).policyException(x.id())).isEmpty();
    assertThat(isms.supplier(SupplierId.of("SUP-9"))).isEmpty();
  }
}
