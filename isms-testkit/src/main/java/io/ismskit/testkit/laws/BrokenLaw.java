package io.ismskit.testkit.laws;

import java.util.Objects;

/**
 * A law that does not hold, with the first counter-example found and what it takes to reproduce
 * it: the input is {@code inputs.next(Gen.random(exampleSeed), size)}.
 *
 * @param law the law that is broken
 * @param detail what went wrong, naming the factor, bounds or values involved
 * @param counterExample the input (or inputs) that break the law, as text
 * @param seed the seed of the whole verification run
 * @param exampleSeed the seed of the example that broke the law
 * @param size the size the example was generated with
 */
public record BrokenLaw(Law law, String detail, String counterExample, long seed, long exampleSeed, int size) {
  /** Requires all parts. */
  public BrokenLaw {
    Objects.requireNonNull(law, "law");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(counterExample, "counterExample");
  }

  @Override
  public String toString() {
    return law + " (" + law.statement() + ") is broken: " + detail + "; counter-example " + counterExample
        + " (run seed " + seed + ", example seed " + exampleSeed + ", size " + size + ")";
  }
}
