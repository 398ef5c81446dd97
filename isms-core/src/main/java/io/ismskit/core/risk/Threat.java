package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.id.ThreatId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A potential cause of an unwanted incident that can harm assets.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Threat implements WithThreat {
  /** The threat's id. */
  public abstract ThreatId id();

  /** The threat's name, such as "Ransomware". */
  public abstract String name();

  /** Where the threat comes from. */
  public abstract ThreatSource source();

  /** A description. */
  public abstract Optional<String> description();

  /** The properties the threat can compromise. */
  public abstract Set<SecurityProperty> affects();

  @Value.Check
  protected void check() {
    Checks.notBlank("Threat", "name", name());
    Checks.notBlank("Threat", "description", description());
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every attribute of this value, to change several at once. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Threat} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableThreat.Builder {
    Builder() {}
  }
}
