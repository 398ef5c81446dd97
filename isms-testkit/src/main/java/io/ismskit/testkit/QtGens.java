package io.ismskit.testkit;

import java.util.Objects;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapters from testkit {@link Gen generators} to QuickTheories 0.26 generators.
 *
 * <pre>{@code
 * qt().withFixedSeed(7L).withExamples(50)
 *     .forAll(QtGens.of(IsmsGens.validIsms()))
 *     .checkAssert(isms -> IsmsAssertions.assertThat(isms).isValid());
 * }</pre>
 *
 * <p>An adapted generator draws two numbers from QuickTheories' randomness source: a size in the
 * given range and a seed, which seeds a {@link Gen#random(long)} generator for the testkit
 * generator. QuickTheories shrinks a failing example by shrinking the size towards the lower end of
 * the range (the seed is left alone), so a failing graph shrinks to a smaller graph.
 */
public final class QtGens {
  /** The default upper end of the size range: graphs of up to 100 entities. */
  public static final int DEFAULT_MAX_SIZE = 100;

  private QtGens() {}

  /** {@code gen} with sizes from 0 to {@value #DEFAULT_MAX_SIZE}. */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen) {
    return of(gen, 0, DEFAULT_MAX_SIZE);
  }

  /** {@code gen} with sizes from 0 to {@code maxSize}. */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen, int maxSize) {
    return of(gen, 0, maxSize);
  }

  /**
   * {@code gen} with sizes from {@code minSize} to {@code maxSize}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code maxSize < minSize}
   */
  public static <T> org.quicktheories.core.Gen<T> of(Gen<T> gen, int minSize, int maxSize) {
    Objects.requireNonNull(gen, "gen");
    if (minSize < 0 || maxSize < minSize) {
      throw new IllegalArgumentException(
          "QtGens.of: invalid size range [" + minSize + ", " + maxSize + "]");
    }
    Constraint sizes = Constraint.between(minSize, maxSize).withShrinkPoint(minSize);
    Constraint seeds = Constraint.none().withNoShrinkPoint();
    return (RandomnessSource source) -> {
      int size = (int) source.next(sizes);
      long seed = source.next(seeds);
      return gen.next(Gen.random(seed), size);
    };
  }
}
