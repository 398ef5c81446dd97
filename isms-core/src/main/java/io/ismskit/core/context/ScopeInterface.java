package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.InterestedPartyId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An interface or dependency between activities in scope and activities performed by others, such
 * as an outsourced or cloud service (clause 4.3 c).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScopeInterface implements WithScopeInterface {
  /** What crosses the boundary. */
  public abstract String description();

  /** The other organization, where there is one. */
  public abstract Optional<InterestedPartyId> counterparty();

  /** Whether the activity is performed by another organization; false unless set. */
  @Value.Default
  public boolean outsourced() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("ScopeInterface", "description", description());
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
   * Builds {@link ScopeInterface} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableScopeInterface.Builder {
    Builder() {}
  }
}
