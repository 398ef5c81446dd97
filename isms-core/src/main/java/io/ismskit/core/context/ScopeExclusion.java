package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import org.immutables.value.Value;

/**
 * Something deliberately left out of the ISMS scope, with the reason (clause 4.3).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScopeExclusion implements WithScopeExclusion {
  /** What is excluded: a unit, site, process or service. */
  public abstract String item();

  /** Why it is excluded; never blank. */
  public abstract String justification();

  @Value.Check
  protected void check() {
    Checks.notBlank("ScopeExclusion", "item", item());
    Checks.notBlank("ScopeExclusion", "justification", justification());
  }

  /** The exclusion of {@code item} for the reason {@code justification}. */
  public static ScopeExclusion of(String item, String justification) {
    return builder().item(item).justification(justification).build();
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
   * Builds {@link ScopeExclusion} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableScopeExclusion.Builder {
    Builder() {}
  }
}
