package io.ismskit.testkit.laws;

import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;

/** A correct method passes every law of the JUnit contract. */
class ToyMethodLawsTest implements ScoringMethodLaws<ToyMethod.Input> {
  @Override
  public ScoringMethod<ToyMethod.Input> method() {
    return new ToyMethod();
  }

  @Override
  public Gen<ToyMethod.Input> inputs() {
    return new ToyMethod().inputs();
  }
}
