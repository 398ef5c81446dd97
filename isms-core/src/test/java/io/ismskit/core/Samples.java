package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.ChangeTrigger;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.ResourceKind;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.TreatmentOption;
import java.time.LocalDate;
import java.time.Period;

/** Small valid values of the model for the core tests, each built through its public builder. */
final class Samples {
  static final PersonId ALICE = PersonId.of("P-1");
  static final PersonId BOB = PersonId.of("P-2");
  static final LocalDate D = LocalDate.of(2026, 3, 1);
  static final RiskLevel LOW = RiskLevel.of("Low");
  static final RiskLevel MEDIUM = RiskLevel.of("Medium");
  static final RiskLevel HIGH = RiskLevel.of("High");

  private Samples() {}

  static Person person(PersonId id) {
    return Person.builder().id(id).name("Person " + id).build();
  }

  static Asset asset(String id, String... dependsOn) {
    var b = Asset.builder().id(AssetId.of(id)).name("Asset " + id).type(AssetType.SOFTWARE).owner(ALICE)
        .classification(Classification.INTERNAL).value(CiaValue.of(2, 2, 2));
    for (String d : dependsOn) {
      b.addDependsOn(AssetId.of(d));
    }
    return b.build();
  }

  static RiskAssessment assessment(RiskLevel level, double normalized, LocalDate on) {
    return RiskAssessment.builder().method(MethodId.of("matrix")).methodVersion("1").score(normalized * 25)
        .normalized(normalized).level(level).assessedOn(on).build();
  }

  static Risk risk(String id) {
    return Risk.builder().id(RiskId.of(id)).title("Risk " + id).scenario("s").owner(ALICE).identifiedOn(D).build();
  }

  static RiskCriteria criteria() {
    return RiskCriteria.builder().version("1").method(MethodId.of("matrix")).addLevels(LOW, MEDIUM, HIGH)
        .acceptanceLevel(MEDIUM).appetite(0.3).tolerance(0.7).assessmentInterval(Period.ofYears(1)).build();
  }

  static TreatmentAction action(String description) {
    return TreatmentAction.builder().description(description).owner(ALICE).dueDate(D.plusMonths(1))
        .progress(ActionProgress.planned()).build();
  }

  static Treatment treatment(TreatmentAction... actions) {
    return Treatment.builder().addOptions(TreatmentOption.MODIFY).addControls(ControlId.of("A.8.7"))
        .addActions(actions).build();
  }

  static Policy policy() {
    return Policy.builder().id(PolicyId.of("POL-1")).title("IS policy").kind(PolicyKind.INFORMATION_SECURITY)
        .version("1").reviewInterval(Period.ofYears(1)).build();
  }

  static DocumentedInformation document() {
    return DocumentedInformation.builder().id(DocumentId.of("DOC-1")).title("Scope").kind(DocumentKind.MAINTAINED)
        .version("1.0").owner(ALICE).classification(Classification.INTERNAL).status(DocumentStatus.DRAFT).build();
  }

  static Scope scope() {
    return Scope.builder().statement("All of Acme").version("1.0").build();
  }

  static ResourceAllocation resource() {
    return ResourceAllocation.builder().id(ResourceId.of("RES-1")).kind(ResourceKind.BUDGET)
        .description("Tooling").build();
  }

  static PlannedChange change() {
    return PlannedChange.builder().id(ChangeId.of("CHG-1")).description("Move to cloud").reason("Cost")
        .trigger(ChangeTrigger.ORGANIZATIONAL).responsible(ALICE).plannedFor(D.plusMonths(2)).build();
  }

  static StatementOfApplicability soa(SoaEntry... entries) {
    return StatementOfApplicability.builder().version("1").addEntries(entries).build();
  }

  static SoaEntry soaEntry(String control, boolean applicable) {
    return SoaEntry.builder().control(ControlId.of(control)).applicable(applicable).build();
  }

  static Measurement measurement() {
    return Measurement.builder().id(MeasurementId.of("MS-1")).metric(MetricId.of("M-1")).measuredOn(D).value(3)
        .build();
  }

  static Nonconformity nonconformity() {
    return Nonconformity.builder().id(NonconformityId.of("NC-1")).source(NonconformitySource.INTERNAL_AUDIT)
        .grade(Nonconformity.Grade.MINOR).description("d").raisedOn(D).owner(ALICE)
        .progress(NonconformityProgress.open()).build();
  }

  static InternalAudit audit() {
    return InternalAudit.builder().id(AuditId.of("AU-1")).programme(AuditProgrammeId.of("AP-1")).plannedOn(D)
        .progress(AuditProgress.planned()).build();
  }

  static Improvement improvement() {
    return Improvement.builder().id(ImprovementId.of("IMP-1")).description("d").source("audit").raisedOn(D)
        .owner(ALICE).progress(ActionProgress.planned()).build();
  }

  static CorrectiveAction correctiveAction() {
    return CorrectiveAction.builder().id(CorrectiveActionId.of("CA-1")).nonconformity(NonconformityId.of("NC-1"))
        .description("d").owner(ALICE).dueDate(D.plusMonths(1)).build();
  }

  static Organization organization() {
    return Organization.builder().name("Acme").headcount(10).build();
  }

  static Isms.Builder isms() {
    return Isms.builder().organization(organization()).addPeople(person(ALICE), person(BOB));
  }
}
