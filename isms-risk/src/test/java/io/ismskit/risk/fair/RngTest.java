package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The kernel's generator is commons-rng's {@link SplitMix64}, bit for bit: the kernel keeps its
 * own copy only to re-key one instance in place for every loss event (and to draw its faster
 * ziggurat and gamma variates from it; see FairRandomBenchmark in isms-bench).
 */
class RngTest {

  @Test
  void rng_isCommonsSplitMix64_bitForBit() {
    qt().withFixedSeed(42L)
        .withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Rng ours = new Rng();
          ours.state = seed;
          SplitMix64 theirs = new SplitMix64(seed);
          for (int i = 0; i < 8; i++) {
            assertThat(ours.nextLong()).as("draw %s from %s", i, seed).isEqualTo(theirs.nextLong());
          }
          ours.state = seed;
          SplitMix64 again = new SplitMix64(seed);
          for (int i = 0; i < 8; i++) {
            assertThat(Double.doubleToRawLongBits(ours.nextDouble()))
                .isEqualTo(Double.doubleToRawLongBits(again.nextDouble()));
          }
        });
  }

  /** The stream key of a trial is the first output of SplitMix64 seeded one step before it. */
  @Test
  void mix_isSplitMix64sOutputFunction() {
    qt().withFixedSeed(43L)
        .forAll(longs().all())
        .checkAssert(z -> assertThat(Rng.mix(z)).isEqualTo(new SplitMix64(z - Rng.GOLDEN).nextLong()));
  }
}
