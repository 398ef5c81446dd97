package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.InterestedPartyId;
import java.util.Objects;
import java.util.Optional;

/**
 * An interface or dependency between activities in scope and activities performed by others, such
 * as an outsourced or cloud service (clause 4.3 c).
 *
 * @param description what crosses the boundary
 * @param counterparty the other organization, where there is one
 * @param outsourced whether the activity is performed by another organization
 */
public record ScopeInterface(String description, Optional<InterestedPartyId> counterparty, boolean outsourced) {
  /** Refuses a blank description. */
  public ScopeInterface {
    Checks.notBlank("ScopeInterface", "description", description);
    Objects.requireNonNull(counterparty, "counterparty");
  }
}
