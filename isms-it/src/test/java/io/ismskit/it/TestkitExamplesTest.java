package io.ismskit.it;

// DOC:IMPORTS propertyTest
import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
// DOC:IMPORTS adapters
import io.ismskit.core.Isms;
import io.ismskit.testkit.IsmsGens;
import java.util.Random;
import java.util.function.Function;
// DOC:IMPORTS noLibrary
import static io.ismskit.testkit.IsmsAssertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.IsmsGens;
// DOC:IMPORTS invalid
import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.testkit.InvalidIsmsGens;
import io.ismskit.testkit.QtGens;
// DOC:IMPORTS editing
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.IsmsAssertions;
import io.ismskit.testkit.IsmsGens;
// DOC:IMPORTS laws
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.BrokenLaw;
import io.ismskit.testkit.laws.ScoringLaws;
import java.util.List;
// DOC:IMPORTS end

import java.io.IOException;
import io.ismskit.core.id.RiskId;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/testkit.md, compiled and run, and checked to be the text the page shows:
 * each marked region, with the imports marked for it, appears line by line in one code block.
 */
class TestkitExamplesTest {

  // DOC:BEGIN propertyTest
  static Map<PersonId, Long> risksByOwner(Isms isms) {   // your code
    return isms.risks().stream().collect(Collectors.groupingBy(Risk::owner, TreeMap::new, Collectors.counting()));
  }

  @Test
  void propertyTestYourOwnCode() {
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(QtGens.of(IsmsGens.validIsms()))
        .checkAssert(isms -> {
          Map<PersonId, Long> byOwner = risksByOwner(isms);
          assertThat(byOwner.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(isms.risks().size());
          assertThat(isms.people().stream().map(Person::id).toList()).containsAll(byOwner.keySet());
        });
  }

  @Test
  void biggerGraphs() {
    qt().withFixedSeed(7L).withExamples(10)
        .forAll(QtGens.of(IsmsGens.validIsms(), 1_000, 5_000))
        .checkAssert(isms -> assertThat(isms).isValid());
  }
  // DOC:END

  @Test
  void oneLineAdapters() {
    // DOC:BEGIN adapters
    Function<Random, Isms> adapted = random -> IsmsGens.validIsms().next(random, 100);
    Function<Long, Isms> seeded = seed -> IsmsGens.validIsms().sample(seed, 100);
    // DOC:END
    assertThat(adapted.apply(new Random(1L))).isValid();
    assertThat(seeded.apply(1L)).isEqualTo(seeded.apply(1L));
    RandomGenerator shared = Gen.random(3L);
    assertThat(IsmsGens.assets().next(shared, 10)).isNotEqualTo(IsmsGens.assets().next(shared, 10));
  }

  @Test
  void withoutAPropertyTestingLibrary() {
    // DOC:BEGIN noLibrary
    Gen<Isms> graphs = IsmsGens.validIsms();
    for (long seed = 0; seed < 20; seed++) {
      Isms isms = graphs.sample(seed, 200);   // same seed, same graph
      assertThat(isms).isValid();
    }
    // DOC:END
  }

  @Test
  void invalidGraphsCarryOneKnownViolation() {
    // DOC:BEGIN invalid
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(QtGens.of(InvalidIsmsGens.invalidIsms()))
        .checkAssert(bad -> assertThat(bad.isms()).hasExactlyViolations(bad.expected()));
    // DOC:END
  }

  @Test
  void editingAGeneratedGraph() {
    // DOC:BEGIN editing
    Isms isms = IsmsGens.validIsms().sample(42L, 200);
    Risk risk = isms.risks().get(0);
    Isms broken = isms.withRisk(risk.withOwner(PersonId.of("P-GHOST")));   // replace by id
    IsmsAssertions.assertThat(broken).hasViolation(ValidationCode.DANGLING, risk.id().value());
    assertThat(broken.risk(risk.id()).map(Risk::owner)).contains(PersonId.of("P-GHOST"));
    // DOC:END
    assertThat(broken.risk(RiskId.of("NONE"))).isEmpty();
  }

  @Test
  void scoringLawsWithoutJUnit() {
    // DOC:BEGIN laws
    MatrixMethod method = new MatrixMethod();
    Gen<MatrixInput> inputs = Gen.ints(1, 5).zip(Gen.ints(1, 5), MatrixInput::of);
    List<BrokenLaw> broken = ScoringLaws.verify(method, inputs, 42L, 500);
    assertThat(broken).isEmpty();
    // DOC:END
  }

  @Test
  void docs_showTheseExamples_withTheirImports() throws IOException {
    assertThat(DocExamples.check("testkit.md", "TestkitExamplesTest.java")).isEqualTo(6);
  }
}
