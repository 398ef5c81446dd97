package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.id.PersonId;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class RuleSetTest {
  static final String SERVICES = "META-INF/services/" + ConformanceRule.class.getName();

  @Test
  void default_isDiscoveredWithIdAndVersion() {
    RuleSet d = RuleSet.iso27001_2022();
    assertThat(d.id()).isEqualTo("iso27001:2022");
    assertThat(d.version()).isEqualTo(RuleSet.DEFAULT_VERSION);
    assertThat(d.rules()).hasSize(65);
    assertThat(d.rules()).allSatisfy(r -> {
      assertThat(r.framework()).isEqualTo(RuleSet.ISO27001_2022);
      assertThat(r.clauses()).isNotEmpty();
      assertThat(r.requirement()).isNotBlank();
    });
    assertThat(RuleSet.iso27001_2022()).isSameAs(d);
  }

  @Test
  void default_coversEveryRequirementBearingSubClause() {
    Set<ClauseId> covered = new HashSet<>();
    RuleSet.iso27001_2022().rules().forEach(r -> covered.addAll(r.clauses()));
    List<ClauseId> required = Iso27001_2022.framework().requirementBearingClauses().stream().map(Clause::id).toList();
    assertThat(required).hasSize(30);
    assertThat(covered).containsAll(required);
  }

  @Test
  void withRule_addsAndRefusesDuplicate() {
    RuleSet base = RuleSet.iso27001_2022();
    RuleSet more = base.withRule(new FixedRule());
    assertThat(more.rules()).hasSize(base.rules().size() + 1);
    assertThat(more.rule("test.fixed")).isPresent();
    assertThat(base.rule("test.fixed")).isEmpty();
    assertThatThrownBy(() -> more.withRule(new FixedRule())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.fixed");
  }

  @Test
  void withoutRule_removesRuleRegradeAndSuppressions() {
    RuleSet s = RuleSet.iso27001_2022().regrade("4.1-climate", Verdict.OBSERVATION)
        .withSuppression(Suppression.ofRule("4.1-climate", "accepted", PersonId.of("P-1"), LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31)));
    RuleSet t = s.withoutRule("4.1-climate");
    assertThat(t.rule("4.1-climate")).isEmpty();
    assertThat(t.regrades()).doesNotContainKey("4.1-climate");
    assertThat(t.suppressions()).isEmpty();
    assertThat(s.rule("4.1-climate")).isPresent();
    assertThatThrownBy(() -> t.withoutRule("4.1-climate")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void regrade_refusesPassingVerdictsAndUnknownRules() {
    assertThatThrownBy(() -> RuleSet.iso27001_2022().regrade("4.1-issues", Verdict.CONFORMS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleSet.iso27001_2022().regrade("nope", Verdict.MINOR_NC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RuleSet.iso27001_2022().regrade("4.1-issues", Verdict.MINOR_NC).regrades())
        .containsEntry("4.1-issues", Verdict.MINOR_NC);
  }

  @Test
  void withSuppression_refusesUnknownRule() {
    Suppression s = Suppression.ofRule("nope", "why", PersonId.of("P-1"), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 1));
    assertThatThrownBy(() -> RuleSet.iso27001_2022().withSuppression(s)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void named_andEquality() {
    RuleSet a = RuleSet.iso27001_2022().withGrading(Grading.ofShare(0.5)).named("acme", "7");
    RuleSet b = RuleSet.iso27001_2022().withGrading(Grading.ofShare(0.5)).named("acme", "7");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.id()).isEqualTo("acme");
    assertThat(a.grading().majorShare()).isEqualTo(0.5);
    assertThat(a).isNotEqualTo(RuleSet.iso27001_2022());
    assertThatThrownBy(() -> a.named(" ", "1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void discover_findsThirdPartyRulesOnAnotherClassLoader(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderWithServices(dir, FixedRule.class.getName())) {
      List<ConformanceRule> found = RuleSet.discover(loader);
      Set<String> ids = found.stream().map(ConformanceRule::id).collect(Collectors.toSet());
      assertThat(ids).contains("test.fixed", "4.1-issues", "10.2-overdue");
      assertThat(RuleSet.installed("all", "1", loader).rule("test.fixed")).isPresent();
      // the default set holds built-in rules only
      assertThat(RuleSet.iso27001_2022().rule("test.fixed")).isEmpty();
    }
  }

  @Test
  void discover_refusesDuplicateIds(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = loaderWithServices(dir, DuplicateIdRule.class.getName())) {
      assertThatThrownBy(() -> RuleSet.discover(loader)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("4.1-issues").hasMessageContaining(DuplicateIdRule.class.getName());
    }
  }

  static URLClassLoader loaderWithServices(Path dir, String className) throws IOException {
    Path f = dir.resolve(SERVICES);
    Files.createDirectories(f.getParent());
    Files.writeString(f, className + "\n");
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, RuleSetTest.class.getClassLoader());
  }
}
