package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.ChangeTrigger;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.testkit.conformant.ConformantIsms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 8 (8.1-control-evidence and the Annex A rules are in {@link
 * SampledRulesTest}), each with a conformant case, a breaking case made by a minimal edit, and the
 * exact finding; for the deepened 8.1, the case a shallow rule passes and the deep one fails; for
 * the rules that grade by extent, an isolated lapse (minor) and a systematic failure (major).
 */
class OperationRulesTest {
  static final Isms EMPTY = ContextRulesTest.EMPTY;
  static final PersonId CISO = PersonId.of("P-CISO");
  static final ControlId A_5_19 = ControlId.of("A.5.19");
  static final ControlId A_5_22 = ControlId.of("A.5.22");

  static Isms exclude(Isms i, ControlId c) {
    var soa = i.statementOfApplicability().orElseThrow();
    SoaEntry e = soa.entry(c).orElseThrow();
    return i.withStatementOfApplicability(soa.withEntry(e.withApplicable(false).withReasons(Set.of())
        .withImplementationStatus(Optional.empty()).withOwner(Optional.empty())
        .withJustification("Suppliers are managed by the group")));
  }

  static IsmsProcess process(Isms i, int clause) {
    return i.process(ProcessId.of("PR-" + clause)).orElseThrow();
  }

  /** {@code r} with its inherent and residual risk assessed on {@code on}. */
  static Risk assessedOn(Risk r, LocalDate on) {
    return r.withInherent(r.inherent().orElseThrow().withAssessedOn(on))
        .withResidual(r.residual().map(x -> x.withAssessedOn(on)));
  }

  // ---------------------------------------------------------------------------------------------- 8.1

  @Test
  void operationalControl_processesOperatedAgainstCriteriaWithRecords() {
    conforms("8.1-operational-control");
    notApplicable("8.1-operational-control", EMPTY);
    IsmsProcess pr8 = process(BASE, 8);
    assertThat(finding(BASE.withProcess(pr8.withOperatingCriteria(List.of())), "8.1-operational-control",
        "uncontrolled", Verdict.MINOR_NC, "8.1", pr8.id()).found())
        .isEqualTo("1 of 7 fail: process PR-8 has no operating criteria");
    assertThat(finding(BASE.withProcess(pr8.withLastPerformed(Optional.empty())), "8.1-operational-control",
        "uncontrolled", Verdict.MINOR_NC, "8.1", pr8.id()).found())
        .endsWith("process PR-8 has no record of being carried out");
    Isms unrecorded = BASE.withProcesses(map(BASE.processes(), p -> true, p -> p.withLastPerformed(Optional.empty())));
    finding(unrecorded, "8.1-operational-control", "uncontrolled", Verdict.MAJOR_NC, "8.1",
        BASE.processes().stream().map(IsmsProcess::id).toArray());
  }

  @Test
  void operationalControl_externallyProvidedProcessesAreControlled() {
    // a shallow rule passes this: every process has criteria and records. But the scope names an
    // outsourced interface (cloud hosting) and the SoA excludes the supplier monitoring control
    Finding f = finding(exclude(BASE, A_5_22), "8.1-operational-control", "external-provision", Verdict.MINOR_NC,
        "8.1", A_5_22);
    assertThat(f.found()).isEqualTo("1 of 2 fail: A.5.22 is not applicable in the SoA, though the scope names "
        + "outsourced interfaces");
    assertThat(f.controls()).containsExactly(A_5_22);
    // both supplier controls excluded: outsourced processes are not controlled at all
    finding(exclude(exclude(BASE, A_5_22), A_5_19), "8.1-operational-control", "external-provision",
        Verdict.MAJOR_NC, "8.1", A_5_19, A_5_22);
    // an outsourced internal audit names the process
    IsmsProcess pr9 = process(BASE, 9).withExternallyProvided(true);
    assertThat(finding(exclude(BASE.withProcess(pr9), A_5_19), "8.1-operational-control", "external-provision",
        Verdict.MINOR_NC, "8.1", A_5_19, pr9.id()).found()).contains("though 1 process(es) are externally provided");
    // nothing outsourced: the supplier controls may be excluded
    Scope s = BASE.scope().orElseThrow();
    Isms inHouse = BASE.withScope(s.withInterfaces(map(s.interfaces(), i -> true, i -> i.withOutsourced(false))));
    conforms("8.1-operational-control", exclude(exclude(inHouse, A_5_22), A_5_19));
  }

