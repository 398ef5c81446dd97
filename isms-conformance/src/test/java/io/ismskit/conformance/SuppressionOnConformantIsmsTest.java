package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.Isms;
import io.ismskit.core.id.PersonId;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;


/** Suppression, re-grading and diff on generated models with one broken requirement. */
class SuppressionOnConformantIsmsTest {
  static final LocalDate A = ConformantIsms.AS_OF;

  static RuleBreakers.Broken broken(String rule, long seed) {
    Isms base = ConformantIsms.small(seed);
    return Objects.requireNonNull(RuleBreakers.all().get(rule)).apply(base, new SplittableRandom(seed));
  }

  @Test
  void suppressionHidesUntilExpiry() {
    for (long seed = 1; seed <= 5; seed++) {
      RuleBreakers.Broken b = broken("7.3-awareness", seed);
      Suppression s = new Suppression("7.3-awareness", b.expected(), "new starter, training booked",
          PersonId.of("P-CISO"), A.minusDays(10), A.plusDays(20));
      RuleSet set = RuleSet.iso27001_2022().withSuppression(s);

      ConformanceReport during = ConformanceChecker.check(b.isms(), A, set);
      assertThat(during.conforms()).isTrue();
      assertThat(during.suppressed()).hasSize(1);

      ConformanceReport later = ConformanceChecker.check(b.isms(), A.plusDays(21), set);
      assertThat(later.verdict("7.3-awareness")).hasValueSatisfying(v -> assertThat(v.nonconformity()).isTrue());
      assertThat(later.findingsOf("7.3-awareness").get(0).note())
          .hasValueSatisfying(n -> assertThat(n).contains("expired on " + A.plusDays(20)));
    }
  }

  @Test
  void regradeAndGradingChangeTheVerdict() {
    RuleBreakers.Broken b = broken("9.3.2-review-inputs", 3);
    ConformanceReport plain = ConformanceChecker.check(b.isms(), A);
    // one of ten inputs missing: a single item, an isolated lapse
    assertThat(plain.verdict("9.3.2-review-inputs")).contains(Verdict.MINOR_NC);
    assertThat(ConformanceChecker.check(b.isms(), A, RuleSet.iso27001_2022().withGrading(Grading.ofShare(0.05)))
        .verdict("9.3.2-review-inputs")).as("a single failing item stays minor whatever the share")
        .contains(Verdict.MINOR_NC);
    ConformanceReport strict = ConformanceChecker.check(b.isms(), A,
        RuleSet.iso27001_2022().withGrading(new Grading(0.2, 1)));
    assertThat(strict.verdict("9.3.2-review-inputs")).contains(Verdict.MAJOR_NC);
    ConformanceReport lenient = ConformanceChecker.check(b.isms(), A,
        RuleSet.iso27001_2022().regrade("9.3.2-review-inputs", Verdict.OBSERVATION));
    assertThat(lenient.verdict("9.3.2-review-inputs")).contains(Verdict.OBSERVATION);
    assertThat(lenient.conforms()).isTrue();
  }

  @Test
  void diffTracksTheBreakAndItsRepair() {
    Isms base = ConformantIsms.small(8);
    RuleBreakers.Broken b = Objects.requireNonNull(RuleBreakers.all().get("10.2-overdue")).apply(base, new SplittableRandom(8));
    ConformanceReport good = ConformanceChecker.check(base, A);
    ConformanceReport bad = ConformanceChecker.check(b.isms(), A);
    ReportDiff worse = bad.diff(good);
    assertThat(worse.worse()).extracting(ReportDiff.VerdictChange::ruleId).containsExactly("10.2-overdue");
    assertThat(worse.newFindings()).extracting(f -> f.ruleId()).containsExactly("10.2-overdue");
    ReportDiff better = good.diff(bad);
    assertThat(better.better()).extracting(ReportDiff.VerdictChange::ruleId).containsExactly("10.2-overdue");
    assertThat(better.resolvedFindings()).hasSize(1);
  }

  @Test
  void largeGeneratedModelConforms() {
    Isms big = ConformantIsms.generate(99, 2_000, 5, 200);
    assertThat(big.risks()).hasSize(10_000);
    assertThat(big.nonconformities()).hasSize(200);
    ConformanceReport r = ConformanceChecker.check(big, A);
    assertThat(r.fixFirst()).isEmpty();
    assertThat(r.certificationDecision().ready()).isTrue();
  }
}
