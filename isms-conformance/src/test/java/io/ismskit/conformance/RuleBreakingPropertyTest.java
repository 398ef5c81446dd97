package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import io.ismskit.core.Isms;
import io.ismskit.core.id.EntityRef;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;


/**
 * For every built-in rule: breaking exactly its requirement in a conformant generated ISMS gives
 * that rule a nonconformity naming the broken entities, and leaves every other rule's verdict as it
 * was.
 */
class RuleBreakingPropertyTest {
  static final long[] SEEDS = {1, 2, 3, 5, 8, 13, 42, 2026};

  @Test
  void everyBuiltInRuleHasABreaker() {
    Set<String> ids = RuleSet.iso27001_2022().rules().stream().map(ConformanceRule::id).collect(Collectors.toSet());
    assertThat(RuleBreakers.all().keySet()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void breakingOneRequirementTripsExactlyItsRule() {
    Map<String, RuleBreakers.RuleBreaker> breakers = RuleBreakers.all();
    for (long seed : SEEDS) {
      Isms base = seed % 4 == 0 ? ConformantIsms.medium(seed) : ConformantIsms.small(seed);
      Map<String, Verdict> baseline = ConformanceChecker.check(base, ConformantIsms.AS_OF).verdictsByRule();
      SplittableRandom random = new SplittableRandom(seed * 31);
      for (Map.Entry<String, RuleBreakers.RuleBreaker> e : breakers.entrySet()) {
        String rule = e.getKey();
        RuleBreakers.Broken broken = e.getValue().apply(base, random.split());
        String ctx = "seed " + seed + ", rule " + rule;
        List<?> violations = broken.isms().validate().fold(v -> v.toJavaList(), x -> List.of());
        assertThat(violations).as(ctx + ": broken model valid").isEmpty();
        ConformanceReport report = ConformanceChecker.check(broken.isms(), ConformantIsms.AS_OF);
        // a nonconformity, or an observation for the rules that grade a risk of a future lapse
        assertThat(report.verdict(rule)).as(ctx).hasValueSatisfying(v -> assertThat(v.passing()).as(ctx + ": verdict " + v + " " + report.findingsOf(rule)).isFalse());
        Set<EntityRef> named = new HashSet<>();
        for (Finding f : report.findingsOf(rule)) {
          named.addAll(f.entities());
          assertThat(f.clauses()).as(ctx).isNotEmpty();
          if (!f.verdict().passing()) {
            assertThat(f.remedy()).as(ctx).isNotBlank();
            assertThat(f.expected()).as(ctx).isNotBlank();
          }
        }
        assertThat(named).as(ctx + ": entities named").containsAll(broken.expected());
        Map<String, Verdict> after = report.verdictsByRule();
        for (Map.Entry<String, Verdict> v : baseline.entrySet()) {
          if (!v.getKey().equals(rule)) {
            assertThat(after.get(v.getKey())).as(ctx + ": other rule " + v.getKey() + " " + report.findingsOf(v.getKey()))
                .isEqualTo(v.getValue());
          }
        }
      }
    }
  }
}
