package io.ismskit.risk.laws;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.risk.methods.MatrixInput;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.methods.RiskMatrix;
import io.ismskit.risk.spi.ScoringMethod;
import io.ismskit.testkit.Gen;
import io.ismskit.testkit.laws.ScoringLaws;
import io.ismskit.testkit.laws.ScoringMethodLaws;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in 5×5 matrix method passes the same laws a third-party method must pass, and so does
 * the method on a table matrix, on a criteria-shaped banded matrix, on a one-cell matrix and on the
 * largest matrix allowed.
 */
class MatrixMethodLawsTest implements ScoringMethodLaws<MatrixInput> {
  private static final List<String> L3 = List.of("Low", "Medium", "High");

  @Override
  public ScoringMethod<MatrixInput> method() {
    return new MatrixMethod();
  }

  @Override
  public Gen<MatrixInput> inputs() {
    return MethodInputGens.matrix();
  }

  @Test
  void tableMatrix_passesTheLaws() {
    MatrixMethod m = MatrixMethod.of(RiskMatrix.ofTable(
            L3,
            List.of("I1", "I2", "I3", "I4"),
            List.of("Green", "Amber", "Red"),
            List.of(
                List.of("Green", "Green", "Amber", "Amber"),
                List.of("Green", "Amber", "Amber", "Red"),
                List.of("Amber", "Amber", "Red", "Red")))
        .get());
    assertThat(ScoringLaws.verify(m, MethodInputGens.matrix(m), seed(), examples())).isEmpty();
  }

  @Test
  void bandedMatrices_passTheLaws() {
    for (List<Double> bounds : List.of(List.of(0.2, 0.5), List.<Double>of())) {
      MatrixMethod m = MatrixMethod.of(RiskMatrix.ofBands(
          List.of("Unlikely", "Possible", "Likely"), List.of("Minor", "Moderate", "Severe"), L3, bounds).get());
      assertThat(ScoringLaws.verify(m, MethodInputGens.matrix(m), seed(), examples())).as("%s", bounds).isEmpty();
    }
  }

  @Test
  void oneCellAndLargestMatrices_passTheLaws() {
    MatrixMethod one = MatrixMethod.of(
        RiskMatrix.ofProductThresholds(List.of("Any"), List.of("Any"), List.of("Only"), List.of()).get());
    assertThat(ScoringLaws.verify(one, MethodInputGens.matrix(one), seed(), 50)).isEmpty();
    List<String> labels = new ArrayList<>();
    for (int j = 0; j < RiskMatrix.MAX_LEVELS; j++) {
      labels.add("level " + j);
    }
    MatrixMethod largest = MatrixMethod.of(
        RiskMatrix.ofProductThresholds(labels, labels, L3, List.of(10_000, 500_000)).get());
    assertThat(ScoringLaws.verify(largest, MethodInputGens.matrix(largest), seed(), examples())).isEmpty();
  }
}
