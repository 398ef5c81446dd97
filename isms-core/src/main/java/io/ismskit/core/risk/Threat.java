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
public abstract class Threat {
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
  public static ImmutableThreat.Builder builder() {
    return ImmutableThreat.builder();
  }
}
