package io.ismskit.core.base;

import java.util.Objects;

/**
 * The one shape of every refusal in ismskit: a value a builder refused, a cross-entity violation
 * found by validation, an input a scoring method cannot score, a risk the engine cannot assess, a
 * document the importer cannot read. It says what (a stable {@link ProblemCode}), where (the entity
 * and the field), with which value, and why (a message safe to log and show).
 *
 * <p>Problems are returned, not thrown, wherever they can be gathered (in a Vavr {@code Validation}
 * or {@code Either}); a builder that refuses a value throws an {@link InvalidValueException} that
 * carries one.
 *
 * @param code the stable key of this kind of problem
 * @param entityType the type of the entity at fault, such as {@code "Risk"}; {@code ""} when the
 *     problem is not about an entity (a scoring input, a document)
 * @param entityId the id of that entity, {@code "-"} for a singleton such as the scope, {@code ""}
 *     when there is no entity or its id is not known
 * @param field where in the entity or input: a field name ({@code "owner"}), a path ({@code
 *     "treatment.controls[2]"}, {@code "inherent.inputs.likelihood"}) or a JSON pointer; {@code ""}
 *     for the entity as a whole
 * @param value the offending value, already {@linkplain Text#shorten(Object) shortened and
 *     escaped}; {@code ""} when the value is missing
 * @param message one sentence naming entity, field, value and reason, safe to print: no raw control
 *     characters, echoed input shortened
 * @implSpec This class is immutable and thread-safe.
 */
public record Problem(
    ProblemCode code, String entityType, String entityId, String field, String value, String message) {

  /** Requires all parts. */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem of an entity's field. The message reads {@code "Risk R-1: owner <reason>, was
   * 'P-X'"} (without the {@code was} part when {@code value} is {@code null}); the value is
   * shortened and escaped with {@link Text#shorten(Object)}.
   *
   * @param value the offending value, or {@code null} when it is missing
   */
  public static Problem of(
      ProblemCode code, String entityType, String entityId, String field, @org.jspecify.annotations.Nullable Object value,
      String reason) {
    String v = value == null ? "" : Text.shorten(value);
    StringBuilder m = new StringBuilder();
    if (!entityType.isEmpty()) {
      m.append(entityType);
      if (!entityId.isEmpty()) {
        m.append(' ').append(Text.shorten(entityId));
      }
      m.append(": ");
    }
    if (!field.isEmpty()) {
      m.append(field).append(' ');
    }
    m.append(reason);
    if (value != null) {
      m.append(", was '").append(v).append('\'');
    }
    return new Problem(code, entityType, entityId, field, v, m.toString());
  }

  /**
   * A problem of an input field that belongs to no entity, such as a scoring method's input. The
   * message reads {@code "likelihood: <reason>, was '7'"}.
   *
   * @param value the offending value, or {@code null} when it is missing
   */
  public static Problem ofField(
      ProblemCode code, String field, @org.jspecify.annotations.Nullable Object value, String reason) {
    String v = value == null ? "" : Text.shorten(value);
    String m = (field.isEmpty() ? "" : field + ": ") + reason + (value == null ? "" : ", was '" + v + "'");
    return new Problem(code, "", "", field, v, m);
  }

  /**
   * This problem placed inside an entity: the field gets {@code fieldPrefix} in front (such as
   * {@code "inherent.inputs."}), and the message is prefixed with the entity, as when the engine
   * reports a scoring method's refusal of one risk's inputs.
   */
  public Problem within(String entityType, String entityId, String fieldPrefix) {
    Objects.requireNonNull(entityType, "entityType");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(fieldPrefix, "fieldPrefix");
    String f = fieldPrefix + field;
    String m = entityType + (entityId.isEmpty() ? "" : " " + Text.shorten(entityId)) + ": "
        + (fieldPrefix.isEmpty() ? "" : fieldPrefix) + message;
    return new Problem(code, entityType, entityId, f, value, m);
  }

  /** This problem with another code (the rest unchanged). */
  public Problem withCode(ProblemCode newCode) {
    return new Problem(newCode, entityType, entityId, field, value, message);
  }

  @Override
  public String toString() {
    return message;
  }
}
