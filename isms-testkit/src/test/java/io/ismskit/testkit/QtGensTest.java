package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QuickTheories adapter: reproducible with a fixed seed, sizes in range, shrinking by size. */
class QtGensTest {
  static final Gen<Integer> SIZE = (r, n) -> n;

  static List<Object> run(Gen<?> gen, long seed) {
    List<Object> seen = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(50).forAll(QtGens.of(gen, 0, 500)).checkAssert(seen::add);
    return seen;
  }

  @Test
  void fixedSeed_sameValues() {
    assertThat(run(IsmsGens.risks(), 5L)).hasSizeGreaterThan(40).isEqualTo(run(IsmsGens.risks(), 5L));
    assertThat(run(IsmsGens.risks(), 5L)).isNotEqualTo(run(IsmsGens.risks(), 6L));
  }

  @Test
  void sizes_stayInRange() {
    List<Integer> sizes = new ArrayList<>();
    qt().withFixedSeed(1L).withExamples(200).forAll(QtGens.of(SIZE, 3, 7)).checkAssert(sizes::add);
    assertThat(sizes).allSatisfy(n -> assertThat(n).isBetween(3, 7)).contains(3, 7);
  }

  @Test
  void failingProperty_shrinksTheSize() {
    // Fails for every size of at least 5: QuickTheories shrinks the size to the smallest, 5.
    assertThatThrownBy(() -> qt().withFixedSeed(3L).withExamples(100)
            .forAll(QtGens.of(SIZE, 0, 1000)).check(n -> n < 5))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Smallest found falsifying value(s) :-\n5\n");
  }

  @Test
  void invalidRange_refused() {
    assertThatThrownBy(() -> QtGens.of(SIZE, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QtGens.of(SIZE, -1, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
