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
public abstract class ClimateChangeDecision {
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
  }

  /** A new builder. */
  public static ImmutableClimateChangeDecision.Builder builder() {
    return ImmutableClimateChangeDecision.builder();
  }
}
