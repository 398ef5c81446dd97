package io.ismskit.core.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The repeat check refuses exactly the collections that hold an element twice, naming the first
 * repeated element, whether it compares pairs (small collections) or uses a set (large ones).
 */
class ChecksDistinctTest {
  /** The first element equal to an earlier one, by a set: the check's specification. */
  static Optional<Object> firstRepeat(List<?> values) {
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  static Optional<Object> refused(List<?> values) {
    try {
      Checks.distinct("T", "f", values);
      return Optional.empty();
    } catch (InvalidValueException e) {
      assertThat(e.problem().code()).isEqualTo(ModelCode.DUPLICATE);
      assertThat(e.problem().field()).isEqualTo("f");
      return Optional.of(e.problem().value());
    }
  }

  @Test
  void refusesExactlyTheFirstRepeat_smallAndLarge() {
    qt().withFixedSeed(20261203L).withExamples(5_000)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 2 * Checks.SMALL + 4))
        .check(values -> refused(values).map(String::valueOf).equals(firstRepeat(values).map(String::valueOf)));
  }

  @Test
  void theEdgesOfTheSmallPath() {
    assertThat(refused(List.of())).isEmpty();
    assertThat(refused(List.of("a"))).isEmpty();
    assertThat(refused(List.of("a", "a"))).contains("a");
    assertThat(refused(List.of(1, 2, 3, 4, 5, 6, 7, 8))).isEmpty();
    assertThat(refused(List.of(1, 2, 3, 4, 5, 6, 7, 1))).contains("1");
    assertThat(refused(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 2))).contains("2");
    assertThat(refused(List.of(3, 1, 2, 1, 3))).contains("1");
  }
}
