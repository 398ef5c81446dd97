package io.ismskit.core;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.FindingType;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.Organization;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentOption;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;


/** {@link Isms#validate()} finds every cross-entity problem, each naming entity id and field. */
class IsmsValidateTest {
  static final PersonId ALICE = PersonId.of("P-1");
  static final LocalDate D = LocalDate.of(2026, 3, 1);

  static Person alice() {
    return Person.builder().id(ALICE).name("Alice").build();
  }

  static Asset asset(String id, boolean inScope, String... dependsOn) {
    var b = Asset.builder().id(AssetId.of(id)).name("Asset " + id).type(AssetType.SOFTWARE).owner(ALICE)
        .classification(Classification.INTERNAL).value(CiaValue.of(2, 2, 2)).inScope(inScope);
    for (String d : dependsOn) {
      b.addDependsOn(AssetId.of(d));
    }
    return b.build();
  }

  static Risk risk(String id, String asset) {
    return Risk.builder().id(RiskId.of(id)).title("Risk " + id).scenario("s").addAssets(AssetId.of(asset))
        .owner(ALICE).identifiedOn(D).build();
  }

  static Isms.Builder base() {
    return Isms.builder().organization(Organization.builder().name("Acme").headcount(10).build()).addPeople(alice());
  }

  static Seq<Problem> violations(Isms isms) {
    return isms.validate().fold(v -> v, ok -> io.vavr.collection.List.empty());
  }

  @Test
  void validIsms_isValid() {
    Isms isms = base().addAssets(asset("A-1", true), asset("A-2", true, "A-1")).addRisks(risk("R-1", "A-2")).build();
    assertThat(isms.validate().isValid()).isTrue();
    assertThat(isms.validate().get()).isSameAs(isms);
  }

