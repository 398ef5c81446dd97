package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.Isms;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.ModelCode;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.Risk;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * {@link ConformanceReport#of}: a report rebuilt from its parts equals the one they came from and
 * answers every question the same; parts that do not fit together are refused with a problem that
 * names the part.
 */
class ConformanceReportRebuildTest {
  static final LocalDate A = ConformantIsms.AS_OF;

  static ConformanceReport rebuilt(ConformanceReport r) {
    return ConformanceReport.of(r.asOf(), r.ruleSetId(), r.ruleSetVersion(), r.findings(), r.suppressed(), r.rules(),
        r.certificationDecision(), r.modelProblems());
  }

  /** Reports of every shape: conformant, broken, suppressed and re-graded, invalid, with a rule that throws. */
  static List<ConformanceReport> reports() {
    Isms valid = ConformantIsms.small(3);
    RuleBreakers.Broken awareness = Objects.requireNonNull(RuleBreakers.all().get("7.3-awareness"))
        .apply(valid, new SplittableRandom(3));
    Suppression s = new Suppression("7.3-awareness", awareness.expected(), "new starter, training booked",
        PersonId.of("P-CISO"), A.minusDays(10), A.plusDays(20));
    Risk r = valid.risks().get(0);
    Isms invalid = valid.withRisk(r.withOwner(PersonId.of("GHOST")));
    List<ConformanceReport> out = new ArrayList<>();
    out.add(ConformanceChecker.check(valid, A));
    out.add(ConformanceChecker.check(awareness.isms(), A));
    out.add(ConformanceChecker.check(awareness.isms(), A, RuleSet.iso27001_2022().withSuppression(s)));
    out.add(ConformanceChecker.check(awareness.isms(), A.plusDays(21), RuleSet.iso27001_2022().withSuppression(s)
        .regrade("7.3-awareness", Verdict.OBSERVATION)));
    out.add(ConformanceChecker.check(invalid, A));
    out.add(ConformanceChecker.check(valid, A, RuleSet.iso27001_2022().withRule(new ThrowingRule())));
    return out;
  }

  @Test
  void aRebuiltReport_equalsTheOriginal_andAnswersTheSame() {
    List<ConformanceReport> all = reports();
    assertThat(all.get(2).suppressed()).isNotEmpty();
    assertThat(all.get(4).modelProblems()).isNotEmpty();
    assertThat(all.get(5).findingsOf("test.throws")).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo("rule-error"));
    for (ConformanceReport r : all) {
      ConformanceReport back = rebuilt(r);
      assertThat(back).isEqualTo(r).hasSameHashCodeAs(r).isNotSameAs(r);
      assertThat(back.toString()).isEqualTo(r.toString());
      assertThat(back.findings()).isEqualTo(r.findings());
      assertThat(back.byClause()).isEqualTo(r.byClause());
      assertThat(back.byTheme()).isEqualTo(r.byTheme());
      assertThat(back.counts()).isEqualTo(r.counts());
      assertThat(back.fixFirst()).isEqualTo(r.fixFirst());
      assertThat(back.blockers()).isEqualTo(r.blockers());
      assertThat(back.verdictsByRule()).isEqualTo(r.verdictsByRule());
      assertThat(back.certificationDecision().ready()).isEqualTo(r.certificationDecision().ready());
      assertThat(back.diff(r).newFindings()).isEmpty();
      // the parts in another order give the same report
      List<Finding> reversed = new ArrayList<>(r.findings());
      java.util.Collections.reverse(reversed);
      List<ConformanceReport.RuleResult> rules = new ArrayList<>(r.rules());
      java.util.Collections.reverse(rules);
      assertThat(ConformanceReport.of(r.asOf(), r.ruleSetId(), r.ruleSetVersion(), reversed, r.suppressed(), rules,
          r.certificationDecision(), r.modelProblems()).rules()).isEqualTo(r.rules());
    }
    for (int i = 0; i < all.size(); i++) {
      for (int k = 0; k < all.size(); k++) {
        assertThat(all.get(i).equals(all.get(k))).as("%s vs %s", i, k).isEqualTo(i == k);
      }
    }
    assertThat(all.get(0)).isNotEqualTo(null).isNotEqualTo("a report");
  }

  private static void refused(ThrowingCallable call, ModelCode code, String field) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.problem().code()).isEqualTo(code);
      assertThat(e.problem().entityType()).isEqualTo("ConformanceReport");
      assertThat(e.problem().field()).isEqualTo(field);
    });
  }

  @Test
  void partsThatDoNotFit_areRefused_namingThePart() {
    ConformanceReport r = ConformanceChecker.check(Objects.requireNonNull(RuleBreakers.all().get("7.3-awareness"))
        .apply(ConformantIsms.small(3), new SplittableRandom(3)).isms(), A);
    List<Finding> f = r.findings();
    List<Finding> s = r.suppressed();
    List<ConformanceReport.RuleResult> rules = r.rules();
    CertificationDecision d = r.certificationDecision();
    List<Problem> p = r.modelProblems();
    refused(() -> ConformanceReport.of(LocalDate.MIN, "x", "1", f, s, rules, d, p), ModelCode.DATE_UNSUPPORTED,
        "asOf");
    refused(() -> ConformanceReport.of(A, " ", "1", f, s, rules, d, p), ModelCode.BLANK, "ruleSetId");
    refused(() -> ConformanceReport.of(A, "x", "", f, s, rules, d, p), ModelCode.BLANK, "ruleSetVersion");
    List<ConformanceReport.RuleResult> twice = new ArrayList<>(rules);
    twice.add(rules.get(0));
    refused(() -> ConformanceReport.of(A, "x", "1", f, s, twice, d, p), ModelCode.DUPLICATE,
        "rules[" + rules.size() + "].ruleId");
    int broken = rules.indexOf(rules.stream().filter(x -> x.ruleId().equals("7.3-awareness")).findFirst()
        .orElseThrow());
    List<ConformanceReport.RuleResult> wrongVerdict = new ArrayList<>(rules);
    wrongVerdict.set(broken, new ConformanceReport.RuleResult("7.3-awareness", List.of(ClauseId.of("7.3")),
        Verdict.CONFORMS, 0));
    refused(() -> ConformanceReport.of(A, "x", "1", f, s, wrongVerdict, d, p), ModelCode.INCONSISTENT,
        "rules[" + broken + "].verdict");
    List<ConformanceReport.RuleResult> wrongCount = new ArrayList<>(rules);
    wrongCount.set(broken, new ConformanceReport.RuleResult("7.3-awareness", List.of(ClauseId.of("7.3")),
        rules.get(broken).verdict(), 2));
    refused(() -> ConformanceReport.of(A, "x", "1", f, s, wrongCount, d, p), ModelCode.INCONSISTENT,
        "rules[" + broken + "].suppressed");
    List<ConformanceReport.RuleResult> noClause = new ArrayList<>(rules);
    noClause.set(broken, new ConformanceReport.RuleResult("7.3-awareness", List.of(), rules.get(broken).verdict(),
        0));
    refused(() -> ConformanceReport.of(A, "x", "1", f, s, noClause, d, p), ModelCode.EMPTY,
        "rules[" + broken + "].clauses");
    // the decision names the minor finding, which must be visible
    int minors = d.criteria().indexOf(d.criterion(CertificationCriterion.MINORS_HAVE_ACTION_PLANS));
    assertThat(d.criteria().get(minors).findings()).isNotEmpty();
    List<Finding> without = new ArrayList<>(f);
    without.removeAll(d.criteria().get(minors).findings());
    List<ConformanceReport.RuleResult> fitting = new ArrayList<>(rules);
    fitting.set(broken, new ConformanceReport.RuleResult("7.3-awareness", List.of(ClauseId.of("7.3")),
        Verdict.CONFORMS, 0));
    refused(() -> ConformanceReport.of(A, "x", "1", without, s, fitting, d, p), ModelCode.INCONSISTENT,
        "certificationDecision[" + minors + "].findings[0]");
    // model problems without an unmet MODEL_VALID
    Problem ghost = new Problem(io.ismskit.core.ValidationCode.DANGLING, "Risk", "R-1", "owner", "GHOST", "dangling");
    refused(() -> ConformanceReport.of(A, "x", "1", f, s, rules, d, List.of(ghost)), ModelCode.INCONSISTENT,
        "certificationDecision[0].met");
  }
}
