package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.InterestedPartyId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A person or organization that can affect, be affected by, or perceive itself to be affected by
 * the ISMS (clause 4.2), with its relevant requirements.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterestedParty {
  /** The party's id. */
  public abstract InterestedPartyId id();

  /** The party's name. */
  public abstract String name();

  /** The party's kind. */
  public abstract PartyKind kind();

  /** Whether the party is inside the organization. */
  @Value.Default
  public boolean internal() {
    return false;
  }

  /** The party's relevant requirements. */
  public abstract List<Requirement> requirements();

  @Value.Check
  protected void check() {
    Checks.notBlank("InterestedParty", "name", name());
    Checks.distinct(
        "InterestedParty", "requirements.id", requirements().stream().map(Requirement::id).toList());
  }

  /** A new builder. */
  public static ImmutableInterestedParty.Builder builder() {
    return ImmutableInterestedParty.builder();
  }
}
