package io.ismskit.core.diff;

import io.ismskit.core.id.EntityRef;
import java.util.List;
import java.util.Objects;

/**
 * One entity that was added, removed or changed between two snapshots of an ISMS.
 *
 * @param kind the attribute of {@link io.ismskit.core.Isms} that holds it, such as {@code "risks"}
 *     or {@code "scope"}; {@code ""} for the fields of the ISMS itself (such as {@code intervals})
 * @param type the entity type, such as {@code "Risk"} ({@code "Isms"} for the ISMS's own fields)
 * @param id the entity's id, such as {@code "R-7"}; {@code "-"} for a singleton such as the scope
 * @param change added, removed or changed
 * @param fields the fields that differ, in name order; empty unless {@link ChangeKind#CHANGED}
 * @implSpec This class is immutable and thread-safe.
 */
public record EntityChange(String kind, String type, String id, ChangeKind change, List<FieldChange> fields) {
  /** Copies the fields; requires all parts. */
  public EntityChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(change, "change");
    fields = List.copyOf(fields);
  }

  /** The entity as a reference, such as {@code Risk:R-7}. */
  public EntityRef ref() {
    return EntityRef.of(type, id);
  }

  /** The paths of the fields that differ. */
  public List<String> paths() {
    return fields.stream().map(FieldChange::path).toList();
  }

  @Override
  public String toString() {
    return change + " " + type + " " + id + (fields.isEmpty() ? "" : " " + fields);
  }
}
