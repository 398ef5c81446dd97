package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The organization's recorded decision whether climate change is a relevant issue (clause 4.1 as
 * amended by ISO/IEC 27001:2022/Amd 1:2024).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ClimateChangeDecision implements WithClimateChangeDecision {
  /** Whether climate change is relevant to the ISMS. */
  public abstract boolean relevant();

  /** Why it is or is not relevant. */
  public abstract String rationale();

  /** When the decision was taken. */
  public abstract LocalDate decidedOn();

  /** Who took the decision. */
  public abstract PersonId decidedBy();

  /** The context issues that express the climate-related concerns, when relevant. */
  public abstract List<ContextIssueId> issues();

  @Value.Check
  protected void check() {
    Checks.notBlank("ClimateChangeDecision", "rationale", rationale());
    Checks.distinct("ClimateChangeDecision", "issues", issues());
    Checks.date("ClimateChangeDecision", "decidedOn", decidedOn());
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
   * Builds {@link ClimateChangeDecision} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableClimateChangeDecision.Builder {
    Builder() {}
  }
}
