package io.ismskit.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ExpTest {

  private static long ulpsApart(double a, double b) {
    return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
  }

  /**
   * The reference is StrictMath.exp, the fdlibm algorithm (Sun Microsystems' freely distributable
   * libm, e_exp.c), whose error is below 1 ulp.
   */
  @Test
  void exp_isWithinTwoUlpsOfFdlibm() {
    qt().withFixedSeed(42L)
        .withExamples(20_000)
        .forAll(doubles().between(-745, 710))
        .checkAssert(y -> assertThat(ulpsApart(Exp.exp(y), StrictMath.exp(y))).as("exp(%s)", y).isLessThanOrEqualTo(2));
    qt().withFixedSeed(43L)
        .withExamples(20_000)
        .forAll(doubles().between(-30, 30))
        .checkAssert(y -> assertThat(ulpsApart(Exp.exp(y), StrictMath.exp(y))).as("exp(%s)", y).isLessThanOrEqualTo(2));
  }

  @Test
  void exp_ofSpecialValues() {
    // e^0 = 1 and e^1 = e exactly to the double nearest (Math.E)
    assertThat(Exp.exp(0)).isEqualTo(1.0);
    assertThat(ulpsApart(Exp.exp(1), Math.E)).isLessThanOrEqualTo(1);
    assertThat(Exp.exp(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(Exp.exp(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Exp.exp(Double.NaN)).isNaN();
    assertThat(Exp.exp(710)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Exp.exp(-800)).isZero();
    // across the boundary of the table path, the result stays monotone
    assertThat(Exp.exp(Math.nextDown(Exp.FAST))).isLessThanOrEqualTo(Exp.exp(Exp.FAST));
    assertThat(Exp.exp(-Exp.FAST)).isLessThanOrEqualTo(Exp.exp(Math.nextUp(-Exp.FAST)));
  }
}
