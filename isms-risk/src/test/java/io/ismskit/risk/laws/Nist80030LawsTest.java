package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.methods.Nist80030Input;
import io.ismskit.risk.methods.Nist80030Level;
import io.ismskit.risk.methods.Nist80030Method;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;


/** The built-in NIST SP 800-30 method passes the same laws a third-party method must pass. */
class Nist80030LawsTest implements ScoringMethodLaws<Nist80030Input> {
  @Override
  public ScoringMethod<Nist80030Input> method() {
    return new Nist80030Method();
  }

  @Override
  public Gen<Nist80030Input> inputs() {
    return MethodInputGens.nist80030();
  }

  @Override
  public int examples() {
    // 125 combinations: 500 examples reach nearly all of them.
    return 500;
  }

  @Test
  void inputs_coverEveryCombinationOfLevels_andAllScore() {
    Set<Nist80030Input> seen = new HashSet<>(inputs().samples(seed(), 0, 2_000));
    int levels = Nist80030Level.values().length;
    assertThat(seen).hasSize(levels * levels * levels);
    assertThat(seen).allSatisfy(in -> assertThat(method().score(in).isRight()).as("%s scores", in).isTrue());
  }
}
