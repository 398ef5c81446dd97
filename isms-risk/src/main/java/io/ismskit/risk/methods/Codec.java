package io.ismskit.risk.methods;

import io.ismskit.risk.spi.ScoringError;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Shared helpers for reading the flat string form of the built-in methods' inputs. */
final class Codec {
  private Codec() {}

  /** Refuses the first key (in sorted order) that is not in {@code allowed}. */
  static Either<ScoringError, Map<String, String>> onlyKeys(
      String method, Map<String, String> inputs, Set<String> allowed) {
    for (String key : new TreeSet<>(inputs.keySet())) {
      if (!allowed.contains(key)) {
        return Either.left(
            ScoringError.of(
                method + ".key.unknown",
                key,
                String.valueOf(inputs.get(key)),
                "unknown input key for method '" + method + "'; expected one of " + new TreeSet<>(allowed)));
      }
    }
    return Either.right(inputs);
  }

  /** The value at {@code key}, or a {@code <method>.key.missing} error. */
  static Either<ScoringError, String> required(String method, Map<String, String> inputs, String key) {
    String v = inputs.get(key);
    if (v == null) {
      return Either.left(
          new ScoringError(
              method + ".key.missing", key, "", key + ": required input is missing, was ''"));
    }
    return Either.right(v);
  }

  /**
   * Parses {@code raw} as a whole number in {@code [min, max]}; names NaN, non-numbers, fractions
   * and out-of-range values precisely.
   */
  static Either<ScoringError, Integer> intIn(
      String method, String field, String raw, int min, int max) {
    String s = raw.strip();
    if (s.equalsIgnoreCase("nan")) {
      return Either.left(ScoringError.of(method + ".value.nan", field, raw, "must be a number, not NaN"));
    }
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return Either.left(
          ScoringError.of(
              method + ".value.notInteger",
              field,
              raw,
              "must be a whole number in " + min + ".." + max));
    }
    return checkRange(method, field, v, min, max);
  }

  /** Refuses {@code v} outside {@code [min, max]} with a {@code <method>.value.range} error. */
  static Either<ScoringError, Integer> checkRange(
      String method, String field, int v, int min, int max) {
    if (v < min || v > max) {
      return Either.left(
          ScoringError.of(
              method + ".value.range", field, v, "must be in " + min + ".." + max));
    }
    return Either.right(v);
  }

  /**
   * A label normalized for lenient matching: lower case, {@code _} and {@code -} as spaces, runs of
   * spaces collapsed, trimmed.
   */
  static String normalizeLabel(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
  }

  /** Steps of reduction on a scale with {@code steps} steps: {@code round(fraction * steps)}. */
  static int reductionSteps(double fraction, int steps) {
    return (int) Math.round(fraction * steps);
  }
}
