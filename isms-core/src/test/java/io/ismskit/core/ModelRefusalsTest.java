package io.ismskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
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
import io.ismskit.core.governance.Approval;
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
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.Vulnerability;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;


/**
 * Every factory, record and builder refuses locally wrong values with an {@link
 * InvalidValueException} whose problem has a {@link ModelCode} and a message naming type, field and
 * value.
 */
class ModelRefusalsTest {
  static final PersonId ALICE = PersonId.of("P-1");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  /** Asserts that {@code call} is refused with an InvalidValueException of {@code code} and {@code message}. */
  static void refused(ThrowingCallable call, ModelCode code, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(message)
        .satisfies(e -> {
          Problem p = ((InvalidValueException) e).problem();
          assertThat(p.code()).isEqualTo(code);
          assertThat(p.message()).isEqualTo(message);
          assertThat(message).startsWith(p.entityType() + (p.field().isEmpty() ? "" : "." + p.field()) + ":");
        });
  }

  // ---- ids -------------------------------------------------------------------------------------

  @Test
  void id_blank() {
    refused(() -> AssetId.of(" "), ModelCode.MALFORMED,
        "AssetId.value: expected 1..128 letters, digits and . _ : / -, starting with a letter or digit, was ' '");
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
        .hasMessageStartingWith("PersonId.value: expected")
        .hasMessageEndingWith(", was 'a b'");
  }

  @Test
  void id_tooLong() {
    assertThatThrownBy(() -> DocumentId.of("x".repeat(129))).hasMessageContaining("DocumentId.value");
  }

  @Test
  void clauseId_malformed() {
    refused(() -> ClauseId.of("11.1"), ModelCode.MALFORMED,
        "ClauseId.value: expected a clause id 4..10[.n[.n]], was '11.1'");
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
    refused(() -> Organization.builder().name("Acme").headcount(-1).build(), ModelCode.OUT_OF_RANGE,
        "Organization.headcount: must be in 0..2147483647, was '-1'");
  }

  @Test
  void organization_blankName() {
    refused(() -> Organization.builder().name("  ").headcount(1).build(), ModelCode.BLANK,
        "Organization.name: must not be blank, was '  '");
  }

