package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.fair.Distribution;
import io.ismskit.risk.fair.FairInput;
import io.ismskit.risk.fair.FairMethod;
import io.ismskit.risk.fair.FairScenario;
import io.ismskit.risk.fair.Frequency;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;


/**
 * The built-in Open FAIR method passes the same laws a third-party method must pass. Few examples
 * with small simulations ({@value MethodInputGens#DEFAULT_MIN_TRIALS} to {@value
 * MethodInputGens#DEFAULT_MAX_TRIALS} trials) keep it fast; {@link MonteCarloLawsTest} checks the
 * simulation itself.
 */
class FairMethodLawsTest implements ScoringMethodLaws<FairInput> {
  @Override
  public ScoringMethod<FairInput> method() {
    return new FairMethod();
  }

  @Override
  public Gen<FairInput> inputs() {
    return MethodInputGens.fair();
  }

  @Override
  public int examples() {
    return 30;
  }

  @Test
  void inputs_coverEveryFrequencyKindAndMagnitudeDistribution_andAllScore() {
    List<FairInput> all = inputs().samples(seed(), 0, 300);
    Set<Frequency.Kind> frequencies = EnumSet.noneOf(Frequency.Kind.class);
    Set<Distribution.Kind> magnitudes = EnumSet.noneOf(Distribution.Kind.class);
    for (FairInput in : all) {
      FairScenario s = in.scenario();
      frequencies.add(s.frequency().kind());
      magnitudes.add(s.primaryMagnitude().kind());
      assertThat(in.simulation().trials())
          .isBetween(MethodInputGens.DEFAULT_MIN_TRIALS, MethodInputGens.DEFAULT_MAX_TRIALS);
    }
    assertThat(frequencies).containsExactlyInAnyOrder(Frequency.Kind.values());
    assertThat(magnitudes).containsExactlyInAnyOrder(Distribution.Kind.values());
    assertThat(all).anyMatch(in -> in.scenario().secondary().isPresent());
    assertThat(all).anyMatch(in -> in.scenario().secondary().isEmpty());
    assertThat(all.subList(0, 60))
        .allSatisfy(in -> assertThat(method().score(in).isRight()).as("%s scores", in).isTrue());
  }
}
