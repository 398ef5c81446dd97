package io.ismskit.risk.spi;

import io.ismskit.core.base.Problem;
import io.ismskit.core.risk.MethodId;
import io.vavr.control.Either;
import java.util.Map;

/**
 * A risk-scoring method: turns a typed input into an explained {@link Score}.
 *
 * <p>What the method is — id, version, input type, bounds, monotonic factors, and the documented
 * keys of its flat form and factors of its scores — is one value, its {@link #descriptor()}.
 * Besides {@link #score}, a method reads and writes its input as a flat map of strings (the form in
 * which a {@code RiskAssessment} of the model stores it) and derives a residual input from a
 * {@link Mitigation}.
 *
 * <p>A minimal method, complete with its descriptor, is {@code io.ismskit.testkit.laws.ToyMethod}
 * in {@code isms-testkit}; the laws there check a method against this contract.
 *
 * @param <I> the input type, immutable
 * @implSpec Implementations must be immutable, thread-safe and deterministic: the same input gives
 *     an equal score on every call and thread. {@code score}, {@code decode} and {@code mitigate}
 *     never throw for bad input: they return a {@link Problem} naming the field and the value
 *     (shortened with {@code Text.shorten}). {@code decode} refuses every key its descriptor does
 *     not list ({@link FlatForm#knownKeys}), and every score's factors are listed in the descriptor.
 */
public interface ScoringMethod<I> {
  /** What this method is: id, version, input type, bounds, monotonic factors, keys and factors. */
  MethodDescriptor<I> descriptor();

  /** The method's id, unique in a registry: {@code descriptor().id()}. */
  default MethodId id() {
    return descriptor().id();
  }

  /** The version of the method's definition: {@code descriptor().version()}. */
  default String version() {
    return descriptor().version();
  }

  /** Scores {@code input}, or says why it cannot. */
  Either<Problem, Score> score(I input);

  /**
   * Reads an input from its flat string form, or says which entry is wrong and why. A key the
   * {@linkplain #descriptor() descriptor} does not list is refused with {@link
   * ScoringCode#KEY_UNKNOWN}.
   */
  Either<Problem, I> decode(Map<String, String> inputs);

  /** Writes {@code input} to its flat string form; {@code decode(encode(x))} equals {@code x}. */
  Map<String, String> encode(I input);

  /**
   * The residual input after {@code mitigation}: never scores above {@code input}. The default
   * returns the input unchanged (a method that cannot express mitigation credits nothing).
   */
  default Either<Problem, I> mitigate(I input, Mitigation mitigation) {
    return Either.right(input);
  }

  /** Decodes and scores in one step. */
  default Either<Problem, Score> scoreEncoded(Map<String, String> inputs) {
    return decode(inputs).flatMap(this::score);
  }
}
