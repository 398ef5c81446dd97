package io.ismskit.testkit;

import static io.ismskit.testkit.IsmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.ismskit.core.Isms;
import io.ismskit.core.ValidationCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.ProblemCode;
import io.ismskit.core.context.Organization;
import io.vavr.collection.Seq;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every graph {@link InvalidIsmsGens} generates carries exactly its one expected violation. */
class InvalidIsmsGensTest {

  @ParameterizedTest
  @EnumSource(Defect.class)
  void eachDefect_yieldsExactlyItsViolation(Defect defect) {
    Gen<InvalidIsms> gen = InvalidIsmsGens.of(defect);
    for (int size : new int[] {0, 3, 20, 150, 800}) {
      for (long seed = 0; seed < 6; seed++) {
        InvalidIsms bad = gen.sample(seed, size);
        assertThat(bad.expected().code()).isEqualTo(defect.code());
        assertThat(bad.isms()).as("%s, size %d, seed %d", defect, size, seed)
            .hasExactlyViolations(bad.expected());
      }
    }
  }

  @Test
  void anyDefect_yieldsExactlyItsViolation() {
    qt().withFixedSeed(7L).withExamples(300)
        .forAll(QtGens.of(InvalidIsmsGens.invalidIsms(), 0, 200))
        .checkAssert(bad -> assertThat(bad.isms()).hasExactlyViolations(bad.expected()));
  }

  @Test
  void invalidIsms_coversEveryDefectCode() {
    Set<ProblemCode> codes = new HashSet<>();
    for (InvalidIsms bad : InvalidIsmsGens.invalidIsms().samples(3L, 50, 400)) {
      codes.add(bad.expected().code());
    }
    assertThat(codes).containsExactlyInAnyOrder(ValidationCode.DUPLICATE, ValidationCode.DANGLING, ValidationCode.NOT_IN_SOA,
        ValidationCode.OUT_OF_SCOPE, ValidationCode.CYCLE, ValidationCode.SHADOWS_CATALOG);
  }

  @Test
  void categoryGenerators_produceTheirCode() {
    assertThat(InvalidIsmsGens.duplicateIds().samples(1L, 40, 40))
        .allSatisfy(b -> assertThat(b.expected().code()).isEqualTo(ValidationCode.DUPLICATE));
    assertThat(InvalidIsmsGens.danglingReferences().samples(1L, 40, 40))
        .allSatisfy(b -> assertThat(b.expected().code()).isEqualTo(ValidationCode.DANGLING));
    assertThat(InvalidIsmsGens.withCode(ValidationCode.CYCLE)).containsExactly(Defect.ASSET_DEPENDENCY_CYCLE);
  }

  @Test
  void breaksAGivenValidGraph_andLeavesItUnchanged() {
    Isms valid = IsmsGens.validIsms().sample(11L, 100);
    Isms snapshot = IsmsGens.validIsms().sample(11L, 100);
    for (Defect d : EnumSet.allOf(Defect.class)) {
      InvalidIsms bad = InvalidIsmsGens.breakIsms(valid, d, Gen.random(d.name().hashCode()));
      assertThat(bad.isms()).hasExactlyViolations(bad.expected());
    }
    assertThat(valid).isEqualTo(snapshot);
    assertThat(valid).isValid();
  }

  @Test
  void breaksAMinimalGraphWithoutPeopleOrSoa() {
    Isms minimal = Isms.builder().organization(Organization.builder().name("Acme").headcount(1).build()).build();
    for (Defect d : EnumSet.allOf(Defect.class)) {
      InvalidIsms bad = InvalidIsmsGens.breakIsms(minimal, d, Gen.random(5L));
      Seq<Problem> violations = bad.isms().validate().getError();
      assertThat(violations.toJavaList()).as(d.name()).hasSize(1);
      assertThat(bad.expected().matches(violations.head())).as(d + ": " + violations.head()).isTrue();
    }
  }

  @Test
  void ofCustomBase_breaksThoseGraphs() {
    Gen<Isms> base = IsmsGens.validIsms(30);
    InvalidIsms bad = InvalidIsmsGens.of(Defect.DANGLING_RISK_OWNER, base).sample(4L, 9999);
    assertThat(bad.isms()).hasExactlyViolations(bad.expected());
    assertThat(bad.expected().field()).isEqualTo("owner");
  }

  @Test
  void breakIsms_refusesAnInvalidGraph() {
    InvalidIsms bad = InvalidIsmsGens.invalidIsms().sample(1L, 20);
    assertThatThrownBy(() -> InvalidIsmsGens.breakIsms(bad.isms(), Defect.DUPLICATE_ASSET, Gen.random(1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be valid");
  }

  @Test
  void sameSeed_sameInvalidGraph() {
    assertThat(InvalidIsmsGens.invalidIsms().sample(8L, 100)).isEqualTo(InvalidIsmsGens.invalidIsms().sample(8L, 100));
  }
}
