package io.ismskit.risk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.risk.MethodId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SPI's values refuse what is wrong on its own with a Problem-carrying exception. */
class SpiValuesTest {
  private static ScoringCode code(Throwable e) {
    return (ScoringCode) ((InvalidValueException) e).problem().code();
  }

  @Test
  void score_refusesNonFiniteValueAndNormalizedOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new Score(Double.NaN, 0, "x", MethodId.of("m"), "1", List.of()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Score m: value must be finite, was 'NaN'")
        .satisfies(e -> assertThat(code(e)).isEqualTo(ScoringCode.SCORE_INVALID));
    assertThatThrownBy(() -> new Score(1, 1.5, "x", MethodId.of("m"), "1", List.of()))
        .hasMessage("Score m: normalized must be in 0..1, was '1.5'");
  }

  @Test
  void bounds_refuseAnInvertedOrInfiniteRange() {
    assertThatThrownBy(() -> Bounds.of(2, 1))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(code(e)).isEqualTo(ScoringCode.BOUNDS_INVALID))
        .hasMessageContaining("[2.0, 1.0]");
    assertThatThrownBy(() -> Bounds.of(Double.NEGATIVE_INFINITY, 1)).isInstanceOf(InvalidValueException.class);
    assertThat(Bounds.of(0, Double.POSITIVE_INFINITY).contains(1e300)).isTrue();
  }

  @Test
  void mitigation_refusesFractionsOutsideTheUnitInterval() {
    assertThatThrownBy(() -> Mitigation.of(1.5, 0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Mitigation: likelihoodReduction must be in 0..1, was '1.5'")
        .satisfies(e -> assertThat(code(e)).isEqualTo(ScoringCode.MITIGATION_INVALID));
    assertThatThrownBy(() -> Mitigation.of(0, Double.NaN)).hasMessageContaining("impactReduction");
  }
}
