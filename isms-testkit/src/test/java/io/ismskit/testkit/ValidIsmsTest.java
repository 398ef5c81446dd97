package io.ismskit.testkit;

import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.risk.Risk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


/** Every graph {@link IsmsGens#validIsms()} generates is valid and has the promised shape. */
class ValidIsmsTest {

  @Test
  void everyGeneratedIsms_validates() {
    qt().withFixedSeed(42L).withExamples(60)
        .forAll(QtGens.of(IsmsGens.validIsms(), 0, 300))
        .checkAssert(isms -> assertThat(isms).isValid());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10, 100, 1000, 10_000})
  void validatesAtEverySize(int size) {
    for (long seed = 1; seed <= (size >= 1000 ? 2 : 10); seed++) {
      Isms isms = IsmsGens.validIsms().sample(seed, size);
      assertThat(isms).isValid();
      assertThat(isms.people()).isNotEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 100, 1000, 10_000})
  void entityCount_scalesWithTheBudget(int budget) {
    int count = IsmsGens.entityCount(IsmsGens.validIsms(budget).sample(3L, 0));
    // Stochastic rounding of each kind's share; control implementations are capped by the SoA.
    assertThat(count).isBetween((int) (budget * 0.8) - 5, (int) (budget * 1.2) + 10);
  }

  @Test
  void tinyGraphs_areSmall() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(IsmsGens.entityCount(IsmsGens.validIsms().sample(seed, 10))).isBetween(1, 30);
    }
  }

  @Test
  void sameSeed_equalGraph() {
    for (int size : new int[] {0, 50, 2000}) {
      assertThat(IsmsGens.sample(IsmsGens.validIsms(), 99L, size))
          .isEqualTo(IsmsGens.sample(IsmsGens.validIsms(), 99L, size));
    }
    assertThat(IsmsGens.validIsms().sample(1L, 200)).isNotEqualTo(IsmsGens.validIsms().sample(2L, 200));
  }

  @Test
  void soa_listsEveryAnnexAControlOnce_andEveryCustomControl() {
    Set<ControlId> annexA = new HashSet<>();
    Iso27001_2022.framework().controls().forEach(c -> annexA.add(c.id()));
    assertThat(annexA).hasSize(93);
    for (long seed = 0; seed < 5; seed++) {
      Isms isms = IsmsGens.validIsms().sample(seed, 3000);
      List<ControlId> listed = isms.statementOfApplicability().orElseThrow().entries().stream()
          .map(SoaEntry::control).toList();
      assertThat(listed).doesNotHaveDuplicates().containsAll(annexA);
      Set<ControlId> custom = new HashSet<>();
      isms.customControls().stream().map(CustomControl::id).forEach(custom::add);
      assertThat(custom).isNotEmpty().doesNotContainAnyElementsOf(annexA);
      assertThat(listed).hasSize(93 + custom.size()).containsAll(custom);
      assertThat(isms.controlImplementations()).isNotEmpty()
          .extracting(ControlImplementation::control).doesNotHaveDuplicates().isSubsetOf(listed);
    }
  }

  @Test
  void risks_concernOnlyInScopeAssets_andDependenciesPointBackwards() {
    for (long seed = 0; seed < 5; seed++) {
      Isms isms = IsmsGens.validIsms().sample(seed, 2000);
      Map<AssetId, Integer> index = new HashMap<>();
      for (int i = 0; i < isms.assets().size(); i++) {
        index.put(isms.assets().get(i).id(), i);
      }
      assertThat(isms.assets()).anySatisfy(a -> assertThat(a.inScope()).isFalse());
      for (Risk r : isms.risks()) {
        for (AssetId a : r.assets()) {
          assertThat(isms.assets().get(java.util.Objects.requireNonNull(index.get(a))).inScope()).as("asset %s of risk %s", a, r.id()).isTrue();
        }
      }
      for (int i = 0; i < isms.assets().size(); i++) {
        Asset a = isms.assets().get(i);
        for (AssetId d : a.dependsOn()) {
          assertThat(index.get(d)).as("dependency %s of %s", d, a.id()).isLessThan(i);
        }
      }
    }
  }

  @Test
  void graphs_coverEveryEntityKind() {
    Isms isms = IsmsGens.validIsms().sample(5L, 3000);
    assertThat(isms.scope()).isPresent();
    assertThat(List.of(isms.contextIssues(), isms.interestedParties(), isms.processes(), isms.people(),
        isms.roles(), isms.roleAssignments(), isms.policies(), isms.objectives(), isms.resources(),
        isms.competenceRecords(), isms.awarenessRecords(), isms.communications(), isms.documents(),
        isms.assets(), isms.threats(), isms.vulnerabilities(), isms.risks(), isms.risksAndOpportunities(),
        isms.customControls(), isms.controlImplementations(), isms.metrics(), isms.measurements(),
        isms.auditProgrammes(), isms.audits(), isms.findings(), isms.managementReviews(),
        isms.nonconformities(), isms.correctiveActions(), isms.improvements(), isms.changes(),
        isms.incidents(), isms.suppliers(), isms.evidenceItems(), isms.policyExceptions()))
        .allSatisfy(l -> assertThat(l).isNotEmpty());
    assertThat(isms.risks()).anySatisfy(r -> assertThat(r.treatment()).isPresent());
    assertThat(isms.interestedParties()).anySatisfy(p -> assertThat(p.requirements()).isNotEmpty());
  }

  @Test
  void validIsms_refusesNegativeBudget() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> IsmsGens.validIsms(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