  @Test
  void operationalControl_unintendedChangesAreReviewedForTheirConsequences() {
    PlannedChange ch1 = BASE.change(ChangeId.of("CH-1")).orElseThrow();
    // an emergency change: carried out five days ago, never approved, its consequences not reviewed
    PlannedChange emergency = ch1.withApproval(Optional.empty()).withCompletedOn(A.minusDays(5))
        .withImpact(Optional.empty());
    Finding f = finding(BASE.withChange(emergency), "8.1-operational-control", "unintended-change",
        Verdict.MINOR_NC, "8.1", ch1.id());
    assertThat(f.found()).isEqualTo("1 of 1 fail: change CH-1 completed " + A.minusDays(5) + " without prior "
        + "approval and without a review of its consequences");
    // its consequences reviewed: no 8.1 finding (6.3 still reports the unplanned change)
    conforms("8.1-operational-control", BASE.withChange(emergency.withImpact("Region added; risks re-assessed")));
    // approved only after it was carried out is unintended too
    PlannedChange late = BASE.change(ChangeId.of("CH-NC1")).orElseThrow();
    Isms approvedAfter = BASE.withChange(late.withApproval(Approval.of(PersonId.of("P-CEO"), A.minusDays(60)))
        .withImpact(Optional.empty()));
    finding(approvedAfter, "8.1-operational-control", "unintended-change", Verdict.MINOR_NC, "8.1", late.id());
  }

  // ---------------------------------------------------------------------------------------------- 8.2

  @Test
  void assessmentInterval() {
    conforms("8.2-assessment-interval");
    notApplicable("8.2-assessment-interval", EMPTY);
    Risk r = BASE.risks().stream().filter(x -> x.treatment().isEmpty()).findFirst().orElseThrow();
    Isms stale = BASE.withRisk(assessedOn(r, A.minusDays(400)));
    assertThat(finding(stale, "8.2-assessment-interval", "stale", Verdict.MINOR_NC, "8.2", r.id()).found())
        .isEqualTo("1 of 24 fail: risk " + r.id().value() + " last assessed " + A.minusDays(400));
    // a year to the day is within the 12-month interval
    conforms("8.2-assessment-interval", BASE.withRisk(assessedOn(r, A.minusYears(1))));
    Isms allStale = BASE.withRisks(map(BASE.risks(), x -> true, x -> assessedOn(x, A.minusDays(400))));
    finding(allStale, "8.2-assessment-interval", "stale", Verdict.MAJOR_NC, "8.2",
        BASE.risks().stream().map(Risk::id).toArray());
  }

