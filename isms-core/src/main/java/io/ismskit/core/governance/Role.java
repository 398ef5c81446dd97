package io.ismskit.core.governance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.RoleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A role relevant to information security, with its responsibilities, authorities and the
 * competences its holders need (clauses 5.3 and 7.2 a), when those were determined and where they
 * are documented. Evidence that a holder has a competence is a {@link CompetenceRecord} naming the
 * role.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Role implements WithRole {
  /** The role's id. */
  public abstract RoleId id();

  /** The role's name, such as "Information Security Officer". */
  public abstract String name();

  /** What the role is responsible for. */
  public abstract List<String> responsibilities();

  /** What the role is authorized to decide. */
  public abstract List<String> authorities();

  /** Which of the duties of clause 5.3 a and b the role carries. */
  public abstract Set<IsmsDuty> duties();

  /** The competences a holder of the role needs (7.2 a). */
  public abstract List<String> requiredCompetences();

  /** When the competences the role needs were last determined or confirmed (7.2 a). */
  public abstract Optional<LocalDate> competencesDeterminedOn();

  /** The documented role profile that states the needed competences, such as a job description. */
  public abstract Optional<DocumentId> competenceProfile();

  /** Whether the role is a top-management role. */
  @Value.Default
  public boolean topManagement() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("Role", "name", name());
    Checks.distinct("Role", "requiredCompetences", requiredCompetences());
    requiredCompetences().forEach(c -> Checks.notBlank("Role", "requiredCompetences", c));
    Checks.date("Role", "competencesDeterminedOn", competencesDeterminedOn());
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
   * Builds {@link Role} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }
}
