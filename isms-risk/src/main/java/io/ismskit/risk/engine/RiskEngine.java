package io.ismskit.risk.engine;

import io.ismskit.core.base.Problem;
import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores, treats and evaluates every risk of an ISMS with pluggable scoring methods.
 *
 * <p><b>Where the inputs come from.</b> A risk is scored with the method named by its current
 * inherent assessment ({@link RiskAssessment#method()}), looked up among the engine's methods by
 * id, from that assessment's stored {@link RiskAssessment#inputs()}. The analysis itself (choosing
 * the inputs) is data the organization records; the engine recomputes score and level from it, so
 * a risk without an inherent assessment cannot be scored and is reported as {@link
 * RiskError#UNASSESSED}. A new risk is analysed with {@link #analyse}, which scores its first
 * inputs under the criteria's method ({@link RiskCriteria#method()}) or an explicitly named one.
 *
 * <p><b>Residual risk.</b> The residual input is {@code method.mitigate(input, mitigation)}, where
 * the mitigation combines the controls linked to the risk's treatment as described in {@link
 * TreatmentEffect}; a risk without treatment has a residual equal to its inherent risk. A method
 * that scores a residual above the inherent score breaks its contract; the risk is then reported as
 * {@link RiskError#RESIDUAL_ABOVE_INHERENT}.
 *
 * <p><b>Levels and decision.</b> Both assessments get the criteria's level of their normalized
 * score ({@link RiskCriteria#levelOf(double)}); the method's own label is kept in the rationale.
 * The risk's {@link Risk#decision()} is set from the inherent level as in {@link RiskEvaluation}.
 *
 * <p><b>Re-assessment and history.</b> An assessment whose method, method version, criteria
 * version, inputs, score, normalized score and level are all unchanged is kept as it is, with its
 * date, author and rationale, so running the engine twice changes nothing. Any other assessment is
 * replaced by one dated {@code asOf}, stamped with the criteria version and the author of the
 * previous inherent assessment, and the one it replaces moves to {@link Risk#history()}.
 *
 * <p><b>Method changes.</b> {@link #assess} refuses to re-score a risk whose inherent assessment
 * was made with another version of its method ({@link RiskError#METHOD_VERSION_CHANGED}): changing
 * a method's scales never shifts scores silently. {@link #migrate} re-scores such risks under the
 * new version, optionally rewriting their inputs with an {@link InputMapping}, and the {@link
 * MigrationReport} lists every change with its reasons.
 *
 * <p><b>Errors.</b> A risk that cannot be scored (unknown method, unreadable inputs, a method
 * that refuses or throws) keeps all its previous data and is listed in {@link
 * AssessedRegister#errors()}; the other risks are updated. Nothing is thrown for bad data.
 *
 * <p><b>Cost.</b> Linear in the number of risks: risks are grouped by method, control
 * implementations are indexed once, and stored inputs are handed to the method without copying.
 *
 * <pre>{@code
 * RiskEngine engine = RiskEngine.builder().registry(ScoringRegistry.builtIns()).topN(10).build();
 * AssessedRegister result = engine.assess(isms, LocalDate.of(2026, 3, 31));
 * Isms updated = result.isms();
 * result.errors().forEach(e -> log(e.message()));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; one engine can serve any number of threads.
 */
public final class RiskEngine {
  /** The default length of the top list of the register summary. */
  public static final int DEFAULT_TOP_N = 10;

  static final String ENGINE_NOTE = "[engine] ";

  private final Map<String, ScoringMethod<?>> methods;
  private final int topN;
  private final double shareFraction;

  private RiskEngine(Map<String, ScoringMethod<?>> methods, int topN, double shareFraction) {
    this.methods = Collections.unmodifiableMap(new TreeMap<>(methods));
    this.topN = topN;
    this.shareFraction = shareFraction;
  }

  /** An engine with {@code methods} and default options. */
  public static RiskEngine of(ScoringMethod<?>... methods) {
    return builder().methods(Arrays.asList(methods)).build();
  }

  /** An engine with {@code methods} and default options. */
  public static RiskEngine of(Collection<? extends ScoringMethod<?>> methods) {
    return builder().methods(methods).build();
  }

  /** An engine with the methods of {@code registry} and default options. */
  public static RiskEngine of(ScoringRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return builder().methods(registry.methods()).build();
  }

  /** A new builder with no methods, a top list of {@value #DEFAULT_TOP_N} and no share credit. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link RiskEngine}.
   *
   * <p>Not thread-safe; the engine it builds is.
   */
  public static final class Builder {
    private final Map<String, ScoringMethod<?>> methods = new TreeMap<>();
    private int topN = DEFAULT_TOP_N;
    private double shareFraction;

    private Builder() {}

    /**
     * Adds {@code method}.
     *
     * @throws IllegalArgumentException if a method with the same id was already added
     */
    public Builder method(ScoringMethod<?> method) {
      Objects.requireNonNull(method, "method");
      String id = method.id().value();
      ScoringMethod<?> before = methods.putIfAbsent(id, method);
      if (before != null) {
        throw new IllegalArgumentException(
            "RiskEngine.methods: duplicate method id '" + id + "' from "
                + before.getClass().getName() + " and " + method.getClass().getName());
      }
      return this;
    }

    /** Adds every method of {@code methods}; see {@link #method}. */
    public Builder methods(Collection<? extends ScoringMethod<?>> methods) {
      Objects.requireNonNull(methods, "methods");
      for (ScoringMethod<?> m : methods) {
        method(m);
      }
      return this;
    }

    /** Adds every method of {@code registry}; see {@link #method}. */
    public Builder registry(ScoringRegistry registry) {
      Objects.requireNonNull(registry, "registry");
      return methods(registry.methods());
    }

    /** Sets how many risks the register summary's top list holds (0 or more). */
    public Builder topN(int topN) {
      if (topN < 0) {
        throw new IllegalArgumentException("RiskEngine.topN: must be >= 0, was " + topN);
      }
      this.topN = topN;
      return this;
    }

    /**
     * Sets the fraction (0..1) of the consequences a SHARE treatment transfers to the other party,
     * credited as an impact reduction; 0 by default. See {@link TreatmentEffect}.
     */
    public Builder shareFraction(double shareFraction) {
      if (!(shareFraction >= 0 && shareFraction <= 1)) {
        throw new IllegalArgumentException(
            "RiskEngine.shareFraction: must be in 0..1, was " + shareFraction);
      }
      this.shareFraction = shareFraction;
      return this;
    }

    /** The engine. */
    public RiskEngine build() {
      return new RiskEngine(methods, topN, shareFraction);
    }
  }

  /** An engine like this one with {@code method} added, or replacing the method with its id. */
  public RiskEngine withMethod(ScoringMethod<?> method) {
    Objects.requireNonNull(method, "method");
    Map<String, ScoringMethod<?>> m = new TreeMap<>(methods);
    m.put(method.id().value(), method);
    return new RiskEngine(m, topN, shareFraction);
  }

  /** An engine like this one with another length of the top list. */
  public RiskEngine withTopN(int topN) {
    return builder().methods(methods.values()).topN(topN).shareFraction(shareFraction).build();
  }

  /** An engine like this one with another share fraction. */
  public RiskEngine withShareFraction(double shareFraction) {
    return builder().methods(methods.values()).topN(topN).shareFraction(shareFraction).build();
  }

  /** The method with id {@code id}, if the engine has one. */
  public Optional<ScoringMethod<?>> method(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(methods.get(id));
  }

  /** An engine like this one whose methods are those of {@code registry}. */
  public RiskEngine withRegistry(ScoringRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    return builder().registry(registry).topN(topN).shareFraction(shareFraction).build();
  }

  /** The engine's methods as a registry. */
  public ScoringRegistry registry() {
    return ScoringRegistry.of(methods.values());
  }

  /** The ids of the engine's methods, sorted. */
  public SortedSet<MethodId> methodIds() {
    SortedSet<MethodId> ids = new TreeSet<>();
    for (ScoringMethod<?> m : methods.values()) {
      ids.add(m.id());
    }
    return Collections.unmodifiableSortedSet(ids);
  }

  /** The length of the register summary's top list. */
  public int topN() {
    return topN;
  }

  /** The fraction of the consequences a SHARE treatment transfers. */
  public double shareFraction() {
    return shareFraction;
  }

  /**
   * Scores, treats and evaluates every risk of {@code isms} as of {@code asOf}; refuses risks
   * assessed with another version of their method. See the class description.
   */
  public AssessedRegister assess(Isms isms, LocalDate asOf) {
    return run(isms, asOf, false, InputMapping.IDENTITY);
  }

  /**
   * Like {@link #assess}, but re-scores risks assessed with another version of their method under
   * the engine's version, keeping their stored inputs.
   */
  public AssessedRegister migrate(Isms isms, LocalDate asOf) {
    return run(isms, asOf, true, InputMapping.IDENTITY);
  }

  /**
   * Like {@link #migrate(Isms, LocalDate)}, with the inputs of every risk rewritten by {@code
   * mapping} before they are decoded.
   */
  public AssessedRegister migrate(Isms isms, LocalDate asOf, InputMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return run(isms, asOf, true, mapping);
  }

  /**
   * Analyses {@code risk} from new {@code inputs} under the criteria's method ({@link
   * RiskCriteria#method()}): returns the risk with a new inherent assessment dated {@code asOf}
   * (its previous inherent assessment, if any, moves to the history), ready for {@link #assess}
   * to add the residual risk and the decision; or why the inputs cannot be scored.
   */
  public Either<RiskError, Risk> analyse(
      Risk risk, RiskCriteria criteria, Map<String, String> inputs, LocalDate asOf) {
    Objects.requireNonNull(criteria, "criteria");
    return analyse(risk, criteria, criteria.method(), inputs, asOf);
  }

  /**
   * Like {@link #analyse(Risk, RiskCriteria, Map, LocalDate)}, with the method named by {@code
   * method} instead of the criteria's.
   */
  public Either<RiskError, Risk> analyse(
      Risk risk, RiskCriteria criteria, MethodId method, Map<String, String> inputs, LocalDate asOf) {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(asOf, "asOf");
    ScoringMethod<?> m = methods.get(method.value());
    if (m == null) {
      return Either.left(RiskError.of(risk.id(), RiskError.METHOD_UNKNOWN, "inherent.method",
          method, "names no registered scoring method (known: " + methods.keySet() + ")"));
    }
    if (asOf.isBefore(risk.identifiedOn())) {
      return Either.left(RiskError.of(risk.id(), RiskError.DATE_BEFORE_IDENTIFIED,
          "identifiedOn", risk.identifiedOn(), "is after the assessment date " + asOf));
    }
    try {
      return analyseWith(m, risk, criteria, inputs, asOf);
    } catch (RuntimeException ex) {
      return Either.left(RiskError.of(risk.id(), RiskError.METHOD_FAILED, "inherent.method",
          m.id(), "failed with " + ex));
    }
  }

  private static <I> Either<RiskError, Risk> analyseWith(ScoringMethod<I> m, Risk risk,
      RiskCriteria criteria, Map<String, String> inputs, LocalDate asOf) {
    Either<Problem, I> decoded = m.decode(inputs);
    if (decoded.isLeft()) {
      return Either.left(
          RiskError.of(risk.id(), RiskError.INPUTS_INVALID, "inherent.inputs.", decoded.getLeft()));
    }
    Either<Problem, Score> scored = m.score(decoded.get());
    if (scored.isLeft()) {
      return Either.left(
          RiskError.of(risk.id(), RiskError.SCORE_FAILED, "inherent.inputs.", scored.getLeft()));
    }
    Score s = scored.get();
    RiskAssessment a = RiskAssessment.builder()
        .method(m.id())
        .methodVersion(m.version())
        .criteriaVersion(criteria.version())
        .putAllInputs(inputs)
        .score(s.value())
        .normalized(s.normalized())
        .level(criteria.levelOf(s.normalized()))
        .assessedOn(asOf)
        .rationale(inherentRationale(m, s, Optional.empty()))
        .build();
    Risk updated = risk.withInherent(a);
    if (risk.inherent().isPresent()) {
      List<RiskAssessment> history = new ArrayList<>(risk.history().size() + 1);
      history.addAll(risk.history());
      history.add(risk.inherent().get());
      updated = updated.withHistory(history);
    }
    return Either.right(updated);
  }

  /**
   * Evaluates the stored assessments of {@code isms} as of {@code asOf} without re-scoring them,
   * sorted by risk id; empty when the ISMS has no risk criteria.
   */
  public List<RiskEvaluation> evaluate(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    if (isms.riskCriteria().isEmpty()) {
      return List.of();
    }
    return evaluations(isms.risks(), isms.riskCriteria().get(), asOf);
  }

  /**
   * Summarizes the stored assessments of {@code isms} as of {@code asOf} without re-scoring them;
   * empty when the ISMS has no risk criteria.
   */
  public Optional<RegisterSummary> summarize(Isms isms, LocalDate asOf) {
    return RegisterSummary.of(isms, asOf, topN);
  }

  // ---------------------------------------------------------------------------------------------

  private static List<RiskEvaluation> evaluations(
      List<Risk> risks, RiskCriteria criteria, LocalDate asOf) {
    List<RiskEvaluation> out = new ArrayList<>(risks.size());
    for (Risk r : risks) {
      RiskEvaluation.of(r, criteria, asOf).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(RiskEvaluation::risk));
    return out;
  }

  /** The mutable state of one run; confined to the calling thread. */
  private static final class Run {
    final RiskCriteria criteria;
    final LocalDate asOf;
    final boolean migrate;
    final InputMapping mapping;
    final Map<ControlId, ControlImplementation> implementations;
    final double shareFraction;
    final Risk[] risks;
    final List<RiskChange> changes = new ArrayList<>();
    final List<RiskError> errors = new ArrayList<>();
    int unchanged;
    boolean modified;

    Run(RiskCriteria criteria, LocalDate asOf, boolean migrate, InputMapping mapping,
        Map<ControlId, ControlImplementation> implementations, double shareFraction,
        Risk[] risks) {
      this.criteria = criteria;
      this.asOf = asOf;
      this.migrate = migrate;
      this.mapping = mapping;
      this.implementations = implementations;
      this.shareFraction = shareFraction;
      this.risks = risks;
    }

    void fail(Risk r, RiskError e) {
      errors.add(e);
      changes.add(new RiskChange(r.id(), r.inherent(), r.inherent(), r.residual(), r.residual(),
          EnumSet.of(ChangeReason.NOT_SCORED), Optional.of(e)));
    }
  }

  /** A growable list of ints. */
  private static final class Ints {
    int[] a = new int[8];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }
  }

  private AssessedRegister run(Isms isms, LocalDate asOf, boolean migrate, InputMapping mapping) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    List<Risk> list = isms.risks();
    if (isms.riskCriteria().isEmpty()) {
      List<RiskError> errors = new ArrayList<>(list.size());
      List<RiskChange> changes = new ArrayList<>(list.size());
      for (Risk r : list) {
        RiskError e = RiskError.of(r.id(), RiskError.CRITERIA_MISSING, "riskCriteria", "",
            "cannot be evaluated: the ISMS has no risk criteria");
        errors.add(e);
        changes.add(new RiskChange(r.id(), r.inherent(), r.inherent(), r.residual(), r.residual(),
            EnumSet.of(ChangeReason.NOT_SCORED), Optional.of(e)));
      }
      changes.sort(Comparator.comparing(RiskChange::risk));
      errors.sort(ERROR_ORDER);
      return new AssessedRegister(isms, List.of(), Optional.empty(),
          new MigrationReport(asOf, "", changes, 0), errors);
    }
    RiskCriteria criteria = isms.riskCriteria().get();
    Map<ControlId, ControlImplementation> implementations =
        new HashMap<>(isms.controlImplementations().size() * 2);
    for (ControlImplementation c : isms.controlImplementations()) {
      implementations.putIfAbsent(c.control(), c);
    }
    Run run = new Run(criteria, asOf, migrate, mapping, implementations, shareFraction,
        list.toArray(new Risk[0]));

    Map<String, Ints> groups = new TreeMap<>();
    for (int i = 0; i < run.risks.length; i++) {
      Risk r = run.risks[i];
      Optional<RiskAssessment> inherent = r.inherent();
      if (inherent.isEmpty()) {
        run.fail(r, RiskError.of(r.id(), RiskError.UNASSESSED, "inherent", "",
            "is missing: the risk has no analysis (method and inputs) to score"));
        continue;
      }
      if (asOf.isBefore(r.identifiedOn())) {
        run.fail(r, RiskError.of(r.id(), RiskError.DATE_BEFORE_IDENTIFIED, "identifiedOn",
            r.identifiedOn(), "is after the assessment date " + asOf));
        continue;
      }
      groups.computeIfAbsent(inherent.get().method().value(), k -> new Ints()).add(i);
    }
    for (Map.Entry<String, Ints> g : groups.entrySet()) {
      ScoringMethod<?> method = methods.get(g.getKey());
      Ints idx = g.getValue();
      if (method == null) {
        for (int k = 0; k < idx.size; k++) {
          Risk r = run.risks[idx.a[k]];
          run.fail(r, RiskError.of(r.id(), RiskError.METHOD_UNKNOWN, "inherent.method",
              g.getKey(), "names no registered scoring method (known: " + methods.keySet() + ")"));
        }
      } else {
        scoreGroup(method, idx, run);
      }
    }

    List<Risk> risks = run.modified ? Arrays.asList(run.risks) : list;
    Isms out = run.modified ? isms.withRisks(risks) : isms;
    List<RiskEvaluation> evaluations = evaluations(risks, criteria, asOf);
    RegisterSummary summary = RegisterSummary.of(risks, criteria, evaluations, asOf, topN);
    run.changes.sort(Comparator.comparing(RiskChange::risk));
    run.errors.sort(ERROR_ORDER);
    MigrationReport report =
        new MigrationReport(asOf, criteria.version(), run.changes, run.unchanged);
    return new AssessedRegister(out, evaluations, Optional.of(summary), report, run.errors);
  }

  private static final Comparator<RiskError> ERROR_ORDER =
      Comparator.comparing(RiskError::risk)
          .thenComparing(RiskError::code)
          .thenComparing(RiskError::field);

  private static <I> void scoreGroup(ScoringMethod<I> method, Ints idx, Run run) {
    for (int k = 0; k < idx.size; k++) {
      int i = idx.a[k];
      Risk r = run.risks[i];
      Either<RiskError, Optional<Risk>> result;
      try {
        result = scoreOne(method, r, run);
      } catch (RuntimeException ex) {
        result = Either.left(RiskError.of(r.id(), RiskError.METHOD_FAILED, "inherent.method",
            method.id(), "failed with " + ex));
      }
      if (result.isLeft()) {
        run.fail(r, result.getLeft());
      } else if (result.get().isPresent()) {
        run.risks[i] = result.get().get();
        run.modified = true;
      } else {
        run.unchanged++;
      }
    }
  }

  /**
   * Scores one risk: the updated risk, empty when nothing changed, or why it cannot be scored.
   * Records the change in {@code run}.
   */
  private static <I> Either<RiskError, Optional<Risk>> scoreOne(
      ScoringMethod<I> method, Risk r, Run run) {
    RiskId id = r.id();
    RiskAssessment prev = r.inherent().orElseThrow();
    boolean versionChanged = !prev.methodVersion().equals(method.version());
    if (versionChanged && !run.migrate) {
      return Either.left(RiskError.of(id, RiskError.METHOD_VERSION_CHANGED,
          "inherent.methodVersion", prev.methodVersion(),
          "differs from version '" + method.version() + "' of method '" + method.id()
              + "'; re-score with migrate to apply the new version"));
    }
    Map<String, String> inputs = prev.inputs();
    boolean mapped = false;
    if (run.mapping != InputMapping.IDENTITY) {
      inputs = Objects.requireNonNull(run.mapping.inputs(r, prev, method), "mapped inputs");
      mapped = !inputs.equals(prev.inputs());
    }
    Either<Problem, I> decoded = method.decode(inputs);
    if (decoded.isLeft()) {
      return Either.left(
          RiskError.of(id, RiskError.INPUTS_INVALID, "inherent.inputs.", decoded.getLeft()));
    }
    I input = decoded.get();
    Either<Problem, Score> scored = method.score(input);
    if (scored.isLeft()) {
      return Either.left(
          RiskError.of(id, RiskError.SCORE_FAILED, "inherent.inputs.", scored.getLeft()));
    }
    Score inherent = scored.get();
    TreatmentEffect effect =
        TreatmentEffect.of(r.treatment(), run.implementations, run.shareFraction);
    Score residual = inherent;
    Map<String, String> residualInputs = inputs;
    if (!effect.isNone()) {
      Either<Problem, I> mitigated = method.mitigate(input, effect.mitigation());
      if (mitigated.isLeft()) {
        return Either.left(
            RiskError.of(id, RiskError.RESIDUAL_FAILED, "residual.inputs.", mitigated.getLeft()));
      }
      Either<Problem, Score> rs = method.score(mitigated.get());
      if (rs.isLeft()) {
        return Either.left(
            RiskError.of(id, RiskError.RESIDUAL_FAILED, "residual.inputs.", rs.getLeft()));
      }
      residual = rs.get();
      residualInputs = method.encode(mitigated.get());
    }
    if (residual.normalized() > inherent.normalized()) {
      return Either.left(RiskError.of(id, RiskError.RESIDUAL_ABOVE_INHERENT,
          "residual.normalized", residual.normalized(),
          "is above the inherent " + inherent.normalized() + ": method '" + method.id()
              + "' breaks the mitigate contract"));
    }

    RiskCriteria criteria = run.criteria;
    RiskLevel inherentLevel = criteria.levelOf(inherent.normalized());
    Optional<String> criteriaVersion = Optional.of(criteria.version());
    Set<ChangeReason> reasons = EnumSet.noneOf(ChangeReason.class);
    List<RiskAssessment> retired = new ArrayList<>(2);

    RiskAssessment newInherent;
    if (same(prev, method, criteriaVersion, inputs, inherent, inherentLevel)) {
      newInherent = prev;
    } else {
      newInherent = RiskAssessment.builder()
          .method(method.id())
          .methodVersion(method.version())
          .criteriaVersion(criteriaVersion)
          .putAllInputs(inputs)
          .score(inherent.value())
          .normalized(inherent.normalized())
          .level(inherentLevel)
          .assessedOn(run.asOf)
          .assessedBy(prev.assessedBy())
          .rationale(inherentRationale(method, inherent, prev.rationale()))
          .build();
      retired.add(prev);
      if (versionChanged) {
        reasons.add(ChangeReason.METHOD_VERSION_CHANGED);
      }
      if (!prev.criteriaVersion().equals(criteriaVersion)) {
        reasons.add(ChangeReason.CRITERIA_CHANGED);
      }
      if (mapped) {
        reasons.add(ChangeReason.INPUTS_MAPPED);
      }
      if (!versionChanged && !mapped
          && (prev.score() != inherent.value() || prev.normalized() != inherent.normalized())) {
        reasons.add(ChangeReason.SCORE_CHANGED);
      }
      if (!prev.level().equals(inherentLevel)) {
        reasons.add(ChangeReason.INHERENT_LEVEL_CHANGED);
      }
    }

    RiskLevel residualLevel = criteria.levelOf(residual.normalized());
    Optional<RiskAssessment> prevResidual = r.residual();
    RiskAssessment newResidual;
    if (prevResidual.isPresent()
        && same(prevResidual.get(), method, criteriaVersion, residualInputs, residual,
            residualLevel)) {
      newResidual = prevResidual.get();
    } else {
      newResidual = RiskAssessment.builder()
          .method(method.id())
          .methodVersion(method.version())
          .criteriaVersion(criteriaVersion)
          .putAllInputs(residualInputs)
          .score(residual.value())
          .normalized(residual.normalized())
          .level(residualLevel)
          .assessedOn(run.asOf)
          .assessedBy(prev.assessedBy())
          .rationale(residualRationale(method, residual, effect))
          .build();
      if (prevResidual.isEmpty()) {
        reasons.add(ChangeReason.FIRST_RESIDUAL);
      } else {
        RiskAssessment pr = prevResidual.get();
        retired.add(pr);
        if (!pr.methodVersion().equals(method.version())) {
          reasons.add(ChangeReason.METHOD_VERSION_CHANGED);
        }
        if (!pr.criteriaVersion().equals(criteriaVersion)) {
          reasons.add(ChangeReason.CRITERIA_CHANGED);
        }
        if (!pr.inputs().equals(residualInputs)
            || pr.score() != residual.value()
            || pr.normalized() != residual.normalized()) {
          reasons.add(ChangeReason.RESIDUAL_CHANGED);
        }
        if (!pr.level().equals(residualLevel)) {
          reasons.add(ChangeReason.RESIDUAL_LEVEL_CHANGED);
        }
      }
    }

    RiskDecision decision = criteria.decisionFor(inherentLevel);
    if (!r.decision().equals(Optional.of(decision))) {
      reasons.add(ChangeReason.DECISION_CHANGED);
    }
    if (reasons.isEmpty() && retired.isEmpty()) {
      return Either.right(Optional.empty());
    }
    if (reasons.isEmpty()) {
      // Replaced for a difference not named above (e.g. the method id's spelling): say so.
      reasons.add(ChangeReason.SCORE_CHANGED);
    }
    Risk updated = r
        .withInherent(newInherent)
        .withResidual(newResidual)
        .withDecision(decision);
    if (!retired.isEmpty()) {
      List<RiskAssessment> history = new ArrayList<>(r.history().size() + retired.size());
      history.addAll(r.history());
      history.addAll(retired);
      updated = updated.withHistory(history);
    }
    run.changes.add(new RiskChange(id, r.inherent(), Optional.of(newInherent), prevResidual,
        Optional.of(newResidual), reasons, Optional.empty()));
    return Either.right(Optional.of(updated));
  }

  /** Whether {@code a} already says what a new assessment would say. */
  private static boolean same(RiskAssessment a, ScoringMethod<?> method,
      Optional<String> criteriaVersion, Map<String, String> inputs, Score score, RiskLevel level) {
    return a.method().equals(method.id())
        && a.methodVersion().equals(method.version())
        && a.criteriaVersion().equals(criteriaVersion)
        && a.score() == score.value()
        && a.normalized() == score.normalized()
        && a.level().equals(level)
        && a.inputs().equals(inputs);
  }

  private static String inherentRationale(
      ScoringMethod<?> method, Score score, Optional<String> previous) {
    StringBuilder sb = new StringBuilder(96)
        .append(ENGINE_NOTE)
        .append(method.id()).append(' ').append(method.version())
        .append(": method level '").append(score.level())
        .append("', score ").append(score.value());
    previous.ifPresent(p -> {
      for (String line : p.split("\n", -1)) {
        if (!line.startsWith(ENGINE_NOTE) && !line.isBlank()) {
          sb.append('\n').append(line);
        }
      }
    });
    return sb.toString();
  }

  private static String residualRationale(
      ScoringMethod<?> method, Score score, TreatmentEffect effect) {
    StringBuilder sb = new StringBuilder(128)
        .append(ENGINE_NOTE)
        .append("residual by ").append(method.id()).append(' ').append(method.version())
        .append(": method level '").append(score.level())
        .append("', score ").append(score.value())
        .append("; likelihood reduction ").append(effect.mitigation().likelihoodReduction())
        .append(", impact reduction ").append(effect.mitigation().impactReduction());
    if (!effect.credits().isEmpty()) {
      sb.append("; controls");
      String sep = " ";
      for (ControlCredit c : effect.credits()) {
        sb.append(sep).append(c.control()).append('=')
            .append(c.status().map(Enum::name).orElse("NO_IMPLEMENTATION"))
            .append(' ').append(c.credited());
        if (c.likelihood() && c.impact()) {
          sb.append(" (likelihood, impact)");
        } else if (c.likelihood()) {
          sb.append(" (likelihood)");
        } else if (c.impact()) {
          sb.append(" (impact)");
        }
        sep = ", ";
      }
    }
    if (effect.shared() > 0) {
      sb.append("; shared ").append(effect.shared());
    }
    if (effect.avoided()) {
      sb.append("; avoided: full mitigation");
    }
    if (effect.isNone()) {
      sb.append("; no treatment credited: residual equals inherent");
    }
    return sb.toString();
  }
}
