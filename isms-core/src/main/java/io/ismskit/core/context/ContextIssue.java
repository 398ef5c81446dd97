package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.PersonId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An internal or external issue relevant to the organization's purpose that affects whether the
 * ISMS can achieve its intended outcomes (clause 4.1).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContextIssue implements WithContextIssue {
  /** The issue's id. */
  public abstract ContextIssueId id();

  /** Internal or external. */
  public abstract IssueKind kind();

  /** What the issue is. */
  public abstract String description();

  /** How the issue influences the ISMS's intended outcomes. */
  public abstract String ismsImpact();

  /** Whether the issue is related to climate change (Amendment 1:2024). */
  @Value.Default
  public boolean climateRelated() {
    return false;
  }

  /** Who monitors the issue. */
  public abstract Optional<PersonId> owner();

  /** When the issue was identified. */
  public abstract LocalDate identifiedOn();

  /** When the issue was last reviewed, if ever. */
  public abstract Optional<LocalDate> lastReviewed();

  @Value.Check
  protected void check() {
    Checks.notBlank("ContextIssue", "description", description());
    Checks.notBlank("ContextIssue", "ismsImpact", ismsImpact());
    Checks.date("ContextIssue", "identifiedOn", identifiedOn());
    Checks.date("ContextIssue", "lastReviewed", lastReviewed());
    Checks.order("ContextIssue", "identifiedOn", identifiedOn(), "lastReviewed", lastReviewed());
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
   * Builds {@link ContextIssue} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableContextIssue.Builder {
    Builder() {}
  }
}