  @Test
  void significantChange() {
    conforms("8.2-significant-change");
    PlannedChange sig = BASE.change(ConformantIsms.SIGNIFICANT_CHANGE).orElseThrow();
    notApplicable("8.2-significant-change", BASE.withChange(sig.withSignificant(false)));
    AssetId a = sig.assets().get(0);
    List<Risk> affected = BASE.risks().stream().filter(r -> r.assets().contains(a)).toList();
    assertThat(affected).hasSize(2);
    // the migration completed five days ago; one of its two risks re-assessed since, the other not
    Isms recent = BASE.withChange(sig.withCompletedOn(A.minusDays(5)))
        .withRisk(assessedOn(affected.get(0), A.minusDays(1)));
    Risk stale = affected.get(1);
    Finding f = finding(recent, "8.2-significant-change", "not-reassessed", Verdict.MINOR_NC, "8.2", stale.id(),
        sig.id());
    assertThat(f.found()).isEqualTo("1 of 2 fail: risk " + stale.id().value() + " last assessed "
        + stale.lastAssessedOn().orElseThrow() + ", before change CH-SIG completed " + A.minusDays(5));
    assertThat(f.clauses()).extracting(c -> c.value()).containsExactly("8.2", "6.3");
    // neither re-assessed
    finding(BASE.withChange(sig.withCompletedOn(A.minusDays(5))), "8.2-significant-change", "not-reassessed",
        Verdict.MAJOR_NC, "8.2", affected.get(0).id(), stale.id(), sig.id());
    // a change naming a risk directly affects it, whatever its assets
    Risk other = BASE.risks().stream().filter(r -> !r.assets().contains(a)).findFirst().orElseThrow();
    PlannedChange direct = PlannedChange.builder().id(ChangeId.of("CH-SIG2")).description("Replace the firewall")
        .reason("End of life").trigger(ChangeTrigger.ORGANIZATIONAL).impact("Perimeter rules rewritten")
        .significant(true).addRisks(other.id()).responsible(CISO).approval(Approval.of(CISO, A.minusDays(20)))
        .plannedFor(A.minusDays(3)).completedOn(A.minusDays(2)).build();
    finding(BASE.withChange(direct), "8.2-significant-change", "not-reassessed", Verdict.MINOR_NC, "8.2",
        other.id(), direct.id());
  }

  // ---------------------------------------------------------------------------------------------- 8.3

