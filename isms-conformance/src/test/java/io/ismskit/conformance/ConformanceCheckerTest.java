package io.ismskit.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.Theme;
import io.ismskit.core.context.Organization;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class ConformanceCheckerTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final Isms EMPTY = Isms.builder().organization(Organization.builder().name("Empty").headcount(3).build())
      .build();

  @Test
  void asOfOutsideTheSupportedDates_isRefusedClearly_neverADateTimeException() {
    // issue 11 item 4: check(isms, LocalDate.MIN) used to crash rule 8.2-assessment-interval
    Isms isms = ConformantIsms.small(3);
    for (LocalDate asOf : new LocalDate[] {LocalDate.MIN, LocalDate.MAX}) {
      assertThatThrownBy(() -> ConformanceChecker.check(isms, asOf))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("asOf: must be a date from 0001-01-01 to 9999-12-31, was ");
    }
    assertThat(ConformanceChecker.check(isms, Dates.MAX).asOf()).isEqualTo(Dates.MAX);
    assertThat(ConformanceChecker.check(isms, Dates.MIN).certificationDecision().ready()).isFalse();
  }

  @Test
  void emptyIsms_isNotReadyAndExplainsWhy() {
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF);
    assertThat(r.asOf()).isEqualTo(AS_OF);
    assertThat(r.ruleSetId()).isEqualTo("iso27001:2022");
    assertThat(r.certificationDecision().ready()).isFalse();
    assertThat(r.verdict("4.3-scope")).contains(Verdict.MAJOR_NC);
    assertThat(r.verdict("6.1.3-soa")).contains(Verdict.MAJOR_NC);
    assertThat(r.verdict("6.1.3-soa-complete")).contains(Verdict.NOT_APPLICABLE);
    assertThat(r.rules()).hasSize(RuleSet.iso27001_2022().rules().size());
    assertThat(r.blockers()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.MAJOR_NC);
      assertThat(f.remedy()).isNotBlank();
      assertThat(f.expected()).isNotBlank();
      assertThat(f.found()).isNotBlank();
    });
    // blockers are in clause order
    List<ClauseId> clauses = r.blockers().stream().map(Finding::clause).toList();
    assertThat(clauses).isSorted();
  }

  @Test
  void counts_matchFindings() {
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF);
    Map<Verdict, Integer> counts = r.counts();
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(r.findings().size());
    for (Verdict v : Verdict.values()) {
      assertThat(r.count(v)).isEqualTo((int) r.findings().stream().filter(f -> f.verdict() == v).count());
    }
    assertThat(r.byClause().values().stream().mapToInt(List::size).sum()).isEqualTo(r.findings().size());
    assertThat(List.copyOf(r.byClause().keySet())).isSorted();
    assertThat(r.fixFirst()).allSatisfy(f -> assertThat(f.verdict().passing()).isFalse());
    assertThat(r.fixFirst().stream().map(f -> f.verdict().severity()).toList())
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void emptyRuleResult_conforms_throwingRule_blocksReadinessNamingTheRule() {
    // issue 11 item 1: a rule that throws is no harmless observation
    RuleSet set = RuleSet.of("t", "1", List.of(new FixedRule("test.ok", "4.1", Verdict.CONFORMS, List.of()),
        new ThrowingRule()));
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF, set);
    assertThat(r.verdict("test.ok")).contains(Verdict.CONFORMS);
    assertThat(r.verdict("test.throws")).contains(Verdict.MAJOR_NC);
    assertThat(r.findingsOf("test.throws")).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("rule-error");
      assertThat(f.found()).contains("rule test.throws").contains(ThrowingRule.class.getName()).contains("boom");
      assertThat(f.remedy()).contains("test.throws");
    });
    assertThat(r.certificationDecision().ready()).isFalse();
    CriterionResult complete = r.certificationDecision().criterion(CertificationCriterion.CHECK_COMPLETE);
    assertThat(complete.met()).isFalse();
    assertThat(complete.findings()).extracting(Finding::ruleId).containsExactly("test.throws");
    assertThat(complete.evidence()).contains("test.throws");
  }

  @Test
  void regrade_replacesNonPassingVerdictsWithNote() {
    RuleSet set = RuleSet.of("t", "1", List.of(new FixedRule("test.major", "5.2", Verdict.MAJOR_NC, List.of())))
        .regrade("test.major", Verdict.MINOR_NC);
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF, set);
    assertThat(r.verdict("test.major")).contains(Verdict.MINOR_NC);
    assertThat(r.findingsOf("test.major").get(0).note()).hasValueSatisfying(n -> assertThat(n).contains("re-graded"));
    assertThat(r.certificationDecision().met(CertificationCriterion.NO_OPEN_MAJOR)).isTrue();
    assertThat(r.certificationDecision().met(CertificationCriterion.MINORS_HAVE_ACTION_PLANS)).isFalse();
  }

  @Test
  void suppression_inForceHides_expiredShowsWithNote_futureDoesNothing() {
    EntityRef a1 = EntityRef.of("Asset", "A-1");
    FixedRule rule = new FixedRule("test.minor", "8.1", Verdict.MINOR_NC, List.of(a1));
    PersonId ciso = PersonId.of("P-CISO");
    Suppression s = new Suppression("test.minor", java.util.Set.of(a1), "known gap, fix planned", ciso,
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    RuleSet set = RuleSet.of("t", "1", List.of(rule)).withSuppression(s);

    ConformanceReport during = ConformanceChecker.check(EMPTY, LocalDate.of(2026, 3, 31), set);
    assertThat(during.findingsOf("test.minor")).isEmpty();
    assertThat(during.suppressed()).hasSize(1);
    assertThat(during.rules().get(0).suppressed()).isEqualTo(1);
    assertThat(during.conforms()).isTrue();

    ConformanceReport after = ConformanceChecker.check(EMPTY, LocalDate.of(2026, 4, 1), set);
    assertThat(after.suppressed()).isEmpty();
    assertThat(after.verdict("test.minor")).contains(Verdict.MINOR_NC);
    assertThat(after.findingsOf("test.minor").get(0).note())
        .hasValueSatisfying(n -> assertThat(n).contains("expired on 2026-03-31").contains("P-CISO"));

    ConformanceReport before = ConformanceChecker.check(EMPTY, LocalDate.of(2025, 12, 31), set);
    assertThat(before.verdict("test.minor")).contains(Verdict.MINOR_NC);
    assertThat(before.findingsOf("test.minor").get(0).note()).isEmpty();
  }

  @Test
  void suppression_ofOtherEntitiesDoesNotHide() {
    FixedRule rule = new FixedRule("test.minor", "8.1", Verdict.MINOR_NC,
        List.of(EntityRef.of("Asset", "A-1"), EntityRef.of("Asset", "A-2")));
    Suppression s = new Suppression("test.minor", java.util.Set.of(EntityRef.of("Asset", "A-1")), "only A-1",
        PersonId.of("P-1"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF, RuleSet.of("t", "1", List.of(rule))
        .withSuppression(s));
    assertThat(r.verdict("test.minor")).contains(Verdict.MINOR_NC);
    assertThat(r.suppressed()).isEmpty();
  }

  @Test
  void byTheme_groupsControlFindings() {
    ConformanceRule rule = new ControlRule();
    ConformanceReport r = ConformanceChecker.check(EMPTY, AS_OF, RuleSet.of("t", "1", List.of(rule)));
    assertThat(r.byTheme()).containsOnlyKeys(Theme.ORGANIZATIONAL, Theme.TECHNOLOGICAL);
    assertThat(r.byTheme().get(Theme.ORGANIZATIONAL)).hasSize(1);
  }

  @Test
  void diff_reportsNewResolvedChangedAndVerdictChanges() {
    EntityRef a1 = EntityRef.of("Asset", "A-1");
    EntityRef a2 = EntityRef.of("Asset", "A-2");
    RuleSet older = RuleSet.of("t", "1", List.of(
        new FixedRule("r.fixed", "4.1", Verdict.MAJOR_NC, List.of(a1)),
        new FixedRule("r.same", "5.1", Verdict.MINOR_NC, List.of(a1)),
        new FixedRule("r.grow", "6.2", Verdict.MINOR_NC, List.of(a1)),
        new FixedRule("r.broken", "7.1", Verdict.CONFORMS, List.of())));
    RuleSet newer = RuleSet.of("t", "1", List.of(
        new FixedRule("r.fixed", "4.1", Verdict.CONFORMS, List.of()),
        new FixedRule("r.same", "5.1", Verdict.MINOR_NC, List.of(a1)),
        new FixedRule("r.grow", "6.2", Verdict.MAJOR_NC, List.of(a1, a2)),
        new FixedRule("r.broken", "7.1", Verdict.MINOR_NC, List.of(a2))));
    ConformanceReport before = ConformanceChecker.check(EMPTY, AS_OF.minusMonths(3), older);
    ConformanceReport after = ConformanceChecker.check(EMPTY, AS_OF, newer);
    ReportDiff d = after.diff(before);
    assertThat(d.olderAsOf()).isEqualTo(AS_OF.minusMonths(3));
    assertThat(d.newFindings()).extracting(Finding::ruleId).containsExactly("r.broken");
    assertThat(d.resolvedFindings()).extracting(Finding::ruleId).containsExactly("r.fixed");
    assertThat(d.changedFindings()).hasSize(1);
    assertThat(d.changedFindings().get(0).addedEntities()).containsExactly(a2);
    assertThat(d.better()).extracting(ReportDiff.VerdictChange::ruleId).containsExactly("r.fixed");
    assertThat(d.worse()).extracting(ReportDiff.VerdictChange::ruleId).containsExactlyInAnyOrder("r.grow", "r.broken");
    assertThat(d.countDeltas().get(Verdict.MAJOR_NC)).isEqualTo(0);
    assertThat(d.countDeltas().get(Verdict.CONFORMS)).isEqualTo(0);
    assertThat(after.diff(after).unchanged()).isTrue();
  }
}
