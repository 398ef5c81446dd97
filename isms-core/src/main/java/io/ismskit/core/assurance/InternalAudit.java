package io.ismskit.core.assurance;

import io.ismskit.core.base.Checks;
import io.ismskit.core.base.Text;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One internal audit (clause 9.2): its scope (clauses, controls, processes and a scope statement),
 * its criteria — the standard ({@link #criteria()}) and the organization's own requirements
 * (policies, documented procedures and interested parties' requirements, 9.2.1 a) — its plan,
 * auditors and auditees, the audit team with each member's competence and independence (9.2.2 b),
 * dates and report.
 *
 * <p>Auditors must not audit their own work: no auditor may be among {@link #auditees()} (a rule
 * of the conformance checker). Every member of the {@link #team()} is one of the {@link
 * #auditors()}.
 *
 * @implSpec Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InternalAudit implements WithInternalAudit {
  /** The audit's id. */
  public abstract AuditId id();

  /** The programme it belongs to. */
  public abstract AuditProgrammeId programme();

  /** The clauses in scope. */
  public abstract List<ClauseId> clauses();

  /** The controls in scope. */
  public abstract List<ControlId> controls();

  /** The processes in scope. */
  public abstract List<ProcessId> processes();

  /** The audit criteria as text, such as "ISO/IEC 27001:2022" and other standards. */
  public abstract List<String> criteria();

  /** The organization's policies that are audit criteria (its own ISMS requirements, 9.2.1 a 1). */
  public abstract List<PolicyId> criteriaPolicies();

  /** The organization's documented procedures and other documents that are audit criteria (9.2.1 a 1). */
  public abstract List<DocumentId> criteriaDocuments();

  /** The interested parties' requirements that are audit criteria, such as contractual ones (9.2.1 a 1). */
  public abstract List<RequirementId> criteriaRequirements();

  /** What the audit covers, in words, such as "Access control in the production cloud, Hamburg and Leipzig". */
  public abstract Optional<String> scope();

  /** The audit plan. */
  public abstract Optional<DocumentId> plan();

  /** When it is planned. */
  public abstract LocalDate plannedOn();

  /** The auditors. */
  public abstract List<PersonId> auditors();

  /** The audit team: each auditor's role, competence and independence (9.2.2 b); each one of {@link #auditors()}. */
  public abstract List<AuditTeamMember> team();

  /** The people responsible for the audited areas. */
  public abstract List<PersonId> auditees();

  /** The status, with when the audit was performed and its results reported. */
  public abstract AuditProgress progress();

  /** The audit report. */
  public abstract Optional<DocumentId> report();

  /** To whom the results were reported (9.2.2 c). */
  public abstract List<PersonId> reportedTo();

  @Value.Check
  protected void check() {
    String t = "InternalAudit";
    Checks.distinct(t, "clauses", clauses());
    Checks.distinct(t, "controls", controls());
    Checks.distinct(t, "auditors", auditors());
    Checks.date(t, "plannedOn", plannedOn());
    Checks.distinct(t, "criteria", criteria());
    criteria().forEach(c -> Checks.notBlank(t, "criteria", c));
    Checks.distinct(t, "criteriaPolicies", criteriaPolicies());
    Checks.distinct(t, "criteriaDocuments", criteriaDocuments());
    Checks.distinct(t, "criteriaRequirements", criteriaRequirements());
    Checks.notBlank(t, "scope", scope());
    Checks.distinct(t, "team.person", team().stream().map(AuditTeamMember::person).toList());
    for (AuditTeamMember m : team()) {
      Checks.consistent(auditors().contains(m.person()), t, "team.person", m.person(),
          "must be one of the auditors " + Text.shorten(auditors()));
    }
  }

  /** The team member for {@code auditor}, if the team lists them. */
  public Optional<AuditTeamMember> teamMember(PersonId auditor) {
    for (AuditTeamMember m : team()) {
      if (m.person().equals(auditor)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether the audit was carried out. */
  public boolean done() {
    return progress().done();
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
   * Builds {@link InternalAudit} values; {@code build()} checks them and throws {@link
   * io.ismskit.core.base.InvalidValueException} for a wrong or missing attribute.
   */
  public static final class Builder extends ImmutableInternalAudit.Builder {
    Builder() {}
  }
}
