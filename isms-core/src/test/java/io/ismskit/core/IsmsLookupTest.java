package io.ismskit.core;

import static io.ismskit.core.Samples.ALICE;
import static io.ismskit.core.Samples.BOB;
import static io.ismskit.core.Samples.D;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.RequirementType;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Lookups by id and replace-by-id on {@link Isms}, and the nested edits of the SoA and a party's requirements. */
class IsmsLookupTest {
  static Isms threeRisks() {
    return Samples.isms().addAssets(Samples.asset("A-1"))
        .addRisks(Samples.risk("R-1"), Samples.risk("R-2"), Samples.risk("R-3")).build();
  }

  @Test
  void lookup_findsByIdOrNothing() {
    Isms isms = threeRisks();
    assertThat(isms.risk(RiskId.of("R-2"))).contains(isms.risks().get(1));
    assertThat(isms.risk(RiskId.of("R-9"))).isEmpty();
    assertThat(isms.person(ALICE).map(Person::name)).contains("Person P-1");
    assertThat(isms.asset(AssetId.of("A-1")).map(Asset::id)).contains(AssetId.of("A-1"));
    assertThat(isms.asset(AssetId.of("A-2"))).isEmpty();
    assertThat(isms.incident(io.ismskit.core.id.IncidentId.of("INC-1"))).isEmpty();
  }

  @Test
  void withRisk_replacesInPlace_orAppends() {
    Isms isms = threeRisks();
    Risk r2 = isms.risk(RiskId.of("R-2")).orElseThrow().withOwner(BOB);
    Isms edited = isms.withRisk(r2);
    assertThat(edited.risks()).extracting(Risk::id).containsExactly(RiskId.of("R-1"), RiskId.of("R-2"), RiskId.of("R-3"));
    assertThat(edited.risk(RiskId.of("R-2")).map(Risk::owner)).contains(BOB);
    assertThat(isms.risk(RiskId.of("R-2")).map(Risk::owner)).as("the original is unchanged").contains(ALICE);
    Isms appended = edited.withRisk(Samples.risk("R-0"));
    assertThat(appended.risks()).extracting(r -> r.id().value()).containsExactly("R-1", "R-2", "R-3", "R-0");
    assertThat(appended.risk(RiskId.of("R-0"))).isPresent();
  }

  @Test
  void withoutRisk_removes_andIsANoOpForUnknownIds() {
    Isms isms = threeRisks();
    assertThat(isms.withoutRisk(RiskId.of("R-1")).risks()).extracting(r -> r.id().value()).containsExactly("R-2", "R-3");
    assertThat(isms.withoutRisk(RiskId.of("R-9"))).isSameAs(isms);
    assertThat(isms.withoutPerson(BOB).people()).extracting(Person::id).containsExactly(ALICE);
  }

  @Test
  void duplicateIds_lookupFindsTheFirst_replaceTouchesOnlyIt() {
    Risk first = Samples.risk("R-1");
    Risk second = first.withTitle("second");
    Isms isms = Samples.isms().addRisks(first, second).build();
    assertThat(isms.risk(RiskId.of("R-1"))).contains(first);
    assertThat(isms.withRisk(first.withTitle("new")).risks()).extracting(Risk::title).containsExactly("new", "second");
    assertThat(isms.withoutRisk(RiskId.of("R-1")).risks()).isEmpty();
  }

  @Test
  void oneTreatmentAction_changedThroughTheIsms() {
    Risk r = Samples.risk("R-1").withTreatment(Samples.treatment(Samples.action("a"), Samples.action("b")));
    Isms isms = Samples.isms().addRisks(r).build();
    Risk current = isms.risk(RiskId.of("R-1")).orElseThrow();
    Treatment t = current.treatment().orElseThrow();
    Isms edited = isms.withRisk(current.withTreatment(t.withAction(1, t.actions().get(1)
        .withProgress(ActionProgress.done(D)))));
    assertThat(edited.risk(RiskId.of("R-1")).flatMap(Risk::treatment).orElseThrow().actions().get(1).progress())
        .isEqualTo(ActionProgress.done(D));
  }

  @Test
  void soa_oneLineReplaced_byControl() {
    StatementOfApplicability soa = Samples.soa(Samples.soaEntry("A.5.1", true), Samples.soaEntry("A.5.2", true));
    Isms isms = Samples.isms().statementOfApplicability(soa).build();
    assertThat(isms.soaEntry(ControlId.of("A.5.2")).map(SoaEntry::applicable)).contains(true);
    assertThat(isms.soaEntry(ControlId.of("A.5.3"))).isEmpty();
    SoaEntry excluded = Samples.soaEntry("A.5.2", false).withJustification("No such activity");
    Isms edited = isms.withStatementOfApplicability(isms.statementOfApplicability().orElseThrow().withEntry(excluded));
    assertThat(edited.statementOfApplicability().orElseThrow().entries()).extracting(e -> e.control().value())
        .containsExactly("A.5.1", "A.5.2");
    assertThat(edited.soaEntry(ControlId.of("A.5.2"))).contains(excluded);
    assertThat(soa.withEntry(Samples.soaEntry("A.5.3", true)).entries()).hasSize(3);
    assertThat(soa.withoutEntry(ControlId.of("A.5.1")).entries()).containsExactly(soa.entries().get(1));
    assertThat(Samples.isms().build().soaEntry(ControlId.of("A.5.1"))).isEmpty();
  }

  @Test
  void requirement_foundAcrossParties_andReplacedInItsParty() {
    Requirement gdpr = Requirement.builder().id(RequirementId.of("RQ-1")).description("GDPR")
        .type(RequirementType.LEGAL).build();
    InterestedParty eu = InterestedParty.builder().id(InterestedPartyId.of("IP-1")).name("EU")
        .kind(PartyKind.REGULATOR).addRequirements(gdpr).build();
    Isms isms = Samples.isms().addInterestedParties(eu).build();
    assertThat(isms.requirement(RequirementId.of("RQ-1"))).contains(gdpr);
    InterestedParty edited = eu.withRequirement(gdpr.withAddressedByIsms(true));
    Isms after = isms.withInterestedParty(edited);
    assertThat(after.requirement(RequirementId.of("RQ-1")).flatMap(Requirement::addressedByIsms)).contains(true);
    assertThat(edited.withoutRequirement(RequirementId.of("RQ-1")).requirements()).isEmpty();
    assertThat(eu.requirement(RequirementId.of("RQ-2"))).isEmpty();
  }

  @Test
  void lookups_onABigIsms_returnEveryEntity() {
    Isms.Builder b = Samples.isms();
    IntStream.range(0, 5_000).forEach(i -> b.addPeople(Samples.person(PersonId.of("P-X" + i))));
    Isms isms = b.build();
    for (Person p : isms.people()) {
      assertThat(isms.person(p.id())).containsSame(p);
    }
  }
}