  @Test
  void duplicateIds() {
    Isms isms = base().addPeople(alice()).addAssets(asset("A-1", true), asset("A-1", true)).build();
    assertThat(violations(isms))
        .extracting(Problem::entityType, Problem::entityId, Problem::field, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Person", "P-1", "id", ValidationCode.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple("Asset", "A-1", "id", ValidationCode.DUPLICATE));
  }

  @Test
  void risk_danglingReferences_allReportedAtOnce() {
    Risk r = Risk.builder().id(RiskId.of("R-1")).title("t").scenario("s").addAssets(AssetId.of("A-9"))
        .threat(ThreatId.of("T-9")).addVulnerabilities(VulnerabilityId.of("V-9")).owner(PersonId.of("P-9"))
        .identifiedOn(D).build();
    assertThat(violations(base().addRisks(r).build())).extracting(Problem::message).containsExactly(
        "Risk R-1: assets refers to unknown asset 'A-9'",
        "Risk R-1: threat refers to unknown threat 'T-9'",
        "Risk R-1: vulnerabilities refers to unknown vulnerability 'V-9'",
        "Risk R-1: owner refers to unknown person 'P-9'");
  }

  @Test
  void risk_onOutOfScopeAsset() {
    Seq<Problem> v = violations(base().addAssets(asset("A-1", false)).addRisks(risk("R-1", "A-1")).build());
    assertThat(v).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ValidationCode.OUT_OF_SCOPE);
      assertThat(x.entityId()).isEqualTo("R-1");
      assertThat(x.field()).isEqualTo("assets");
      assertThat(x.message()).isEqualTo("Risk R-1: assets refers to asset 'A-1', which is outside the ISMS scope");
    });
  }

  @Test
  void assetDependencyCycle_reportedOnce() {
    Isms isms = base().addAssets(asset("A-1", true, "A-3"), asset("A-2", true, "A-1"), asset("A-3", true, "A-2"),
        asset("A-4", true, "A-1")).build();
    assertThat(violations(isms)).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo(ValidationCode.CYCLE);
      assertThat(x.entityId()).isEqualTo("A-1");
    });
  }

  @Test
  void treatment_unknownControl() {
    Risk r = risk("R-1", "A-1").withTreatment(Treatment.builder()
        .addOptions(TreatmentOption.MODIFY).addControls(ControlId.of("A.5.38"), ControlId.of("A.5.37")).build());
    assertThat(violations(base().addAssets(asset("A-1", true)).addRisks(r).build()))
        .extracting(Problem::message)
        .containsExactly("Risk R-1: treatment.controls refers to unknown control of the catalog or a custom control 'A.5.38'");
  }

  @Test
  void soa_unknownAndDuplicateControls_andImplementationWithoutEntry() {
    SoaEntry e1 = SoaEntry.builder().control(ControlId.of("A.9.1")).applicable(true).build();
    SoaEntry e2 = SoaEntry.builder().control(ControlId.of("A.5.1")).applicable(true).build();
    StatementOfApplicability soa = StatementOfApplicability.builder().version("1").addEntries(e1, e2, e2).build();
    ControlImplementation ci = ControlImplementation.builder().control(ControlId.of("A.5.2"))
        .status(ImplementationStatus.IMPLEMENTED).owner(ALICE).build();
    assertThat(violations(base().statementOfApplicability(soa).addControlImplementations(ci).build()))
        .extracting(Problem::entityType, Problem::entityId, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SoaEntry", "A.5.1", ValidationCode.DUPLICATE),
            org.assertj.core.groups.Tuple.tuple("ControlImplementation", "A.5.2", ValidationCode.NOT_IN_SOA),
            org.assertj.core.groups.Tuple.tuple("SoaEntry", "A.9.1", ValidationCode.DANGLING));
  }

  @Test
  void customControl_isKnown_butMayNotShadowCatalog() {
    CustomControl own = CustomControl.builder().id(ControlId.of("CSA-IAM-1")).title("t").source("CSA CCM").build();
    CustomControl shadow = CustomControl.builder().id(ControlId.of("A.5.1")).title("t").source("internal").build();
    SoaEntry e = SoaEntry.builder().control(ControlId.of("CSA-IAM-1")).applicable(true).build();
    Isms isms = base().addCustomControls(own, shadow)
        .statementOfApplicability(StatementOfApplicability.builder().version("1").addEntries(e).build()).build();
    assertThat(violations(isms)).extracting(Problem::code).containsExactly(ValidationCode.SHADOWS_CATALOG);
  }

  @Test
  void assuranceReferences() {
    AuditFinding f = AuditFinding.builder().id(FindingId.of("F-1")).audit(AuditId.of("AU-9"))
        .type(FindingType.MINOR_NONCONFORMITY).description("d").build();
    CorrectiveAction ca = CorrectiveAction.builder().id(CorrectiveActionId.of("CA-1"))
        .nonconformity(NonconformityId.of("NC-9")).description("d").owner(ALICE).dueDate(D).build();
    Measurement m = Measurement.builder().id(MeasurementId.of("MS-1")).metric(MetricId.of("M-9")).measuredOn(D)
        .value(1).build();
    assertThat(violations(base().addFindings(f).addCorrectiveActions(ca).addMeasurements(m).build()))
        .extracting(Problem::message).containsExactly(
            "Measurement MS-1: metric refers to unknown metric 'M-9'",
            "AuditFinding F-1: audit refers to unknown audit 'AU-9'",
            "CorrectiveAction CA-1: nonconformity refers to unknown nonconformity 'NC-9'");
  }

  @Test
  void linksAddedForTraceability_areChecked() {
    Risk r = risk("R-1", "A-1").withTreatment(Treatment.builder()
        .addOptions(TreatmentOption.SHARE)
        .sharedWithParty(io.ismskit.core.id.InterestedPartyId.of("IP-9"))
        .plan(io.ismskit.core.id.DocumentId.of("DOC-9")).build());
    io.ismskit.core.assurance.Incident inc = io.ismskit.core.assurance.Incident.builder()
        .id(io.ismskit.core.id.IncidentId.of("INC-1")).title("Laptop lost").occurredOn(D).reportedOn(D)
        .severity(io.ismskit.core.assurance.Incident.Severity.MEDIUM).handler(PersonId.of("P-9"))
        .nonconformity(NonconformityId.of("NC-9")).build();
    io.ismskit.core.assurance.Improvement imp = io.ismskit.core.assurance.Improvement.builder()
        .id(io.ismskit.core.id.ImprovementId.of("IMP-1")).description("d").source("audit").raisedOn(D)
        .owner(ALICE).progress(io.ismskit.core.risk.ActionProgress.planned()).finding(FindingId.of("F-9"))
        .review(io.ismskit.core.id.ReviewId.of("MR-9")).build();
    assertThat(violations(base().addAssets(asset("A-1", true)).addRisks(r).addIncidents(inc).addImprovements(imp).build()))
        .extracting(Problem::message).containsExactly(
            "Risk R-1: treatment.sharedWithParty refers to unknown interested party 'IP-9'",
            "Risk R-1: treatment.plan refers to unknown document 'DOC-9'",
            "Improvement IMP-1: finding refers to unknown audit finding 'F-9'",
            "Improvement IMP-1: review refers to unknown management review 'MR-9'",
            "Incident INC-1: handler refers to unknown person 'P-9'",
            "Incident INC-1: nonconformity refers to unknown nonconformity 'NC-9'");
  }

  @Test
  void withCopies_leaveTheOriginal() {
    Isms isms = base().addAssets(asset("A-1", true)).build();
    Isms changed = isms.withAssets(asset("A-2", true));
    assertThat(isms.assets()).extracting(Asset::id).containsExactly(AssetId.of("A-1"));
    assertThat(changed.assets()).extracting(Asset::id).containsExactly(AssetId.of("A-2"));
  }
}
