package io.ismskit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.core.ReviewIntervals;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diffs of two ISMS snapshots: added, removed and changed entities, field paths, summary, determinism. */
class IsmsDiffTest {
  static final LocalDate D = LocalDate.of(2026, 3, 1);
  static final PersonId ALICE = PersonId.of("P-1");
  static final PersonId BOB = PersonId.of("P-2");

  static Risk risk(String id) {
    return Risk.builder().id(RiskId.of(id)).title("Risk " + id).scenario("s").owner(ALICE).identifiedOn(D).build();
  }

  static TreatmentAction action(String description) {
    return TreatmentAction.builder().description(description).owner(ALICE).dueDate(D.plusMonths(1))
        .progress(ActionProgress.planned()).build();
  }

  static Isms base() {
    return Isms.builder().organization(Organization.builder().name("Acme").headcount(10).build())
        .addPeople(Person.builder().id(ALICE).name("Alice").build(), Person.builder().id(BOB).name("Bob").build())
        .addAssets(Asset.builder().id(AssetId.of("A-1")).name("CRM").type(AssetType.SOFTWARE).owner(ALICE)
            .classification(Classification.INTERNAL).value(CiaValue.of(2, 2, 2)).build())
        .addRisks(risk("R-1"), risk("R-2").withTreatment(Treatment.builder().addOptions(TreatmentOption.MODIFY)
            .addControls(ControlId.of("A.8.7")).addActions(action("a"), action("b")).build()), risk("R-3"))
        .statementOfApplicability(StatementOfApplicability.builder().version("1")
            .addEntries(SoaEntry.builder().control(ControlId.of("A.5.1")).applicable(true).build(),
                SoaEntry.builder().control(ControlId.of("A.5.2")).applicable(true).build()).build())
        .build();
  }

  @Test
  void sameSnapshot_noChanges() {
    Isms isms = base();
    IsmsDiff diff = IsmsDiff.between(isms, isms);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.summary()).isEqualTo("no changes");
    assertThat(IsmsDiff.between(base(), base()).isEmpty()).as("equal, not the same instances").isTrue();
  }

  @Test
  void entities_addedRemovedChanged_byIdAndField() {
    Isms before = base();
    Risk r1 = before.risk(RiskId.of("R-1")).orElseThrow();
    Isms after = before.withRisk(r1.withOwner(BOB).withTitle("Customer data leak"))
        .withoutRisk(RiskId.of("R-3"))
        .withRisk(risk("R-7"))
        .withPerson(Person.builder().id(PersonId.of("P-3")).name("Carol").build());
    IsmsDiff diff = IsmsDiff.between(before, after);
    assertThat(diff.changes()).extracting(EntityChange::toString).containsExactly(
        "ADDED Person P-3",
        "CHANGED Risk R-1 [owner: P-1 -> P-2, title: Risk R-1 -> Customer data leak]",
        "ADDED Risk R-7",
        "REMOVED Risk R-3");
    assertThat(diff.ids("Risk", ChangeKind.ADDED)).containsExactly("R-7");
    assertThat(diff.ids("Risk", ChangeKind.CHANGED)).containsExactly("R-1");
    assertThat(diff.change("Risk", "R-1").orElseThrow().paths()).containsExactly("owner", "title");
    assertThat(diff.refs(ChangeKind.ADDED)).extracting(Object::toString).containsExactly("Person:P-3", "Risk:R-7");
    assertThat(diff.summary()).isEqualTo("""
        4 entities: 2 added, 1 removed, 1 changed
        Person: 1 added (P-3)
        Risk: 1 added (R-7); 1 removed (R-3); 1 changed (R-1: owner, title)""");
  }

  @Test
  void nestedValues_haveAPath_listsByPositionOrById() {
    Isms before = base();
    Risk r2 = before.risk(RiskId.of("R-2")).orElseThrow();
    Treatment t = r2.treatment().orElseThrow();
    Isms after = before.withRisk(r2.withTreatment(t.withAction(1, t.actions().get(1)
            .withProgress(ActionProgress.done(D.plusDays(10))))))
        .withStatementOfApplicability(before.statementOfApplicability().orElseThrow()
            .withEntry(SoaEntry.builder().control(ControlId.of("A.5.2")).applicable(true)
                .implementationStatus(ImplementationStatus.IMPLEMENTED).build()));
    IsmsDiff diff = IsmsDiff.between(before, after);
    assertThat(diff.change("Risk", "R-2").orElseThrow().fields()).extracting(FieldChange::toString)
        .containsExactly("treatment.actions[1].progress: PLANNED -> DONE on 2026-03-11");
    assertThat(diff.change("StatementOfApplicability", "-").orElseThrow().paths())
        .containsExactly("entries[A.5.2].implementationStatus");
  }

  @Test
  void singletons_andTheIsmsOwnFields() {
    Isms before = base();
    Isms after = before.withScope(Scope.builder().statement("All of Acme").version("1.0").build())
        .withIntervals(ReviewIntervals.ANNUAL.withManagementReview(Period.ofMonths(6)))
        .withOrganization(before.organization().withHeadcount(12));
    IsmsDiff diff = IsmsDiff.between(before, after);
    assertThat(diff.changes()).extracting(c -> c.type() + " " + c.id() + " " + c.change() + " " + c.paths())
        .containsExactly(
            "Organization - CHANGED [headcount]",
            "Scope - ADDED []",
            "Isms - CHANGED [intervals]");
    assertThat(IsmsDiff.between(after, before).changes("Scope")).extracting(EntityChange::change)
        .containsExactly(ChangeKind.REMOVED);
  }

  @Test
  void newEntityKinds_areDiffedWithoutCodeHere() {
    Isms before = base();
    CertificationBody cb = CertificationBody.builder().id(CertificationBodyId.of("CB-1")).name("Cert GmbH").build();
    Isms after = before.withCertificationBody(cb);
    Isms renamed = after.withCertificationBody(cb.withName("Cert AG"));
    assertThat(IsmsDiff.between(before, after).changes()).extracting(EntityChange::toString)
        .containsExactly("ADDED CertificationBody CB-1");
    assertThat(IsmsDiff.between(after, renamed).changes()).extracting(EntityChange::toString)
        .containsExactly("CHANGED CertificationBody CB-1 [name: Cert GmbH -> Cert AG]");
  }

  @Test
  void summary_namesTenPerKindAndCountsTheRest() {
    Isms before = base();
    Isms after = before;
    for (int i = 10; i < 25; i++) {
      after = after.withRisk(risk("R-" + i));
    }
    IsmsDiff diff = IsmsDiff.between(before, after);
    assertThat(diff.summary()).endsWith("Risk: 15 added (R-10, R-11, R-12, R-13, R-14, R-15, R-16, R-17, R-18, R-19 and 5 more)");
    assertThat(diff).isEqualTo(IsmsDiff.between(before, after));
    assertThat(diff.changes("Risk")).hasSize(15);
    assertThat(List.copyOf(diff.changes())).isEqualTo(diff.changes());
  }
}
