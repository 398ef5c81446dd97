package io.ismskit.core.id;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.ModelCode;
import java.util.Objects;

/**
 * A typed reference to an entity named by a finding, printed as {@code "Type:id"}, such as {@code
 * "Risk:R-17"} or {@code "Control:A.5.9"}.
 *
 * @param type the entity type, such as {@code "Risk"}; never blank
 * @param id the entity id, or {@code "-"} for a singleton such as the scope; never blank
 */
public record EntityRef(String type, String id) implements Comparable<EntityRef> {
  /** Refuses blank parts and a colon in the type. */
  public EntityRef {
    Objects.requireNonNull(type, "EntityRef.type: must not be null");
    Checks.notBlank("EntityRef", "type", type);
    Checks.consistent(type.indexOf(':') < 0, "EntityRef", "type", type, "must not contain ':'");
    Checks.notBlank("EntityRef", "id", id);
  }

  /** The reference {@code type:id}. */
  public static EntityRef of(String type, String id) {
    return new EntityRef(type, id);
  }

  /**
   * The reference to a typed id; the type is the id's class name without the {@code Id} suffix
   * ({@code RiskId} gives {@code "Risk"}, {@code ControlId} gives {@code "Control"}).
   */
  public static EntityRef of(EntityId id) {
    Objects.requireNonNull(id, "id");
    String name = id.getClass().getSimpleName();
    if (name.endsWith("Id") && name.length() > 2) {
      name = name.substring(0, name.length() - 2);
    }
    return new EntityRef(name, id.value());
  }

  /**
   * Parses {@code "Type:id"}; the id may itself contain colons.
   *
   * @throws io.ismskit.core.base.InvalidValueException if {@code text} has no colon or a blank part
   */
  public static EntityRef parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon < 0) {
      throw Checks.refusal(ModelCode.MALFORMED, "EntityRef", "", text, "expected 'Type:id'");
    }
    return new EntityRef(text.substring(0, colon), text.substring(colon + 1));
  }

  @Override
  public int compareTo(EntityRef o) {
    int c = type.compareTo(o.type);
    return c != 0 ? c : id.compareTo(o.id);
  }

  @Override
  public String toString() {
    return type + ":" + id;
  }
}
