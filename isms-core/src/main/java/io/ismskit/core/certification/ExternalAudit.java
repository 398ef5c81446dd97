package io.ismskit.core.certification;

import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.base.Checks;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.ExternalAuditId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An audit by a certification body: stage 1 or 2 of the initial audit, a surveillance audit, a
 * recertification audit or a special one. Its {@link #progress()} says when the audit was
 * performed (the last day of fieldwork: the six months within which the majors of a stage 2 must be
 * verified run from it) and when the report came.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExternalAudit implements WithExternalAudit {
  /** The audit's id. */
  public abstract ExternalAuditId id();

  /** The certification body that carries it out. */
  public abstract CertificationBodyId body();

  /** The certificate it maintains or renews; empty for the initial audit before the first certificate. */
  public abstract Optional<CertificateId> certificate();

  /** The kind of audit. */
  public abstract ExternalAuditType type();

  /** Why a special audit takes place, or other notes on its purpose. */
  public abstract Optional<String> purpose();

  /** When it is planned (its first day). */
  public abstract LocalDate plannedOn();

  /** The status, with the last day of fieldwork and when the report came. */
  public abstract AuditProgress progress();

  /** The lead auditor's name. */
  public abstract Optional<String> leadAuditor();

  /** The clauses sampled. */
  public abstract List<ClauseId> clauses();

  /** The controls sampled. */
  public abstract List<ControlId> controls();

  /** The audit team's recommendation. */
  public abstract Optional<AuditRecommendation> recommendation();

  @Value.Check
  protected void check() {
    String t = "ExternalAudit";
    Checks.notBlank(t, "purpose", purpose());
    Checks.notBlank(t, "leadAuditor", leadAuditor());
    Checks.date(t, "plannedOn", plannedOn());
    Checks.distinct(t, "clauses", clauses());
    Checks.distinct(t, "controls", controls());
  }

  /** Whether the audit was carried out. */
  public boolean done() {
    return progress().done();
  }

  /** The last day of fieldwork, once performed. */
  public Optional<LocalDate> performedOn() {
    return progress().performedOn();
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
   * Builds {@link ExternalAudit} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableExternalAudit.Builder {
    Builder() {}
  }
}
