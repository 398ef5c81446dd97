package io.ismskit.core;

import static io.ismskit.core.Samples.ALICE;
import static io.ismskit.core.Samples.BOB;
import static io.ismskit.core.Samples.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.context.Scope;
import io.ismskit.core.context.ScopeExclusion;
import io.ismskit.core.context.ScopeInterface;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The editing API: every pair of fields is one value, changed or cleared in one call, and edits of
 * different attributes give the same result in any order, with {@code with*} copies and with
 * {@code toBuilder()}.
 */
class EditingApiTest {
  static final Approval FIRST = Approval.of(ALICE, D);
  static final Approval SECOND = Approval.of(BOB, D.plusMonths(1));

  /** Sets, changes and clears an approval with the withers, and checks the builder agrees. */
  static <T> void approvalPair(T value, BiFunction<T, Approval, T> with, BiFunction<T, Optional<Approval>, T> withOptional,
      Function<T, Optional<Approval>> get, Function<T, T> viaBuilderFirst) {
    assertThat(get.apply(value)).isEmpty();
    T approved = with.apply(value, FIRST);
    assertThat(get.apply(approved)).contains(FIRST);
    T changed = with.apply(approved, SECOND);
    assertThat(get.apply(changed)).contains(SECOND);
    T cleared = withOptional.apply(changed, Optional.empty());
    assertThat(get.apply(cleared)).isEmpty();
    assertThat(cleared).isEqualTo(value);
    assertThat(viaBuilderFirst.apply(value)).isEqualTo(approved);
    assertThat(get.apply(value)).as("the original is unchanged").isEmpty();
  }

  @Test
  void approval_ofEveryApprovedType_isOneValue() {
    approvalPair(Samples.scope(), Scope::withApproval, Scope::withApproval, Scope::approval,
        s -> s.toBuilder().approval(FIRST).build());
    approvalPair(Samples.policy(), Policy::withApproval, Policy::withApproval, Policy::approval,
        p -> p.toBuilder().approval(FIRST).build());
    approvalPair(Samples.document(), DocumentedInformation::withApproval, DocumentedInformation::withApproval,
        DocumentedInformation::approval, d -> d.toBuilder().approval(FIRST).build());
    approvalPair(Samples.resource(), ResourceAllocation::withApproval, ResourceAllocation::withApproval,
        ResourceAllocation::approval, r -> r.toBuilder().approval(FIRST).build());
    approvalPair(Samples.criteria(), RiskCriteria::withApproval, RiskCriteria::withApproval, RiskCriteria::approval,
        c -> c.toBuilder().approval(FIRST).build());
    approvalPair(Samples.change(), PlannedChange::withApproval, PlannedChange::withApproval, PlannedChange::approval,
        c -> c.toBuilder().approval(FIRST).build());
    approvalPair(Samples.soa(), StatementOfApplicability::withApproval, StatementOfApplicability::withApproval,
        StatementOfApplicability::approval, s -> s.toBuilder().approval(FIRST).build());
    approvalPair(Samples.treatment(), Treatment::withPlanApproval, Treatment::withPlanApproval,
        Treatment::planApproval, t -> t.toBuilder().planApproval(FIRST).build());
  }

  @Test
  void policy_approvalAndReview_inAnyOrder() {
    Policy p = Samples.policy().withApproval(FIRST).withLastReviewed(D.plusDays(10));
    LocalDate reviewed = SECOND.on().plusDays(1);
    Policy a = p.toBuilder().approval(SECOND).lastReviewed(reviewed).build();
    Policy b = p.toBuilder().lastReviewed(reviewed).approval(SECOND).build();
    assertThat(a).isEqualTo(b);
    assertThat(p.withLastReviewed(reviewed).withApproval(SECOND)).isEqualTo(a);
    assertThat(a.nextReviewDue()).contains(reviewed.plusYears(1));
    assertThat(p.withApproval(Optional.empty()).withLastReviewed(Optional.empty()).nextReviewDue()).isEmpty();
  }

