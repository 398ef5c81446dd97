package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static io.ismskit.conformance.RuleTesting.plus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.risk.ActionProgress;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 10 (the similar-nonconformity and audit-nonconformity rules are in
 * {@link SampledRulesTest}), each with a conformant case, a breaking case made by a minimal edit,
 * and the exact finding; for the deepened 10.1, the case a yearly count passes and the rule fails;
 * for the rules that grade by extent, an isolated lapse (minor) and a systematic failure (major).
 */
class ImprovementRulesTest {
  static final Isms EMPTY = ContextRulesTest.EMPTY;
  static final ReviewId MR_1 = ReviewId.of("MR-1");
  static final ReviewId MR_2 = ReviewId.of("MR-2");
  static final NonconformityId NC_1 = NonconformityId.of("NC-1");
  static final NonconformityId NC_2 = NonconformityId.of("NC-2");

  static ManagementReview review(Isms i, ReviewId id) {
    return i.managementReview(id).orElseThrow();
  }

  /** MR-2 with its improvement decision changed by {@code f}. */
  static Isms withImprovementDecision(Isms i, UnaryOperator<ReviewDecision> f) {
    ManagementReview mr2 = review(i, MR_2);
    return i.withManagementReview(mr2.withDecisions(map(mr2.decisions(), d -> d.kind() == DecisionKind.IMPROVEMENT,
        f)));
  }

  static Improvement improvement(Isms i, String id) {
    return i.improvement(ImprovementId.of(id)).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------- 10.1

  @Test
  void improvement_noneRecordedNorDecided_isAMinorLapse() {
    conforms("10.1-improvement");
    // issue 12 item 3: an empty improvement log is minor; improvement also shows in 10.2 and 6.3
    Finding f = finding(EMPTY, "10.1-improvement", "missing", Verdict.MINOR_NC, "10.1");
    assertThat(f.found()).isEqualTo("no improvement recorded and none decided by a management review");
  }

  @Test
  void improvement_aDecisionLeftUndone_failsWhateverTheYearlyCount() {
    // a yearly count passes this: IMP-2 and IMP-3 were completed within the year. But the improvement
    // MR-2 decided was due ten days ago and is still under way
    assertThat(BASE.improvements()).filteredOn(i -> i.progress().completedOn()
        .map(d -> d.isAfter(A.minusYears(1))).orElse(false)).hasSize(2);
    Isms late = withImprovementDecision(BASE, d -> d.withDueDate(A.minusDays(10)));
    Finding f = finding(late, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_2);
    assertThat(f.found()).isEqualTo("1 of 1 fail: review MR-2 decision 0 'Automate access reviews': improvement "
        + "IMP-1 is IN_PROGRESS past the decision's due date " + A.minusDays(10));
    // cancelled instead of carried out
    Isms cancelled = BASE.withImprovement(improvement(BASE, "IMP-1").withProgress(ActionProgress.cancelled()));
    assertThat(finding(cancelled, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_2)
        .found()).endsWith(": improvement IMP-1 cancelled");
    // past due and never recorded
    Isms unrecorded = withImprovementDecision(BASE, d -> d.withDueDate(A.minusDays(10))
        .withImprovement(Optional.empty()));
    assertThat(finding(unrecorded, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_2)
        .found()).endsWith(": due " + A.minusDays(10) + ", no improvement recorded");
  }

  @Test
  void improvement_aDecisionNotYetDue_needsNoImprovementRecordYet() {
    // decided 40 days ago, due in 90: that nothing is recorded yet is no lapse (it was one before)
    conforms("10.1-improvement", withImprovementDecision(BASE, d -> d.withImprovement(Optional.empty())));
  }

  @Test
  void improvement_aDecisionWithoutDueDate_isDueByTheNextReview() {
    // MR-1 (400 days ago) decided an improvement with no due date; a review interval has passed
    ManagementReview mr1 = review(BASE, MR_1);
    ReviewDecision open = ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT).description("Encrypt the backups")
        .owner(PersonId.of("P-CISO")).build();
    Isms old = BASE.withManagementReview(mr1.withDecisions(plus(mr1.decisions(), open)));
    LocalDate next = mr1.heldOn().plusMonths(12);
    assertThat(finding(old, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_1).found())
        .endsWith("'Encrypt the backups': no due date, and no improvement recorded by " + next
            + ", a management review interval later");
    // MR-2 (40 days ago) took the same decision: the next review is not due yet
    conforms("10.1-improvement", withImprovementDecision(BASE, d -> d.withDueDate(Optional.empty())
        .withImprovement(Optional.empty())));
  }

