package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FairResultTest {

  @Test
  void percentile_interpolatesBetweenOrderStatistics() {
    // Hyndman & Fan (1996) definition 7 (R's default): for 1, 2, 3, 4 the median is 2.5 and the
    // 10th percentile is 1 + 0.3·(2 - 1) = 1.3
    FairResult r = new FairResult(new double[] {4, 0, 2, 3, 1}, 0);
    // sample 0,1,2,3,4: P50 = 2, P10 = 0.4, P95 = 3.8
    assertThat(r.p50()).isEqualTo(2.0);
    assertThat(r.p10()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.p95()).isCloseTo(3.8, org.assertj.core.data.Offset.offset(1e-12));
    FairResult four = new FairResult(new double[] {1, 2, 3, 4}, 0);
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
    FairResult r = new FairResult(new double[] {1}, 0);
    assertThatThrownBy(() -> r.percentile(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p: must be in [0, 100], was 101.0");
  }

  @Test
  void lossExceedanceCurve_ofNoLossIsASinglePointAtZero() {
    FairResult r = new FairResult(new double[] {0, 0, 0}, 0);
    assertThat(r.lossExceedanceCurve(20)).containsExactly(new ExceedancePoint(0, 0));
  }

  @Test
  void sortPositive_agreesWithArraysSort() {
    qt().withFixedSeed(42L)
        .withExamples(60)
        .forAll(integers().between(1, 200_000), longs().all(), doubles().between(0.1, 8))
        .checkAssert(
            (n, seed, spread) -> {
              SplittableRandom rnd = new SplittableRandom(seed);
              double[] a = new double[n];
              for (int i = 0; i < n; i++) {
                // heavy-tailed positive values with duplicates
                a[i] = i % 7 == 0 ? 1000 : Math.exp(spread * rnd.nextGaussian()) * 1e4;
              }
              double[] expected = a.clone();
              Arrays.sort(expected);
              FairResult.sortPositive(a, 0, n);
              assertThat(a).isEqualTo(expected);
            });
  }
}