  @Test
  void document_statusAndApproval_inAnyOrder() {
    DocumentedInformation d = Samples.document();
    DocumentedInformation a = d.withApproval(FIRST).withStatus(DocumentStatus.APPROVED);
    DocumentedInformation b = d.withStatus(DocumentStatus.APPROVED).withApproval(FIRST);
    assertThat(a).isEqualTo(b);
    assertThat(a.withStatus(DocumentStatus.DRAFT).withApproval(Optional.empty()))
        .isEqualTo(a.withApproval(Optional.empty()).withStatus(DocumentStatus.DRAFT))
        .isEqualTo(d);
  }

  @Test
  void treatmentAction_progress_doneReopenedCancelled() {
    TreatmentAction a = Samples.action("Deploy EDR");
    TreatmentAction done = a.withProgress(ActionProgress.done(D.plusDays(3)));
    assertThat(done.progress().status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.progress().completedOn()).contains(D.plusDays(3));
    assertThat(done.overdue(D.plusYears(1))).isFalse();
    TreatmentAction reopened = done.withProgress(ActionProgress.inProgress());
    assertThat(reopened.progress().completedOn()).isEmpty();
    assertThat(reopened.overdue(D.plusYears(1))).isTrue();
    assertThat(reopened.withProgress(ActionProgress.cancelled()).progress().open()).isFalse();
    // with another attribute, in either order
    assertThat(a.withProgress(ActionProgress.done(D)).withDueDate(D.plusDays(1)))
        .isEqualTo(a.withDueDate(D.plusDays(1)).withProgress(ActionProgress.done(D)))
        .isEqualTo(a.toBuilder().dueDate(D.plusDays(1)).progress(ActionProgress.done(D)).build());
  }

  @Test
  void improvement_progress_doneAndReopened() {
    Improvement i = Samples.improvement();
    Improvement done = i.withProgress(ActionProgress.done(D.plusDays(5))).withOutcome("fewer incidents");
    assertThat(done.progress().completedOn()).contains(D.plusDays(5));
    assertThat(done.withOutcome(Optional.empty()).withProgress(ActionProgress.planned())).isEqualTo(i);
    assertThatThrownBy(() -> i.withProgress(ActionProgress.done(D.minusDays(1))))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Improvement.progress.completedOn: must not be before raisedOn 2026-03-01, was '2026-02-28'");
  }

  @Test
  void nonconformity_closedAndReopened_inOneCall() {
    Nonconformity n = Samples.nonconformity();
    Nonconformity closed = n.withProgress(NonconformityProgress.closed(D.plusMonths(1)));
    assertThat(closed.closed()).isTrue();
    assertThat(closed.progress().closedOn()).contains(D.plusMonths(1));
    Nonconformity reopened = closed.withProgress(NonconformityProgress.of(NonconformityStatus.ACTION_IN_PROGRESS));
    assertThat(reopened.closed()).isFalse();
    assertThat(reopened.progress().closedOn()).isEmpty();
    assertThat(reopened.withProgress(NonconformityProgress.open())).isEqualTo(n);
  }

  @Test
  void audit_performedReportedReplanned_inOneCall() {
    InternalAudit a = Samples.audit();
    InternalAudit performed = a.withProgress(AuditProgress.performed(D.plusDays(2)));
    assertThat(performed.done()).isTrue();
    InternalAudit reported = performed.withProgress(AuditProgress.reported(D.plusDays(2), D.plusDays(9)))
        .withReportedTo(ALICE);
    assertThat(reported.progress().status()).isEqualTo(AuditStatus.REPORTED);
    assertThat(reported.progress().reportedOn()).contains(D.plusDays(9));
    assertThat(reported.withProgress(AuditProgress.planned()).withReportedTo()).isEqualTo(a);
  }

