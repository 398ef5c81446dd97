package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The checker runs every {@link RegisterScan} — built-in or third-party — in one shared walk over
 * the register: for conformant and for broken ISMSs that walk gives every rule exactly the findings
 * the rule gives when run alone; a third-party scan joins the same walk; and a rule that throws
 * mid-walk is reported as a blocking rule error naming the rule and the risk, without disturbing
 * the others.
 */
class FusedRiskPassTest {
  @Test
  void theSharedWalkGivesEachRuleItsOwnFindings() {
    RuleSet rules = RuleSet.iso27001_2022();
    List<ConformanceRule> scans = new ArrayList<>();
    for (ConformanceRule r : rules.rules()) {
      if (r instanceof RegisterScan) {
        scans.add(r);
      }
    }
    assertThat(scans).hasSizeGreaterThanOrEqualTo(9);
    for (long seed : RuleBreakingPropertyTest.SEEDS) {
      Isms base = ConformantIsms.small(seed);
      List<Isms> cases = new ArrayList<>();
      cases.add(base);
      SplittableRandom random = new SplittableRandom(seed);
      for (RuleBreakers.RuleBreaker b : RuleBreakers.all().values()) {
        cases.add(b.apply(base, random.split()).isms());
      }
      for (Isms isms : cases) {
        IsmsIndex ix = IsmsIndex.of(isms, ConformantIsms.AS_OF);
        Map<ConformanceRule, RuleRuns.RuleRun> fused = RuleRuns.walk(rules.rules(), ix, rules.grading());
        assertThat(fused.keySet()).containsExactlyInAnyOrderElementsOf(scans);
        for (ConformanceRule r : scans) {
          RuleRuns.RuleRun run = Objects.requireNonNull(fused.get(r));
          assertThat(run.error()).as("seed " + seed + ", rule " + r.id()).isEmpty();
          assertThat(run.findings()).as("seed " + seed + ", rule " + r.id()).isEqualTo(r.evaluate(ix, rules.grading()));
        }
      }
    }
  }

  @Test
  void aThirdPartyScanJoinsTheSameWalk_andAConcludedPassFinishesWithItsFindings() {
    Isms isms = ConformantIsms.small(5);
    List<String> log = new ArrayList<>();
    Logging a = new Logging("test-a", log);
    Logging b = new Logging("test-b", log);
    Concluding done = new Concluding();
    RuleSet rules = RuleSet.iso27001_2022().withRule(a).withRule(b).withRule(done);
    ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
    List<String> expected = new ArrayList<>();
    for (Risk r : isms.risks()) {
      expected.add("test-a " + r.id().value());
      expected.add("test-b " + r.id().value());
    }
    expected.add("test-a finish");
    expected.add("test-b finish");
    assertThat(log).as("one walk: each risk goes to both scans before the next risk").isEqualTo(expected);
    assertThat(report.findingsOf("test-a")).singleElement()
        .satisfies(f -> assertThat(f.found()).isEqualTo(isms.risks().size() + " risks seen"));
    assertThat(report.verdict("test-done")).contains(Verdict.NOT_APPLICABLE);
    // run alone, a scan walks the register itself and finds the same
    IsmsIndex ix = IsmsIndex.of(isms, ConformantIsms.AS_OF);
    assertThat(new Logging("test-a", new ArrayList<>()).evaluate(ix, Grading.DEFAULT))
        .isEqualTo(report.findingsOf("test-a"));
  }

