package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Lists;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person or organization that can affect, be affected by, or perceive itself to be affected by
 * the ISMS (clause 4.2), with its relevant requirements and when the party and its needs were last
 * reviewed (so that the register can be shown to be current).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InterestedParty implements WithInterestedParty {
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

  /** When the party and its needs and expectations were last reviewed. */
  public abstract Optional<LocalDate> lastReviewed();

  @Value.Check
  protected void check() {
    Checks.notBlank("InterestedParty", "name", name());
    Checks.distinct(
        "InterestedParty", "requirements.id", requirements().stream().map(Requirement::id).toList());
    Checks.date("InterestedParty", "lastReviewed", lastReviewed());
  }

  /** The requirement with id {@code id}, if this party has one. */
  public Optional<Requirement> requirement(RequirementId id) {
    Objects.requireNonNull(id, "id");
    for (Requirement r : requirements()) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * This party with {@code requirement} in place of the requirement with its id, at the same
   * position, or added at the end if there is none.
   */
  public InterestedParty withRequirement(Requirement requirement) {
    return withRequirements(Lists.replace(requirements(), requirement, Requirement::id));
  }

  /** This party without the requirement with id {@code id} (unchanged if there is none). */
  public InterestedParty withoutRequirement(RequirementId id) {
    return withRequirements(Lists.remove(requirements(), id, Requirement::id));
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
   * Builds {@link InterestedParty} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableInterestedParty.Builder {
    Builder() {}
  }
}
