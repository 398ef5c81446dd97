package io.ismskit.risk.engine;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.risk.engine.Scored.Stage;
import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringCode;
import io.ismskit.risk.spi.ScoringMethod;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The scoring steps of one risk with one method: decode its stored inputs, score them, and credit
 * its treatment's controls for the current and the target residual risk. Each step returns a
 * {@link Failure} instead of throwing; an exception or a {@code null} of the method becomes {@link
 * EngineCode#METHOD_FAILED}.
 *
 * @param <I> the method's input type
 */
final class Scoring<I> {
  private static final String INHERENT_INPUTS = "inherent.inputs.";

  private final ScoringMethod<I> method;
  private final RiskCriteria criteria;
  private final boolean onCriteriaScales;

  private Scoring(ScoringMethod<I> method, RiskCriteria criteria, boolean onCriteriaScales) {
    this.method = method;
    this.criteria = criteria;
    this.onCriteriaScales = onCriteriaScales;
  }

  /** The steps of {@code method}, whose inputs are levels of the criteria's scales when {@code onCriteriaScales}. */
  static <I> Scoring<I> of(ScoringMethod<I> method, RiskCriteria criteria, boolean onCriteriaScales) {
    return new Scoring<>(method, criteria, onCriteriaScales);
  }

  /**
   * Decode → score → credit controls for {@code risk}, whose stored analysis is {@code previous}:
   * refuses another method version unless {@code migrate}, rewrites the inputs with {@code mapping}.
   */
  Either<Failure, Scored> score(Risk risk, RiskAssessment previous, Run run) {
    boolean versionChanged = !previous.methodVersion().equals(method.version());
    if (versionChanged && !run.migrate()) {
      return Either.left(Failure.of(EngineCode.METHOD_VERSION_CHANGED, "inherent.methodVersion",
          previous.methodVersion(), "differs from version '" + Text.shorten(method.version()) + "' of method '"
              + Text.shorten(method.id().value()) + "'; re-score with migrate to apply the new version"));
    }
    Map<String, String> inputs = run.inputsOf(risk, previous, method);
    Either<Failure, Analysed<I>> analysed = analyse(inputs);
    if (analysed.isLeft()) {
      return Either.left(analysed.getLeft());
    }
    I input = analysed.get().input();
    Stage inherent = analysed.get().stage();
    Either<Failure, Stage> residual = credit(input, inherent, run.effectNow(risk), "residual");
    if (residual.isLeft()) {
      return Either.left(residual.getLeft());
    }
    Either<Failure, Optional<Stage>> target = risk.treatment().isEmpty()
        ? Either.right(Optional.empty())
        : credit(input, inherent, run.effectAtTarget(risk), "targetResidual").map(Optional::of);
    if (target.isLeft()) {
      return Either.left(target.getLeft());
    }
    boolean mapped = !inputs.equals(previous.inputs());
    return Either.right(new Scored(method, versionChanged, mapped, inherent, residual.get(), target.get()));
  }

  /**
   * A decoded input and its inherent stage.
   *
   * @param input the decoded input
   * @param stage its inputs and score
   * @param <I> the input type
   */
  record Analysed<I>(I input, Stage stage) {}

  /** Decode → score of {@code inputs}: the inherent risk. */
  Either<Failure, Analysed<I>> analyse(Map<String, String> inputs) {
    Either<Failure, I> decoded = call(() -> method.decode(inputs), EngineCode.INPUTS_INVALID, INHERENT_INPUTS);
    if (decoded.isLeft()) {
      return Either.left(offScale(decoded.getLeft(), inputs));
    }
    I input = decoded.get();
    return call(() -> method.score(input), EngineCode.SCORE_FAILED, INHERENT_INPUTS)
        .map(s -> new Analysed<>(input, new Stage(inputs, s, TreatmentEffect.NONE)));
  }

  /**
   * Credits {@code effect} to {@code input}: mitigate → score → encode, on the fields under {@code
   * stage} ({@code "residual"} or {@code "targetResidual"}); the inherent stage itself when the
   * effect credits nothing. Refuses a residual scored above the inherent risk.
   */
  private Either<Failure, Stage> credit(I input, Stage inherent, TreatmentEffect effect, String stage) {
    if (effect.isNone()) {
      return Either.right(new Stage(inherent.inputs(), inherent.score(), effect));
    }
    String prefix = stage + ".inputs.";
    Either<Failure, I> mitigated =
        call(() -> method.mitigate(input, effect.mitigation()), EngineCode.RESIDUAL_FAILED, prefix);
    if (mitigated.isLeft()) {
      return Either.left(mitigated.getLeft());
    }
    Either<Failure, Score> score =
        call(() -> method.score(mitigated.get()), EngineCode.RESIDUAL_FAILED, prefix);
    if (score.isLeft()) {
      return Either.left(score.getLeft());
    }
    double above = inherent.score().normalized();
    if (score.get().normalized() > above) {
      return Either.left(Failure.of(EngineCode.RESIDUAL_ABOVE_INHERENT, stage + ".normalized",
          score.get().normalized(), "is above the inherent " + above + ": method '"
              + Text.shorten(method.id().value()) + "' breaks the mitigate contract"));
    }
    Either<Failure, Map<String, String>> encoded =
        call(() -> Either.right(method.encode(mitigated.get())), EngineCode.RESIDUAL_FAILED, prefix);
    return encoded.map(in -> new Stage(in, score.get(), effect));
  }

  /**
   * Calls the method: its problem becomes a failure of {@code code} on the fields under {@code
   * prefix}; an exception or a {@code null} becomes {@link EngineCode#METHOD_FAILED}.
   */
  private <T> Either<Failure, T> call(Supplier<Either<Problem, T>> step, EngineCode code, String prefix) {
    Either<Problem, T> result;
    try {
      result = step.get();
    } catch (RuntimeException ex) {
      return Either.left(Failure.of(EngineCode.METHOD_FAILED, "inherent.method", method.id().value(),
          "failed with " + Text.shorten(ex.getClass().getSimpleName() + ": " + ex.getMessage())));
    }
    if (result == null || (result.isRight() && result.get() == null)) {
      return Either.left(Failure.of(EngineCode.METHOD_FAILED, "inherent.method", method.id().value(),
          "returned null from a step of scoring " + prefix.substring(0, prefix.indexOf('.'))));
    }
    return result.isRight() ? Either.right(result.get()) : Either.left(Failure.causedBy(code, prefix, result.getLeft()));
  }

  /**
   * For the criteria's matrix, an input that is no level of the criteria's likelihood or
   * consequence scale: said so, naming the scale, with the matrix's problem kept as the cause.
   */
  private Failure offScale(Failure f, Map<String, String> inputs) {
    Problem cause = f.cause().orElse(null);
    if (!onCriteriaScales || cause == null || f.code() != EngineCode.INPUTS_INVALID
        || !(cause.code() == ScoringCode.VALUE_OUT_OF_RANGE || cause.code() == ScoringCode.VALUE_UNKNOWN_LABEL)) {
      return f;
    }
    List<String> scale;
    String name;
    if (cause.field().equals("likelihood")) {
      scale = criteria.likelihoodScale();
      name = "likelihood";
    } else if (cause.field().equals("impact")) {
      scale = criteria.impactScale();
      name = "consequence (impact)";
    } else {
      return f;
    }
    String raw = inputs.get(cause.field());
    return new Failure(EngineCode.INPUTS_OFF_SCALE, f.field(), raw == null ? cause.value() : raw,
        "is not a level of the " + name + " scale of criteria " + Text.shorten(criteria.version()) + ": 1.."
            + scale.size() + " or one of " + labels(scale), Optional.of(cause));
  }

  private static String labels(List<String> scale) {
    String shown = scale.stream().limit(10).map(Text::shorten).collect(Collectors.joining(", "));
    return "[" + shown + (scale.size() > 10 ? ", … (" + scale.size() + " labels)" : "") + "]";
  }
}
