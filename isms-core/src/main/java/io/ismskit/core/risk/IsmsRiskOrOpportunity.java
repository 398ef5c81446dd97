package io.ismskit.core.risk;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.OpportunityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk or opportunity for the ISMS itself (clause 6.1.1), as distinct from an information
 * security risk: traced to context issues or requirements, with the planned action and how its
 * effectiveness is evaluated.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class IsmsRiskOrOpportunity implements WithIsmsRiskOrOpportunity {
  /** Whether this is a risk or an opportunity. */
  public enum Kind {
    /** Something that could stop the ISMS from achieving its outcomes. */
    RISK,
    /** Something that could improve the ISMS. */
    OPPORTUNITY
  }

  /** The id. */
  public abstract OpportunityId id();

  /** Risk or opportunity. */
  public abstract Kind kind();

  /** What it is. */
  public abstract String description();

  /** The context issues it comes from (4.1). */
  public abstract List<ContextIssueId> issues();

  /** The requirements it comes from (4.2). */
  public abstract List<RequirementId> requirements();

  /** The planned action (6.1.1 d). */
  public abstract String action();

  /** Who is responsible. */
  public abstract PersonId owner();

  /** How the action's effectiveness is evaluated (6.1.1 e). */
  public abstract Optional<String> effectivenessEvaluation();

  /** When it was last evaluated. */
  public abstract Optional<LocalDate> evaluatedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("IsmsRiskOrOpportunity", "description", description());
    Checks.notBlank("IsmsRiskOrOpportunity", "action", action());
    Checks.notBlank("IsmsRiskOrOpportunity", "effectivenessEvaluation", effectivenessEvaluation());
    Checks.date("IsmsRiskOrOpportunity", "evaluatedOn", evaluatedOn());
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
   * Builds {@link IsmsRiskOrOpportunity} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableIsmsRiskOrOpportunity.Builder {
    Builder() {}
  }
}
