package io.ismskit.core;

import io.ismskit.core.base.Problem;
import io.ismskit.core.base.Text;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems one validation gathers, at most {@code cap} per code: a problem beyond the cap is
 * only counted (its message is never built), and each capped code gets one {@link
 * ValidationCode#CAPPED} problem at the end that says how many were left out.
 */
final class ValidationProblems {
  private final int cap;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<ValidationCode, Integer> counts = new EnumMap<>(ValidationCode.class);

  ValidationProblems(int cap) {
    this.cap = cap;
  }

  /**
   * Adds the problem {@code "Type id: field reason"} (with {@code entityId} and {@code value}
   * shortened), unless {@code code} has reached the cap.
   *
   * @param value the offending value, or {@code null} when there is none to echo
   */
  void add(ValidationCode code, String entityType, String entityId, String field, @Nullable Object value,
      String reason) {
    int n = counts.merge(code, 1, Integer::sum);
    if (n > cap) {
      return;
    }
    String message = entityType + " " + Text.shorten(entityId) + ": " + field + " " + reason;
    problems.add(new Problem(code, entityType, entityId, field, value == null ? "" : Text.shorten(value), message));
  }

  /** Adds a reference from {@code type id.field} to the unknown {@code targetKind} {@code target}. */
  void dangling(String type, String id, String field, String target, String targetKind) {
    add(ValidationCode.DANGLING, type, id, field, target,
        "refers to unknown " + targetKind + " '" + Text.shorten(target) + "'");
  }

  /** The problems in the order they were added, then one per capped code. */
  Seq<Problem> result() {
    List<Problem> out = new ArrayList<>(problems);
    counts.forEach((code, n) -> {
      if (n > cap) {
        int rest = n - cap;
        out.add(new Problem(ValidationCode.CAPPED, "", "", "", code.key(),
            String.format(Locale.ROOT, "%,d more problems with code %s not listed (at most %,d per code)",
                rest, code.key(), cap)));
      }
    });
    return Vector.ofAll(out);
  }
}
