package io.ismskit.risk.engine;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Dates;
import io.ismskit.core.base.InvalidValueException;
import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.engine.Scored.Stage;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Scores, treats and evaluates every risk of an ISMS with the scoring methods of a {@link
 * ScoringRegistry}, the way ISO/IEC 27001:2022 (6.1.2, 6.1.3, 8.2, 8.3) and ISO/IEC 27005 describe
 * the risk process.
 *
 * <p><b>The steps.</b> Each risk goes through four small steps: <em>decode</em> its stored inputs
 * with its method, <em>score</em> them (the inherent risk, stating its likelihood and consequence),
 * <em>credit the controls</em> its treatment relies on (the current and the target residual risk),
 * and compare with what is stored to give the <em>reasons for change</em>. Each step either
 * succeeds or says why not; nothing is thrown for bad data.
 *
 * <p><b>Where the inputs come from.</b> A risk is scored with the method named by its current
 * inherent assessment ({@link RiskAssessment#method()}), looked up in the engine's {@link
 * #registry()}, from that assessment's stored {@link RiskAssessment#inputs()}. The analysis itself
 * (choosing the inputs) is data the organization records; the engine recomputes score and level
 * from it, so a risk without an inherent assessment cannot be scored ({@link
 * EngineCode#RISK_UNASSESSED}). A new risk is analysed with {@link #analyse}.
 *
 * <p><b>The criteria's scales.</b> When the risk criteria give likelihood and consequence scales
 * ({@link RiskCriteria#likelihoodScale()}, {@link RiskCriteria#impactScale()}), the built-in
 * {@code matrix} method scores on the criteria's own matrix, {@code RiskMatrix.ofBands(likelihood
 * scale, impact scale, levels, level bounds)}, not on its default 5 × 5: with 3 × 3 criteria a
 * {@code likelihood=5} is refused as {@link EngineCode#INPUTS_OFF_SCALE}, naming the scale. With no
 * scales the method's own matrix is used; with one of the two, or scales that do not make a matrix,
 * matrix risks are refused as {@link EngineCode#CRITERIA_MATRIX_INVALID}. Other methods have scales
 * of their own, stated in every score's likelihood and consequence.
 *
 * <p><b>Likelihood and consequence.</b> Every assessment the engine writes states the likelihood
 * and the consequence the method gives ({@link RiskAssessment#likelihood()}, {@link
 * RiskAssessment#consequence()}), each on the method's scale with its label.
 *
 * <p><b>Current and target residual risk.</b> The current residual input is {@code
 * method.mitigate(input, mitigation)}, where the mitigation combines the controls linked to the
 * risk's treatment as they operate now ({@link TreatmentEffect#of}); the target residual is the
 * same with every linked control at its full stated effectiveness, as the plan will leave it once
 * complete ({@link TreatmentEffect#target}), so that an owner can accept the residual the plan will
 * deliver ({@link Risk#targetResidual()}). A risk without treatment has a residual equal to its
 * inherent risk and no target. A method that scores a residual above the inherent score breaks its
 * contract ({@link EngineCode#RESIDUAL_ABOVE_INHERENT}).
 *
 * <p><b>Levels and decision.</b> Every assessment gets the criteria's level of its normalized score
 * ({@link RiskCriteria#levelOf(double)}); the method's own label is kept in the rationale. The
 * engine <em>proposes</em> a decision ({@link RiskEvaluation#proposedDecision()}, {@link
 * RiskCriteria#decisionFor}) and shows it beside the organization's recorded one ({@link
 * RiskEvaluation#recordedDecision()}); it never writes {@link Risk#decision()}.
 *
 * <p><b>Re-assessment and history.</b> An assessment whose method, method version, criteria
 * version, inputs, score, normalized score, level, likelihood and consequence are all unchanged is
 * kept as it is, with its date, author and rationale, so running the engine twice changes nothing.
 * Any other assessment is built anew, dated {@code asOf}, stamped with the criteria version and the
 * author of the previous inherent assessment; a replaced inherent or residual assessment moves to
 * {@link Risk#history()}.
 *
 * <p><b>Method changes.</b> {@link #assess} refuses to re-score a risk whose inherent assessment
 * was made with another version of its method ({@link EngineCode#METHOD_VERSION_CHANGED}): changing
 * a method's scales never shifts scores silently. {@link #migrate} re-scores such risks under the
 * new version, optionally rewriting their inputs with an {@link InputMapping}, and the {@link
 * MigrationReport} lists every change with its reasons.
 *
 * <p><b>Errors.</b> A risk that cannot be scored keeps all its previous data and is listed in
 * {@link AssessedRegister#errors()} as a {@link Problem} with an {@link EngineCode} that names the
 * risk, the field and the value (shortened); when the method refused, its own problem is the
 * {@link RiskChange#cause()}. The other risks are updated. The only exceptions are for the caller's
 * arguments: {@code null}, or an {@code asOf} outside the {@linkplain Dates supported dates}.
 *
 * <p><b>Cost.</b> Linear in the number of risks: control implementations are indexed once, each
 * method is looked up once per run, and stored inputs are handed to the method without copying.
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

  private final ScoringRegistry registry;
  private final int topN;
  private final double shareFraction;

  private RiskEngine(ScoringRegistry registry, int topN, double shareFraction) {
    this.registry = registry;
    this.topN = topN;
    this.shareFraction = shareFraction;
  }

  /**
   * An engine with {@code methods} and default options.
   *
   * @throws IllegalArgumentException when two methods share an id
   */
  public static RiskEngine of(ScoringMethod<?>... methods) {
    return builder().methods(Arrays.asList(methods)).build();
  }

  /**
   * An engine with {@code methods} and default options.
   *
   * @throws IllegalArgumentException when two methods share an id
   */
  public static RiskEngine of(Collection<? extends ScoringMethod<?>> methods) {
    return builder().methods(methods).build();
  }

  /** An engine with the methods of {@code registry} and default options. */
  public static RiskEngine of(ScoringRegistry registry) {
    return builder().registry(registry).build();
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
    private ScoringRegistry registry = ScoringRegistry.empty();
    private int topN = DEFAULT_TOP_N;
    private double shareFraction;

    private Builder() {}

    /**
     * Adds {@code method}.
     *
     * @throws IllegalArgumentException ({@link InvalidValueException}) if a method with the same id
     *     was already added; the message names the id and both classes
     */
    public Builder method(ScoringMethod<?> method) {
      registry = registry.with(Objects.requireNonNull(method, "method"));
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
      return this.registry.size() == 0 ? replaceRegistry(registry) : methods(registry.methods());
    }

    private Builder replaceRegistry(ScoringRegistry registry) {
      this.registry = registry;
      return this;
    }

    /**
     * Sets how many risks the register summary's top list holds (0 or more).
     *
     * @throws IllegalArgumentException ({@link InvalidValueException}) if {@code topN} is negative
     */
    public Builder topN(int topN) {
      if (topN < 0) {
        throw invalid("topN", topN, "must be >= 0");
      }
      this.topN = topN;
      return this;
    }

    /**
     * Sets the fraction (0..1) of the consequences a SHARE treatment transfers to the other party,
     * credited as an impact reduction; 0 by default. See {@link TreatmentEffect}.
     *
     * @throws IllegalArgumentException ({@link InvalidValueException}) if it is outside 0..1
     */
    public Builder shareFraction(double shareFraction) {
      if (!(shareFraction >= 0 && shareFraction <= 1)) {
        throw invalid("shareFraction", shareFraction, "must be in 0..1");
      }
      this.shareFraction = shareFraction;
      return this;
    }

    /** The engine. */
    public RiskEngine build() {
      return new RiskEngine(registry, topN, shareFraction);
    }
  }

  private static InvalidValueException invalid(String field, Object value, String reason) {
    return new InvalidValueException(Problem.of(EngineCode.CONFIG_INVALID, "RiskEngine", "", field, value, reason));
  }

  /** An engine like this one with {@code method} added, or replacing the method with its id. */
  public RiskEngine withMethod(ScoringMethod<?> method) {
    Objects.requireNonNull(method, "method");
    List<ScoringMethod<?>> methods = new ArrayList<>(registry.methods());
    methods.removeIf(m -> m.id().equals(method.id()));
    methods.add(method);
    return new RiskEngine(ScoringRegistry.of(methods), topN, shareFraction);
  }

  /** An engine like this one with another length of the top list; see {@link Builder#topN}. */
  public RiskEngine withTopN(int topN) {
    return builder().registry(registry).topN(topN).shareFraction(shareFraction).build();
  }

  /** An engine like this one with another share fraction; see {@link Builder#shareFraction}. */
  public RiskEngine withShareFraction(double shareFraction) {
    return builder().registry(registry).topN(topN).shareFraction(shareFraction).build();
  }

  /** An engine like this one whose methods are those of {@code registry}. */
  public RiskEngine withRegistry(ScoringRegistry registry) {
    return new RiskEngine(Objects.requireNonNull(registry, "registry"), topN, shareFraction);
  }

  /** The method with id {@code id}, if the engine has one. */
  public Optional<ScoringMethod<?>> method(MethodId id) {
    return registry.find(id);
  }

  /** The engine's methods. */
  public ScoringRegistry registry() {
    return registry;
  }

  /** The ids of the engine's methods, sorted. */
  public SortedSet<MethodId> methodIds() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(registry.ids()));
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
   *
   * @throws IllegalArgumentException ({@link InvalidValueException}, {@code
   *     model.date.unsupported}) if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public AssessedRegister assess(Isms isms, LocalDate asOf) {
    return run(isms, asOf, false, InputMapping.IDENTITY);
  }

  /**
   * Like {@link #assess}, but re-scores risks assessed with another version of their method under
   * the engine's version, keeping their stored inputs.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public AssessedRegister migrate(Isms isms, LocalDate asOf) {
    return run(isms, asOf, true, InputMapping.IDENTITY);
  }

  /**
   * Like {@link #migrate(Isms, LocalDate)}, with the inputs of every risk rewritten by {@code
   * mapping} before they are decoded. An exception of the mapping is the caller's and propagates.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public AssessedRegister migrate(Isms isms, LocalDate asOf, InputMapping mapping) {
    return run(isms, asOf, true, Objects.requireNonNull(mapping, "mapping"));
  }

  private AssessedRegister run(Isms isms, LocalDate asOf, boolean migrate, InputMapping mapping) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", Objects.requireNonNull(asOf, "asOf"));
    return Run.assess(isms, asOf, migrate, mapping, this);
  }

  /**
   * Analyses {@code risk} from new {@code inputs} under the criteria's method ({@link
   * RiskCriteria#method()}): returns the risk with a new inherent assessment dated {@code asOf}
   * (its previous inherent assessment, if any, moves to the history), ready for {@link #assess}
   * to add the residual risks; or why the inputs cannot be scored, as a problem with an {@link
   * EngineCode} (with the criteria's scales, a matrix input off them is {@link
   * EngineCode#INPUTS_OFF_SCALE}).
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public Either<Problem, Risk> analyse(
      Risk risk, RiskCriteria criteria, Map<String, String> inputs, LocalDate asOf) {
    Objects.requireNonNull(criteria, "criteria");
    return analyse(risk, criteria, criteria.method(), inputs, asOf);
  }

  /**
   * Like {@link #analyse(Risk, RiskCriteria, Map, LocalDate)}, with the method named by {@code
   * method} instead of the criteria's.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public Either<Problem, Risk> analyse(
      Risk risk, RiskCriteria criteria, MethodId method, Map<String, String> inputs, LocalDate asOf) {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(inputs, "inputs");
    Dates.requireSupported("asOf", Objects.requireNonNull(asOf, "asOf"));
    if (asOf.isBefore(risk.identifiedOn())) {
      return Either.left(Failure.of(EngineCode.DATE_BEFORE_IDENTIFIED, "identifiedOn", risk.identifiedOn(),
          "is after the assessment date " + asOf).about(risk.id()));
    }
    RunMethods methods = new RunMethods(registry, criteria);
    return methods.resolve(method)
        .flatMap(m -> analyseWith(m, methods, risk, criteria, inputs, asOf))
        .mapLeft(f -> f.about(risk.id()));
  }

  private static <I> Either<Failure, Risk> analyseWith(ScoringMethod<I> m, RunMethods methods, Risk risk,
      RiskCriteria criteria, Map<String, String> inputs, LocalDate asOf) {
    return Scoring.of(m, criteria, methods.onCriteriaScales(m)).analyse(inputs).map(a -> {
      Stage s = a.stage();
      RiskAssessment assessment = Reassessment.assessment(m, criteria, asOf, s,
          criteria.levelOf(s.score().normalized()), Optional.empty(),
          Rationale.inherent(m, s.score(), Optional.empty()));
      Risk updated = risk.withInherent(assessment);
      if (risk.inherent().isEmpty()) {
        return updated;
      }
      List<RiskAssessment> history = new ArrayList<>(risk.history().size() + 1);
      history.addAll(risk.history());
      history.add(risk.inherent().get());
      return updated.withHistory(history);
    });
  }

  /**
   * Evaluates the stored assessments of {@code isms} as of {@code asOf} without re-scoring them,
   * sorted by risk id; empty when the ISMS has no risk criteria.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public List<RiskEvaluation> evaluate(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", Objects.requireNonNull(asOf, "asOf"));
    return isms.riskCriteria().map(c -> evaluations(isms.risks(), c, asOf)).orElse(List.of());
  }

  /**
   * Summarizes the stored assessments of {@code isms} as of {@code asOf} without re-scoring them;
   * empty when the ISMS has no risk criteria.
   *
   * @throws IllegalArgumentException if {@code asOf} is outside the {@linkplain Dates supported dates}
   */
  public Optional<RegisterSummary> summarize(Isms isms, LocalDate asOf) {
    Objects.requireNonNull(isms, "isms");
    Dates.requireSupported("asOf", Objects.requireNonNull(asOf, "asOf"));
    return RegisterSummary.of(isms, asOf, topN);
  }

  /** The evaluations of the risks with an inherent assessment, sorted by risk id. */
  static List<RiskEvaluation> evaluations(List<Risk> risks, RiskCriteria criteria, LocalDate asOf) {
    List<RiskEvaluation> out = new ArrayList<>(risks.size());
    for (Risk r : risks) {
      RiskEvaluation.of(r, criteria, asOf).ifPresent(out::add);
    }
    out.sort((a, b) -> a.risk().compareTo(b.risk()));
    return out;
  }
}
