package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The boundaries and applicability of the ISMS (clause 4.3), held as documented information.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scope {
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

  /** Who approved the scope. */
  public abstract Optional<PersonId> approvedBy();

  /** When the scope was approved. */
  public abstract Optional<LocalDate> approvedOn();

  @Value.Check
  protected void check() {
    Checks.notBlank("Scope", "statement", statement());
    Checks.notBlank("Scope", "version", version());
    Checks.together("Scope", "approvedBy", approvedBy(), "approvedOn", approvedOn());
    Checks.distinct("Scope", "consideredIssues", consideredIssues());
    Checks.distinct("Scope", "consideredRequirements", consideredRequirements());
  }

  /** Whether the scope has been approved. */
  public boolean approved() {
    return approvedBy().isPresent();
  }

  /** A new builder. */
  public static ImmutableScope.Builder builder() {
    return ImmutableScope.builder();
  }
}
