package io.ismskit.core.context;

import io.ismskit.core.base.Checks;

/**
 * Something deliberately left out of the ISMS scope, with the reason (clause 4.3).
 *
 * @param item what is excluded: a unit, site, process or service
 * @param justification why it is excluded; never blank
 */
public record ScopeExclusion(String item, String justification) {
  /** Refuses a blank item or an exclusion without justification. */
  public ScopeExclusion {
    Checks.notBlank("ScopeExclusion", "item", item);
    if (justification == null || justification.isBlank()) {
      throw new IllegalArgumentException(
          "ScopeExclusion.justification: the exclusion of '" + item + "' needs a justification, was '"
              + justification + "'");
    }
  }

  /** Returns the exclusion of {@code item} for the reason {@code justification}. */
  public static ScopeExclusion of(String item, String justification) {
    return new ScopeExclusion(item, justification);
  }
}