  @Test
  void measurement_evaluation_setChangedCleared() {
    Measurement m = Samples.measurement();
    Measurement evaluated = m.withEvaluation(Evaluation.of("on target", D.plusDays(1)));
    assertThat(evaluated.evaluation().map(Evaluation::result)).contains("on target");
    Measurement changed = evaluated.withEvaluation(Evaluation.of("below target", D.plusDays(2)));
    assertThat(changed.evaluation().map(Evaluation::on)).contains(D.plusDays(2));
    assertThat(changed.withEvaluation(Optional.empty())).isEqualTo(m);
    assertThat(m.withValue(4).withEvaluation(Evaluation.of("ok", D)))
        .isEqualTo(m.withEvaluation(Evaluation.of("ok", D)).withValue(4));
  }

  @Test
  void correctiveAction_completionAndReview_inAnyOrderWithTheBuilder() {
    CorrectiveAction c = Samples.correctiveAction();
    EffectivenessReview review = EffectivenessReview.builder().reviewedOn(D.plusMonths(2)).reviewedBy(BOB)
        .effective(true).notes("no recurrence in two months").build();
    CorrectiveAction a = c.toBuilder().effectivenessReview(review).completedOn(D.plusMonths(1)).build();
    CorrectiveAction b = c.toBuilder().completedOn(D.plusMonths(1)).effectivenessReview(review).build();
    assertThat(a).isEqualTo(b);
    assertThat(a.toBuilder().completedOn(Optional.empty()).effectivenessReview(Optional.empty()).build())
        .isEqualTo(a.toBuilder().effectivenessReview(Optional.empty()).completedOn(Optional.empty()).build())
        .isEqualTo(c);
    assertThat(a.withEffectivenessReview(review.withEffective(false)).effectivenessReview().orElseThrow().effective())
        .isFalse();
  }

  @Test
  void formerRecords_haveBuildersAndWithers() {
    RiskAcceptance acc = RiskAcceptance.of(ALICE, D);
    assertThat(acc.withJustification("within appetite").withValidUntil(D.plusYears(1)).validOn(D.plusYears(2)))
        .isFalse();
    assertThat(acc.toBuilder().build()).isEqualTo(acc);
    ScopeInterface si = ScopeInterface.builder().description("Cloud hosting").build();
    assertThat(si.outsourced()).isFalse();
    assertThat(si.withOutsourced(true).withCounterparty(InterestedPartyId.of("IP-AWS")).counterparty())
        .contains(InterestedPartyId.of("IP-AWS"));
    ScopeExclusion ex = ScopeExclusion.of("Site Lyon", "No information processed");
    assertThat(ex.withJustification("Closed in 2025").item()).isEqualTo("Site Lyon");
    assertThat(ex.toBuilder().item("Site Nice").build()).isEqualTo(ScopeExclusion.of("Site Nice", ex.justification()));
  }

  @Test
  void risk_withersAndBuilder_agree() {
    Risk r = Samples.risk("R-1");
    PersonId owner = PersonId.of("P-OWNER");
    Treatment t = Samples.treatment(Samples.action("a")).withPlanApproval(Approval.of(owner, D));
    Risk a = r.withOwner(owner).withTreatment(t);
    Risk b = r.toBuilder().treatment(t).owner(owner).build();
    assertThat(a).isEqualTo(b).isNotEqualTo(r);
    assertThat(a.getClass().getSimpleName()).as("the implementation stays hidden behind Risk").startsWith("Immutable");
    assertThat(Risk.class.getMethods()).extracting(m -> m.getReturnType().getSimpleName())
        .doesNotContain("ImmutableRisk");
  }

  @Test
  void treatment_oneActionChanged_othersKept() {
    Treatment t = Samples.treatment(Samples.action("a"), Samples.action("b"), Samples.action("c"));
    Treatment changed = t.withAction(1, t.actions().get(1).withProgress(ActionProgress.done(D)));
    assertThat(changed.actions()).extracting(TreatmentAction::description).containsExactly("a", "b", "c");
    assertThat(changed.actions()).extracting(x -> x.progress().status())
        .containsExactly(ActionStatus.PLANNED, ActionStatus.DONE, ActionStatus.PLANNED);
    assertThat(changed.withoutAction(0).actions()).extracting(TreatmentAction::description).containsExactly("b", "c");
    assertThatThrownBy(() -> t.withAction(3, Samples.action("d"))).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> t.withoutAction(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
