package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.Isms;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.util.List;
import org.junit.jupiter.api.Test;


class ConformantIsmsTest {
  static final long[] SEEDS = {1, 2, 3, 42, 1234};

  @Test
  void generatedIsmsIsValid() {
    for (long seed : SEEDS) {
      Isms isms = ConformantIsms.small(seed);
      assertThat(isms.validate().isValid()).as("seed %d: %s", seed, isms.validate().fold(v -> v.toJavaList(), x -> List.of()))
          .isTrue();
    }
    assertThat(ConformantIsms.medium(7).validate().isValid()).isTrue();
  }

  @Test
  void generatedIsmsConformsToEveryRule() {
    for (long seed : SEEDS) {
      for (Isms isms : List.of(ConformantIsms.small(seed), ConformantIsms.generate(seed, 4, 1, 1),
          ConformantIsms.medium(seed))) {
        ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF);
        List<Finding> actionable = report.fixFirst();
        assertThat(actionable).as("seed %d", seed).isEmpty();
        assertThat(report.certificationDecision().ready()).isTrue();
        assertThat(report.rules()).hasSize(RuleSet.iso27001_2022().rules().size());
        assertThat(report.rules()).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.CONFORMS));
      }
    }
  }
}
