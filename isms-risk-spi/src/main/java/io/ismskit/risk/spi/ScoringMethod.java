package io.ismskit.risk.spi;

import io.ismskit.core.risk.MethodId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Map;

/**
 * A risk-scoring method: turns a typed input into an explained {@link Score}.
 *
 * <p>Besides {@link #score}, a method can read and write its input as a flat map of strings (the
 * form in which a {@code RiskAssessment} of the model stores it) and can derive a residual input
 * from a {@link Mitigation}.
 *
 * @param <I> the input type, immutable
 * @implSpec Implementations must be immutable, thread-safe and deterministic: the same input gives
 *     an equal score on every call and thread. {@code score} never throws for bad input: it returns
 *     a {@link ScoringError} naming the field and the value.
 */
public interface ScoringMethod<I> {
  /** The method's id, unique in a registry. */
  MethodId id();

  /** The version of the method's definition; a change of scales or formulas changes it. */
  String version();

  /** The input type. */
  Class<I> inputType();

  /** The range every score's {@link Score#value()} lies in. */
  Bounds bounds();

  /** The factors in which the score is monotonically non-decreasing. */
  List<MonotonicFactor<I>> monotonicFactors();

  /** Scores {@code input}, or says why it cannot. */
  Either<ScoringError, Score> score(I input);

  /** Reads an input from its flat string form, or says which entry is wrong and why. */
  Either<ScoringError, I> decode(Map<String, String> inputs);

  /** Writes {@code input} to its flat string form; {@code decode(encode(x))} equals {@code x}. */
  Map<String, String> encode(I input);

  /**
   * The residual input after {@code mitigation}: never scores above {@code input}. The default
   * returns the input unchanged (a method that cannot express mitigation credits nothing).
   */
  default Either<ScoringError, I> mitigate(I input, Mitigation mitigation) {
    return Either.right(input);
  }

  /** Decodes and scores in one step. */
  default Either<ScoringError, Score> scoreEncoded(Map<String, String> inputs) {
    return decode(inputs).flatMap(this::score);
  }
}