  @Test
  void treatmentPlan() {
    conforms("8.3-treatment-plan");
    notApplicable("8.3-treatment-plan", EMPTY);
    Risk r = BASE.risks().stream().filter(x -> x.treatment().isPresent()).findFirst().orElseThrow();
    Treatment t = r.treatment().orElseThrow();
    TreatmentAction late = t.actions().get(0).withProgress(ActionProgress.inProgress()).withDueDate(A.minusDays(1));
    Finding f = finding(BASE.withRisk(r.withTreatment(t.withAction(0, late))), "8.3-treatment-plan", "overdue",
        Verdict.MINOR_NC, "8.3", r.id());
    assertThat(f.found()).endsWith("risk " + r.id().value() + " action '" + late.description() + "' due "
        + A.minusDays(1) + " is IN_PROGRESS");
    // done after its due date: the plan was implemented
    TreatmentAction doneLate = late.withProgress(ActionProgress.done(A.minusDays(1)));
    conforms("8.3-treatment-plan", BASE.withRisk(r.withTreatment(t.withAction(0, doneLate))));
    // every open action overdue: systematic
    Isms allLate = BASE.withRisks(map(BASE.risks(), x -> x.treatment().isPresent(), x -> {
      Treatment tx = x.treatment().orElseThrow();
      return x.withTreatment(tx.withAction(0, tx.actions().get(0).withProgress(ActionProgress.of(ActionStatus.PLANNED))
          .withDueDate(A.minusDays(1))));
    }));
    finding(allLate, "8.3-treatment-plan", "overdue", Verdict.MAJOR_NC, "8.3",
        BASE.risks().stream().filter(x -> x.treatment().isPresent()).map(Risk::id).toArray());
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  @Test
  void assessmentInterval_anAssessmentDatedAfterTheAsOfDate_hasNotHappened() {
    Risk r = BASE.risks().stream().filter(x -> x.treatment().isEmpty()).findFirst().orElseThrow();
    assertThat(r.history()).isEmpty();
    // first assessed next week (identified before today): not assessed by today
    Isms later = BASE.withRisk(assessedOn(r, A.plusDays(3)));
    assertThat(finding(later, "8.2-assessment-interval", "stale", Verdict.MINOR_NC, "8.2", r.id()).found())
        .isEqualTo("1 of 24 fail: risk " + r.id().value() + " not assessed by " + A + " (first assessed "
            + A.plusDays(3) + ")");
    // re-assessed next week: today it stands on its assessment of 400 days ago
    Risk reassessed = assessedOn(r, A.plusDays(3)).withHistory(List.of(r.inherent().orElseThrow()
        .withAssessedOn(A.minusDays(400))));
    assertThat(finding(BASE.withRisk(reassessed), "8.2-assessment-interval", "stale", Verdict.MINOR_NC, "8.2",
        r.id()).found()).isEqualTo("1 of 24 fail: risk " + r.id().value() + " last assessed " + A.minusDays(400)
        + " by " + A);
    // a risk identified after the as-of date too was not due for assessment yet
    conforms("8.2-assessment-interval", BASE.withRisk(assessedOn(r, A.plusDays(3)).withIdentifiedOn(A.plusDays(1))));
  }

  @Test
  void significantChange_aReassessmentDatedAfterTheAsOfDate_hasNotHappened() {
    PlannedChange sig = BASE.change(ConformantIsms.SIGNIFICANT_CHANGE).orElseThrow();
    AssetId a = sig.assets().get(0);
    List<Risk> affected = BASE.risks().stream().filter(r -> r.assets().contains(a)).toList();
    Isms recent = BASE.withChange(sig.withCompletedOn(A.minusDays(5)))
        .withRisk(assessedOn(affected.get(0), A.minusDays(1)));
    finding(recent, "8.2-significant-change", "not-reassessed", Verdict.MINOR_NC, "8.2", affected.get(1).id(),
        sig.id());
    // the first risk re-assessed only next week instead: neither is re-assessed today
    Risk first = affected.get(0);
    assertThat(first.history()).isEmpty();
    Finding f = finding(recent.withRisk(assessedOn(first, A.plusDays(3))), "8.2-significant-change",
        "not-reassessed", Verdict.MAJOR_NC, "8.2", first.id(), affected.get(1).id(), sig.id());
    assertThat(f.found()).contains("risk " + first.id().value() + " last assessed never, before change "
        + "CH-SIG completed " + A.minusDays(5));
  }

  @Test
  void treatmentPlan_anActionDoneAfterTheAsOfDate_wasOpenOnIt() {
    Risk r = BASE.risks().stream().filter(x -> x.treatment().isPresent()).findFirst().orElseThrow();
    Treatment t = r.treatment().orElseThrow();
    TreatmentAction doneLater = t.actions().get(0).withDueDate(A.minusDays(1))
        .withProgress(ActionProgress.done(A.plusDays(3)));
    Finding f = finding(BASE.withRisk(r.withTreatment(t.withAction(0, doneLater))), "8.3-treatment-plan", "overdue",
        Verdict.MINOR_NC, "8.3", r.id());
    assertThat(f.found()).endsWith("risk " + r.id().value() + " action '" + doneLater.description() + "' due "
        + A.minusDays(1) + " is not done by " + A + " (DONE on " + A.plusDays(3) + ")");
  }

  @Test
  void soaStatus() {
    conforms("8.3-soa-status");
    Finding none = RuleTesting.single("8.3-soa-status", BASE, Verdict.CONFORMS);
    assertThat(none.found()).isEqualTo("no implementation record to compare; the SoA's statuses stand on their own");
    ControlId c = BASE.statementOfApplicability().orElseThrow().entries().stream().filter(SoaEntry::applicable)
        .findFirst().orElseThrow().control();
    ControlImplementation impl = ControlImplementation.builder().control(c).status(ImplementationStatus.IMPLEMENTED)
        .owner(CISO).build();
    assertThat(RuleTesting.single("8.3-soa-status", BASE.withControlImplementation(impl), Verdict.CONFORMS).found())
        .isEqualTo("1 implementation records agree with the SoA");
    ControlImplementation partial = impl.withStatus(ImplementationStatus.PARTIALLY_IMPLEMENTED);
    Finding f = finding(BASE.withControlImplementation(partial), "8.3-soa-status", "soa-status-stale",
        Verdict.MINOR_NC, "8.3", c);
    assertThat(f.found()).isEqualTo("1 of 1 fail: control " + c.value()
        + " is PARTIALLY_IMPLEMENTED but the SoA shows IMPLEMENTED");
  }
}
