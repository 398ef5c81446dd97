package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.ismskit.core.base.InvalidValueException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FairResultTest {

  @Test
  void percentile_interpolatesBetweenOrderStatistics() {
    // Hyndman & Fan (1996) definition 7 (R's default): for 1, 2, 3, 4 the median is 2.5 and the
    // 10th percentile is 1 + 0.3·(2 - 1) = 1.3
    FairResult r = FairResult.ofLosses(new double[] {4, 0, 2, 3, 1}, 0);
    // sample 0,1,2,3,4: P50 = 2, P10 = 0.4, P95 = 3.8
    assertThat(r.p50()).isEqualTo(2.0);
    assertThat(r.p10()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.p95()).isCloseTo(3.8, org.assertj.core.data.Offset.offset(1e-12));
    FairResult four = FairResult.ofLosses(new double[] {1, 2, 3, 4}, 0);
    assertThat(four.p50()).isEqualTo(2.5);
    assertThat(four.p10()).isCloseTo(1.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.min()).isZero();
    assertThat(r.max()).isEqualTo(4);
    assertThat(r.mean()).isEqualTo(2);
    // sample sd of 0..4 = sqrt(10/4)
    assertThat(r.standardDeviation()).isCloseTo(Math.sqrt(2.5), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.probabilityOfLoss()).isEqualTo(0.8);
    assertThat(r.probabilityOfExceeding(2)).isEqualTo(0.4);
    assertThat(r.probabilityOfExceeding(-1)).isEqualTo(1.0);
  }

  @Test
  void percentile_rejectsOutOfRange() {
    FairResult r = FairResult.ofLosses(new double[] {1}, 0);
    assertThatThrownBy(() -> r.percentile(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p: must be in [0, 100], was 101.0");
  }

  @Test
  void lossExceedanceCurve_ofNoLossIsASinglePointAtZero() {
    FairResult r = FairResult.ofLosses(new double[] {0, 0, 0}, 0);
    assertThat(r.lossExceedanceCurve(20)).containsExactly(new ExceedancePoint(0, 0));
  }

  /**
   * The run layout (zeros first, positive losses bucketed by leading bits, large buckets sorted)
   * answers every query as the fully sorted sample does: min, max, Hyndman-Fan definition 7
   * percentiles, exceedance counts and the sorted copy, over one or several runs, with zeros,
   * duplicates and heavy tails.
   */
  @Test
  void runLayout_answersQueriesAsTheSortedSample() {
    qt().withFixedSeed(42L)
        .withExamples(40)
        .forAll(integers().between(1, 200_000), longs().all(), doubles().between(0.1, 8))
        .checkAssert(
            (n, seed, spread) -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              double[] a = new double[n];
              for (int i = 0; i < n; i++) {
                double u = rnd.nextDouble();
                // zeros, a repeated value, heavy-tailed positive values
                a[i] = u < 0.4 ? 0 : i % 7 == 0 ? 1000 : Math.exp(spread * rnd.nextGaussian()) * 1e4;
              }
              double[] sorted = a.clone();
              Arrays.sort(sorted);
              FairResult r = FairResult.ofLosses(a, seed);
              assertThat(r.sortedLosses()).isEqualTo(sorted);
              assertThat(r.min()).isEqualTo(sorted[0]);
              assertThat(r.max()).isEqualTo(sorted[n - 1]);
              // the run-wise statistics agree with the two-pass formulas over the whole sample
              double sum = 0;
              for (double v : sorted) {
                sum += v;
              }
              double m = sum / n;
              double ss = 0;
              for (double v : sorted) {
                ss += (v - m) * (v - m);
              }
              assertThat(r.mean()).isCloseTo(m, org.assertj.core.data.Offset.offset(1e-12 * m));
              double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
              assertThat(r.standardDeviation())
                  .isCloseTo(sd, org.assertj.core.data.Offset.offset(1e-12 * sd));
              for (double p : new double[] {0, 10, 35, 50, 61.5, 90, 95, 99, 99.9, 100}) {
                double h = (n - 1) * (p / 100);
                int lo = (int) Math.floor(h);
                double expected =
                    lo >= n - 1 ? sorted[n - 1] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
                assertThat(r.percentile(p)).as("P%s", p).isEqualTo(expected);
              }
              for (int i = 0; i < 20; i++) {
                double x = i == 0 ? 1000 : sorted[rnd.nextInt(n)] * (i % 2 == 0 ? 1 : 1.0000001);
                int above = 0;
                for (double v : sorted) {
                  above += v > x ? 1 : 0;
                }
                assertThat(r.probabilityOfExceeding(x)).isEqualTo((double) above / n);
              }
            });
  }

  // ---- the public factories and value semantics ------------------------------------------------

  private static FairScenario scenario() {
    return FairScenario.of(
            Frequency.threatEvents(Distribution.lognormal90(1, 40).get(), Distribution.pert(0.05, 0.2, 0.6).get())
                .get(),
            Distribution.lognormal90(10_000, 500_000).get())
        .withSecondary(SecondaryLoss.of(0.3, Distribution.triangular(0, 5_000, 80_000).get()).get());
  }

  @Test
  void ofLosses_refusesBadLosses_withAProblemNamingTheFirstAtFault() {
    assertThatThrownBy(() -> FairResult.ofLosses(new double[0], 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(FairCode.TRIALS);
          assertThat(e.problem().field()).isEqualTo("losses");
        });
    assertThatThrownBy(() -> FairResult.ofLosses(new double[] {1, Double.NaN, -1}, 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(FairCode.NOT_FINITE);
          assertThat(e.problem().field()).isEqualTo("losses[1]");
          assertThat(e.problem().message()).isEqualTo("losses[1]: must be a finite annual loss, was 'NaN'");
        });
    assertThatThrownBy(() -> FairResult.ofLosses(new double[] {1, 2, -0.5}, 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(FairCode.NEGATIVE);
          assertThat(e.problem().field()).isEqualTo("losses[2]");
        });
    assertThatThrownBy(() -> FairResult.ofLosses(new double[] {Double.POSITIVE_INFINITY}, 1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.NOT_FINITE));
    assertThatThrownBy(() -> FairResult.ofLosses(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, 1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.OVERFLOW));
    // a negative zero is a year without loss
    assertThat(FairResult.ofLosses(new double[] {-0.0, 2}, 1).probabilityOfLoss()).isEqualTo(0.5);
  }

  /**
   * A run restored from its sorted losses and its recorded statistics equals the run and answers
   * every query to the bit: mean and standard deviation (which the sorted losses alone give only to
   * the last digits), percentiles, exceedance and the loss exceedance curve.
   */
  @Test
  void restored_fromSortedLossesAndStatistics_equalsTheRun_andAnswersEveryQueryTheSame() {
    Simulation sim = new Simulation(3 * MonteCarlo.BLOCK + 77, 20261203L);
    FairResult run = MonteCarlo.run(scenario(), sim).get();
    double[] sorted = run.sortedLosses();
    FairResult back = FairResult.restored(sorted, run.seed(), run.mean(), run.standardDeviation());
    assertThat(back).isEqualTo(run);
    assertThat(back.hashCode()).isEqualTo(run.hashCode());
    assertThat(Double.doubleToRawLongBits(back.mean())).isEqualTo(Double.doubleToRawLongBits(run.mean()));
    assertThat(Double.doubleToRawLongBits(back.standardDeviation()))
        .isEqualTo(Double.doubleToRawLongBits(run.standardDeviation()));
    for (double p = 0; p <= 100; p += 0.5) {
      assertThat(back.percentile(p)).as("P%s", p).isEqualTo(run.percentile(p));
    }
    assertThat(back.lossExceedanceCurve(200)).isEqualTo(run.lossExceedanceCurve(200));
    assertThat(back.probabilityOfLoss()).isEqualTo(run.probabilityOfLoss());
    assertThat(back.probabilityOfExceeding(123_456.5)).isEqualTo(run.probabilityOfExceeding(123_456.5));
    assertThat(back.toString()).isEqualTo(run.toString());
    // the losses in any order restore the same result
    double[] reversed = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      reversed[i] = sorted[sorted.length - 1 - i];
    }
    assertThat(FairResult.restored(reversed, run.seed(), run.mean(), run.standardDeviation())).isEqualTo(run);
  }

  @Test
  void restored_refusesStatisticsTheLossesDoNotGive() {
    double[] losses = {0, 10, 20, 30};
    FairResult r = FairResult.ofLosses(losses, 3);
    assertThat(FairResult.restored(losses, 3, r.mean(), r.standardDeviation())).isEqualTo(r);
    assertThat(FairResult.restored(losses, 3, Math.nextUp(r.mean()), r.standardDeviation()).mean())
        .isEqualTo(Math.nextUp(r.mean()));
    assertThatThrownBy(() -> FairResult.restored(losses, 3, 16, r.standardDeviation()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(FairCode.INCONSISTENT);
          assertThat(e.problem().field()).isEqualTo("mean");
          assertThat(e.problem().message()).isEqualTo("mean: is not the mean of the losses, 15.0, was '16.0'");
        });
    assertThatThrownBy(() -> FairResult.restored(losses, 3, 15, 1))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.problem().code()).isEqualTo(FairCode.INCONSISTENT);
          assertThat(e.problem().field()).isEqualTo("standardDeviation");
        });
    assertThatThrownBy(() -> FairResult.restored(losses, 3, Double.NaN, 1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.NOT_FINITE));
    assertThatThrownBy(() -> FairResult.restored(losses, 3, 15, -1))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.NEGATIVE));
    assertThatThrownBy(() -> FairResult.restored(new double[] {-1}, 3, 0, 0))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.problem().code()).isEqualTo(FairCode.NEGATIVE));
  }

  @Test
  void equals_isOverSeedLossesAndStatistics() {
    FairResult a = FairResult.ofLosses(new double[] {3, 0, 1, 2}, 7);
    FairResult same = FairResult.ofLosses(new double[] {0, 1, 2, 3}, 7);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(a).isNotEqualTo(null).isNotEqualTo("a");
    assertThat(a).isNotEqualTo(FairResult.ofLosses(new double[] {0, 1, 2, 3}, 8));
    assertThat(a).isNotEqualTo(FairResult.ofLosses(new double[] {0, 1, 2, 4}, 7));
    assertThat(a).isNotEqualTo(FairResult.ofLosses(new double[] {0, 1, 2, 3, 3}, 7));
    // same losses and seed, the mean one ulp apart: a query answers differently, so not equal
    assertThat(a).isNotEqualTo(FairResult.restored(new double[] {0, 1, 2, 3}, 7, Math.nextUp(a.mean()),
        a.standardDeviation()));
    assertThat(a).isNotEqualTo(FairResult.restored(new double[] {0, 1, 2, 3}, 7, a.mean(),
        Math.nextUp(a.standardDeviation())));
  }
}
