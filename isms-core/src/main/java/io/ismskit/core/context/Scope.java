package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.RequirementId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The boundaries and applicability of the ISMS (clause 4.3), held as documented information.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope implements WithScope {
  /** The scope statement. */
  public abstract String statement();

  /** The version of the scope document. */
  public abstract String version();

  /** The documented information that holds the scope. */
  public abstract Optional<DocumentId> document();

  /** Organizational units in scope. */
  public abstract List<String> organizationalUnits();

  /** Locations in scope. */
  public abstract List<String> locations();

  /** Business processes and services in scope. */
  public abstract List<String> processes();

  /** What is excluded, each with its justification. */
  public abstract List<ScopeExclusion> exclusions();

  /** Interfaces and dependencies with activities performed by others. */
  public abstract List<ScopeInterface> interfaces();

  /** The context issues considered in fixing the scope (4.3 a). */
  public abstract List<ContextIssueId> consideredIssues();

  /** The requirements considered in fixing the scope (4.3 b). */
  public abstract List<RequirementId> consideredRequirements();

  /** Who approved the scope, and when. */
  public abstract Optional<Approval> approval();

  @Value.Check
  protected void check() {
    Checks.notBlank("Scope", "statement", statement());
    Checks.notBlank("Scope", "version", version());
    Checks.distinct("Scope", "consideredIssues", consideredIssues());
    Checks.distinct("Scope", "consideredRequirements", consideredRequirements());
  }

  /** Whether the scope has been approved. */
  public boolean approved() {
    return approval().isPresent();
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
   * Builds {@link Scope} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableScope.Builder {
    Builder() {}
  }
}
