package io.ismskit.pdca;

import static io.ismskit.pdca.Fixtures.AS_OF;
import static io.ismskit.pdca.Fixtures.CEO;
import static io.ismskit.pdca.Fixtures.CISO;
import static io.ismskit.pdca.Fixtures.READY;
import static io.ismskit.pdca.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.testkit.conformant.ConformantIsms;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdcaMachineTest {
  private static final PdcaMachine M = PdcaMachine.strict();

  private static CycleState started() {
    return run(M, CycleState.initial(), READY, AS_OF.minusDays(365), new StartCycle(CISO));
  }

  private static List<String> keys(Refusal r) {
    return r.unmet().stream().map(u -> u.clause() + " " + u.key()).toList();
  }

  private static List<String> codes(Refusal r) {
    return r.problems().stream().map(p -> p.code().key()).toList();
  }

  @Test
  void aConformantIsmsGoesThroughAWholeCycleAndOpensTheNextWithItsOpenItems() {
    List<PdcaEvent> log = new ArrayList<>();
    CycleState s = CycleState.initial();
    for (PdcaCommand c : List.of(new StartCycle(CISO), new ApprovePlan(CISO), new CompleteOperation(CISO),
        new CompleteEvaluation(CISO), new CloseCycle(CISO))) {
      Transition t = M.apply(s, c, READY, c instanceof StartCycle ? AS_OF.minusDays(365) : AS_OF)
          .getOrElseThrow(r -> new AssertionError(r.toString()));
      log.addAll(t.events());
      s = t.state();
    }
    assertThat(s.cycle()).isEqualTo(2);
    assertThat(s.phase()).isEqualTo(Phase.PLAN);
    assertThat(s.startedOn()).contains(AS_OF);
    assertThat(log).extracting(PdcaEvent::type).containsExactly("cycle-started", "phase-advanced",
        "phase-advanced", "phase-advanced", "cycle-closed");
    // what ACT left open goes into cycle 2: the nonconformities whose actions are under way
    assertThat(s.carryOver()).extracting(CarryOverItem::ref)
        .contains(EntityRef.of("Nonconformity", "NC-2"), EntityRef.of("Nonconformity", "NC-3"));
    assertThat(s.carryOver()).isEqualTo(PdcaMachine.openItems(READY, AS_OF));
    assertThat(PdcaMachine.replay(log).get()).isEqualTo(s);
    assertThat(s.events()).isEqualTo(5);
  }

  @Test
  void theNextCycleNeedsItsOwnEvidence() {
    CycleState s = run(M, started(), READY, AS_OF, new ApprovePlan(CISO), new CompleteOperation(CISO),
        new CompleteEvaluation(CISO), new CloseCycle(CISO), new ApprovePlan(CISO), new CompleteOperation(CISO));
    Refusal r = M.apply(s, new CompleteEvaluation(CISO), READY, AS_OF.plusDays(1)).getLeft();
    assertThat(keys(r)).contains("9.2 check.internal-audit", "9.3 check.management-review");
    assertThat(r.onlyUnmetCriteria()).isTrue();
    // the lean profile counts evidence of the last 15 months, so last year's audit and review still count
    assertThat(PdcaMachine.of(Profile.lean()).apply(s, new CompleteEvaluation(CISO), READY, AS_OF.plusDays(1))
        .isRight()).isTrue();
  }

  @Test
  void leavingPlanOnABareIsmsListsEveryUnmetCriterionOfClauses4To6() {
    Isms bare = Isms.builder().organization(READY.organization()).people(READY.people()).build();
    assertThat(bare.validate().isValid()).as(bare.validate().toString()).isTrue();
    Refusal r = M.apply(run(M, CycleState.initial(), bare, AS_OF, new StartCycle(CISO)), new ApprovePlan(CISO),
        bare, AS_OF).getLeft();
    assertThat(keys(r)).contains("4.1 plan.context", "4.3 plan.scope", "5.2 plan.policy", "5.3 plan.roles",
        "6.1.2 plan.risk-criteria", "6.1.2 plan.risks-assessed", "6.1.3 plan.soa", "6.2 plan.objectives");
    // the conformance checker's findings of those clauses are gate criteria too, and only those clauses
    assertThat(r.unmet()).anyMatch(u -> u.key().startsWith("conformance:"));
    assertThat(r.unmet()).allMatch(u -> Phase.PLAN.gates(u.clause()), "only clauses 4-6");
    assertThat(r.unmet()).allMatch(u -> !u.remedy().isBlank());
  }

  @Test
  void theCheckGateReadsTheConformanceCheckerAndNamesTheEntitiesAtFault() {
    // planned and operated with the reviews on record (5.1 g reads them); at CHECK no review is held
    Isms noReview = READY.toBuilder().managementReviews(List.of()).build();
    CycleState s = run(M, started(), READY, AS_OF, new ApprovePlan(CISO), new CompleteOperation(CISO));
    Refusal r = M.apply(s, new CompleteEvaluation(CISO), noReview, AS_OF).getLeft();
    assertThat(keys(r)).contains("9.3 check.management-review");
    assertThat(r.unmet()).anyMatch(u -> u.key().startsWith("conformance:") && u.clause().value().startsWith("9.3"));
    assertThat(r.unmet()).allMatch(u -> Phase.CHECK.gates(u.clause()));
  }

  @Test
  void theActGateNeedsEveryNonconformityCorrectedWithAnAction() {
    Isms raw = ConformantIsms.small(1);
    CycleState s = run(M, started(), raw, AS_OF, new ApprovePlan(CISO), new CompleteOperation(CISO),
        new CompleteEvaluation(CISO));
    Refusal r = M.apply(s, new CloseCycle(CISO), raw, AS_OF).getLeft();
    UnmetCriterion nc = r.unmet().stream().filter(u -> u.key().equals("act.nonconformities")).findFirst()
        .orElseThrow();
    assertThat(nc.clause().value()).isEqualTo("10.2");
    assertThat(nc.entities()).containsExactly(EntityRef.of("Nonconformity", "NC-3"),
        EntityRef.of("Nonconformity", "NC-4"));
    assertThat(M.apply(s, new CloseCycle(CISO), READY, AS_OF).isRight()).isTrue();
  }

  @Test
  void commandsOutOfPlaceAreRefusedWithTheirReason() {
    assertThat(codes(M.apply(CycleState.initial(), new ApprovePlan(CISO), READY, AS_OF).getLeft()))
        .containsExactly("pdca.cycle.not-started");
    CycleState s = started();
    assertThat(codes(M.apply(s, new StartCycle(CISO), READY, AS_OF).getLeft()))
        .containsExactly("pdca.cycle.already-started");
    Refusal wrong = M.apply(s, new CloseCycle(CISO), READY, AS_OF).getLeft();
    assertThat(codes(wrong)).containsExactly("pdca.command.wrong-phase");
    assertThat(wrong.problems().get(0).message()).contains("APPROVE_PLAN");
    assertThat(codes(M.apply(s, new ApprovePlan(CISO), READY, AS_OF.minusDays(400)).getLeft()))
        .containsExactly("pdca.command.date-before-last");
    assertThat(codes(M.apply(s, new ApprovePlan(PersonId.of("P-NOBODY")), READY, AS_OF).getLeft()))
        .containsExactly("pdca.command.unknown-person");
    assertThat(codes(M.apply(s, new RecordChange(ConformantIsms.SIGNIFICANT_CHANGE, CISO), READY, AS_OF).getLeft()))
        .containsExactly("pdca.command.wrong-phase");
  }

  @Test
  void aGateFailsClosedOnAnInvalidIsms() {
    Isms invalid = READY.withNonconformity(READY.nonconformities().get(0).withOwner(PersonId.of("P-NOBODY")));
    assertThat(invalid.validate().isInvalid()).isTrue();
    Refusal r = M.apply(started(), new ApprovePlan(CISO), invalid, AS_OF).getLeft();
    assertThat(codes(r).get(0)).isEqualTo("pdca.isms.invalid");
    assertThat(r.problems().size()).isGreaterThan(1);
    assertThat(r.onlyUnmetCriteria()).isFalse();
  }

  @Test
  void anOverrideNeedsAJustificationAndTopManagementAndIsCarriedOver() {
    // planned and operated with the reviews on record (5.1 g reads them); at CHECK no review is held
    Isms noReview = READY.toBuilder().managementReviews(List.of()).build();
    CycleState s = run(M, started(), READY, AS_OF, new ApprovePlan(CISO), new CompleteOperation(CISO));
    OverrideGate byCiso = new OverrideGate(new CompleteEvaluation(CISO), "Review moved to next month", CISO);
    assertThat(codes(M.apply(s, byCiso, noReview, AS_OF).getLeft()))
        .contains("pdca.override.approver-not-top-management");
    OverrideGate blank = new OverrideGate(new CompleteEvaluation(CISO), "  ", CEO);
    assertThat(codes(M.apply(s, blank, noReview, AS_OF).getLeft())).contains("pdca.override.unjustified");
    OverrideGate ok = new OverrideGate(new CompleteEvaluation(CISO), "Review moved to next month", CEO);
    Transition t = M.apply(s, ok, noReview, AS_OF).get();
    assertThat(t.events()).extracting(PdcaEvent::type).containsExactly("gate-overridden", "phase-advanced");
    GateOverridden g = (GateOverridden) t.events().get(0);
    assertThat(g.approvedBy()).isEqualTo(CEO);
    assertThat(g.criteria()).contains("9.3 check.management-review");
    assertThat(t.state().phase()).isEqualTo(Phase.ACT);
    assertThat(t.state().overridden()).isEqualTo(g.criteria());
    CycleState next = run(M, t.state(), READY, AS_OF, new CloseCycle(CISO));
    assertThat(next.carryOver()).anyMatch(i -> i.ref().type().equals(CarryOverItem.CRITERION)
        && i.ref().id().equals("9.3 check.management-review"));
    // nothing to override when the gate is open
    assertThat(codes(M.apply(s, ok, READY, AS_OF).getLeft())).containsExactly("pdca.override.not-needed");
  }

  @Test
  void aSignificantChangeInDoSendsTheCycleBackToPlanUntilItsRisksAreReassessed() {
    // the plan approved on the day the model conforms as of: its risks' acceptances are dated up to then
    CycleState s = run(M, started(), READY, AS_OF, new ApprovePlan(CISO));
    Transition t = M.apply(s, new RecordChange(ConformantIsms.SIGNIFICANT_CHANGE, CISO), READY, AS_OF).get();
    assertThat(t.events()).singleElement().isInstanceOf(ReturnedToPlan.class);
    assertThat(t.state().phase()).isEqualTo(Phase.PLAN);
    assertThat(t.state().replans()).hasSize(1);
    // risks were last assessed before the change was recorded: the plan must be redone
    Isms later = READY;
    Either<Refusal, Transition> again = M.apply(t.state(), new ApprovePlan(CISO), later, AS_OF.plusDays(1));
    List<RiskId> affected = READY.change(ConformantIsms.SIGNIFICANT_CHANGE).orElseThrow().risks();
    if (affected.isEmpty()) {
      assertThat(again.isRight()).isTrue();
    } else {
      assertThat(keys(again.getLeft())).contains("6.3 plan.replan");
    }
    // under the lean profile only significant changes return to PLAN; an unknown change is refused
    assertThat(codes(M.apply(s, new RecordChange(io.ismskit.core.id.ChangeId.of("CH-NONE"), CISO), READY, AS_OF)
        .getLeft())).containsExactly("pdca.command.unknown-change");
  }

  @Test
  void permittedAgreesWithApplyAndSaysWhy() {
    CycleState s = started();
    Permissions p = M.permitted(s, READY, AS_OF);
    assertThat(p.allowed()).containsExactly(CommandKind.APPROVE_PLAN);
    assertThat(p.why(CommandKind.CLOSE_CYCLE)).hasValueSatisfying(r ->
        assertThat(codes(r)).containsExactly("pdca.command.wrong-phase"));
    assertThat(p.why(CommandKind.OVERRIDE)).hasValueSatisfying(r ->
        assertThat(codes(r)).containsExactly("pdca.override.not-needed"));
    Permissions initial = M.permitted(CycleState.initial(), READY, AS_OF);
    assertThat(initial.allowed()).containsExactly(CommandKind.START_CYCLE);
    CycleState inDo = run(M, s, READY, AS_OF, new ApprovePlan(CISO));
    assertThat(M.permitted(inDo, READY, AS_OF).allowed())
        .containsExactly(CommandKind.COMPLETE_OPERATION, CommandKind.RECORD_CHANGE);
  }

  @Test
  void blockersNameWhatStandsInTheWayOfTheNextPhase() {
    assertThat(M.blockers(started(), READY, AS_OF)).isEmpty();
    Isms raw = ConformantIsms.small(1);
    CycleState inAct = run(M, started(), raw, AS_OF, new ApprovePlan(CISO), new CompleteOperation(CISO),
        new CompleteEvaluation(CISO));
    assertThat(M.blockers(inAct, raw, AS_OF)).hasValueSatisfying(r ->
        assertThat(keys(r)).containsExactly("10.2 act.nonconformities"));
  }

  @Test
  void replayRefusesAnEventThatDoesNotFollow() {
    CycleState s = started();
    List<PdcaEvent> bad = List.of(new CycleStarted(1, AS_OF, CISO), new PhaseAdvanced(1, Phase.DO, Phase.CHECK,
        AS_OF, CISO));
    Either<Problem, CycleState> r = PdcaMachine.replay(bad);
    assertThat(r.getLeft().code().key()).isEqualTo("pdca.event.out-of-order");
    assertThat(r.getLeft().message()).contains("DO");
    assertThat(s.mismatch(new CycleStarted(1, AS_OF, CISO))).isNotNull();
  }
}
