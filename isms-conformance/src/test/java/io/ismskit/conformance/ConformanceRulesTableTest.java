package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.catalog.ClauseId;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/conformance-rules.md} true: one row per built-in rule, with the rule's clauses;
 * and the report says which certification criteria are met.
 */
class ConformanceRulesTableTest {
  static final Path TABLE = Path.of("..", "docs", "conformance-rules.md");

  static Map<String, String> rows() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|", -1);
        out.put(cells[1].trim().replace("`", ""), cells[2].trim());
      }
    }
    return out;
  }

  @Test
  void everyBuiltInRuleIsInTheTableWithItsClauses() throws IOException {
    Map<String, String> rows = rows();
    List<ConformanceRule> rules = RuleSet.iso27001_2022().rules();
    for (ConformanceRule r : rules) {
      assertThat(rows).as("row of %s in %s", r.id(), TABLE).containsKey(r.id());
      assertThat(rows.get(r.id())).as(r.id())
          .isEqualTo(r.clauses().stream().map(ClauseId::value).collect(Collectors.joining(", ")));
    }
    assertThat(rows.keySet()).as("rows without a rule")
        .containsExactlyInAnyOrderElementsOf(rules.stream().map(ConformanceRule::id).toList());
  }

  @Test
  void theReportSaysWhichCertificationCriteriaAreMet() {
    ConformanceReport ok = ConformanceChecker.check(ConformantIsms.small(1), ConformantIsms.AS_OF);
    CertificationDecision d = ok.certificationDecision();
    assertThat(d.criteria()).extracting(CriterionResult::criterion).containsExactly(CertificationCriterion.values());
    assertThat(d.criteria()).allSatisfy(c -> {
      assertThat(c.met()).as(c.criterion().name()).isTrue();
      assertThat(c.evidence()).as(c.criterion().name()).isNotBlank();
    });
    assertThat(d.ready()).isTrue();
    // without management reviews: that criterion is unmet, and the decision says so
    ConformanceReport noReview = ConformanceChecker.check(ConformantIsms.small(1).withManagementReviews(List.of()),
        ConformantIsms.AS_OF);
    CertificationDecision nd = noReview.certificationDecision();
    assertThat(nd.ready()).isFalse();
    assertThat(nd.summary()).containsEntry(CertificationCriterion.MANAGEMENT_REVIEW_COMPLETE, false)
        .containsEntry(CertificationCriterion.MODEL_VALID, true);
    assertThat(nd.criterion(CertificationCriterion.MANAGEMENT_REVIEW_COMPLETE).evidence()).isNotBlank();
    assertThat(nd.toString()).contains("MANAGEMENT_REVIEW_COMPLETE");
  }
}
