package io.ismskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The combinators and factories of {@link Gen}. */
class GenTest {
  enum Colour { RED, GREEN, BLUE }

  @Test
  void sample_sameSeedSameValue() {
    Gen<List<Integer>> g = Gen.ints(0, 1000).listOf(0, 20);
    for (long seed = 0; seed < 50; seed++) {
      assertThat(g.sample(seed, 10)).isEqualTo(g.next(Gen.random(seed), 10));
    }
  }

  @Test
  void sample_differentSeedsDiffer() {
    Gen<Long> g = Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE);
    Set<Long> seen = new HashSet<>(g.samples(1L, 0, 100));
    assertThat(seen).hasSize(100);
  }

  @Test
  void random_isL64X128MixRandom() {
    assertThat(Gen.random(1L).getClass().getSimpleName()).isEqualTo(Gen.ALGORITHM);
  }

  @Test
  void ints_stayInRangeAndReachBothEnds() {
    List<Integer> xs = Gen.ints(-3, 3).samples(5L, 0, 500);
    assertThat(xs).allSatisfy(x -> assertThat(x).isBetween(-3, 3)).contains(-3, 3);
    assertThat(Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE).samples(5L, 0, 10)).hasSize(10);
  }

  @Test
  void longs_fullRangeAndSingleton() {
    assertThat(Gen.longs(7, 7).sample(1L, 0)).isEqualTo(7L);
    assertThat(Gen.longs(Long.MAX_VALUE - 1, Long.MAX_VALUE).samples(2L, 0, 100))
        .allSatisfy(x -> assertThat(x).isGreaterThanOrEqualTo(Long.MAX_VALUE - 1));
  }

  @Test
  void map_flatMap_zip() {
    assertThat(Gen.ints(1, 9).map(i -> i * 10).samples(3L, 0, 50)).allSatisfy(x -> assertThat(x % 10).isZero());
    Gen<List<Integer>> lengthThenList = Gen.ints(0, 5).flatMap(n -> Gen.constant(7).listOf(n, n));
    assertThat(lengthThenList.samples(3L, 0, 50)).allSatisfy(l -> assertThat(l).allMatch(x -> x == 7))
        .anySatisfy(l -> assertThat(l).hasSize(5));
    assertThat(Gen.ints(1, 2).zip(Gen.ints(10, 20), Integer::sum).samples(3L, 0, 50))
        .allSatisfy(x -> assertThat(x).isBetween(11, 22));
  }

  @Test
  void filter_keepsOnlyPassingValues() {
    assertThat(Gen.ints(0, 100).filter(i -> i % 2 == 0).samples(4L, 0, 100))
        .allSatisfy(i -> assertThat(i % 2).isZero());
  }

  @Test
  void filter_givesUpAfterBoundedRetries() {
    Gen<Integer> never = Gen.ints(0, 100).filter(i -> i > 100, 5);
    assertThatThrownBy(() -> never.sample(1L, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("5 tries");
    assertThatThrownBy(() -> Gen.ints(0, 1).filter(i -> true, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void listOf_respectsBoundsAndSize() {
    assertThat(Gen.ints(0, 9).listOf(2, 4).samples(6L, 0, 200))
        .allSatisfy(l -> assertThat(l).hasSizeBetween(2, 4));
    assertThat(Gen.ints(0, 9).listOf().samples(6L, 3, 200)).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(3));
    assertThat(Gen.ints(0, 9).listOf().sample(6L, 0)).isEmpty();
    assertThatThrownBy(() -> Gen.ints(0, 1).listOf(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void distinctListOf_hasNoDuplicates() {
    assertThat(Gen.ints(0, 9).distinctListOf(3, 10).samples(8L, 0, 100))
        .allSatisfy(l -> assertThat(l).doesNotHaveDuplicates().hasSizeBetween(3, 10));
    assertThatThrownBy(() -> Gen.ints(0, 1).distinctListOf(3, 3).sample(1L, 0))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void optional_givesBothEmptyAndPresent() {
    List<Optional<Integer>> xs = Gen.ints(0, 1).optional().samples(9L, 0, 200);
    assertThat(xs).contains(Optional.empty()).anySatisfy(o -> assertThat(o).isPresent());
    assertThat(Gen.ints(0, 1).optional(0).samples(9L, 0, 50)).allSatisfy(o -> assertThat(o).isPresent());
    assertThat(Gen.ints(0, 1).optional(1).samples(9L, 0, 50)).allSatisfy(o -> assertThat(o).isEmpty());
  }

  @Test
  void elements_oneOf_enums() {
    assertThat(Gen.elements("a", "b").samples(1L, 0, 100)).containsOnly("a", "b").contains("a", "b");
    assertThat(Gen.oneOf(Gen.constant(1), Gen.constant(2)).samples(1L, 0, 100)).containsOnly(1, 2).contains(1, 2);
    assertThat(Gen.enums(Colour.class).samples(1L, 0, 100)).containsOnly(Colour.values());
    assertThat(Gen.enumSets(Colour.class, 1, 2).samples(1L, 0, 100)).allSatisfy(s -> assertThat(s).hasSizeBetween(1, 2));
    assertThatThrownBy(() -> Gen.elements(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frequency_followsWeights() {
    Gen<String> g = Gen.frequency(Gen.weighted(9, Gen.constant("common")), Gen.weighted(1, Gen.constant("rare")));
    List<String> xs = g.samples(10L, 0, 10_000);
    long rare = xs.stream().filter("rare"::equals).count();
    // Binomial(10000, 0.1): mean 1000, standard deviation 30; 6 sigma either side.
    assertThat(rare).isBetween(820L, 1180L);
    assertThatThrownBy(() -> Gen.weighted(0, Gen.constant(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sized_resize_scale() {
    Gen<Integer> size = (r, n) -> n;
    assertThat(Gen.sized(n -> Gen.constant(n * 2)).sample(1L, 21)).isEqualTo(42);
    assertThat(size.resize(5).sample(1L, 100)).isEqualTo(5);
    assertThat(size.scale(n -> n / 10).sample(1L, 100)).isEqualTo(10);
    assertThat(size.scale(n -> -5).sample(1L, 100)).isZero();
    assertThat(Gen.sizes().samples(1L, 4, 200)).containsOnly(0, 1, 2, 3, 4);
  }

  @Test
  void dates_doubles_booleans_strings() {
    LocalDate a = LocalDate.of(2024, 2, 28);
    LocalDate b = LocalDate.of(2024, 3, 1);
    assertThat(Gen.dates(a, b).samples(2L, 0, 100)).containsOnly(a, a.plusDays(1), b);
    assertThat(Gen.doubles(0.5, 0.75).samples(2L, 0, 100)).allSatisfy(d -> assertThat(d).isBetween(0.5, 0.75));
    assertThat(Gen.booleans().samples(2L, 0, 100)).contains(true, false);
    assertThat(Gen.booleans(0).samples(2L, 0, 100)).containsOnly(false);
    assertThat(Gen.strings("xy", 2, 3).samples(2L, 0, 100))
        .allSatisfy(s -> assertThat(s).matches("[xy]{2,3}"));
  }

  @Test
  void generators_areSafeToShareBetweenThreads() throws Exception {
    Gen<List<Integer>> g = Gen.ints(0, 1000).listOf(0, 50);
    List<List<Integer>> expected = g.samples(77L, 0, 200);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<List<List<Integer>>>>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> g.samples(77L, 0, 200)));
      }
      for (var f : futures) {
        assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
