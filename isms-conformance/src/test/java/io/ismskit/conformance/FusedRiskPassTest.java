package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.conformance.internal.RiskScanRule;
import io.ismskit.core.Isms;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.control.Try;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;


/**
 * The checker runs the risk rules in one shared pass over the register: for conformant and for
 * broken ISMSs, that pass gives every rule exactly the findings the rule gives when run alone, and a
 * rule that throws mid-pass is reported without disturbing the others.
 */
class FusedRiskPassTest {
  @Test
  void theSharedPassGivesEachRuleItsOwnFindings() {
    RuleSet rules = RuleSet.iso27001_2022();
    List<ConformanceRule> scans = new ArrayList<>();
    for (ConformanceRule r : rules.rules()) {
      if (r instanceof RiskScanRule) {
        scans.add(r);
      }
    }
    assertThat(scans).hasSizeGreaterThanOrEqualTo(9);
    for (long seed : RuleBreakingPropertyTest.SEEDS) {
      Isms base = ConformantIsms.small(seed);
      List<Isms> cases = new ArrayList<>();
      cases.add(base);
      SplittableRandom random = new SplittableRandom(seed);
      for (Breakers.Breaker b : Breakers.all().values()) {
        cases.add(b.apply(base, random.split()).isms());
      }
      for (Isms isms : cases) {
        IsmsIndex ix = IsmsIndex.of(isms, ConformantIsms.AS_OF);
        Map<ConformanceRule, Try<List<Finding>>> fused = RiskScanRule.evaluateFused(rules.rules(), ix,
            rules.grading());
        assertThat(fused.keySet()).containsExactlyInAnyOrderElementsOf(scans);
        for (ConformanceRule r : scans) {
          assertThat(Objects.requireNonNull(fused.get(r)).get()).as("seed " + seed + ", rule " + r.id())
              .isEqualTo(r.evaluate(ix, rules.grading()));
        }
      }
    }
  }

  @Test
  void aRuleThatThrowsMidPassIsReportedAndTheOthersGoOn() {
    Isms isms = ConformantIsms.small(3);
    RuleSet rules = RuleSet.iso27001_2022().withRule(new Faulty());
    ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
    assertThat(report.verdict("test-faulty")).contains(Verdict.OBSERVATION);
    assertThat(report.findingsOf("test-faulty")).singleElement()
        .satisfies(f -> assertThat(f.found()).contains("risk number 5"));
    Map<String, Verdict> alone = ConformanceChecker.check(isms, ConformantIsms.AS_OF).verdictsByRule();
    Map<String, Verdict> with = new java.util.HashMap<>(report.verdictsByRule());
    with.remove("test-faulty");
    assertThat(with).isEqualTo(alone);
  }

  /** A risk rule that fails on the fifth risk. */
  static final class Faulty extends RiskScanRule {
    Faulty() {
      super("test-faulty", "A rule that throws.", "6.1.2");
    }

    @Override
    protected @Nullable Scan start(IsmsIndex ix, Out out) {
      return new Scan() {
        int seen;

        @Override
        public void risk(Risk r) {
          if (++seen == 5) {
            throw new IllegalStateException("risk number 5");
          }
        }

        @Override
        public void finish() {
          out.evidence("never reached");
        }
      };
    }
  }
}
