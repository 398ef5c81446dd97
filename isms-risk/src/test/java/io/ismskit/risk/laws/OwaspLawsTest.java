package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.risk.methods.OwaspFactor;
import io.ismskit.risk.methods.OwaspInput;
import io.ismskit.risk.methods.OwaspMethod;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringLaws;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.List;
import org.junit.jupiter.api.Test;


/** The built-in OWASP Risk Rating method passes the same laws a third-party method must pass. */
class OwaspLawsTest implements ScoringMethodLaws<OwaspInput> {
  @Override
  public ScoringMethod<OwaspInput> method() {
    return new OwaspMethod();
  }

  @Override
  public Gen<OwaspInput> inputs() {
    return MethodInputGens.owasp();
  }

  @Override
  public int examples() {
    return 400;
  }

  @Test
  void inputs_rateEveryFactor0To9_withAndWithoutBusinessImpact_andAllScore() {
    List<OwaspInput> all = inputs().samples(seed(), 0, 500);
    assertThat(all).anyMatch(in -> in.businessImpact().isPresent());
    assertThat(all).anyMatch(in -> in.businessImpact().isEmpty());
    for (OwaspFactor f : OwaspFactor.values()) {
      assertThat(all).filteredOn(in -> in.has(f)).extracting(in -> in.get(f))
          .as("ratings of %s", f).contains(0, 9).allMatch(v -> v >= 0 && v <= 9);
    }
    assertThat(all).allSatisfy(in -> assertThat(method().score(in).isRight()).as("%s scores", in).isTrue());
  }

  @Test
  void everyImpactBasis_passesTheLaws() {
    for (OwaspMethod.ImpactBasis basis : List.of(OwaspMethod.ImpactBasis.TECHNICAL, OwaspMethod.ImpactBasis.BUSINESS)) {
      Gen<OwaspInput> in = MethodInputGens.owasp(basis == OwaspMethod.ImpactBasis.BUSINESS);
      assertThat(ScoringLaws.verify(OwaspMethod.of(basis), in, seed(), 200)).as("%s", basis).isEmpty();
    }
  }
}
