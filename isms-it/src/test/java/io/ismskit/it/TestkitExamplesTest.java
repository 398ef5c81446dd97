package io.ismskit.it;

import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import io.ismskit.core.Isms;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.InvalidIsmsGens;
import io.ismskit.testkit.IsmsGens;
import io.ismskit.testkit.QtGens;
import io.ismskit.testkit.laws.BrokenLaw;
import io.ismskit.testkit.laws.ScoringLaws;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;


/** The examples of docs/testkit.md, compiled and run. */
class TestkitExamplesTest {

  /** "Your code": the number of risks each person owns. */
  static Map<PersonId, Long> risksByOwner(Isms isms) {
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

  @Test
  void invalidGraphsCarryOneKnownViolation() {
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(QtGens.of(InvalidIsmsGens.invalidIsms()))
        .checkAssert(bad -> assertThat(bad.isms()).hasExactlyViolations(bad.expected()));
  }

  @Test
  void withoutAPropertyTestingLibrary() {
    Gen<Isms> graphs = IsmsGens.validIsms();
    for (long seed = 0; seed < 20; seed++) {
      Isms isms = graphs.sample(seed, 200);   // same seed, same graph
      assertThat(isms).isValid();
    }
  }

  @Test
  void oneLineAdapters() {
    // Anything that hands out a java.util.Random (jqwik's Arbitraries.randomValue, junit-quickcheck's
    // SourceOfRandomness.toJDKRandom(), ...) adapts a generator in one line:
    Function<Random, Isms> adapted = random -> IsmsGens.validIsms().next(random, 100);
    // ... and anything that hands out a seed, too:
    Function<Long, Isms> seeded = seed -> IsmsGens.validIsms().sample(seed, 100);

    assertThat(adapted.apply(new Random(1L))).isValid();
    assertThat(seeded.apply(1L)).isEqualTo(seeded.apply(1L));
    RandomGenerator shared = Gen.random(3L);
    assertThat(IsmsGens.assets().next(shared, 10)).isNotEqualTo(IsmsGens.assets().next(shared, 10));
  }

  @Test
  void scoringLawsWithoutJUnit() {
    MatrixMethod method = new MatrixMethod();
    Gen<MatrixInput> inputs = Gen.ints(1, 5).zip(Gen.ints(1, 5), MatrixInput::of);
    List<BrokenLaw> broken = ScoringLaws.verify(method, inputs, 42L, 500);
    assertThat(broken).isEmpty();
  }
}
