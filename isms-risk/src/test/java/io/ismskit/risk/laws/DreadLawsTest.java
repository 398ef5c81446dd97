package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.methods.DreadInput;
import io.ismskit.risk.methods.DreadMethod;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringLaws;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.List;
import org.junit.jupiter.api.Test;


/** The built-in DREAD method passes the same laws a third-party method must pass. */
class DreadLawsTest implements ScoringMethodLaws<DreadInput> {
  @Override
  public ScoringMethod<DreadInput> method() {
    return new DreadMethod();
  }

  @Override
  public Gen<DreadInput> inputs() {
    return MethodInputGens.dread();
  }

  @Test
  void inputs_spanTheWholeScale_andAllScore() {
    List<DreadInput> all = inputs().samples(seed(), 0, 500);
    assertThat(all).allSatisfy(in -> assertThat(method().score(in).isRight()).as("%s scores", in).isTrue());
    assertThat(all).extracting(DreadInput::damage).contains(0, 10).allMatch(v -> v >= 0 && v <= 10);
    assertThat(all).extracting(DreadInput::discoverability).contains(0, 10);
  }

  @Test
  void simpleRiskVariant_passesTheLawsOnItsOwnScale() {
    DreadMethod m = DreadMethod.simpleRisk();
    Gen<DreadInput> in = MethodInputGens.dread(m);
    assertThat(in.samples(seed(), 0, 200)).allSatisfy(d -> assertThat(d.damage()).isBetween(1, 10));
    assertThat(ScoringLaws.verify(m, in, seed(), examples())).isEmpty();
  }
}
