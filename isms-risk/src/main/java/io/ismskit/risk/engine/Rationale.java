package io.ismskit.risk.engine;

import io.ismskit.risk.spi.Score;
import io.ismskit.risk.spi.ScoringMethod;
import java.util.Optional;

/**
 * The engine's notes in an assessment's rationale: one line starting with {@value #NOTE}, which
 * says what the engine did, followed by the lines of the previous rationale that are not the
 * engine's (the analyst's own notes survive re-assessment).
 */
final class Rationale {
  /** The start of the engine's own line. */
  static final String NOTE = "[engine] ";

  private Rationale() {}

  /** The note of an inherent assessment, keeping the analyst's lines of {@code previous}. */
  static String inherent(ScoringMethod<?> method, Score score, Optional<String> previous) {
    StringBuilder sb = new StringBuilder(96)
        .append(NOTE)
        .append(method.id()).append(' ').append(method.version())
        .append(": method level '").append(score.level())
        .append("', score ").append(score.value());
    previous.ifPresent(p -> {
      for (String line : p.split("\n", -1)) {
        if (!line.startsWith(NOTE) && !line.isBlank()) {
          sb.append('\n').append(line);
        }
      }
    });
    return sb.toString();
  }

  /** The note of a residual assessment, {@code stage} being "residual" or "target residual". */
  static String residual(String stage, ScoringMethod<?> method, Score score, TreatmentEffect effect) {
    StringBuilder sb = new StringBuilder(128)
        .append(NOTE)
        .append(stage).append(" by ").append(method.id()).append(' ').append(method.version())
        .append(": method level '").append(score.level())
        .append("', score ").append(score.value())
        .append("; likelihood reduction ").append(effect.mitigation().likelihoodReduction())
        .append(", impact reduction ").append(effect.mitigation().impactReduction());
    credits(sb, effect);
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

  private static void credits(StringBuilder sb, TreatmentEffect effect) {
    if (effect.credits().isEmpty()) {
      return;
    }
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
}
