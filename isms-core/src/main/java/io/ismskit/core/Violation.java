package io.ismskit.core;

import java.util.Objects;

/**
 * One cross-entity problem found by {@link Isms#validate()}: which entity, which field, a stable
 * machine code, and a message that says what is wrong and why.
 *
 * @param entityType the entity's type, such as {@code "Risk"}
 * @param entityId the entity's id, or {@code "-"} for a singleton such as the scope
 * @param field the field at fault, such as {@code "assets"} or {@code "treatment.controls"}
 * @param code a stable machine key, such as {@code "reference.dangling"}
 * @param message a sentence naming entity, field, value and reason
 */
public record Violation(String entityType, String entityId, String field, String code, String message) {
  /** A reference to an entity that does not exist. */
  public static final String DANGLING = "reference.dangling";

  /** Two entities of one kind share an id. */
  public static final String DUPLICATE = "id.duplicate";

  /** A risk concerns an asset outside the ISMS scope. */
  public static final String OUT_OF_SCOPE = "scope.outside";

  /** Assets depend on each other in a cycle. */
  public static final String CYCLE = "asset.dependency-cycle";

  /** A control implementation or treatment refers to a control the SoA does not list. */
  public static final String NOT_IN_SOA = "soa.missing-entry";

  /** A custom control reuses a catalog control's id. */
  public static final String SHADOWS_CATALOG = "control.shadows-catalog";

  /** Requires all parts. */
  public Violation {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return message;
  }
}
