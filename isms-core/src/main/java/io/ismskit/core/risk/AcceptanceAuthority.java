package io.ismskit.core.risk;

import io.ismskit.core.id.RoleId;
import java.util.Objects;

/**
 * Who may accept residual risk up to which level (clause 6.1.3 f, ISO/IEC 27005): holders of
 * {@code role} may accept risks whose level is at most {@code upTo}, as ranked by the risk criteria
 * that list this authority. The two go together and are set in one call.
 *
 * @param role the role whose holders have the authority
 * @param upTo the highest level they may accept; one of the criteria's levels
 * @implSpec This class is immutable and thread-safe.
 */
public record AcceptanceAuthority(RoleId role, RiskLevel upTo) {
  /** Requires both parts. */
  public AcceptanceAuthority {
    Objects.requireNonNull(role, "AcceptanceAuthority.role: must not be null");
    Objects.requireNonNull(upTo, "AcceptanceAuthority.upTo: must not be null");
  }

  /** Holders of {@code role} may accept up to {@code upTo}. */
  public static AcceptanceAuthority of(RoleId role, RiskLevel upTo) {
    return new AcceptanceAuthority(role, upTo);
  }

  /** This authority for holders of {@code role} instead. */
  public AcceptanceAuthority withRole(RoleId role) {
    return new AcceptanceAuthority(role, upTo);
  }

  /** This authority up to {@code upTo} instead. */
  public AcceptanceAuthority withUpTo(RiskLevel upTo) {
    return new AcceptanceAuthority(role, upTo);
  }

  @Override
  public String toString() {
    return role + " up to " + upTo;
  }
}
