package io.ismskit.core;

import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.ClimateChangeDecision;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.Scope;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.Vulnerability;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The aggregate root: everything an ISMS holds, from its context and scope to its risks, Statement
 * of Applicability, audits and nonconformities.
 *
 * <p>Each entity checks its own fields when it is built. Relations between entities — dangling
 * references, duplicate ids, risks on assets outside the scope, dependency cycles — are checked by
 * {@link #validate()}, which returns <em>all</em> violations at once.
 *
 * <pre>{@code
 * Isms isms = Isms.builder()
 *     .organization(Organization.builder().name("Acme").headcount(150).build())
 *     .addPeople(alice)
 *     .addAssets(crm)
 *     .build();
 * isms.validate().fold(violations -> ..., valid -> ...);
 * }</pre>
 *
 * @implSpec Immutable and thread-safe; {@code with*} methods return modified copies.
 */
@Value.Immutable
public abstract class Isms {
  /** The organization. */
  public abstract Organization organization();

  /** The ISMS scope (4.3). */
  public abstract Optional<Scope> scope();

  /** The planned intervals of recurring activities. */
  @Value.Default
  public ReviewIntervals intervals() {
    return ReviewIntervals.ANNUAL;
  }

  /** Internal and external issues (4.1). */
  public abstract List<ContextIssue> contextIssues();

  /** The decision whether climate change is relevant (4.1, Amd 1:2024). */
  public abstract Optional<ClimateChangeDecision> climateChangeDecision();

  /** Interested parties and their requirements (4.2). */
  public abstract List<InterestedParty> interestedParties();

  /** The ISMS processes (4.4, 8.1). */
  public abstract List<IsmsProcess> processes();

  /** The people. */
  public abstract List<Person> people();

  /** The roles (5.3). */
  public abstract List<Role> roles();

  /** Who holds which role (5.3). */
  public abstract List<RoleAssignment> roleAssignments();

  /** The information security policy and topic-specific policies (5.2, A.5.1). */
  public abstract List<Policy> policies();

  /** Information security objectives (6.2). */
  public abstract List<Objective> objectives();

  /** Resources provided (7.1). */
  public abstract List<ResourceAllocation> resources();

  /** Competence evidence (7.2). */
  public abstract List<CompetenceRecord> competenceRecords();

  /** Awareness records (7.3). */
  public abstract List<AwarenessRecord> awarenessRecords();

  /** Planned communications (7.4). */
  public abstract List<Communication> communications();

  /** Documented information (7.5). */
  public abstract List<DocumentedInformation> documents();

  /** Assets. */
  public abstract List<Asset> assets();

  /** Threats. */
  public abstract List<Threat> threats();

  /** Vulnerabilities. */
  public abstract List<Vulnerability> vulnerabilities();

  /** The risk criteria (6.1.2 a). */
  public abstract Optional<RiskCriteria> riskCriteria();

  /** Information security risks (6.1.2, 6.1.3, 8.2, 8.3). */
  public abstract List<Risk> risks();

  /** Risks and opportunities of the ISMS itself (6.1.1). */
  public abstract List<IsmsRiskOrOpportunity> risksAndOpportunities();

  /** Controls from sources other than the catalog (6.1.3 b). */
  public abstract List<CustomControl> customControls();

  /** How controls are implemented. */
  public abstract List<ControlImplementation> controlImplementations();

  /** The Statement of Applicability (6.1.3 d). */
  public abstract Optional<StatementOfApplicability> statementOfApplicability();

  /** Metrics (9.1). */
  public abstract List<Metric> metrics();

  /** Measurements (9.1). */
  public abstract List<Measurement> measurements();

  /** Internal audit programmes (9.2.2). */
  public abstract List<AuditProgramme> auditProgrammes();

  /** Internal audits (9.2). */
  public abstract List<InternalAudit> audits();

  /** Audit findings (9.2). */
  public abstract List<AuditFinding> findings();

  /** Management reviews (9.3). */
  public abstract List<ManagementReview> managementReviews();

  /** Nonconformities (10.2). */
  public abstract List<Nonconformity> nonconformities();

  /** Corrective actions (10.2). */
  public abstract List<CorrectiveAction> correctiveActions();

  /** Continual improvements (10.1). */
  public abstract List<Improvement> improvements();

  /** Planned changes (6.3). */
  public abstract List<PlannedChange> changes();

  /** Information security incidents. */
  public abstract List<Incident> incidents();

  /**
   * Checks every relation between entities against the built-in ISO/IEC 27001:2022 catalog and
   * returns this ISMS if all hold, or every violation found, in a stable order.
   */
  public final Validation<Seq<Violation>, Isms> validate() {
    return validate(Iso27001_2022.framework());
  }

  /**
   * Like {@link #validate()}, against the controls of {@code framework} (the custom controls of this
   * ISMS are always known).
   */
  public final Validation<Seq<Violation>, Isms> validate(Framework framework) {
    Seq<Violation> all = new IsmsValidator(this, framework::contains).run();
    return all.isEmpty() ? Validation.valid(this) : Validation.invalid(all);
  }

  /** A new builder. */
  public static ImmutableIsms.Builder builder() {
    return ImmutableIsms.builder();
  }
}
