package io.ismskit.risk.laws;

import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringMethodLaws;

/** The built-in 5×5 matrix method passes the same laws a third-party method must pass. */
class MatrixMethodLawsTest implements ScoringMethodLaws<MatrixInput> {
  @Override
  public ScoringMethod<MatrixInput> method() {
    return new MatrixMethod();
  }

  @Override
  public Gen<MatrixInput> inputs() {
    MatrixMethod m = new MatrixMethod();
    return Gen.ints(1, m.likelihoodLevels()).zip(Gen.ints(1, m.impactLevels()), MatrixInput::of);
  }
}
