package io.ismskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IssueKind;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.RequirementType;
import io.ismskit.core.context.Scope;
import io.ismskit.core.context.ScopeExclusion;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.EvidenceType;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.AwarenessRecordId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.Vulnerability;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;


/** Every builder refuses locally wrong values with a message naming type, field and value. */
class ModelRefusalsTest {
  static final PersonId ALICE = PersonId.of("P-1");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void id_blank() {
    assertThatThrownBy(() -> AssetId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AssetId.value")
        .hasMessageContaining("' '");
  }

  @Test
  @SuppressWarnings("NullAway")
  void id_null() {
    assertThatThrownBy(() -> RiskId.of(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("RiskId");
  }

  @Test
  void id_malformed() {
    assertThatThrownBy(() -> PersonId.of("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PersonId.value: invalid id 'a b'");
  }

  @Test
  void id_tooLong() {
    assertThatThrownBy(() -> DocumentId.of("x".repeat(129))).hasMessageContaining("DocumentId.value");
  }

  @Test
  void clauseId_malformed() {
    assertThatThrownBy(() -> ClauseId.of("11.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ClauseId.value: invalid clause id '11.1'");
    assertThatThrownBy(() -> ClauseId.of("6.1.2.3")).hasMessageContaining("'6.1.2.3'");
  }

  @Test
  void clauseId_ordersNumerically() {
    assertThat(List.of(ClauseId.of("10"), ClauseId.of("9.2.2"), ClauseId.of("9.2"), ClauseId.of("4.1")).stream().sorted())
        .containsExactly(ClauseId.of("4.1"), ClauseId.of("9.2"), ClauseId.of("9.2.2"), ClauseId.of("10"));
    assertThat(ClauseId.parse(" 6.1.2 ").topLevel()).isEqualTo(6);
    assertThat(ClauseId.of("9.2").contains(ClauseId.of("9.2.1"))).isTrue();
    assertThat(ClauseId.of("9.2").contains(ClauseId.of("9.3"))).isFalse();
  }

  @Test
  void controlId_annexAShape() {
    assertThat(ControlId.of("A.5.1").isAnnexA()).isTrue();
    assertThat(ControlId.of("A.8.34").isAnnexA()).isTrue();
    assertThat(ControlId.of("INT-1").isAnnexA()).isFalse();
  }

  // ---- context ---------------------------------------------------------------------------------

  @Test
  void organization_negativeHeadcount() {
    assertThatThrownBy(() -> Organization.builder().name("Acme").headcount(-1).build())
        .hasMessage("Organization.headcount: must be in 0..2147483647, was -1");
  }

  @Test
  void organization_blankName() {
    assertThatThrownBy(() -> Organization.builder().name("  ").headcount(1).build())
        .hasMessage("Organization.name: must not be blank, was '  '");
  }

  @Test
  void contextIssue_reviewBeforeIdentification() {
    assertThatThrownBy(
            () -> ContextIssue.builder().id(ContextIssueId.of("I-1")).kind(IssueKind.EXTERNAL)
                .description("Ransomware wave").ismsImpact("Availability").identifiedOn(D)
                .lastReviewed(D.minusDays(1)).build())
        .hasMessage("ContextIssue.lastReviewed: 2026-02-28 is before identifiedOn 2026-03-01");
  }

  @Test
  void scopeExclusion_withoutJustification() {
    assertThatThrownBy(() -> ScopeExclusion.of("Site Lyon", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ScopeExclusion.justification: the exclusion of 'Site Lyon' needs a justification, was ' '");
  }

  @Test
  void scope_approverWithoutDate() {
    assertThatThrownBy(() -> Scope.builder().statement("All of Acme").version("1.0").approvedBy(ALICE).build())
        .hasMessage("Scope.approvedOn: must be given together with approvedBy");
  }

  @Test
  void interestedParty_duplicateRequirement() {
    Requirement r = Requirement.builder().id(RequirementId.of("RQ-1")).description("GDPR")
        .type(RequirementType.LEGAL).build();
    assertThatThrownBy(() -> InterestedParty.builder().id(InterestedPartyId.of("IP-1")).name("EU")
            .kind(PartyKind.REGULATOR).addRequirements(r, r).build())
        .hasMessage("InterestedParty.requirements.id: duplicate element RQ-1");
  }

  @Test
  void requirementType_binding() {
    assertThat(RequirementType.CONTRACTUAL.binding()).isTrue();
    assertThat(RequirementType.EXPECTATION.binding()).isFalse();
  }

  // ---- governance ------------------------------------------------------------------------------

  @Test
  void person_blankJobTitle() {
    assertThatThrownBy(() -> Person.builder().id(ALICE).name("Alice").jobTitle("").build())
        .hasMessage("Person.jobTitle: must not be blank, was ''");
  }

  @Test
  void roleAssignment_endBeforeStart() {
    assertThatThrownBy(() -> RoleAssignment.builder().role(RoleId.of("R-CISO")).person(ALICE).from(D)
            .until(D.minusMonths(1)).build())
        .hasMessage("RoleAssignment.until: 2026-02-01 is before from 2026-03-01");
  }

  @Test
  void policy_zeroReviewInterval() {
    assertThatThrownBy(() -> Policy.builder().id(PolicyId.of("POL-1")).title("IS policy")
            .kind(PolicyKind.INFORMATION_SECURITY).version("1").reviewInterval(Period.ZERO).build())
        .hasMessage("Policy.reviewInterval: must be a positive period, was P0D");
  }

  @Test
  void policy_nextReviewDue() {
    Policy p = Policy.builder().id(PolicyId.of("POL-1")).title("IS policy")
        .kind(PolicyKind.INFORMATION_SECURITY).version("1").reviewInterval(Period.ofYears(1))
        .approvedBy(ALICE).approvedOn(D).build();
    assertThat(p.nextReviewDue()).contains(D.plusYears(1));
  }

  @Test
  void competence_validUntilBeforeObtained() {
    assertThatThrownBy(() -> CompetenceRecord.builder().id(CompetenceRecordId.of("C-1")).person(ALICE)
            .competence("ISO 27001 LA").evidenceType(EvidenceType.CERTIFICATION).obtainedOn(D)
            .validUntil(D.minusDays(3)).build())
        .hasMessage("CompetenceRecord.validUntil: 2026-02-26 is before obtainedOn 2026-03-01");
  }

  @Test
  void awareness_noTopics() {
    assertThatThrownBy(() -> AwarenessRecord.builder().id(AwarenessRecordId.of("AW-1")).person(ALICE)
            .programme("Onboarding").completedOn(D).build())
        .hasMessage("AwarenessRecord.topics: must not be empty");
  }

  @Test
  void document_approvedWithoutApprover() {
    assertThatThrownBy(() -> DocumentedInformation.builder().id(DocumentId.of("DOC-1")).title("Scope")
            .kind(DocumentKind.MAINTAINED).version("1.0").owner(ALICE).classification(Classification.INTERNAL)
            .status(DocumentStatus.APPROVED).build())
        .hasMessage("DocumentedInformation.approvedBy: document DOC-1 has status APPROVED but no approver");
  }

  @Test
  void document_recordedButMaintained() {
    assertThatThrownBy(() -> DocumentedInformation.builder().id(DocumentId.of("DOC-1")).title("Scope")
            .kind(DocumentKind.MAINTAINED).version("1.0").owner(ALICE).classification(Classification.INTERNAL)
            .status(DocumentStatus.RECORDED).build())
        .hasMessage("DocumentedInformation.status: only a RETAINED record can be RECORDED, document DOC-1 is MAINTAINED");
  }

  @Test
  void riskAcceptance_lapsesBeforeGiven() {
    assertThatThrownBy(() -> new io.ismskit.core.risk.RiskAcceptance(ALICE, D, java.util.Optional.empty(),
            java.util.Optional.of(D.minusDays(1))))
        .hasMessage("RiskAcceptance.validUntil: 2026-02-28 is before acceptedOn 2026-03-01");
    var temporary = new io.ismskit.core.risk.RiskAcceptance(ALICE, D, java.util.Optional.of("until SBOM monitoring"),
        java.util.Optional.of(D.plusMonths(6)));
    assertThat(temporary.validOn(D.plusMonths(6))).isTrue();
    assertThat(temporary.validOn(D.plusMonths(6).plusDays(1))).isFalse();
    assertThat(io.ismskit.core.risk.RiskAcceptance.of(ALICE, D).validOn(D.plusYears(9))).isTrue();
  }

  @Test
  void incident_notifiedBeforeOccurred() {
    assertThatThrownBy(() -> Incident.builder().id(IncidentId.of("INC-1")).title("Leak").occurredOn(D)
            .reportedOn(D).severity(Incident.Severity.HIGH).personalDataBreach(true).notifiedOn(D.minusDays(1)).build())
        .hasMessage("Incident.notifiedOn: 2026-02-28 is before occurredOn 2026-03-01");
  }

  // ---- asset -----------------------------------------------------------------------------------

  @Test
  void cia_outOfRange() {
    assertThatThrownBy(() -> CiaValue.of(3, 6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CiaValue.integrity: must be in 1..5, was 6");
    assertThatThrownBy(() -> CiaValue.of(0, 1, 1)).hasMessage("CiaValue.confidentiality: must be in 1..5, was 0");
  }

  @Test
  void cia_highWater() {
    assertThat(CiaValue.of(1, 4, 2).highWater(CiaValue.of(3, 2, 2))).isEqualTo(CiaValue.of(3, 4, 2));
  }

  @Test
  void asset_dependsOnItself() {
    assertThatThrownBy(() -> Asset.builder().id(AssetId.of("A-1")).name("CRM").type(AssetType.SOFTWARE)
            .owner(ALICE).classification(Classification.CONFIDENTIAL).value(CiaValue.of(3, 3, 3))
            .addDependsOn(AssetId.of("A-1")).build())
        .hasMessage("Asset.dependsOn: asset A-1 cannot depend on itself");
  }

  @Test
  void asset_missingMandatoryField() {
    assertThatThrownBy(() -> Asset.builder().id(AssetId.of("A-1")).name("CRM").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Asset")
        .hasMessageContaining("type");
  }

  // ---- risk ------------------------------------------------------------------------------------

  static RiskAssessment assessment(double normalized) {
    return RiskAssessment.builder().method("matrix").methodVersion("1").score(12).normalized(normalized)
        .level("High").assessedOn(D).build();
  }

  @Test
  void assessment_normalizedOutside01() {
    assertThatThrownBy(() -> assessment(1.5)).hasMessage("RiskAssessment.normalized: must be in 0.0..1.0, was 1.5");
  }

  @Test
  void assessment_nanNormalized() {
    assertThatThrownBy(() -> assessment(Double.NaN)).hasMessage("RiskAssessment.normalized: must be in 0.0..1.0, was NaN");
  }

  @Test
  void assessment_infiniteScore() {
    assertThatThrownBy(() -> RiskAssessment.builder().method("fair").methodVersion("1")
            .score(Double.POSITIVE_INFINITY).normalized(0.5).level("High").assessedOn(D).build())
        .hasMessage("RiskAssessment.score: must be finite, was Infinity");
  }

  @Test
  void risk_assessedBeforeIdentified() {
    assertThatThrownBy(() -> Risk.builder().id(RiskId.of("R-1")).title("Ransomware").scenario("Encryption of file shares")
            .owner(ALICE).identifiedOn(D.plusDays(1)).inherent(assessment(0.5)).build())
        .hasMessage("Risk.inherent.assessedOn: 2026-03-01 is before identifiedOn 2026-03-02 of risk R-1");
  }

  @Test
  void risk_zeroPriority() {
    assertThatThrownBy(() -> Risk.builder().id(RiskId.of("R-1")).title("t").scenario("s").owner(ALICE)
            .identifiedOn(D).priority(0).build())
        .hasMessage("Risk.priority: must be in 1..2147483647, was 0");
  }

  @Test
  void treatment_noOption() {
    assertThatThrownBy(() -> Treatment.builder().build()).hasMessage("Treatment.options: must not be empty");
  }

  @Test
  void treatmentAction_doneWithoutDate() {
    assertThatThrownBy(() -> TreatmentAction.builder().description("Deploy EDR").owner(ALICE).dueDate(D)
            .status(ActionStatus.DONE).build())
        .hasMessage("TreatmentAction.completedOn: required when status is DONE");
  }

  static ImmutableRiskCriteriaBuilderHolder criteria() {
    return new ImmutableRiskCriteriaBuilderHolder();
  }

  /** Builds criteria with one attribute overridden. */
  static final class ImmutableRiskCriteriaBuilderHolder {
    RiskCriteria with(String acceptance, double appetite, double tolerance, List<Double> bounds) {
      return RiskCriteria.builder().version("1").method("matrix")
          .addLevels("Low", "Medium", "High").addAllLevelBounds(bounds).acceptanceLevel(acceptance)
          .appetite(appetite).tolerance(tolerance).assessmentInterval(Period.ofYears(1)).build();
    }
  }

  @Test
  void criteria_unknownAcceptanceLevel() {
    assertThatThrownBy(() -> criteria().with("Severe", 0.2, 0.5, List.of()))
        .hasMessage("RiskCriteria.acceptanceLevel: 'Severe' is not one of the levels [Low, Medium, High]");
  }

  @Test
  void criteria_toleranceBelowAppetite() {
    assertThatThrownBy(() -> criteria().with("Low", 0.6, 0.5, List.of()))
        .hasMessage("RiskCriteria.tolerance: 0.5 is below appetite 0.6");
  }

  @Test
  void criteria_boundsNotIncreasing() {
    assertThatThrownBy(() -> criteria().with("Low", 0.2, 0.5, List.of(0.6, 0.4)))
        .hasMessage("RiskCriteria.levelBounds: must increase strictly within (0, 1), was [0.6, 0.4]");
  }

  @Test
  void criteria_wrongBoundCount() {
    assertThatThrownBy(() -> criteria().with("Low", 0.2, 0.5, List.of(0.5)))
        .hasMessage("RiskCriteria.levelBounds: expected 2 bounds for 3 levels, was [0.5]");
  }

  @Test
  void criteria_levelOf() {
    RiskCriteria equal = criteria().with("Medium", 0.2, 0.5, List.of());
    assertThat(equal.levelOf(0)).isEqualTo("Low");
    assertThat(equal.levelOf(0.34)).isEqualTo("Medium");
    assertThat(equal.levelOf(1)).isEqualTo("High");
    assertThat(equal.acceptable("Medium")).isTrue();
    assertThat(equal.acceptable("High")).isFalse();
    RiskCriteria bounded = criteria().with("Low", 0.2, 0.5, List.of(0.1, 0.9));
    assertThat(bounded.levelOf(0.1)).isEqualTo("Low");
    assertThat(bounded.levelOf(0.5)).isEqualTo("Medium");
    assertThat(bounded.levelOf(0.95)).isEqualTo("High");
  }

  @Test
  void vulnerability_badCve() {
    assertThatThrownBy(() -> Vulnerability.builder().id(VulnerabilityId.of("V-1")).name("Log4Shell")
            .cve("CVE-21-1").build())
        .hasMessage("Vulnerability.cve: expected CVE-yyyy-nnnn, was 'CVE-21-1'");
  }

  // ---- control ---------------------------------------------------------------------------------

  @Test
  void controlImplementation_effectivenessAboveOne() {
    assertThatThrownBy(() -> ControlImplementation.builder().control(ControlId.of("A.8.7"))
            .status(ImplementationStatus.IMPLEMENTED).owner(ALICE).effectiveness(1.2).build())
        .hasMessage("ControlImplementation.effectiveness: must be in 0.0..1.0, was 1.2");
  }

  @Test
  void controlImplementation_credit() {
    ControlImplementation c = ControlImplementation.builder().control(ControlId.of("A.8.7"))
        .status(ImplementationStatus.PARTIALLY_IMPLEMENTED).owner(ALICE).effectiveness(0.8).build();
    assertThat(c.creditedEffectiveness()).isEqualTo(0.4);
  }

  // ---- assurance -------------------------------------------------------------------------------

  @Test
  void metric_nonFiniteTarget() {
    assertThatThrownBy(() -> Metric.builder().id(MetricId.of("M-1")).name("Patch latency").description("d")
            .method("median days").frequency(Period.ofMonths(1)).measuredBy(ALICE).evaluatedBy(ALICE)
            .target(Double.NaN).build())
        .hasMessage("Metric.target: must be finite, was NaN");
  }

  @Test
  void measurement_evaluationWithoutDate() {
    assertThatThrownBy(() -> Measurement.builder().id(MeasurementId.of("MS-1")).metric(MetricId.of("M-1"))
            .measuredOn(D).value(3).evaluation("on target").build())
        .hasMessage("Measurement.evaluatedOn: must be given together with evaluation");
  }

  @Test
  void programme_endBeforeStart() {
    assertThatThrownBy(() -> AuditProgramme.builder().id(AuditProgrammeId.of("AP-1")).name("2026")
            .start(D).end(D.minusDays(1)).interval(Period.ofYears(1)).owner(ALICE).build())
        .hasMessage("AuditProgramme.end: 2026-02-28 is before start 2026-03-01");
  }

  @Test
  void audit_reportedWithoutDate() {
    assertThatThrownBy(() -> InternalAudit.builder().id(AuditId.of("AU-1")).programme(AuditProgrammeId.of("AP-1"))
            .plannedOn(D).performedOn(D).status(AuditStatus.REPORTED).build())
        .hasMessage("InternalAudit.reportedOn: required when status is REPORTED (AU-1)");
  }

  @Test
  void nonconformity_closedWithoutDate() {
    assertThatThrownBy(() -> Nonconformity.builder().id(NonconformityId.of("NC-1"))
            .source(NonconformitySource.INTERNAL_AUDIT).grade(Nonconformity.Grade.MINOR).description("d")
            .raisedOn(D).owner(ALICE).status(NonconformityStatus.CLOSED).build())
        .hasMessage("Nonconformity.closedOn: a closing date is required exactly when the status is CLOSED, status was CLOSED (NC-1)");
  }

  @Test
  void correctiveAction_reviewedBeforeCompleted() {
    assertThatThrownBy(() -> CorrectiveAction.builder().id(CorrectiveActionId.of("CA-1"))
            .nonconformity(NonconformityId.of("NC-1")).description("d").owner(ALICE).dueDate(D)
            .effectivenessReview(new EffectivenessReview(D, ALICE, true, "checked")).build())
        .hasMessage("CorrectiveAction.effectivenessReview: action CA-1 is reviewed but not completed");
  }

  @Test
  void incident_reportedBeforeOccurred() {
    assertThatThrownBy(() -> Incident.builder().id(IncidentId.of("INC-1")).title("Phishing").occurredOn(D)
            .reportedOn(D.minusDays(2)).severity(Incident.Severity.LOW).build())
        .hasMessage("Incident.reportedOn: 2026-02-27 is before occurredOn 2026-03-01");
  }

  @Test
  void reviewIntervals_zero() {
    assertThatThrownBy(() -> new ReviewIntervals(Period.ZERO, Period.ofYears(1), Period.ofYears(1)))
        .hasMessage("ReviewIntervals.managementReview: must be a positive period, was P0D");
  }

  // ---- copies ----------------------------------------------------------------------------------

  @Test
  void withCopy_leavesOriginal() {
    Asset a = Asset.builder().id(AssetId.of("A-1")).name("CRM").type(AssetType.SOFTWARE).owner(ALICE)
        .classification(Classification.CONFIDENTIAL).value(CiaValue.of(3, 3, 3)).build();
    Asset b = io.ismskit.core.asset.ImmutableAsset.copyOf(a).withName("ERP");
    assertThat(a.name()).isEqualTo("CRM");
    assertThat(b.name()).isEqualTo("ERP");
    assertThat(b.id()).isEqualTo(a.id());
  }
}