  @Test
  void aRuleThatThrowsMidWalkBlocksReadiness_namingRuleAndRisk_andTheOthersGoOn() {
    Isms isms = ConformantIsms.small(3);
    RuleSet rules = RuleSet.iso27001_2022().withRule(new Faulty(Faulty.Stage.VISIT));
    ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
    Risk fifth = isms.risks().get(4);
    assertThat(report.verdict("test-faulty")).contains(Verdict.MAJOR_NC);
    assertThat(report.findingsOf("test-faulty")).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("rule-error");
      assertThat(f.entities()).containsExactly(EntityRef.of(fifth.id()));
      assertThat(f.found()).contains("rule test-faulty").contains("risk number 5")
          .contains("looking at risk " + fifth.id().value());
    });
    assertThat(report.certificationDecision().ready()).isFalse();
    assertThat(report.certificationDecision().unmet()).extracting(CriterionResult::criterion)
        .containsExactly(CertificationCriterion.CHECK_COMPLETE, CertificationCriterion.NO_OPEN_MAJOR);
    Map<String, Verdict> alone = ConformanceChecker.check(isms, ConformantIsms.AS_OF).verdictsByRule();
    Map<String, Verdict> with = new HashMap<>(report.verdictsByRule());
    with.remove("test-faulty");
    assertThat(with).isEqualTo(alone);
  }

  @Test
  void aRuleThatThrowsWhenStartingOrFinishing_isARuleErrorWithoutEntity() {
    Isms isms = ConformantIsms.small(3);
    for (Faulty.Stage stage : List.of(Faulty.Stage.START, Faulty.Stage.FINISH)) {
      RuleSet rules = RuleSet.iso27001_2022().withRule(new Faulty(stage));
      ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
      assertThat(report.findingsOf("test-faulty")).singleElement().satisfies(f -> {
        assertThat(f.verdict()).isEqualTo(Verdict.MAJOR_NC);
        assertThat(f.code()).isEqualTo("rule-error");
        assertThat(f.entities()).isEmpty();
        assertThat(f.found()).contains(stage == Faulty.Stage.START ? "starting" : "finishing");
      });
      assertThat(report.certificationDecision().met(CertificationCriterion.CHECK_COMPLETE)).isFalse();
    }
  }

  @Test
  void aRuleError_isNeverReGradedOrSuppressed() {
    Isms isms = ConformantIsms.small(3);
    RuleSet rules = RuleSet.iso27001_2022().withRule(new Faulty(Faulty.Stage.VISIT))
        .regrade("test-faulty", Verdict.OBSERVATION)
        .withSuppression(Suppression.ofRule("test-faulty", "known fault", io.ismskit.core.id.PersonId.of("P-CEO"),
            ConformantIsms.AS_OF.minusDays(1), ConformantIsms.AS_OF.plusDays(1)));
    ConformanceReport report = ConformanceChecker.check(isms, ConformantIsms.AS_OF, rules);
    assertThat(report.verdict("test-faulty")).contains(Verdict.MAJOR_NC);
    assertThat(report.suppressed()).isEmpty();
    assertThat(report.certificationDecision().ready()).isFalse();
  }

  /** A third-party scan that logs what it sees. */
  static final class Logging implements RegisterScan {
    private final String id;
    private final List<String> log;

    Logging(String id, List<String> log) {
      this.id = id;
      this.log = log;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<ClauseId> clauses() {
      return List.of(ClauseId.of("6.1.2"));
    }

    @Override
    public String requirement() {
      return "Logs the register.";
    }

    @Override
    public Pass start(IsmsIndex index, Grading grading) {
      RegisterScan rule = this;
      return new Pass() {
        int seen;

        @Override
        public void visit(Risk risk) {
          seen++;
          log.add(id + " " + risk.id().value());
        }

        @Override
        public List<Finding> finish() {
          log.add(id + " finish");
          return List.of(Finding.conforms(rule, seen + " risks seen"));
        }
      };
    }
  }

  /** A scan that concludes when it starts. */
  static final class Concluding implements RegisterScan {
    @Override
    public String id() {
      return "test-done";
    }

    @Override
    public List<ClauseId> clauses() {
      return List.of(ClauseId.of("8.2"));
    }

    @Override
    public String requirement() {
      return "Concludes at once.";
    }

    @Override
    public Pass start(IsmsIndex index, Grading grading) {
      return RegisterScan.concluded(List.of(Finding.notApplicable(this, "nothing to scan")));
    }
  }

  /** A third-party scan that throws at one stage: start, the fifth risk, or finish. */
  static final class Faulty implements RegisterScan {
    enum Stage { START, VISIT, FINISH }

    private final Stage stage;

    Faulty(Stage stage) {
      this.stage = stage;
    }

    @Override
    public String id() {
      return "test-faulty";
    }

    @Override
    public List<ClauseId> clauses() {
      return List.of(ClauseId.of("6.1.2"));
    }

    @Override
    public String requirement() {
      return "A rule that throws.";
    }

    @Override
    public Pass start(IsmsIndex index, Grading grading) {
      if (stage == Stage.START) {
        throw new IllegalStateException("cannot start");
      }
      return new Pass() {
        int seen;

        @Override
        public void visit(Risk risk) {
          if (++seen == 5 && stage == Stage.VISIT) {
            throw new IllegalStateException("risk number 5");
          }
        }

        @Override
        public List<Finding> finish() {
          if (stage == Stage.FINISH) {
            throw new IllegalStateException("cannot finish");
          }
          return List.of();
        }
      };
    }
  }
}
