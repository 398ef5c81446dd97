package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.RiskId;
import org.junit.jupiter.api.Test;


class GradingTest {
  @Test
  void grade_byShare() {
    Grading g = Grading.DEFAULT;
    assertThat(g.grade(0, 10)).isEqualTo(Verdict.CONFORMS);
    assertThat(g.grade(1, 10)).isEqualTo(Verdict.MINOR_NC);
    assertThat(g.grade(2, 10)).isEqualTo(Verdict.MINOR_NC); // exactly 20 % is not more than 20 %
    assertThat(g.grade(3, 10)).isEqualTo(Verdict.MAJOR_NC);
    assertThat(g.missing()).isEqualTo(Verdict.MAJOR_NC);
  }

  @Test
  void grade_aSingleFailingItemIsAnIsolatedLapse_whateverTheShare() {
    assertThat(Grading.DEFAULT.grade(1, 1)).isEqualTo(Verdict.MINOR_NC);
    assertThat(Grading.ofShare(0).grade(1, 100)).isEqualTo(Verdict.MINOR_NC);
    assertThat(Grading.DEFAULT.grade(2, 2)).as("every one of two fails: systematic").isEqualTo(Verdict.MAJOR_NC);
    assertThat(new Grading(1.0, 1).grade(1, 100)).as("unless the host sets a count of one")
        .isEqualTo(Verdict.MAJOR_NC);
  }

  @Test
  void grade_byCount() {
    Grading g = new Grading(1.0, 5);
    assertThat(g.grade(4, 1000)).isEqualTo(Verdict.MINOR_NC);
    assertThat(g.grade(5, 1000)).isEqualTo(Verdict.MAJOR_NC);
  }

  @Test
  void grade_isMonotoneInFailingItems() {
    qt().withFixedSeed(42L).withExamples(300).forAll(integers().between(1, 500), integers().between(0, 100))
        .checkAssert((total, pct) -> {
          int failing = total * pct / 100;
          Verdict v = Grading.DEFAULT.grade(failing, total);
          Verdict w = Grading.DEFAULT.grade(Math.min(total, failing + 1), total);
          assertThat(w.severity()).isGreaterThanOrEqualTo(v.severity());
        });
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> new Grading(1.5, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grading(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Grading(0.2, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Grading.DEFAULT.grade(3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void entityRef_typedAndParsed() {
    EntityRef r = EntityRef.of(RiskId.of("R-1"));
    assertThat(r).hasToString("Risk:R-1");
    assertThat(EntityRef.parse("Control:A.5.1")).isEqualTo(EntityRef.of("Control", "A.5.1"));
    assertThat(EntityRef.parse("Doc:x:y").id()).isEqualTo("x:y");
    assertThatThrownBy(() -> EntityRef.parse("nocolon")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verdict_orderAndWorst() {
    assertThat(Verdict.MAJOR_NC.severity()).isGreaterThan(Verdict.MINOR_NC.severity());
    assertThat(Verdict.MINOR_NC.worst(Verdict.MAJOR_NC)).isEqualTo(Verdict.MAJOR_NC);
    assertThat(Verdict.CONFORMS.worst(Verdict.NOT_APPLICABLE)).isEqualTo(Verdict.CONFORMS);
    assertThat(Verdict.OBSERVATION.nonconformity()).isFalse();
    assertThat(Verdict.NOT_APPLICABLE.passing()).isTrue();
  }
}
