package io.ismskit.risk.spi;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shared contract of a method's flat string form, for the built-in methods and third-party
 * ones alike: the checks every {@link ScoringMethod#decode decode} makes, each returning a {@link
 * Problem} with a {@link ScoringCode} whose field is the key and whose message names the key, the
 * value (quoted and {@linkplain Text#shorten(Object) shortened}) and what is allowed.
 *
 * <pre>{@code
 * public Either<Problem, MyInput> decode(Map<String, String> inputs) {
 *   return FlatForm.knownKeys(descriptor(), inputs)
 *       .flatMap(in -> FlatForm.required(in, "likelihood"))
 *       .flatMap(v -> FlatForm.wholeNumber("likelihood", v, 1, 5))
 *       .map(MyInput::new);
 * }
 * }</pre>
 */
public final class FlatForm {
  private FlatForm() {}

  /**
   * Refuses the first key (in sorted order) of {@code inputs} that is not one of {@code
   * method}'s {@linkplain MethodDescriptor#inputKeys() input keys}, with {@link
   * ScoringCode#KEY_UNKNOWN}: the field is the key (shortened), the value the key's value, and the
   * message lists the allowed keys.
   *
   * @return {@code inputs} when every key is known
   */
  public static Either<Problem, Map<String, String>> knownKeys(
      MethodDescriptor<?> method, Map<String, String> inputs) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(inputs, "inputs");
    Set<String> allowed = method.inputKeyNames();
    if (allowed.containsAll(inputs.keySet())) {
      return Either.right(inputs);
    }
    for (String key : new TreeSet<>(inputs.keySet())) {
      if (!allowed.contains(key)) {
        return Either.left(Problem.ofField(ScoringCode.KEY_UNKNOWN, Text.shorten(key), inputs.get(key),
            "is not an input key of method '" + method.id() + "' (allowed keys: "
                + String.join(", ", allowed) + ")"));
      }
    }
    throw new AssertionError("unreachable: some key is unknown");
  }

  /** The value at {@code key}, or {@link ScoringCode#KEY_MISSING} naming the key. */
  public static Either<Problem, String> required(Map<String, String> inputs, String key) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(key, "key");
    String v = inputs.get(key);
    if (v == null) {
      return Either.left(Problem.ofField(ScoringCode.KEY_MISSING, key, null, "is required but missing"));
    }
    return Either.right(v);
  }

  /**
   * Parses {@code raw} (surrounding white space ignored) as a whole number in {@code [min, max]}:
   * {@link ScoringCode#VALUE_NAN} for {@code NaN}, {@link ScoringCode#VALUE_NOT_INTEGER} for
   * anything else that is not a whole number, {@link ScoringCode#VALUE_OUT_OF_RANGE} outside the
   * range.
   *
   * @param field the key, named in the problem
   */
  public static Either<Problem, Integer> wholeNumber(String field, String raw, int min, int max) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(raw, "raw");
    String s = raw.strip();
    if (s.equalsIgnoreCase("nan")) {
      return Either.left(Problem.ofField(ScoringCode.VALUE_NAN, field, raw, "must be a number, not NaN"));
    }
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Either.left(Problem.ofField(ScoringCode.VALUE_NOT_INTEGER, field, raw,
          "must be a whole number in " + min + ".." + max));
    }
    return inRange(field, v, min, max);
  }

  /** {@code value}, or {@link ScoringCode#VALUE_OUT_OF_RANGE} when it lies outside {@code [min, max]}. */
  public static Either<Problem, Integer> inRange(String field, int value, int min, int max) {
    Objects.requireNonNull(field, "field");
    if (value < min || value > max) {
      return Either.left(Problem.ofField(ScoringCode.VALUE_OUT_OF_RANGE, field, value,
          "must be in " + min + ".." + max));
    }
    return Either.right(value);
  }
}
