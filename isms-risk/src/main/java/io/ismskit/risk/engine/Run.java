package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessment run over a register: the context every risk shares (criteria, date, methods,
 * control implementations indexed once) and the loop that takes each risk through the steps
 * decode → score → credit controls ({@link Scoring}) → reasons for change ({@link Reassessment}).
 * Confined to the calling thread.
 */
final class Run {
  private final RiskCriteria criteria;
  private final LocalDate asOf;
  private final boolean migrate;
  private final InputMapping mapping;
  private final RunMethods methods;
  private final Map<ControlId, ControlImplementation> implementations;
  private final double shareFraction;
  private final List<RiskChange> changes = new ArrayList<>();
  private final List<Problem> errors = new ArrayList<>();
  private int unchanged;

  private Run(RiskCriteria criteria, LocalDate asOf, boolean migrate, InputMapping mapping,
      ScoringRegistry registry, List<ControlImplementation> controls, double shareFraction) {
    this.criteria = criteria;
    this.asOf = asOf;
    this.migrate = migrate;
    this.mapping = mapping;
    this.methods = new RunMethods(registry, criteria);
    this.implementations = new HashMap<>(controls.size() * 2);
    for (ControlImplementation c : controls) {
      implementations.putIfAbsent(c.control(), c);
    }
    this.shareFraction = shareFraction;
  }

  /** Problems sorted by risk id, then code, then field. */
  static final Comparator<Problem> ERROR_ORDER =
      Comparator.comparing(Problem::entityId)
          .thenComparing(p -> p.code().key())
          .thenComparing(Problem::field);

  /** Assesses every risk of {@code isms} as of {@code asOf} with the engine's configuration. */
  static AssessedRegister assess(Isms isms, LocalDate asOf, boolean migrate, InputMapping mapping,
      RiskEngine engine) {
    RiskCriteria criteria = isms.riskCriteria().orElse(null);
    if (criteria == null) {
      return withoutCriteria(isms, asOf);
    }
    Run run = new Run(criteria, asOf, migrate, mapping, engine.registry(), isms.controlImplementations(),
        engine.shareFraction());
    return run.over(isms, engine.topN());
  }

  /** Every risk reported as not evaluable: the ISMS has no risk criteria. */
  private static AssessedRegister withoutCriteria(Isms isms, LocalDate asOf) {
    List<Problem> errors = new ArrayList<>(isms.risks().size());
    List<RiskChange> changes = new ArrayList<>(isms.risks().size());
    Failure missing = Failure.of(EngineCode.CRITERIA_MISSING, "riskCriteria", null,
        "are missing: the ISMS has no risk criteria to evaluate the risk against");
    for (Risk r : isms.risks()) {
      Problem e = missing.about(r.id());
      errors.add(e);
      changes.add(RiskChange.notScored(r, e, Optional.empty()));
    }
    changes.sort(Comparator.comparing(RiskChange::risk));
    errors.sort(ERROR_ORDER);
    return new AssessedRegister(isms, List.of(), Optional.empty(), new MigrationReport(asOf, "", changes, 0), errors);
  }

  /** The loop: each risk through the steps; the register is copied only once a risk changes. */
  private AssessedRegister over(Isms isms, int topN) {
    List<Risk> list = isms.risks();
    Risk[] out = null;
    for (int i = 0; i < list.size(); i++) {
      Optional<Risk> updated = assessOne(list.get(i));
      if (updated.isPresent()) {
        if (out == null) {
          out = list.toArray(new Risk[0]);
        }
        out[i] = updated.get();
      }
    }
    List<Risk> risks = out == null ? list : Arrays.asList(out);
    Isms result = out == null ? isms : isms.withRisks(risks);
    List<RiskEvaluation> evaluations = RiskEngine.evaluations(risks, criteria, asOf);
    RegisterSummary summary = RegisterSummary.of(risks, criteria, evaluations, asOf, topN);
    changes.sort(Comparator.comparing(RiskChange::risk));
    errors.sort(ERROR_ORDER);
    MigrationReport report = new MigrationReport(asOf, criteria.version(), changes, unchanged);
    return new AssessedRegister(result, evaluations, Optional.of(summary), report, errors);
  }

  /** One risk: scored, then compared; records the outcome and returns the risk if it changed. */
  private Optional<Risk> assessOne(Risk risk) {
    Either<Failure, Scored> scored = scored(risk);
    if (scored.isLeft()) {
      Failure f = scored.getLeft();
      Problem e = f.about(risk.id());
      errors.add(e);
      changes.add(RiskChange.notScored(risk, e, f.cause()));
      return Optional.empty();
    }
    Optional<Reassessment.Outcome> outcome = Reassessment.of(risk, scored.get(), criteria, asOf);
    if (outcome.isEmpty()) {
      unchanged++;
      return Optional.empty();
    }
    changes.add(outcome.get().change());
    return Optional.of(outcome.get().risk());
  }

  private Either<Failure, Scored> scored(Risk risk) {
    RiskAssessment previous = risk.inherent().orElse(null);
    if (previous == null) {
      return Either.left(Failure.of(EngineCode.RISK_UNASSESSED, "inherent", null,
          "is missing: the risk has no analysis (method and inputs) to score"));
    }
    if (asOf.isBefore(risk.identifiedOn())) {
      return Either.left(Failure.of(EngineCode.DATE_BEFORE_IDENTIFIED, "identifiedOn", risk.identifiedOn(),
          "is after the assessment date " + asOf));
    }
    return methods.resolve(previous.method()).flatMap(m -> score(m, risk, previous));
  }

  private <I> Either<Failure, Scored> score(ScoringMethod<I> method, Risk risk, RiskAssessment previous) {
    return Scoring.of(method, criteria, methods.onCriteriaScales(method)).score(risk, previous, this);
  }

  // ---------------------------------------------------------------------------------------------
  // What the scoring steps ask of the run

  /** Whether the run applies a new method version ({@code migrate}) rather than refusing it. */
  boolean migrate() {
    return migrate;
  }

  /** The inputs to score {@code risk} with: the stored ones, or the migration's mapping of them. */
  Map<String, String> inputsOf(Risk risk, RiskAssessment previous, ScoringMethod<?> method) {
    if (mapping == InputMapping.IDENTITY) {
      return previous.inputs();
    }
    return Objects.requireNonNull(mapping.inputs(risk, previous, method), "InputMapping returned null inputs");
  }

  /** The effect of the risk's treatment as its controls operate now. */
  TreatmentEffect effectNow(Risk risk) {
    return TreatmentEffect.of(risk.treatment(), implementations, shareFraction);
  }

  /** The effect of the risk's treatment once its plan is complete. */
  TreatmentEffect effectAtTarget(Risk risk) {
    return TreatmentEffect.target(risk.treatment(), implementations, shareFraction);
  }
}
