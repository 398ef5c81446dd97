package io.ismskit.core.diff;

import java.util.Objects;

/**
 * One field of an entity that differs between two snapshots.
 *
 * @param path the field, with the path into nested values: {@code "owner"}, {@code
 *     "residual.level"}, {@code "treatment.actions[0].progress"}, {@code "entries[A.5.1].status"}
 *     (a list of entities with ids is matched by id, other lists by position)
 * @param before the value in the older snapshot, {@linkplain io.ismskit.core.base.Text#shorten
 *     shortened}; {@code "(none)"} when absent
 * @param after the value in the newer snapshot, shortened; {@code "(none)"} when absent
 * @implSpec This class is immutable and thread-safe.
 */
public record FieldChange(String path, String before, String after) {
  /** Text shown for a value that is absent: an empty optional, or a list element only on one side. */
  public static final String NONE = "(none)";

  /** Requires all parts. */
  public FieldChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    return path + ": " + before + " -> " + after;
  }
}
