package io.ismskit.risk.methods;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.spi.Mitigation;
import io.ismskit.risk.spi.Score;
import io.ismskit.core.base.Problem;
import io.ismskit.risk.spi.ScoringCode;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DreadMethodTest {
  private final DreadMethod method = new DreadMethod();

  /**
   * The DREAD examples of the OWASP threat risk modelling guidance (after Microsoft's "Threat
   * Modeling Web Applications", DREAD rating table): credentials obtained by monitoring the network
   * rated 10, 10, 5, 5, 5 = (10+10+5+5+5)/5 = 7, High; SQL commands injected rated 10, 10, 10, 10,
   * 5 = 9, High.
   */
  @Test
  void publishedExamples() {
    Score monitoring = method.score(DreadInput.of(10, 10, 5, 5, 5)).get();
    assertThat(monitoring.value()).isEqualTo(7.0);
    assertThat(monitoring.level()).isEqualTo("High");
    Score injection = method.score(DreadInput.of(10, 10, 10, 10, 5)).get();
    assertThat(injection.value()).isEqualTo(9.0);
    assertThat(injection.level()).isEqualTo("High");
  }

  /** SimpleRisk default risk levels: Low from 0, Medium from 4, High from 7. */
  @Test
  void simpleRiskBands() {
    assertThat(method.level(3.8)).isEqualTo("Low");
    assertThat(method.level(4.0)).isEqualTo("Medium");
    assertThat(method.level(6.8)).isEqualTo("Medium");
    assertThat(method.level(7.0)).isEqualTo("High");
    assertThat(method.score(DreadInput.of(4, 4, 4, 4, 3)).get().level()).isEqualTo("Low");
    assertThat(method.score(DreadInput.of(4, 4, 4, 4, 4)).get().level()).isEqualTo("Medium");
  }

  @Test
  void simpleRiskScale_isOneToTen() {
    DreadMethod sr = DreadMethod.simpleRisk();
    assertThat(sr.descriptor().bounds().min()).isEqualTo(1);
    Problem e = sr.score(DreadInput.of(0, 1, 1, 1, 1)).getLeft();
    assertThat(e.message()).isEqualTo("damage: must be in 1..10, was '0'");
    assertThat(sr.score(DreadInput.of(1, 1, 1, 1, 1)).get().normalized()).isEqualTo(0.0);
    assertThat(sr.score(DreadInput.of(10, 10, 10, 10, 10)).get().normalized()).isEqualTo(1.0);
  }

  @Test
  void of_validatesConfiguration() {
    Validation<Seq<Problem>, DreadMethod> v = DreadMethod.of(5, 3, 7, Double.NaN);
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError().map(Problem::field)).containsExactly("max", "mediumFrom", "highFrom");
    assertThat(DreadMethod.of(0, 10, 7, 4).getError().map(Problem::message))
        .containsExactly("DreadMethod: highFrom must be greater than mediumFrom 7.0, was '4.0'");
    assertThat(DreadMethod.of(-1, 10, 4, 7).getError().map(Problem::code)).containsExactly(MethodCode.DREAD_CONFIG_MIN);
    assertThat(DreadMethod.of(0, 10, 4, 7).isValid()).isTrue();
  }

  @Test
  void decode_errors() {
    Map<String, String> ok = method.encode(DreadInput.of(1, 2, 3, 4, 5));
    assertThat(method.decode(ok).get()).isEqualTo(DreadInput.of(1, 2, 3, 4, 5));
    Map<String, String> bad = new HashMap<>(ok);
    bad.put("exploitability", "11");
    assertThat(method.decode(bad).getLeft().message()).isEqualTo("exploitability: must be in 0..10, was '11'");
    bad.put("exploitability", "nan");
    assertThat(method.decode(bad).getLeft().code()).isEqualTo(ScoringCode.VALUE_NAN);
    bad.remove("exploitability");
    assertThat(method.decode(bad).getLeft().code()).isEqualTo(ScoringCode.KEY_MISSING);
  }

  @Test
  void mitigate_lowersLikelihoodAndImpactCategories() {
    // round(0.5 * 10) = 5 steps.
    assertThat(method.mitigate(DreadInput.of(10, 10, 10, 10, 10), Mitigation.of(0.5, 0)).get())
        .isEqualTo(DreadInput.of(10, 5, 5, 10, 5));
    assertThat(method.mitigate(DreadInput.of(10, 10, 10, 10, 10), Mitigation.of(0, 0.5)).get())
        .isEqualTo(DreadInput.of(5, 10, 10, 5, 10));
    assertThat(method.mitigate(DreadInput.of(2, 2, 2, 2, 2), Mitigation.of(1, 1)).get())
        .isEqualTo(DreadInput.of(0, 0, 0, 0, 0));
  }
}
