package io.ismskit.core.context;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A relevant requirement of an interested party (clause 4.2 b) and the decision whether the ISMS
 * addresses it (4.2 c), with when it was last reviewed (4.2 currency).
 *
 * <p>The binding requirements ({@link RequirementType#binding()}: legal, regulatory and
 * contractual) form the register of control A.5.31: each says where it is stated ({@link
 * #source()}), in which {@link #jurisdiction()}, who keeps track of it ({@link #owner()}) and how
 * compliance was last evaluated ({@link #compliance()}).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement implements WithRequirement {
  /** The requirement's id, unique across all interested parties. */
  public abstract RequirementId id();

  /** What is required. */
  public abstract String description();

  /** Where the requirement comes from. */
  public abstract RequirementType type();

  /** Where the requirement is stated: a law's article, a contract clause, a standard. */
  public abstract Optional<String> source();

  /** The decision whether the ISMS addresses the requirement; empty while undecided. */
  public abstract Optional<Boolean> addressedByIsms();

  /** Why the requirement is or is not addressed. */
  public abstract Optional<String> rationale();

  /** Whether the requirement relates to climate change (Amendment 1:2024 note to 4.2). */
  @Value.Default
  public boolean climateRelated() {
    return false;
  }

  /** The controls that address the requirement. */
  public abstract List<ControlId> controls();

  /** The objectives that address the requirement. */
  public abstract List<ObjectiveId> objectives();

  /** The jurisdiction of a legal or regulatory requirement, such as "EU" or "Germany". */
  public abstract Optional<String> jurisdiction();

  /** Who keeps track of the requirement and of changes to it. */
  public abstract Optional<PersonId> owner();

  /** When the requirement was last reviewed: still applicable, still stated so (4.2). */
  public abstract Optional<LocalDate> lastReviewed();

  /** The latest evaluation of compliance with it (A.5.31, A.5.36). */
  public abstract Optional<ComplianceEvaluation> compliance();

  @Value.Check
  protected void check() {
    Checks.notBlank("Requirement", "description", description());
    Checks.notBlank("Requirement", "rationale", rationale());
    Checks.notBlank("Requirement", "source", source());
    Checks.distinct("Requirement", "controls", controls());
    Checks.distinct("Requirement", "objectives", objectives());
    Checks.notBlank("Requirement", "jurisdiction", jurisdiction());
    Checks.date("Requirement", "lastReviewed", lastReviewed());
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
   * Builds {@link Requirement} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
