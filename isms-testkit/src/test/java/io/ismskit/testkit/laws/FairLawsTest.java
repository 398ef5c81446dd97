package io.ismskit.testkit.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.testkit.Gen;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The generic stochastic laws detect thread-dependent results and biased means. */
class FairLawsTest {
  /** The mean of {@code n} uniform draws in [0, upper) from a seeded generator. */
  static double simulatedMean(double upper, long seed, int n) {
    RandomGenerator r = Gen.random(seed);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += r.nextDouble(0, upper);
    }
    return sum / n;
  }

  @Test
  void sameResultOnThreads_holdsForThreadIndependentRun() {
    assertThat(FairLaws.sameResultOnThreads(t -> simulatedMean(10, 7L, 1000), 2, 4)).isEmpty();
  }

  @Test
  void sameResultOnThreads_brokenWhenResultDependsOnThreads() {
    // Each thread draws from its own stream: the result changes with the number of threads.
    var broken = FairLaws.sameResultOnThreads(t -> simulatedMean(10, 7L + t, 1000), 2, 4);
    assertThat(broken).isPresent();
    assertThat(broken.get().law()).isEqualTo(Law.SAME_RESULT_ON_THREADS);
    assertThat(broken.get().counterExample()).isEqualTo("threads=2");
  }

  @Test
  void sameResultOnThreads_brokenWhenRunThrows() {
    var calls = new AtomicInteger();
    var broken = FairLaws.sameResultOnThreads(t -> {
      if (calls.incrementAndGet() > 1) {
        throw new IllegalStateException("pool exhausted");
      }
      return 1;
    }, 4);
    assertThat(broken).hasValueSatisfying(b -> assertThat(b.detail()).contains("pool exhausted"));
  }

  @Test
  void meanWithinTolerance_holdsForUnbiasedSimulation() {
    // The mean of the uniform distribution on [0, u) is u / 2.
    List<BrokenLaw> broken = FairLaws.meanWithinTolerance(Gen.doubles(1, 1000), 3L, 50,
        u -> simulatedMean(u, 11L, 20_000), u -> u / 2, 0.02, 0);
    assertThat(broken).isEmpty();
  }

  @Test
  void meanWithinTolerance_brokenForBiasedSimulation() {
    List<BrokenLaw> broken = FairLaws.meanWithinTolerance(Gen.doubles(1, 1000), 3L, 50,
        u -> simulatedMean(u, 11L, 20_000) * 1.1, u -> u / 2, 0.02, 0);
    assertThat(broken).hasSize(50).allSatisfy(b -> assertThat(b.law()).isEqualTo(Law.MEAN_WITHIN_TOLERANCE));
  }
}
