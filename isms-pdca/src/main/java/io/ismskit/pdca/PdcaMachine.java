package io.ismskit.pdca;

import io.ismskit.conformance.ConformanceChecker;
import io.ismskit.conformance.ConformanceReport;
import io.ismskit.conformance.RuleSet;
import io.ismskit.core.Isms;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.governance.Person;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.TreatmentAction;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ISMS cycle as a state machine: one immutable transition table shared by all cycles, gates
 * grounded in the clauses of ISO/IEC 27001:2022, and a state that is the fold of its events.
 *
 * <pre>{@code
 * PdcaMachine machine = PdcaMachine.strict();            // or PdcaMachine.of(Profile.lean())
 * CycleState state = CycleState.initial();
 * Either<Refusal, Transition> started = machine.apply(state, new StartCycle(ciso), isms, asOf);
 * state = started.get().state();                           // cycle 1, PLAN
 * Either<Refusal, Transition> approved = machine.apply(state, new ApprovePlan(ciso), isms, asOf);
 * approved.swap().forEach(refusal -> refusal.unmet()       // every unmet criterion: clause, key,
 *     .forEach(System.out::println));                      // entities at fault, what to do
 * machine.permitted(state, isms, asOf).allowed();          // [APPROVE_PLAN] once the plan is complete
 * }</pre>
 *
 * <p><b>Gates.</b> Leaving a phase needs its exit criteria met on the ISMS as of the command's
 * date: the machine's own (what must exist, be approved or be done, under the {@link Profile}'s
 * thresholds) and every finding of the {@link ConformanceChecker} in the phase's clauses whose
 * verdict the profile blocks on. A gate fails closed: on an ISMS that {@link Isms#validate()}
 * refuses, and for clauses no rule of the rule set checks. A refusal lists every unmet criterion at
 * once. An {@link OverrideGate} sets the criteria aside with a justification and an approver from
 * top management, recorded as a {@link GateOverridden} event; the criteria are carried into the
 * next cycle.
 *
 * <p><b>Events.</b> {@link #apply} never changes a state: it returns the new one with the events
 * that lead to it, or a {@link Refusal}. {@link #replay} folds a log, so a host stores only events.
 *
 * <p><b>Permissions.</b> {@link #permitted} answers for every kind of command whether a well-formed
 * command of that kind (by a person of the ISMS; a recorded change the ISMS holds; an override
 * approved by top management with a justification) would be accepted now, and if not, why: it
 * evaluates exactly what {@link #apply} evaluates.
 *
 * @implSpec Immutable and thread-safe. Reads no clock: every command is dated by its {@code asOf}.
 *     A gate costs one validation and one conformance check of the ISMS, linear in its size.
 */
public final class PdcaMachine {
  private static final PdcaMachine STRICT = new PdcaMachine(Profile.strict(), RuleSet.iso27001_2022());

  /** How many of the validation problems of an invalid ISMS a refusal names. */
  static final int VALIDATION_SAMPLE = 20;

  /** The actor {@link #permitted} assumes: a person of the ISMS. */
  private static final PersonId ANY_PERSON = PersonId.of("permitted-check");

  private final Profile profile;
  private final RuleSet ruleSet;

  private PdcaMachine(Profile profile, RuleSet ruleSet) {
    this.profile = profile;
    this.ruleSet = ruleSet;
  }

  /** The machine with the {@link Profile#strict()} profile and the default rule set. */
  public static PdcaMachine strict() {
    return STRICT;
  }

  /** A machine with {@code profile} and the default rule set {@link RuleSet#iso27001_2022()}. */
  public static PdcaMachine of(Profile profile) {
    return new PdcaMachine(Objects.requireNonNull(profile, "profile"), RuleSet.iso27001_2022());
  }

  /** This machine checking conformance against {@code rules} instead. */
  public PdcaMachine withRuleSet(RuleSet rules) {
    return new PdcaMachine(profile, Objects.requireNonNull(rules, "rules"));
  }

  /** The profile. */
  public Profile profile() {
    return profile;
  }

  /** The conformance rule set the gates read. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The transition table every machine shares, exportable as Graphviz DOT and Mermaid. */
  public static TransitionTable transitions() {
    return TransitionTable.INSTANCE;
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Applies {@code command} to {@code state} on {@code asOf}, for {@code isms} as it stands then.
   *
   * @return the new state with the events the command produced, or why it was refused; a refused
   *     command changes nothing
   */
  public Either<Refusal, Transition> apply(CycleState state, PdcaCommand command, Isms isms, LocalDate asOf) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    return decide(command, new Context(state, isms, asOf), true);
  }

  /**
   * For every kind of command, whether a well-formed command of that kind would be accepted now,
   * and if not, why. Agrees with {@link #apply} for commands given by a person of the ISMS, changes
   * the ISMS holds, and overrides with a justification approved by top management.
   */
  public Permissions permitted(CycleState state, Isms isms, LocalDate asOf) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    Context ctx = new Context(state, isms, asOf);
    List<Permissions.Permission> out = new ArrayList<>();
    for (CommandKind kind : CommandKind.values()) {
      Either<Refusal, Transition> r = switch (kind) {
        case START_CYCLE, APPROVE_PLAN, COMPLETE_OPERATION, COMPLETE_EVALUATION, CLOSE_CYCLE ->
            decide(PdcaCommand.transition(kind, ANY_PERSON), ctx, false);
        case RECORD_CHANGE -> isms.changes().isEmpty()
            ? Either.left(Refusal.of(Problem.of(PdcaCode.UNKNOWN_CHANGE, "Isms", "-", "changes", null,
                "hold no planned change to record")))
            : decide(new RecordChange(isms.changes().get(0).id(), ANY_PERSON), ctx, false);
        case OVERRIDE -> {
          PersonId approver = topManager(isms);
          yield approver == null
              ? Either.left(Refusal.of(Problem.of(PdcaCode.OVERRIDE_APPROVER, "Isms", "-", "people", null,
                  "hold no member of top management to approve an override")))
              : decide(new OverrideGate(PdcaCommand.transition(CommandKind.leaving(state.phase()), ANY_PERSON),
                  "permission check", approver), ctx, false);
        }
      };
      out.add(new Permissions.Permission(kind, r.isLeft() ? Optional.of(r.getLeft()) : Optional.empty()));
    }
    return new Permissions(out);
  }

  /**
   * What blocks leaving the current phase on {@code asOf}: every unmet exit criterion, or the
   * problems that keep the gate from being evaluated (an invalid ISMS, a cycle not started). Empty
   * if the transition would be accepted.
   */
  public Optional<Refusal> blockers(CycleState state, Isms isms, LocalDate asOf) {
    Objects.requireNonNull(state, "state");
    Either<Refusal, Transition> r = decide(PdcaCommand.transition(
        state.started() ? CommandKind.leaving(state.phase()) : CommandKind.START_CYCLE, ANY_PERSON),
        new Context(state, isms, asOf), false);
    return r.isLeft() ? Optional.of(r.getLeft()) : Optional.empty();
  }

  /**
   * The items that closing the cycle on {@code asOf} would carry over: nonconformities not closed,
   * corrective actions not completed, open improvements, planned changes not completed, risks with
   * overdue treatment actions and open findings of a certification body, in that order.
   */
  public static List<CarryOverItem> openItems(Isms isms, LocalDate asOf) {
    List<CarryOverItem> out = new ArrayList<>();
    for (Nonconformity n : isms.nonconformities()) {
      if (!n.closed()) {
        out.add(new CarryOverItem(EntityRef.of(n.id()), "status " + n.progress().status()));
      }
    }
    for (CorrectiveAction a : isms.correctiveActions()) {
      if (a.completedOn().isEmpty()) {
        out.add(new CarryOverItem(EntityRef.of(a.id()), "not completed, due " + a.dueDate()));
      }
    }
    for (Improvement i : isms.improvements()) {
      if (i.progress().open()) {
        out.add(new CarryOverItem(EntityRef.of(i.id()), "status " + i.progress().status()));
      }
    }
    for (PlannedChange c : isms.changes()) {
      if (c.completedOn().isEmpty()) {
        out.add(new CarryOverItem(EntityRef.of(c.id()), "not completed, planned for " + c.plannedFor()));
      }
    }
    for (Risk r : isms.risks()) {
      if (r.treatment().isPresent()) {
        int overdue = 0;
        for (TreatmentAction a : r.treatment().get().actions()) {
          overdue += a.overdue(asOf) ? 1 : 0;
        }
        if (overdue > 0) {
          out.add(new CarryOverItem(EntityRef.of(r.id()), overdue + " treatment action(s) overdue"));
        }
      }
    }
    for (ExternalFinding f : isms.externalFindings()) {
      if (f.open()) {
        out.add(new CarryOverItem(EntityRef.of(f.id()), f.grade() + " finding, response due " + f.responseDue()));
      }
    }
    return out;
  }

  /**
   * The state {@code events} lead to from {@link CycleState#initial()}, or the problem with the first
   * event that does not follow from the state before it (its index, type and why).
   */
  public static Either<Problem, CycleState> replay(Iterable<? extends PdcaEvent> events) {
    return replay(CycleState.initial(), events);
  }

  /** The state {@code events} lead to from {@code from}, or the problem with the first event that does not fit. */
  public static Either<Problem, CycleState> replay(CycleState from, Iterable<? extends PdcaEvent> events) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(events, "events");
    CycleState s = from;
    int i = 0;
    for (PdcaEvent e : events) {
      String why = s.mismatch(e);
      if (why != null) {
        return Either.left(Problem.of(PdcaCode.EVENT_OUT_OF_ORDER, "PdcaEvent", Integer.toString(i), "type", e.type(),
            "does not follow from " + s + ": " + why));
      }
      s = s.fold(e);
      i++;
    }
    return Either.right(s);
  }

  // ---------------------------------------------------------------------------------------------

  /** The evaluation of one command; {@code checkActor} is false for {@link #permitted}. */
  private Either<Refusal, Transition> decide(PdcaCommand c, Context ctx, boolean checkActor) {
    CycleState state = ctx.state;
    List<Problem> problems = new ArrayList<>();
    String name = c.getClass().getSimpleName();
    if (!Dates.supported(ctx.asOf)) {
      problems.add(Problem.of(PdcaCode.DATE_UNSUPPORTED, name, "", "asOf", ctx.asOf,
          "must be a date from " + Dates.MIN + " to " + Dates.MAX));
    } else if (state.lastEventOn().isPresent() && ctx.asOf.isBefore(state.lastEventOn().get())) {
      problems.add(Problem.of(PdcaCode.DATE_BEFORE_LAST, name, "", "asOf", ctx.asOf,
          "is before the last event of the cycle, on " + state.lastEventOn().get() + "; the cycle only moves forward"));
    }
    if (checkActor && !(c instanceof OverrideGate)) {
      person(ctx.isms, name, "by", c.by(), problems);
    }
    if (c instanceof StartCycle) {
      if (state.started()) {
        problems.add(Problem.of(PdcaCode.ALREADY_STARTED, "PdcaCycle", Integer.toString(state.cycle()), "cycle",
            null, "has started already; later cycles open when the previous one closes (CloseCycle)"));
      }
      return problems.isEmpty() ? accept(state, List.of(new CycleStarted(1, ctx.asOf, c.by())))
          : refuse(problems, List.of());
    }
    if (!state.started()) {
      problems.add(Problem.of(PdcaCode.NOT_STARTED, "PdcaCycle", "0", "cycle", null,
          "has not started: the first command is StartCycle"));
      return refuse(problems, List.of());
    }
    if (c instanceof RecordChange rc) {
      return recordChange(rc, ctx, problems);
    }
    if (c instanceof OverrideGate o) {
      return override(o, ctx, problems, checkActor);
    }
    Phase leaving = c.kind().leaves().orElseThrow();
    if (state.phase() != leaving) {
      problems.add(wrongPhase(state, c));
    }
    if (!problems.isEmpty()) {
      return refuse(problems, List.of());
    }
    Refusal gate = ctx.gate(leaving);
    return gate != null ? Either.left(gate) : accept(state, transitionEvents(leaving, state, ctx, c.by()));
  }

  private Either<Refusal, Transition> recordChange(RecordChange c, Context ctx, List<Problem> problems) {
    CycleState state = ctx.state;
    if (state.phase() != Phase.DO && state.phase() != Phase.CHECK) {
      problems.add(wrongPhase(state, c));
    }
    PlannedChange change = ctx.isms.change(c.change()).orElse(null);
    if (change == null) {
      problems.add(Problem.of(PdcaCode.UNKNOWN_CHANGE, "RecordChange", "", "change", c.change(),
          "refers to a planned change the ISMS does not hold"));
    }
    if (!problems.isEmpty() || change == null) {
      return refuse(problems, List.of());
    }
    if (!profile.changeRule().returnsToPlan(change)) {
      return accept(state, List.of(new ChangeNoted(state.cycle(), state.phase(), change.id(), ctx.asOf, c.by())));
    }
    List<EntityRef> affected = new ArrayList<>();
    for (RiskId r : change.risks()) {
      affected.add(EntityRef.of(r));
    }
    for (AssetId a : change.assets()) {
      affected.add(EntityRef.of(a));
    }
    for (ControlId k : change.controls()) {
      affected.add(EntityRef.of(k));
    }
    return accept(state, List.of(new ReturnedToPlan(state.cycle(), state.phase(), change.id(), affected, ctx.asOf,
        c.by())));
  }

  private Either<Refusal, Transition> override(OverrideGate o, Context ctx, List<Problem> problems,
      boolean checkActor) {
    CycleState state = ctx.state;
    PdcaCommand inner = o.transition();
    if (inner.kind().leaves().isEmpty()) {
      problems.add(Problem.of(PdcaCode.OVERRIDE_NOT_NEEDED, "OverrideGate", "", "transition",
          inner.getClass().getSimpleName(), "is not a phase transition; only the gate of a phase can be overridden"));
      return refuse(problems, List.of());
    }
    if (!io.ismskit.core.base.Text.hasVisible(o.justification())) {
      problems.add(Problem.of(PdcaCode.OVERRIDE_UNJUSTIFIED, "OverrideGate", "", "justification", o.justification(),
          "must say why the criteria are set aside"));
    }
    if (checkActor) {
      Person approver = person(ctx.isms, "OverrideGate", "approvedBy", o.approvedBy(), problems);
      if (approver != null && !approver.topManagement()) {
        problems.add(Problem.of(PdcaCode.OVERRIDE_APPROVER, "OverrideGate", "", "approvedBy", o.approvedBy(),
            "is not a member of top management, who alone may set exit criteria aside (5.1)"));
      }
    }
    Either<Refusal, Transition> plain = decide(inner, ctx, checkActor);
    if (plain.isRight()) {
      problems.add(Problem.of(PdcaCode.OVERRIDE_NOT_NEEDED, "OverrideGate", "", "transition",
          inner.getClass().getSimpleName(), "is not blocked by any criterion; give it without an override"));
      return refuse(problems, List.of());
    }
    Refusal blocked = plain.getLeft();
    problems.addAll(blocked.problems());
    if (!problems.isEmpty()) {
      return refuse(problems, List.of());
    }
    List<String> keys = new ArrayList<>();
    for (UnmetCriterion u : blocked.unmet()) {
      keys.add(u.clause() + " " + u.key());
    }
    Phase leaving = inner.kind().leaves().orElseThrow();
    GateOverridden event = new GateOverridden(state.cycle(), leaving, keys, o.justification(), o.approvedBy(),
        ctx.asOf, inner.by());
    CycleState after = state.fold(event);
    List<PdcaEvent> events = new ArrayList<>();
    events.add(event);
    events.addAll(transitionEvents(leaving, after, ctx, inner.by()));
    return accept(state, events);
  }

  private static List<PdcaEvent> transitionEvents(Phase leaving, CycleState state, Context ctx, PersonId by) {
    if (leaving != Phase.ACT) {
      return List.of(new PhaseAdvanced(state.cycle(), leaving, leaving.next(), ctx.asOf, by));
    }
    List<CarryOverItem> carried = openItems(ctx.isms, ctx.asOf);
    for (String key : state.overridden()) {
      carried.add(new CarryOverItem(EntityRef.of(CarryOverItem.CRITERION, key),
          "set aside by an override in cycle " + state.cycle()));
    }
    return List.of(new CycleClosed(state.cycle(), carried, ctx.asOf, by));
  }

  private static Either<Refusal, Transition> accept(CycleState state, List<PdcaEvent> events) {
    CycleState s = state;
    for (PdcaEvent e : events) {
      s = s.fold(e);
    }
    return Either.right(new Transition(s, events));
  }

  private static Either<Refusal, Transition> refuse(List<Problem> problems, List<UnmetCriterion> unmet) {
    return Either.left(new Refusal(problems, unmet));
  }

  private Problem wrongPhase(CycleState state, PdcaCommand c) {
    List<String> allowed = new ArrayList<>();
    allowed.add(CommandKind.leaving(state.phase()).name());
    if (state.phase() == Phase.DO || state.phase() == Phase.CHECK) {
      allowed.add(CommandKind.RECORD_CHANGE.name());
    }
    allowed.add(CommandKind.OVERRIDE.name());
    return Problem.of(PdcaCode.WRONG_PHASE, "PdcaCycle", Integer.toString(state.cycle()), "phase", state.phase(),
        "does not permit " + c.getClass().getSimpleName() + "; commands of this phase: " + String.join(", ", allowed));
  }

  private static @Nullable Person person(Isms isms, String type, String field, PersonId id, List<Problem> problems) {
    Person p = isms.person(id).orElse(null);
    if (p == null) {
      problems.add(Problem.of(PdcaCode.UNKNOWN_PERSON, type, "", field, id, "refers to a person the ISMS does not know"));
    }
    return p;
  }

  private static @Nullable PersonId topManager(Isms isms) {
    for (Person p : isms.people()) {
      if (p.topManagement()) {
        return p.id();
      }
    }
    return null;
  }

  /** One evaluation's inputs, with the validation and the conformance check done at most once. */
  private final class Context {
    final CycleState state;
    final Isms isms;
    final LocalDate asOf;
    private @Nullable Seq<Problem> invalid;
    private @Nullable ConformanceReport report;

    Context(CycleState state, Isms isms, LocalDate asOf) {
      this.state = state;
      this.isms = isms;
      this.asOf = asOf;
    }

    /** Why leaving {@code phase} is refused, or null if it is not. */
    @Nullable Refusal gate(Phase phase) {
      if (invalid == null) {
        invalid = isms.validate().fold(p -> p, ok -> io.vavr.collection.Vector.empty());
      }
      Seq<Problem> problems = invalid;
      if (!problems.isEmpty()) {
        List<Problem> out = new ArrayList<>();
        out.add(Problem.of(PdcaCode.INVALID_ISMS, "Isms", "-", "", null, "has " + problems.size()
            + " validation problem(s), so the " + phase + " gate cannot be evaluated and stays closed; fix them first"
            + (problems.size() > VALIDATION_SAMPLE ? " (the first " + VALIDATION_SAMPLE + " follow)" : "")));
        problems.take(VALIDATION_SAMPLE).forEach(out::add);
        return new Refusal(out, List.of());
      }
      ConformanceReport r = report;
      if (r == null) {
        r = ConformanceChecker.check(isms, asOf, ruleSet);
        report = r;
      }
      List<UnmetCriterion> unmet = Gates.unmet(phase, state, isms, asOf, profile, r);
      return unmet.isEmpty() ? null : Refusal.unmet(unmet);
    }
  }

  @Override
  public String toString() {
    return "PdcaMachine[profile " + Text.shorten(profile.name()) + ", rule set " + ruleSet.id() + " "
        + ruleSet.version() + "]";
  }
}