  @Test
  void contextIssue_reviewBeforeIdentification() {
    assertThatThrownBy(
            () -> ContextIssue.builder().id(ContextIssueId.of("I-1")).kind(IssueKind.EXTERNAL)
                .description("Ransomware wave").ismsImpact("Availability").identifiedOn(D)
                .lastReviewed(D.minusDays(1)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ContextIssue.lastReviewed: must not be before identifiedOn 2026-03-01, was '2026-02-28'");
  }

  @Test
  void scopeExclusion_withoutJustification() {
    refused(() -> ScopeExclusion.of("Site Lyon", " "), ModelCode.BLANK,
        "ScopeExclusion.justification: must not be blank, was ' '");
  }

  @Test
  @SuppressWarnings("NullAway")
  void approval_needsBothParts() {
    assertThatThrownBy(() -> Approval.of(ALICE, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("Approval.on: must not be null");
    assertThatThrownBy(() -> Approval.of(null, D)).isInstanceOf(NullPointerException.class)
        .hasMessage("Approval.by: must not be null");
    Scope s = Scope.builder().statement("All of Acme").version("1.0").approval(Approval.of(ALICE, D)).build();
    assertThat(s.approved()).isTrue();
    assertThat(s.approval()).contains(Approval.of(ALICE, D));
  }

  @Test
  void interestedParty_duplicateRequirement() {
    Requirement r = Requirement.builder().id(RequirementId.of("RQ-1")).description("GDPR")
        .type(RequirementType.LEGAL).build();
    assertThatThrownBy(() -> InterestedParty.builder().id(InterestedPartyId.of("IP-1")).name("EU")
            .kind(PartyKind.REGULATOR).addRequirements(r, r).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("InterestedParty.requirements.id: must not hold an element twice, was 'RQ-1'");
  }

  @Test
  void requirementType_binding() {
    assertThat(RequirementType.CONTRACTUAL.binding()).isTrue();
    assertThat(RequirementType.EXPECTATION.binding()).isFalse();
  }

  // ---- governance ------------------------------------------------------------------------------

  @Test
  void person_blankJobTitle() {
    refused(() -> Person.builder().id(ALICE).name("Alice").jobTitle("").build(), ModelCode.BLANK,
        "Person.jobTitle: must not be blank, was ''");
  }

  @Test
  void roleAssignment_endBeforeStart() {
    refused(() -> RoleAssignment.builder().role(RoleId.of("R-CISO")).person(ALICE).validFrom(D)
            .validUntil(D.minusMonths(1)).build(), ModelCode.DATE_ORDER,
        "RoleAssignment.validUntil: must not be before validFrom 2026-03-01, was '2026-02-01'");
  }

  @Test
  void policy_zeroReviewInterval() {
    assertThatThrownBy(() -> Policy.builder().id(PolicyId.of("POL-1")).title("IS policy")
            .kind(PolicyKind.INFORMATION_SECURITY).version("1").reviewInterval(Period.ZERO).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Policy.reviewInterval: must be a positive period, was 'P0D'");
  }

  @Test
  void policy_nextReviewDue() {
    Policy p = Policy.builder().id(PolicyId.of("POL-1")).title("IS policy")
        .kind(PolicyKind.INFORMATION_SECURITY).version("1").reviewInterval(Period.ofYears(1))
        .approval(Approval.of(ALICE, D)).build();
    assertThat(p.nextReviewDue()).contains(D.plusYears(1));
  }

  @Test
  void competence_validUntilBeforeObtained() {
    assertThatThrownBy(() -> CompetenceRecord.builder().id(CompetenceRecordId.of("C-1")).person(ALICE)
            .competence("ISO 27001 LA").evidenceType(EvidenceType.CERTIFICATION).obtainedOn(D)
            .validUntil(D.minusDays(3)).build())
        .hasMessage("CompetenceRecord.validUntil: must not be before obtainedOn 2026-03-01, was '2026-02-26'");
  }

  @Test
  void awareness_noTopics() {
    assertThatThrownBy(() -> AwarenessRecord.builder().id(AwarenessRecordId.of("AW-1")).person(ALICE)
            .programme("Onboarding").completedOn(D).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AwarenessRecord.topics: must not be empty");
  }

  @Test
  void document_approvedWithoutApproval_isLeftToTheConformanceCheck() {
    // status and approval are edited independently; rule 7.5-documented-information reports the gap
    DocumentedInformation d = DocumentedInformation.builder().id(DocumentId.of("DOC-1")).title("Scope")
        .kind(DocumentKind.MAINTAINED).version("1.0").owner(ALICE).classification(Classification.INTERNAL)
        .status(DocumentStatus.APPROVED).build();
    assertThat(d.approval()).isEmpty();
    assertThat(d.withApproval(Approval.of(ALICE, D)).withStatus(DocumentStatus.DRAFT).approval()).isPresent();
  }

  @Test
  void document_recordedButMaintained() {
    assertThatThrownBy(() -> DocumentedInformation.builder().id(DocumentId.of("DOC-1")).title("Scope")
            .kind(DocumentKind.MAINTAINED).version("1.0").owner(ALICE).classification(Classification.INTERNAL)
            .status(DocumentStatus.RECORDED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("DocumentedInformation.status: only a RETAINED record can be RECORDED, document DOC-1 is MAINTAINED,"
            + " was 'RECORDED'");
  }

  @Test
  void riskAcceptance_lapsesBeforeGiven() {
    refused(() -> RiskAcceptance.builder().acceptedBy(ALICE).acceptedOn(D).validUntil(D.minusDays(1)).build(),
        ModelCode.DATE_ORDER, "RiskAcceptance.validUntil: must not be before acceptedOn 2026-03-01, was '2026-02-28'");
    RiskAcceptance temporary = RiskAcceptance.builder().acceptedBy(ALICE).acceptedOn(D)
        .justification("until SBOM monitoring").validUntil(D.plusMonths(6)).build();
    assertThat(temporary.validOn(D.plusMonths(6))).isTrue();
    assertThat(temporary.validOn(D.plusMonths(6).plusDays(1))).isFalse();
    assertThat(RiskAcceptance.of(ALICE, D).validOn(D.plusYears(9))).isTrue();
  }

  @Test
  void incident_notifiedBeforeOccurred() {
    assertThatThrownBy(() -> Incident.builder().id(IncidentId.of("INC-1")).title("Leak").occurredOn(D)
            .reportedOn(D).severity(Incident.Severity.HIGH).personalDataBreach(true).notifiedOn(D.minusDays(1)).build())
        .hasMessage("Incident.notifiedOn: must not be before occurredOn 2026-03-01, was '2026-02-28'");
  }

  // ---- asset -----------------------------------------------------------------------------------

  @Test
  void cia_outOfRange() {
    refused(() -> CiaValue.of(3, 6, 1), ModelCode.OUT_OF_RANGE, "CiaValue.integrity: must be in 1..5, was '6'");
    refused(() -> CiaValue.of(0, 1, 1), ModelCode.OUT_OF_RANGE, "CiaValue.confidentiality: must be in 1..5, was '0'");
    assertThat(CiaValue.of(1, 2, 3).withIntegrity(5)).isEqualTo(CiaValue.of(1, 5, 3));
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
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Asset.dependsOn: must not hold the asset's own id: an asset cannot depend on itself, was 'A-1'");
  }

  @Test
  void asset_missingMandatoryField() {
    refused(() -> Asset.builder().id(AssetId.of("A-1")).name("CRM").build(), ModelCode.REQUIRED,
        "Asset.type: is required; set it with type(AssetType) (also required: owner(PersonId),"
            + " classification(Classification), value(CiaValue))");
  }

  // ---- risk ------------------------------------------------------------------------------------

  static RiskAssessment assessment(double normalized) {
    return RiskAssessment.builder().method(MethodId.of("matrix")).methodVersion("1").score(12).normalized(normalized)
        .level(RiskLevel.of("High")).assessedOn(D).build();
  }

  @Test
  void assessment_normalizedOutside01() {
    refused(() -> assessment(1.5), ModelCode.OUT_OF_RANGE, "RiskAssessment.normalized: must be in 0.0..1.0, was '1.5'");
  }

  @Test
  void assessment_nanNormalized() {
    refused(() -> assessment(Double.NaN), ModelCode.NOT_FINITE, "RiskAssessment.normalized: must be in 0.0..1.0, was 'NaN'");
  }

  @Test
  void assessment_infiniteScore() {
    refused(() -> RiskAssessment.builder().method(MethodId.of("fair")).methodVersion("1")
            .score(Double.POSITIVE_INFINITY).normalized(0.5).level(RiskLevel.of("High")).assessedOn(D).build(),
        ModelCode.NOT_FINITE, "RiskAssessment.score: must be a finite number, was 'Infinity'");
  }

  @Test
  void risk_assessedBeforeIdentified() {
    assertThatThrownBy(() -> Risk.builder().id(RiskId.of("R-1")).title("Ransomware").scenario("Encryption of file shares")
            .owner(ALICE).identifiedOn(D.plusDays(1)).inherent(assessment(0.5)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Risk.inherent.assessedOn: must not be before identifiedOn 2026-03-02, was '2026-03-01'");
  }

  @Test
  void risk_zeroPriority() {
    assertThatThrownBy(() -> Risk.builder().id(RiskId.of("R-1")).title("t").scenario("s").owner(ALICE)
            .identifiedOn(D).priority(0).build())
        .hasMessage("Risk.priority: must be in 1..2147483647, was '0'");
  }

  @Test
  void treatment_noOption() {
    refused(() -> Treatment.builder().build(), ModelCode.EMPTY, "Treatment.options: must not be empty");
  }

  @Test
  void treatmentAction_doneWithoutDate() {
    refused(() -> ActionProgress.of(ActionStatus.DONE), ModelCode.INCONSISTENT,
        "ActionProgress.completedOn: is required when status is DONE; use ActionProgress.done(date)");
    refused(() -> new ActionProgress(ActionStatus.PLANNED, Optional.of(D)), ModelCode.INCONSISTENT,
        "ActionProgress.completedOn: is only for a DONE action, status was PLANNED, was '2026-03-01'");
    refused(() -> TreatmentAction.builder().description("Deploy EDR").owner(ALICE).dueDate(D).build(),
        ModelCode.REQUIRED, "TreatmentAction.progress: is required; set it with progress(ActionProgress)");
  }

  static CriteriaMaker criteria() {
    return new CriteriaMaker();
  }

  /** Builds criteria with one attribute overridden. */
  static final class CriteriaMaker {
    RiskCriteria with(String acceptance, double appetite, double tolerance, List<Double> bounds) {
      return RiskCriteria.builder().version("1").method(MethodId.of("matrix"))
          .addLevels(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High")).addAllLevelBounds(bounds)
          .acceptanceLevel(RiskLevel.of(acceptance))
          .appetite(appetite).tolerance(tolerance).assessmentInterval(Period.ofYears(1)).build();
    }
  }

  @Test
  void criteria_unknownAcceptanceLevel() {
    refused(() -> criteria().with("Severe", 0.2, 0.5, List.of()), ModelCode.UNKNOWN_LEVEL,
        "RiskCriteria.acceptanceLevel: must be one of the levels [Low, Medium, High], was 'Severe'");
  }

  @Test
  void criteria_toleranceBelowAppetite() {
    refused(() -> criteria().with("Low", 0.6, 0.5, List.of()), ModelCode.INCONSISTENT,
        "RiskCriteria.tolerance: must not be below appetite 0.6, was '0.5'");
  }

  @Test
  void criteria_boundsNotIncreasing() {
    assertThatThrownBy(() -> criteria().with("Low", 0.2, 0.5, List.of(0.6, 0.4)))
        .hasMessage("RiskCriteria.levelBounds: must increase strictly within (0, 1), was '[0.6, 0.4]'");
  }

  @Test
  void criteria_wrongBoundCount() {
    assertThatThrownBy(() -> criteria().with("Low", 0.2, 0.5, List.of(0.5)))
        .hasMessage("RiskCriteria.levelBounds: needs 2 bounds for 3 levels, was '[0.5]'");
  }

  @Test
  void criteria_levelOf() {
    RiskCriteria equal = criteria().with("Medium", 0.2, 0.5, List.of());
    assertThat(equal.levelOf(0)).isEqualTo(RiskLevel.of("Low"));
    assertThat(equal.levelOf(0.34)).isEqualTo(RiskLevel.of("Medium"));
    assertThat(equal.levelOf(1)).isEqualTo(RiskLevel.of("High"));
    assertThat(equal.acceptable(RiskLevel.of("Medium"))).isTrue();
    assertThat(equal.acceptable(RiskLevel.of("High"))).isFalse();
    RiskCriteria bounded = criteria().with("Low", 0.2, 0.5, List.of(0.1, 0.9));
    assertThat(bounded.levelOf(0.1)).isEqualTo(RiskLevel.of("Low"));
    assertThat(bounded.levelOf(0.5)).isEqualTo(RiskLevel.of("Medium"));
    assertThat(bounded.levelOf(0.95)).isEqualTo(RiskLevel.of("High"));
  }

  @Test
  void vulnerability_badCve() {
    assertThatThrownBy(() -> Vulnerability.builder().id(VulnerabilityId.of("V-1")).name("Log4Shell")
            .cve("CVE-21-1").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Vulnerability.cve: expected CVE-yyyy-nnnn, was 'CVE-21-1'");
  }

  // ---- control ---------------------------------------------------------------------------------

  @Test
  void controlImplementation_effectivenessAboveOne() {
    assertThatThrownBy(() -> ControlImplementation.builder().control(ControlId.of("A.8.7"))
            .status(ImplementationStatus.IMPLEMENTED).owner(ALICE).effectiveness(1.2).build())
        .hasMessage("ControlImplementation.effectiveness: must be in 0.0..1.0, was '1.2'");
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
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Metric.target: must be a finite number, was 'NaN'");
  }

  @Test
  void measurement_evaluatedBeforeMeasured() {
    refused(() -> Measurement.builder().id(MeasurementId.of("MS-1")).metric(MetricId.of("M-1"))
            .measuredOn(D).value(3).evaluation(Evaluation.of("on target", D.minusDays(1))).build(),
        ModelCode.DATE_ORDER, "Measurement.evaluation.on: must not be before measuredOn 2026-03-01, was '2026-02-28'");
    refused(() -> Evaluation.of(" ", D), ModelCode.BLANK, "Evaluation.result: must not be blank, was ' '");
  }

  @Test
  void programme_endBeforeStart() {
    assertThatThrownBy(() -> AuditProgramme.builder().id(AuditProgrammeId.of("AP-1")).name("2026")
            .start(D).end(D.minusDays(1)).interval(Period.ofYears(1)).owner(ALICE).build())
        .hasMessage("AuditProgramme.end: must not be before start 2026-03-01, was '2026-02-28'");
  }

  @Test
  void audit_reportedWithoutDate() {
    refused(() -> new AuditProgress(AuditStatus.REPORTED, Optional.of(D), Optional.empty()), ModelCode.INCONSISTENT,
        "AuditProgress.reportedOn: is required when status is REPORTED");
    refused(() -> AuditProgress.reported(D, D.minusDays(1)), ModelCode.DATE_ORDER,
        "AuditProgress.reportedOn: must not be before performedOn 2026-03-01, was '2026-02-28'");
    assertThat(InternalAudit.builder().id(AuditId.of("AU-1")).programme(AuditProgrammeId.of("AP-1"))
        .plannedOn(D).progress(AuditProgress.reported(D, D)).build().done()).isTrue();
  }

  @Test
  void nonconformity_closedWithoutDate() {
    refused(() -> NonconformityProgress.of(NonconformityStatus.CLOSED), ModelCode.INCONSISTENT,
        "NonconformityProgress.closedOn: is required when status is CLOSED; use NonconformityProgress.closed(date)");
    refused(() -> Nonconformity.builder().id(NonconformityId.of("NC-1"))
            .source(NonconformitySource.INTERNAL_AUDIT).grade(Nonconformity.Grade.MINOR).description("d")
            .raisedOn(D).owner(ALICE).progress(NonconformityProgress.closed(D.minusDays(1))).build(),
        ModelCode.DATE_ORDER, "Nonconformity.progress.closedOn: must not be before raisedOn 2026-03-01, was '2026-02-28'");
  }

  @Test
  void correctiveAction_reviewedBeforeCompleted() {
    assertThatThrownBy(() -> CorrectiveAction.builder().id(CorrectiveActionId.of("CA-1"))
            .nonconformity(NonconformityId.of("NC-1")).description("d").owner(ALICE).dueDate(D)
            .effectivenessReview(EffectivenessReview.builder().reviewedOn(D).reviewedBy(ALICE).effective(true)
                .notes("checked").build()).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CorrectiveAction.effectivenessReview: needs the action completed first: set completedOn (action CA-1)");
  }

  @Test
  void incident_reportedBeforeOccurred() {
    assertThatThrownBy(() -> Incident.builder().id(IncidentId.of("INC-1")).title("Phishing").occurredOn(D)
            .reportedOn(D.minusDays(2)).severity(Incident.Severity.LOW).build())
        .hasMessage("Incident.reportedOn: must not be before occurredOn 2026-03-01, was '2026-02-27'");
  }

  @Test
  void reviewIntervals_zero() {
    assertThatThrownBy(() -> new ReviewIntervals(Period.ZERO, Period.ofYears(1), Period.ofYears(1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("ReviewIntervals.managementReview: must be a positive period, was 'P0D'");
  }

  // ---- copies ----------------------------------------------------------------------------------

  @Test
  void withCopy_leavesOriginal() {
    Asset a = Asset.builder().id(AssetId.of("A-1")).name("CRM").type(AssetType.SOFTWARE).owner(ALICE)
        .classification(Classification.CONFIDENTIAL).value(CiaValue.of(3, 3, 3)).build();
    Asset b = a.withName("ERP");
    assertThat(a.name()).isEqualTo("CRM");
    assertThat(b.name()).isEqualTo("ERP");
    assertThat(b.id()).isEqualTo(a.id());
  }
}
