package io.ismskit.pdca;

import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.id.EntityRef;
import java.util.List;
import java.util.Objects;

/**
 * One exit criterion of a phase that is not met: the clause it comes from, a stable key, the
 * entities at fault, what is missing and what to do.
 *
 * @param clause the clause of ISO/IEC 27001:2022 the criterion comes from
 * @param key a stable key: {@code "plan.scope"} for the machine's own criteria, {@code
 *     "conformance:<rule>#<code>"} for a finding of the conformance checker
 * @param entities the entities at fault, in a stable order; empty when the fault is an absence
 * @param unmet what is not met, in one sentence
 * @param remedy what to do about it
 * @implSpec This class is immutable and thread-safe.
 */
public record UnmetCriterion(ClauseId clause, String key, List<EntityRef> entities, String unmet, String remedy) {
  /** Copies the entities; requires all parts. */
  public UnmetCriterion {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(key, "key");
    entities = List.copyOf(entities);
    Objects.requireNonNull(unmet, "unmet");
    Objects.requireNonNull(remedy, "remedy");
  }

  @Override
  public String toString() {
    return clause + " " + key + ": " + unmet
        + (entities.isEmpty() ? "" : " " + Text.shorten(entities.size() <= 5 ? entities : entities.subList(0, 5) + "..."))
        + "; to do: " + remedy;
  }
}
