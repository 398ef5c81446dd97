package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.SupplierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An information security incident (controls A.5.24 to A.5.28), which feeds monitoring, risk
 * assessment and management review: when it was assessed and classified (A.5.25), handled and
 * resolved (A.5.26), what was learned and when (A.5.27) and which improvements and nonconformity
 * that led to, the evidence collected (A.5.28), and the suppliers involved (A.5.22).
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Incident implements WithIncident {
  /** The severity of an incident. */
  public enum Severity {
    /** Little or no effect. */
    LOW,
    /** Limited effect. */
    MEDIUM,
    /** Serious effect. */
    HIGH,
    /** Severe effect on the organization. */
    CRITICAL
  }

  /** The incident's id. */
  public abstract IncidentId id();

  /** A short title. */
  public abstract String title();

  /** When it happened. */
  public abstract LocalDate occurredOn();

  /** When it was reported. */
  public abstract LocalDate reportedOn();

  /** Its severity. */
  public abstract Severity severity();

  /** The assets affected. */
  public abstract List<AssetId> assets();

  /** The properties compromised. */
  public abstract Set<SecurityProperty> compromised();

  /** The risks it realised. */
  public abstract List<RiskId> risks();

  /** Whether personal data was breached, which may oblige notification of an authority. */
  @Value.Default
  public boolean personalDataBreach() {
    return false;
  }

  /** When the authorities or the people affected were notified, where they had to be. */
  public abstract Optional<LocalDate> notifiedOn();

  /** When the event was assessed and decided to be an incident (A.5.25); not before it occurred. */
  public abstract Optional<LocalDate> assessedOn();

  /** Who handled the incident. */
  public abstract Optional<PersonId> handler();

  /** The nonconformity the incident revealed. */
  public abstract Optional<NonconformityId> nonconformity();

  /** When it was resolved. */
  public abstract Optional<LocalDate> resolvedOn();

  /** What was learned (A.5.27). */
  public abstract Optional<String> lessonsLearned();

  /** When the lessons were reviewed, such as in a post-incident review (A.5.27); not before it occurred. */
  public abstract Optional<LocalDate> lessonsReviewedOn();

  /** The improvements the lessons led to (A.5.27, 10.1). */
  public abstract List<ImprovementId> improvements();

  /** The evidence collected about the incident (A.5.28). */
  public abstract List<EvidenceId> evidence();

  /** The suppliers involved, as cause or as affected party (A.5.22). */
  public abstract List<SupplierId> suppliers();

  @Value.Check
  protected void check() {
    Checks.notBlank("Incident", "title", title());
    Checks.date("Incident", "occurredOn", occurredOn());
    Checks.date("Incident", "reportedOn", reportedOn());
    Checks.date("Incident", "resolvedOn", resolvedOn());
    Checks.date("Incident", "notifiedOn", notifiedOn());
    Checks.order("Incident", "occurredOn", occurredOn(), "reportedOn", reportedOn());
    Checks.order("Incident", "occurredOn", occurredOn(), "resolvedOn", resolvedOn());
    Checks.notBlank("Incident", "lessonsLearned", lessonsLearned());
    Checks.order("Incident", "occurredOn", occurredOn(), "notifiedOn", notifiedOn());
    Checks.date("Incident", "assessedOn", assessedOn());
    Checks.date("Incident", "lessonsReviewedOn", lessonsReviewedOn());
    Checks.order("Incident", "occurredOn", occurredOn(), "assessedOn", assessedOn());
    Checks.order("Incident", "occurredOn", occurredOn(), "lessonsReviewedOn", lessonsReviewedOn());
    Checks.distinct("Incident", "improvements", improvements());
    Checks.distinct("Incident", "evidence", evidence());
    Checks.distinct("Incident", "suppliers", suppliers());
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
   * Builds {@link Incident} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableIncident.Builder {
    Builder() {}
  }
}