  @Test
  void improvement_judgedOverTheCycle_everyReviewsDecisionsCount() {
    // MR-1, a year before MR-2, decided an improvement due 200 days ago that never happened
    ManagementReview mr1 = review(BASE, MR_1);
    ReviewDecision forgotten = ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT)
        .description("Encrypt the backups").owner(PersonId.of("P-CISO")).dueDate(A.minusDays(200)).build();
    Isms old = BASE.withManagementReview(mr1.withDecisions(plus(mr1.decisions(), forgotten)));
    Finding f = finding(old, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_1);
    assertThat(f.found()).isEqualTo("1 of 2 fail: review MR-1 decision 1 'Encrypt the backups': due "
        + A.minusDays(200) + ", no improvement recorded");
    // both reviews' improvements left undone: systematic
    finding(withImprovementDecision(old, d -> d.withDueDate(A.minusDays(10))), "10.1-improvement",
        "not-followed-through", Verdict.MAJOR_NC, "10.1", MR_1, MR_2);
  }

  @Test
  void improvement_completedImprovementsStateTheirOutcome() {
    Improvement imp2 = improvement(BASE, "IMP-2");
    assertThat(finding(BASE.withImprovement(imp2.withOutcome(Optional.empty())), "10.1-improvement", "no-outcome",
        Verdict.MINOR_NC, "10.1", imp2.id()).found()).isEqualTo("1 of 2 fail: improvement IMP-2 done without outcome");
    Improvement imp3 = improvement(BASE, "IMP-3");
    finding(BASE.withImprovement(imp2.withOutcome(Optional.empty())).withImprovement(imp3.withOutcome(Optional.empty())),
        "10.1-improvement", "no-outcome", Verdict.MAJOR_NC, "10.1", imp2.id(), imp3.id());
  }

  @Test
  void improvement_doneOrRaisedAfterTheAsOfDate_hasNotHappened() {
    Isms due = withImprovementDecision(BASE, d -> d.withDueDate(A.minusDays(10)));
    Improvement imp1 = improvement(BASE, "IMP-1");
    Isms doneLater = due.withImprovement(imp1.withProgress(ActionProgress.done(A.plusDays(3))));
    assertThat(finding(doneLater, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_2)
        .found()).endsWith(": improvement IMP-1 is not done by " + A + " (DONE on " + A.plusDays(3) + ") past the "
        + "decision's due date " + A.minusDays(10));
    Isms raisedLater = due.withImprovement(imp1.withRaisedOn(A.plusDays(3)));
    assertThat(finding(raisedLater, "10.1-improvement", "not-followed-through", Verdict.MINOR_NC, "10.1", MR_2)
        .found()).endsWith(": due " + A.minusDays(10) + ", no improvement recorded");
  }

  // ---------------------------------------------------------------------------------------------- 10.2

  static Nonconformity nc(Isms i, NonconformityId id) {
    return i.nonconformity(id).orElseThrow();
  }

  static CorrectiveAction actionOf(Isms i, NonconformityId id) {
    return i.correctiveActions().stream().filter(a -> a.nonconformity().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void handling() {
    conforms("10.2-nonconformity-handling");
    notApplicable("10.2-nonconformity-handling", EMPTY);
    Nonconformity nc1 = nc(BASE, NC_1);
    assertThat(finding(BASE.withNonconformity(nc1.withCorrection(Optional.empty())), "10.2-nonconformity-handling",
        "incomplete", Verdict.MINOR_NC, "10.2", NC_1).found())
        .isEqualTo("1 of 4 fail: nonconformity NC-1 (CLOSED): no correction");
    // a shallow rule passes these: NC-1 is closed and has its corrective action. But its effectiveness
    // was not reviewed, was found wanting, or was reviewed only after the closure
    CorrectiveAction ca = actionOf(BASE, NC_1);
    EffectivenessReview er = ca.effectivenessReview().orElseThrow();
    assertThat(finding(BASE.withCorrectiveAction(ca.withEffectivenessReview(Optional.empty())),
        "10.2-nonconformity-handling", "incomplete", Verdict.MINOR_NC, "10.2", NC_1).found())
        .endsWith("closed without an effectiveness review of " + ca.id().value());
    assertThat(finding(BASE.withCorrectiveAction(ca.withEffectivenessReview(er.withEffective(false))),
        "10.2-nonconformity-handling", "incomplete", Verdict.MINOR_NC, "10.2", NC_1).found())
        .endsWith("closed though " + ca.id().value() + " was found ineffective");
    var closedOn = nc1.progress().closedOn().orElseThrow();
    assertThat(finding(BASE.withCorrectiveAction(ca.withEffectivenessReview(er.withReviewedOn(closedOn.plusDays(9)))),
        "10.2-nonconformity-handling", "incomplete", Verdict.MINOR_NC, "10.2", NC_1).found())
        .endsWith("closed on " + closedOn + " before the effectiveness review of " + ca.id().value());
    // two of four without a correction: systematic
    Isms uncorrected = BASE.withNonconformity(nc1.withCorrection(Optional.empty()))
        .withNonconformity(nc(BASE, NC_2).withCorrection(Optional.empty()));
    finding(uncorrected, "10.2-nonconformity-handling", "incomplete", Verdict.MAJOR_NC, "10.2", NC_1, NC_2);
  }

  @Test
  void handling_evidenceDatedAfterTheAsOfDate_doesNotCount() {
    Nonconformity nc1 = nc(BASE, NC_1);
    CorrectiveAction ca = actionOf(BASE, NC_1);
    EffectivenessReview er = ca.effectivenessReview().orElseThrow();
    // closed on or before today, its corrective action completed (and reviewed) only next week
    Isms completedLater = BASE.withCorrectiveAction(ca.withEffectivenessReview(er.withReviewedOn(A.plusDays(4)))
        .withCompletedOn(A.plusDays(3)));
    assertThat(finding(completedLater, "10.2-nonconformity-handling", "incomplete", Verdict.MINOR_NC, "10.2", NC_1)
        .found()).endsWith("corrective action " + ca.id().value() + " not completed by " + A + " (completed "
        + A.plusDays(3) + ")");
    // corrected only next week
    Isms correctedLater = BASE.withNonconformity(nc1.withCorrectedOn(A.plusDays(3)));
    assertThat(finding(correctedLater, "10.2-nonconformity-handling", "incomplete", Verdict.MINOR_NC, "10.2", NC_1)
        .found()).endsWith("no correction by " + A + " (corrected " + A.plusDays(3) + ")");
    // closed only next week: still open today, so it claims nothing yet
    conforms("10.2-nonconformity-handling", completedLater.withNonconformity(nc1.withProgress(
        io.ismskit.core.assurance.NonconformityProgress.closed(A.plusDays(5)))));
  }

  @Test
  void overdue() {
    conforms("10.2-overdue");
    notApplicable("10.2-overdue", EMPTY);
    Nonconformity nc2 = nc(BASE, NC_2);
    int items = BASE.nonconformities().size() + BASE.correctiveActions().size();
    assertThat(finding(BASE.withNonconformity(nc2.withDueDate(A.minusDays(1))), "10.2-overdue", "overdue",
        Verdict.MINOR_NC, "10.2", NC_2).found())
        .isEqualTo("1 of " + items + " fail: nonconformity NC-2 open past " + A.minusDays(1));
    // a closed nonconformity past its due date is not overdue
    conforms("10.2-overdue", BASE.withNonconformity(nc(BASE, NC_1).withDueDate(A.minusDays(1))));
    CorrectiveAction ca = actionOf(BASE, NC_2);
    assertThat(ca.completedOn()).isEmpty();
    Isms lateAction = BASE.withCorrectiveAction(ca.withDueDate(A.minusDays(1)));
    assertThat(finding(lateAction, "10.2-overdue", "overdue", Verdict.MINOR_NC, "10.2", ca.id(), NC_2).found())
        .endsWith("corrective action " + ca.id().value() + " overdue since " + A.minusDays(1));
    // closed or completed only after the as-of date: still open, and overdue, on it
    Isms closedLater = BASE.withNonconformity(nc(BASE, NC_1).withDueDate(A.minusDays(1))
        .withProgress(io.ismskit.core.assurance.NonconformityProgress.closed(A.plusDays(3))));
    assertThat(finding(closedLater, "10.2-overdue", "overdue", Verdict.MINOR_NC, "10.2", NC_1).found())
        .endsWith("nonconformity NC-1 open past " + A.minusDays(1) + " (closed only on " + A.plusDays(3) + ")");
    finding(BASE.withCorrectiveAction(ca.withDueDate(A.minusDays(1)).withCompletedOn(A.plusDays(3))), "10.2-overdue",
        "overdue", Verdict.MINOR_NC, "10.2", ca.id(), NC_2);
    // the nonconformity and its action both overdue: two of at most eight, systematic
    finding(lateAction.withNonconformity(nc2.withDueDate(A.minusDays(1))), "10.2-overdue", "overdue",
        Verdict.MAJOR_NC, "10.2", ca.id(), NC_2);
  }
}
