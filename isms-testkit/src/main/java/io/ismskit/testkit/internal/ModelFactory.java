package io.ismskit.testkit.internal;

import io.ismskit.core.ReviewIntervals;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.AuditStatus;
import io.ismskit.core.assurance.AuditTeamMember;
import io.ismskit.core.assurance.AuditorRole;
import io.ismskit.core.assurance.ChangeTrigger;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.EffectivenessReview;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.FindingType;
import io.ismskit.core.assurance.Importance;
import io.ismskit.core.assurance.Improvement;
import io.ismskit.core.assurance.Incident;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.NonconformityProgress;
import io.ismskit.core.assurance.NonconformitySource;
import io.ismskit.core.assurance.NonconformityStatus;
import io.ismskit.core.assurance.ObjectiveEvidence;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.context.ClimateChangeDecision;
import io.ismskit.core.context.ComplianceEvaluation;
import io.ismskit.core.context.ComplianceStatus;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.IssueKind;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.context.RequirementType;
import io.ismskit.core.context.Scope;
import io.ismskit.core.context.ScopeExclusion;
import io.ismskit.core.context.ScopeInterface;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.CustomControl;
import io.ismskit.core.control.ImplementationStatus;
import io.ismskit.core.control.InclusionReason;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceKind;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.Disposition;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentVersion;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.EvidenceType;
import io.ismskit.core.governance.IsmsDuty;
import io.ismskit.core.governance.Objective;
import io.ismskit.core.governance.ObjectiveStatus;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyException;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.ResourceKind;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.AwarenessRecordId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EvidenceId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.NonconformityId;
import io.ismskit.core.id.ObjectiveId;
import io.ismskit.core.id.OpportunityId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyExceptionId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.ActionStatus;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.AcceptanceBasis;
import io.ismskit.core.risk.RiskAcceptance;
import io.ismskit.core.risk.RiskApproach;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.ScaleValue;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskDecision;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.Threat;
import io.ismskit.core.risk.ThreatSource;
import io.ismskit.core.risk.Treatment;
import io.ismskit.core.risk.TreatmentAction;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.core.risk.Vulnerability;
import io.ismskit.core.supplier.AssessmentKind;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.CloudServiceModel;
import io.ismskit.core.supplier.ProvisionKind;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierCriticality;
import io.ismskit.core.supplier.SupplierService;
import io.ismskit.core.supplier.SupplierStatus;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Builds one entity of every model type from a random generator and a {@link World} of ids it may
 * refer to. Every value passes its builder's local checks; references come from the world's pools.
 * Not part of the API: use {@code IsmsGens}.
 */
public final class ModelFactory {
  /** The earliest date generated. */
  public static final LocalDate BASE = LocalDate.of(2021, 1, 1);

  private static final String[] WORDS = {
    "customer", "payroll", "backup", "network", "supplier", "cloud", "access", "identity", "laptop",
    "database", "firewall", "portal", "invoice", "support", "release", "archive", "mail", "badge",
    "server", "vendor", "logging", "patch", "training", "contract", "incident", "office", "key",
    "storage", "analytics", "API", "mobile", "website", "HR", "finance", "legal", "datacentre"
  };
  private static final String[] FIRST = {
    "Ada", "Ben", "Chen", "Dana", "Emil", "Fatma", "Goran", "Hana", "Ivo", "Jana", "Kofi", "Lea",
    "Mateo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Vik", "Wen", "Yara"
  };
  private static final String[] LAST = {
    "Schmidt", "Okafor", "Nakamura", "Silva", "Novak", "Haddad", "Larsen", "Kowalski", "Moreau",
    "Rossi", "Fischer", "Nguyen", "Petrov", "Garcia", "Kim", "Dubois", "Meyer", "Costa"
  };
  private static final String[] LEVELS = {"Very low", "Low", "Medium", "High", "Very high"};

  /**
   * The levels generated assessments have: those every generated criteria list (criteria of 3, 4
   * or 5 levels all keep the lowest, the middle and the highest of {@link #LEVELS}), so that a
   * generated ISMS's assessments always use levels of its criteria.
   */
  private static final List<RiskLevel> ASSESSED_LEVELS =
      List.of(RiskLevel.of("Very low"), RiskLevel.of("Medium"), RiskLevel.of("Very high"));

  private static final MethodId MATRIX = MethodId.of("matrix");
  private static final String[] SOURCES = {
    "ISO/IEC 27017:2015", "ISO/IEC 27018:2019", "ISO/IEC 27701:2019", "NIST SP 800-53 Rev. 5", "internal"
  };
  private static final Pool<ClauseId> CLAUSES = Pool.of(List.of(
      ClauseId.of("4.1"), ClauseId.of("4.2"), ClauseId.of("4.3"), ClauseId.of("4.4"),
      ClauseId.of("5.1"), ClauseId.of("5.2"), ClauseId.of("5.3"), ClauseId.of("6.1.1"),
      ClauseId.of("6.1.2"), ClauseId.of("6.1.3"), ClauseId.of("6.2"), ClauseId.of("6.3"),
      ClauseId.of("7.1"), ClauseId.of("7.2"), ClauseId.of("7.3"), ClauseId.of("7.4"),
      ClauseId.of("7.5"), ClauseId.of("8.1"), ClauseId.of("8.2"), ClauseId.of("8.3"),
      ClauseId.of("9.1"), ClauseId.of("9.2"), ClauseId.of("9.3"), ClauseId.of("10.1"),
      ClauseId.of("10.2")));
  private static final Pool<String> COMPETENCES = Pool.of(List.of(
      "risk assessment", "ISO/IEC 27001 auditing", "incident handling", "cryptography",
      "secure development", "cloud security", "privacy law", "network security"));

  private ModelFactory() {}

  // ---------------------------------------------------------------------------------------------
  // Values

  /** A word. */
  public static String word(RandomGenerator r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  /** A short non-blank phrase of two to five words. */
  public static String phrase(RandomGenerator r) {
    int n = r.nextInt(2, 6);
    StringBuilder sb = new StringBuilder(48);
    String first = word(r);
    sb.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
    for (int i = 1; i < n; i++) {
      sb.append(' ').append(word(r));
    }
    return sb.toString();
  }

  /** A name built from a phrase and a number. */
  private static String named(RandomGenerator r, String what) {
    return phrase(r) + " " + what + " " + r.nextInt(1, 1000);
  }

  private static Optional<String> optPhrase(RandomGenerator r) {
    return r.nextInt(4) == 0 ? Optional.empty() : Optional.of(phrase(r));
  }

  private static List<String> phrases(RandomGenerator r, int max) {
    int n = max <= 0 ? 0 : r.nextInt(max + 1);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(phrase(r));
    }
    return out;
  }

  private static <T> Optional<T> opt(RandomGenerator r, java.util.function.Supplier<T> value) {
    return r.nextInt(3) == 0 ? Optional.empty() : Optional.of(value.get());
  }

  private static <E extends Enum<E>> E pick(RandomGenerator r, E[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <E extends Enum<E>> Set<E> enumSet(RandomGenerator r, Class<E> type, int min) {
    E[] all = type.getEnumConstants();
    EnumSet<E> out = EnumSet.noneOf(type);
    for (E e : all) {
      if (r.nextBoolean()) {
        out.add(e);
      }
    }
    while (out.size() < min) {
      out.add(all[r.nextInt(all.length)]);
    }
    return out;
  }

  /** A date between 2021-01-01 and the end of 2025. */
  public static LocalDate date(RandomGenerator r) {
    return BASE.plusDays(r.nextInt(5 * 365));
  }

  /** A date on or up to a year after {@code d}. */
  public static LocalDate after(RandomGenerator r, LocalDate d) {
    return d.plusDays(r.nextInt(366));
  }

  /** A positive period of one to 24 months. */
  public static Period period(RandomGenerator r) {
    return Period.ofMonths(r.nextInt(1, 25));
  }

  /** A CIA value with each property in 1..5. */
  public static CiaValue cia(RandomGenerator r) {
    return CiaValue.of(r.nextInt(1, 6), r.nextInt(1, 6), r.nextInt(1, 6));
  }

  /** Review intervals of one to 24 months. */
  public static ReviewIntervals intervals(RandomGenerator r) {
    return new ReviewIntervals(period(r), period(r), period(r));
  }

  /** A clause id of clauses 4 to 10. */
  public static ClauseId clause(RandomGenerator r) {
    return CLAUSES.one(r);
  }

  /** Up to {@code max} distinct clause ids. */
  public static List<ClauseId> clauses(RandomGenerator r, int max) {
    return CLAUSES.some(r, max);
  }

  /** A CVE id. */
  public static String cve(RandomGenerator r) {
    return "CVE-" + r.nextInt(1999, 2026) + "-" + r.nextInt(1000, 100_000);
  }

  /** A well-formed CVSS v3.1 base vector. */
  public static String cvssVector(RandomGenerator r) {
    return "CVSS:3.1/AV:" + "NALP".charAt(r.nextInt(4)) + "/AC:" + "LH".charAt(r.nextInt(2))
        + "/PR:" + "NLH".charAt(r.nextInt(3)) + "/UI:" + "NR".charAt(r.nextInt(2))
        + "/S:" + "UC".charAt(r.nextInt(2)) + "/C:" + "HLN".charAt(r.nextInt(3))
        + "/I:" + "HLN".charAt(r.nextInt(3)) + "/A:" + "HLN".charAt(r.nextInt(3));
  }

  private static <T> List<T> without(List<T> list, T item) {
    if (!list.contains(item)) {
      return list;
    }
    List<T> out = new ArrayList<>(list);
    out.remove(item);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Context (4)

  /** An organization. */
  public static Organization organization(RandomGenerator r) {
    String name = phrase(r) + " " + LAST[r.nextInt(LAST.length)];
    return Organization.builder()
        .name(name)
        .legalName(r.nextBoolean() ? Optional.of(name + " GmbH") : Optional.empty())
        .sector(opt(r, () -> word(r)))
        .headcount(r.nextInt(1, 100_000))
        .purpose(optPhrase(r))
        .addAllLocations(phrases(r, 3))
        .build();
  }

  /** A context issue. */
  public static ContextIssue contextIssue(RandomGenerator r, ContextIssueId id) {
    LocalDate identified = date(r);
    return ContextIssue.builder()
        .id(id)
        .kind(pick(r, IssueKind.values()))
        .description(phrase(r))
        .ismsImpact(phrase(r))
        .climateRelated(r.nextInt(6) == 0)
        .identifiedOn(identified)
        .lastReviewed(opt(r, () -> after(r, identified)))
        .build();
  }

  /** A climate-change decision. */
  public static ClimateChangeDecision climateChangeDecision(RandomGenerator r, World w) {
    return ClimateChangeDecision.builder()
        .relevant(r.nextBoolean())
        .rationale(phrase(r))
        .decidedOn(date(r))
        .decidedBy(w.people().one(r))
        .addAllIssues(w.issues().some(r, w.listMax()))
        .build();
  }

  /** A requirement of an interested party. */
  public static Requirement requirement(RandomGenerator r, World w, RequirementId id) {
    RequirementType type = pick(r, RequirementType.values());
    return Requirement.builder()
        .id(id)
        .description(phrase(r))
        .type(type)
        .addressedByIsms(opt(r, r::nextBoolean))
        .rationale(optPhrase(r))
        .climateRelated(r.nextInt(8) == 0)
        .addAllControls(w.controls().some(r, w.listMax()))
        .addAllObjectives(w.objectives().some(r, w.listMax()))
        .jurisdiction(type == RequirementType.LEGAL || type == RequirementType.REGULATORY
            ? opt(r, () -> r.nextBoolean() ? "EU" : "Germany") : Optional.empty())
        .owner(w.people().maybe(r, 0.5))
        .lastReviewed(opt(r, () -> date(r)))
        .compliance(type.binding() ? opt(r, () -> complianceEvaluation(r)) : Optional.empty())
        .build();
  }

  /** An evaluation of compliance with a requirement. */
  public static ComplianceEvaluation complianceEvaluation(RandomGenerator r) {
    return ComplianceEvaluation.of(pick(r, ComplianceStatus.values()), date(r));
  }

  /** An interested party with the given requirements. */
  public static InterestedParty interestedParty(
      RandomGenerator r, InterestedPartyId id, List<Requirement> requirements) {
    PartyKind kind = pick(r, PartyKind.values());
    return InterestedParty.builder()
        .id(id)
        .name(phrase(r))
        .kind(kind)
        .internal(kind == PartyKind.EMPLOYEE)
        .addAllRequirements(requirements)
        .lastReviewed(opt(r, () -> date(r)))
        .build();
  }

  /** An interested party with up to {@code listMax} requirements of made-up, distinct ids. */
  public static InterestedParty interestedParty(RandomGenerator r, World w, InterestedPartyId id) {
    List<RequirementId> ids = w.requirements().some(r, w.listMax());
    List<Requirement> reqs = new ArrayList<>(ids.size());
    for (RequirementId rid : ids) {
      reqs.add(requirement(r, w, rid));
    }
    return interestedParty(r, id, reqs);
  }

  /** A scope exclusion. */
  public static ScopeExclusion scopeExclusion(RandomGenerator r) {
    return ScopeExclusion.of(phrase(r), phrase(r));
  }

  /** A scope interface. */
  public static ScopeInterface scopeInterface(RandomGenerator r, World w) {
    return ScopeInterface.builder().description(phrase(r)).counterparty(w.parties().maybe(r, 0.5))
        .outsourced(r.nextBoolean()).build();
  }

  /** A scope. */
  public static Scope scope(RandomGenerator r, World w) {
    Optional<PersonId> approver = w.people().maybe(r, 0.7);
    var b = Scope.builder()
        .statement(phrase(r))
        .version("1." + r.nextInt(10))
        .document(w.documents().maybe(r, 0.6))
        .addAllOrganizationalUnits(phrases(r, 3))
        .addAllLocations(phrases(r, 3))
        .addAllProcesses(phrases(r, 3))
        .addAllConsideredIssues(w.issues().some(r, w.listMax()))
        .addAllConsideredRequirements(w.requirements().some(r, w.listMax()))
        .approval(approver.map(p -> Approval.of(p, date(r))));
    int exclusions = r.nextInt(3);
    for (int i = 0; i < exclusions; i++) {
      b.addExclusions(scopeExclusion(r));
    }
    int interfaces = r.nextInt(3);
    for (int i = 0; i < interfaces; i++) {
      b.addInterfaces(scopeInterface(r, w));
    }
    return b.build();
  }

  /** An ISMS process. */
  public static IsmsProcess process(RandomGenerator r, World w, ProcessId id) {
    return IsmsProcess.builder()
        .id(id)
        .name(named(r, "process"))
        .owner(w.people().one(r))
        .description(optPhrase(r))
        .addAllInputs(phrases(r, 2))
        .addAllOutputs(phrases(r, 2))
        .addAllInteractsWith(w.processes().some(r, w.listMax()))
        .addAllClauses(CLAUSES.some(r, 3))
        .addAllOperatingCriteria(phrases(r, 2))
        .externallyProvided(r.nextInt(5) == 0)
        .lastPerformed(opt(r, () -> date(r)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Leadership and support (5, 7)

  /** A person. */
  public static Person person(RandomGenerator r, PersonId id) {
    return Person.builder()
        .id(id)
        .name(FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)])
        .jobTitle(opt(r, () -> word(r) + " manager"))
        .unit(opt(r, () -> word(r)))
        .topManagement(r.nextInt(10) == 0)
        .inScope(r.nextInt(20) != 0)
        .build();
  }

  /** A role, whose competence profile is one of the world's documents. */
  public static Role role(RandomGenerator r, World w, RoleId id) {
    return Role.builder()
        .id(id)
        .name(named(r, "officer"))
        .addAllResponsibilities(phrases(r, 3))
        .addAllAuthorities(phrases(r, 2))
        .addAllDuties(enumSet(r, IsmsDuty.class, 0))
        .addAllRequiredCompetences(COMPETENCES.some(r, 3))
        .competencesDeterminedOn(opt(r, () -> date(r)))
        .competenceProfile(w.documents().maybe(r, 0.4))
        .topManagement(r.nextInt(6) == 0)
        .build();
  }

  /** A role assignment. */
  public static RoleAssignment roleAssignment(RandomGenerator r, World w) {
    LocalDate from = date(r);
    return RoleAssignment.builder()
        .role(w.roles().one(r))
        .person(w.people().one(r))
        .assignedBy(w.people().maybe(r, 0.5))
        .validFrom(from)
        .validUntil(r.nextInt(4) == 0 ? Optional.of(after(r, from)) : Optional.empty())
        .communicatedOn(opt(r, () -> after(r, from)))
        .build();
  }

  /** A policy. */
  public static Policy policy(RandomGenerator r, World w, PolicyId id) {
    PolicyKind kind = r.nextInt(4) == 0 ? PolicyKind.INFORMATION_SECURITY : PolicyKind.TOPIC_SPECIFIC;
    Optional<PersonId> approver = w.people().maybe(r, 0.8);
    Optional<LocalDate> approvedOn = approver.map(p -> date(r));
    Optional<LocalDate> lastReviewed = approvedOn.isPresent()
        ? opt(r, () -> after(r, approvedOn.get()))
        : opt(r, () -> date(r));
    return Policy.builder()
        .id(id)
        .title(named(r, "policy"))
        .kind(kind)
        .topic(kind == PolicyKind.TOPIC_SPECIFIC ? Optional.of(word(r)) : Optional.empty())
        .version(r.nextInt(1, 5) + "." + r.nextInt(10))
        .document(w.documents().maybe(r, 0.7))
        .approval(approver.map(p -> Approval.of(p, approvedOn.orElseThrow())))
        .reviewInterval(period(r))
        .lastReviewed(lastReviewed)
        .communicatedOn(opt(r, () -> date(r)))
        .availableToInterestedParties(r.nextBoolean())
        .includesObjectivesFramework(r.nextBoolean())
        .commitsToRequirements(r.nextBoolean())
        .commitsToContinualImprovement(r.nextBoolean())
        .build();
  }

  /** An objective. */
  public static Objective objective(RandomGenerator r, World w, ObjectiveId id) {
    return Objective.builder()
        .id(id)
        .description(phrase(r))
        .policy(w.policies().maybe(r, 0.6))
        .function(opt(r, () -> word(r)))
        .metric(w.metrics().maybe(r, 0.6))
        .target(">= " + r.nextInt(50, 100) + " %")
        .owner(w.people().one(r))
        .addAllResources(w.resources().some(r, w.listMax()))
        .addAllActions(phrases(r, 3))
        .dueDate(date(r))
        .evaluationMethod(optPhrase(r))
        .lastEvaluated(opt(r, () -> date(r)))
        .communicatedOn(opt(r, () -> date(r)))
        .status(pick(r, ObjectiveStatus.values()))
        .build();
  }

  /** A resource allocation. */
  public static ResourceAllocation resourceAllocation(RandomGenerator r, World w, ResourceId id) {
    Optional<PersonId> approver = w.people().maybe(r, 0.6);
    return ResourceAllocation.builder()
        .id(id)
        .kind(pick(r, ResourceKind.values()))
        .description(phrase(r))
        .amount(opt(r, () -> (double) r.nextInt(0, 1_000_000)))
        .approval(approver.map(p -> Approval.of(p, date(r))))
        .build();
  }

  /** A competence record. */
  public static CompetenceRecord competenceRecord(RandomGenerator r, World w, CompetenceRecordId id) {
    LocalDate obtained = date(r);
    boolean gap = r.nextInt(4) == 0;
    return CompetenceRecord.builder()
        .id(id)
        .person(w.people().one(r))
        .competence(COMPETENCES.one(r))
        .role(w.roles().maybe(r, 0.5))
        .evidenceType(pick(r, EvidenceType.values()))
        .evidence(w.documents().maybe(r, 0.5))
        .obtainedOn(obtained)
        .validUntil(r.nextBoolean() ? Optional.of(after(r, obtained).plusYears(1)) : Optional.empty())
        .gapAction(gap)
        .effectivenessEvaluatedOn(gap && r.nextBoolean() ? Optional.of(after(r, obtained)) : Optional.empty())
        .build();
  }

  /** An awareness record. */
  public static AwarenessRecord awarenessRecord(RandomGenerator r, World w, AwarenessRecordId id) {
    return AwarenessRecord.builder()
        .id(id)
        .person(w.people().one(r))
        .programme("Security awareness " + r.nextInt(2021, 2027))
        .addAllTopics(enumSet(r, AwarenessTopic.class, 1))
        .completedOn(date(r))
        .build();
  }

  /** A communication. */
  public static Communication communication(RandomGenerator r, World w, CommunicationId id) {
    return Communication.builder()
        .id(id)
        .topic(phrase(r))
        .audience(word(r) + " team")
        .internal(r.nextInt(4) != 0)
        .method(r.nextBoolean() ? "intranet" : "email")
        .frequency(opt(r, () -> period(r)))
        .responsible(w.people().one(r))
        .lastPerformed(opt(r, () -> date(r)))
        .build();
  }

  /** An item of documented information. */
  public static DocumentedInformation document(RandomGenerator r, World w, DocumentId id) {
    DocumentKind kind = pick(r, DocumentKind.values());
    DocumentStatus status = w.people().isEmpty()
        ? (r.nextBoolean() ? DocumentStatus.DRAFT : DocumentStatus.OBSOLETE)
        : pick(r, DocumentStatus.values());
    if (status == DocumentStatus.RECORDED && kind == DocumentKind.MAINTAINED) {
      status = DocumentStatus.DRAFT; // only records are RECORDED
    }
    Optional<PersonId> approver = status == DocumentStatus.APPROVED
        ? Optional.of(w.people().one(r))
        : w.people().maybe(r, 0.3);
    String version = r.nextInt(1, 5) + "." + r.nextInt(10);
    boolean external = r.nextInt(10) == 0;
    Optional<DocumentId> supersededBy = status == DocumentStatus.OBSOLETE
        ? w.documents().maybe(r, 0.5).filter(d -> !d.equals(id))
        : Optional.empty();
    return DocumentedInformation.builder()
        .id(id)
        .title(named(r, kind == DocumentKind.MAINTAINED ? "procedure" : "record"))
        .kind(kind)
        .version(version)
        .owner(w.people().one(r))
        .author(w.people().maybe(r, 0.6))
        .format(opt(r, () -> r.nextBoolean() ? "PDF" : "wiki page"))
        .classification(pick(r, Classification.values()))
        .addAllClauses(CLAUSES.some(r, 2))
        .status(status)
        .reviewedBy(w.people().maybe(r, 0.4))
        .approval(approver.map(p -> Approval.of(p, date(r))))
        .reviewInterval(kind == DocumentKind.MAINTAINED ? Optional.of(period(r)) : Optional.empty())
        .lastReviewed(opt(r, () -> date(r)))
        .retention(opt(r, () -> Period.ofYears(r.nextInt(1, 11))))
        .location(opt(r, () -> "dms://" + word(r)))
        .externalOrigin(external)
        .externalSource(external ? opt(r, () -> word(r) + " authority") : Optional.empty())
        .addAllHistory(w.people().isEmpty() ? List.of() : history(r, w, version))
        .addAllDistribution(phrases(r, 2))
        .addAllAccessRoles(w.roles().some(r, 2))
        .disposition(opt(r, () -> pick(r, Disposition.values())))
        .supersededBy(supersededBy)
        .build();
  }

  /** A version history of zero to three versions, in date order, ending with {@code current}. */
  private static List<DocumentVersion> history(RandomGenerator r, World w, String current) {
    int n = r.nextInt(4);
    List<DocumentVersion> out = new ArrayList<>(n);
    LocalDate d = date(r);
    for (int i = 1; i <= n; i++) {
      d = d.plusDays(r.nextInt(400));
      out.add(documentVersion(r, w, i == n ? current : "0." + i, d));
    }
    return out;
  }

  /** A version of a document, written on {@code date} by one of the world's people. */
  public static DocumentVersion documentVersion(RandomGenerator r, World w, String version, LocalDate date) {
    Optional<PersonId> approver = w.people().maybe(r, 0.7);
    return DocumentVersion.builder()
        .version(version)
        .date(date)
        .author(w.people().one(r))
        .changeNote(phrase(r))
        .approval(approver.map(p -> Approval.of(p, after(r, date))))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Assets and risks (6.1, 8.2, 8.3)

  /**
   * An asset; it depends only on assets of the world with a lower index than {@code index}, so a
   * graph built in index order has no dependency cycle.
   */
  public static Asset asset(RandomGenerator r, World w, AssetId id, int index, boolean inScope) {
    return Asset.builder()
        .id(id)
        .name(named(r, "asset"))
        .type(pick(r, AssetType.values()))
        .owner(w.people().one(r))
        .location(opt(r, () -> word(r) + " site"))
        .classification(pick(r, Classification.values()))
        .value(cia(r))
        .inScope(inScope)
        .addAllDependsOn(without(w.assets().below(r, w.listMax(), index), id))
        .description(optPhrase(r))
        .build();
  }

  /** A threat. */
  public static Threat threat(RandomGenerator r, ThreatId id) {
    return Threat.builder()
        .id(id)
        .name(named(r, "threat"))
        .source(pick(r, ThreatSource.values()))
        .description(optPhrase(r))
        .addAllAffects(enumSet(r, SecurityProperty.class, 1))
        .build();
  }

  /** A vulnerability. */
  public static Vulnerability vulnerability(RandomGenerator r, World w, VulnerabilityId id) {
    return Vulnerability.builder()
        .id(id)
        .name(named(r, "weakness"))
        .description(optPhrase(r))
        .addAllAssets(w.assets().some(r, w.listMax()))
        .cve(opt(r, () -> cve(r)))
        .cvssVector(opt(r, () -> cvssVector(r)))
        .build();
  }

  /** An assessment made with a 5×5 product matrix, on or after {@code notBefore}. */
  public static RiskAssessment riskAssessment(RandomGenerator r, World w, LocalDate notBefore) {
    int likelihood = r.nextInt(1, 6);
    int impact = r.nextInt(1, 6);
    double score = likelihood * impact;
    double normalized = (score - 1) / 24.0;
    TreeMap<String, String> inputs = new TreeMap<>();
    inputs.put("impact", Integer.toString(impact));
    inputs.put("likelihood", Integer.toString(likelihood));
    boolean stated = r.nextInt(4) > 0;
    return RiskAssessment.builder()
        .method(MATRIX)
        .methodVersion("1.0")
        .criteriaVersion(opt(r, () -> "1." + r.nextInt(5)))
        .putAllInputs(inputs)
        .score(score)
        .normalized(normalized)
        .level(ASSESSED_LEVELS.get(Math.min(ASSESSED_LEVELS.size() - 1, (int) (normalized * ASSESSED_LEVELS.size()))))
        .likelihood(stated ? Optional.of(ScaleValue.level(likelihood, LIKELIHOOD_SCALE)) : Optional.empty())
        .consequence(stated ? Optional.of(ScaleValue.level(impact, IMPACT_SCALE)) : Optional.empty())
        .assessedOn(after(r, notBefore))
        .assessedBy(w.people().maybe(r, 0.7))
        .rationale(optPhrase(r))
        .build();
  }

  /** The likelihood scale of the generated assessments and criteria. */
  static final List<String> LIKELIHOOD_SCALE = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");

  /** The consequence scale of the generated assessments and criteria. */
  static final List<String> IMPACT_SCALE = List.of("Negligible", "Minor", "Moderate", "Major", "Severe");

  /**
   * A value on a scale, as an assessment states a likelihood or consequence: a level of an ordinal
   * scale of 1 to 7 labels, or a quantity on a continuous scale, bounded or not.
   */
  public static ScaleValue scaleValue(RandomGenerator r) {
    int kind = r.nextInt(3);
    if (kind == 0) {
      List<String> scale = r.nextBoolean() ? LIKELIHOOD_SCALE : words(r, 1 + r.nextInt(7));
      return ScaleValue.level(r.nextInt(1, scale.size() + 1), scale);
    }
    if (kind == 1) {
      double v = r.nextDouble(0, 10);
      return ScaleValue.of(v, String.format(java.util.Locale.ROOT, "%.1f", v), 0, 10);
    }
    double f = r.nextDouble(0, 1000);
    return ScaleValue.of(f, f + " loss events per year", 0, Double.POSITIVE_INFINITY);
  }

  private static List<String> words(RandomGenerator r, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("Level " + (i + 1) + " " + word(r));
    }
    return out;
  }

  /** An action of a risk treatment plan. */
  public static TreatmentAction treatmentAction(RandomGenerator r, World w) {
    ActionStatus status = pick(r, ActionStatus.values());
    LocalDate due = date(r);
    return TreatmentAction.builder()
        .description(phrase(r))
        .control(w.controls().maybe(r, 0.6))
        .owner(w.people().one(r))
        .resources(opt(r, () -> r.nextInt(1, 20) + " person-days"))
        .effectivenessEvaluation(optPhrase(r))
        .dueDate(due)
        .progress(status == ActionStatus.DONE ? ActionProgress.done(after(r, due.minusDays(60)))
            : ActionProgress.of(status))
        .build();
  }

  /** A treatment; a MODIFY treatment names at least one control. */
  public static Treatment treatment(RandomGenerator r, World w) {
    Set<TreatmentOption> options = enumSet(r, TreatmentOption.class, 1);
    List<ControlId> controls = w.controls().some(r, w.listMax());
    if (options.contains(TreatmentOption.MODIFY) && controls.isEmpty() && !w.controls().isEmpty()) {
      controls = List.of(w.controls().one(r));
    }
    Optional<PersonId> approver = w.people().maybe(r, 0.6);
    int actions = w.listMax() == 0 ? 0 : r.nextInt(w.listMax() + 1);
    List<TreatmentAction> list = new ArrayList<>(actions);
    for (int i = 0; i < actions; i++) {
      list.add(treatmentAction(r, w));
    }
    return Treatment.builder()
        .addAllOptions(options)
        .addAllControls(controls)
        .addAllActions(list)
        .justification(optPhrase(r))
        .sharedWith(options.contains(TreatmentOption.SHARE) ? Optional.of(word(r) + " insurer") : Optional.empty())
        .planApproval(approver.map(p -> Approval.of(p, date(r))))
        .soaVersion(opt(r, () -> "1." + r.nextInt(5)))
        .build();
  }

  /** An acceptance of residual risk. */
  public static RiskAcceptance riskAcceptance(RandomGenerator r, World w, LocalDate notBefore) {
    return RiskAcceptance.builder().acceptedBy(w.people().one(r)).acceptedOn(after(r, notBefore))
        .justification(optPhrase(r)).basis(pick(r, AcceptanceBasis.values()))
        .authority(w.roles().maybe(r, 0.4)).build();
  }

  /** A risk, on the world's in-scope assets only. */
  public static Risk risk(RandomGenerator r, World w, RiskId id) {
    RiskApproach approach = r.nextInt(5) == 0 ? RiskApproach.EVENT_BASED : RiskApproach.ASSET_BASED;
    LocalDate identified = date(r);
    List<AssetId> assets = w.inScopeAssets().some(r, Math.max(1, w.listMax()));
    if (assets.isEmpty() && approach == RiskApproach.ASSET_BASED && !w.inScopeAssets().isEmpty()) {
      assets = List.of(w.inScopeAssets().one(r));
    }
    Optional<RiskAssessment> inherent = opt(r, () -> riskAssessment(r, w, identified));
    Optional<Treatment> treatment = inherent.isPresent() ? opt(r, () -> treatment(r, w)) : Optional.empty();
    Optional<RiskAssessment> residual = treatment.isPresent()
        ? opt(r, () -> riskAssessment(r, w, identified))
        : Optional.empty();
    Optional<RiskAssessment> target = treatment.isPresent()
        ? opt(r, () -> riskAssessment(r, w, identified))
        : Optional.empty();
    int history = r.nextInt(3);
    List<RiskAssessment> past = new ArrayList<>(history);
    for (int i = 0; i < history; i++) {
      past.add(riskAssessment(r, w, identified));
    }
    return Risk.builder()
        .id(id)
        .title(named(r, "risk"))
        .scenario(phrase(r))
        .approach(approach)
        .addAllAssets(assets)
        .threat(w.threats().maybe(r, 0.7))
        .addAllVulnerabilities(w.vulnerabilities().some(r, w.listMax()))
        .addAllRiskSources(approach == RiskApproach.EVENT_BASED ? phrases(r, 2) : List.of())
        .addAllAffects(enumSet(r, SecurityProperty.class, 1))
        .owner(w.people().one(r))
        .category(opt(r, () -> word(r)))
        .identifiedOn(identified)
        .inherent(inherent)
        .decision(inherent.isPresent() ? opt(r, () -> pick(r, RiskDecision.values())) : Optional.empty())
        .priority(opt(r, () -> r.nextInt(1, 11)))
        .treatment(treatment)
        .residual(residual)
        .targetResidual(target)
        .acceptance(residual.isPresent() ? opt(r, () -> riskAcceptance(r, w, identified)) : Optional.empty())
        .addAllHistory(past)
        .build();
  }

  /** Risk criteria with 3 to 5 levels and any identification approach (or none stated). */
  public static RiskCriteria riskCriteria(RandomGenerator r, World w) {
    int k = r.nextInt(3, 6);
    List<RiskLevel> levels = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      levels.add(RiskLevel.of(LEVELS[i * (LEVELS.length - 1) / Math.max(1, k - 1)]));
    }
    List<Double> bounds = new ArrayList<>();
    if (r.nextBoolean()) {
      for (int i = 1; i < k; i++) {
        bounds.add((i + r.nextDouble(-0.4, 0.4)) / k);
      }
    }
    double appetite = r.nextDouble(0, 0.5);
    double tolerance = r.nextDouble(appetite, 1.0);
    Optional<PersonId> approver = w.people().maybe(r, 0.7);
    List<String> scale = LIKELIHOOD_SCALE;
    List<String> impacts = IMPACT_SCALE;
    return RiskCriteria.builder()
        .version("1." + r.nextInt(10))
        .method(MATRIX)
        .addAllLikelihoodScale(scale)
        .addAllImpactScale(impacts)
        .addAllLevels(levels)
        .addAllLevelBounds(bounds)
        .acceptanceLevel(levels.get(r.nextInt(k)))
        .appetite(appetite)
        .tolerance(tolerance)
        .assessmentInterval(period(r))
        .methodology(w.documents().maybe(r, 0.6))
        .approval(approver.map(p -> Approval.of(p, date(r))))
        .ownerAcceptanceLevel(opt(r, () -> levels.get(r.nextInt(k))))
        .addAllAcceptanceAuthorities(acceptanceAuthorities(r, w, levels))
        .addAllApproaches(approaches(r))
        .build();
  }

  /**
   * How criteria say risks are identified: not said (empty), from assets, from events, or both,
   * each a quarter of the time.
   */
  public static Set<RiskApproach> approaches(RandomGenerator r) {
    return switch (r.nextInt(4)) {
      case 0 -> Set.of();
      case 1 -> Set.of(RiskApproach.ASSET_BASED);
      case 2 -> Set.of(RiskApproach.EVENT_BASED);
      default -> Set.of(RiskApproach.ASSET_BASED, RiskApproach.EVENT_BASED);
    };
  }

  /** Up to two acceptance authorities of distinct roles of the world, each up to one of {@code levels}. */
  public static List<AcceptanceAuthority> acceptanceAuthorities(RandomGenerator r, World w, List<RiskLevel> levels) {
    List<AcceptanceAuthority> out = new ArrayList<>();
    for (RoleId role : w.roles().some(r, 2)) {
      out.add(AcceptanceAuthority.of(role, levels.get(r.nextInt(levels.size()))));
    }
    return out;
  }

  /** A risk or opportunity of the ISMS itself. */
  public static IsmsRiskOrOpportunity riskOrOpportunity(RandomGenerator r, World w, OpportunityId id) {
    return IsmsRiskOrOpportunity.builder()
        .id(id)
        .kind(pick(r, IsmsRiskOrOpportunity.Kind.values()))
        .description(phrase(r))
        .addAllIssues(w.issues().some(r, w.listMax()))
        .addAllRequirements(w.requirements().some(r, w.listMax()))
        .action(phrase(r))
        .owner(w.people().one(r))
        .effectivenessEvaluation(optPhrase(r))
        .evaluatedOn(opt(r, () -> date(r)))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Controls (6.1.3)

  /** A custom control. */
  public static CustomControl customControl(RandomGenerator r, ControlId id) {
    return CustomControl.builder()
        .id(id)
        .title(named(r, "control"))
        .source(SOURCES[r.nextInt(SOURCES.length)])
        .description(optPhrase(r))
        .build();
  }

  /** An implementation of {@code control}. */
  public static ControlImplementation controlImplementation(RandomGenerator r, World w, ControlId control) {
    ImplementationStatus status = pick(r, ImplementationStatus.values());
    return ControlImplementation.builder()
        .control(control)
        .status(status)
        .owner(w.people().one(r))
        .description(optPhrase(r))
        .addAllEvidence(w.documents().some(r, w.listMax()))
        .effectiveness(opt(r, r::nextDouble))
        .likelihoodEffect(r.nextBoolean())
        .impactEffect(r.nextBoolean())
        .lastTested(opt(r, () -> date(r)))
        .plannedCompletion(status == ImplementationStatus.PLANNED ? Optional.of(date(r)) : Optional.empty())
        .build();
  }

  /** A line of the Statement of Applicability for {@code control}. */
  public static SoaEntry soaEntry(RandomGenerator r, World w, ControlId control) {
    boolean applicable = r.nextInt(8) != 0;
    return SoaEntry.builder()
        .control(control)
        .applicable(applicable)
        .addAllReasons(applicable ? enumSet(r, InclusionReason.class, 1) : Set.of())
        .justification(applicable ? optPhrase(r) : Optional.of(phrase(r)))
        .implementationStatus(applicable ? opt(r, () -> pick(r, ImplementationStatus.values())) : Optional.empty())
        .addAllRisks(w.risks().some(r, w.listMax()))
        .addAllRequirements(w.requirements().some(r, Math.min(1, w.listMax())))
        .owner(w.people().maybe(r, 0.7))
        .lastReviewed(opt(r, () -> date(r)))
        .build();
  }

  /** A Statement of Applicability with one line for each of {@code controls}, in their order. */
  public static StatementOfApplicability statementOfApplicability(
      RandomGenerator r, World w, List<ControlId> controls) {
    List<SoaEntry> entries = new ArrayList<>(controls.size());
    for (ControlId c : controls) {
      entries.add(soaEntry(r, w, c));
    }
    Optional<PersonId> approver = w.people().maybe(r, 0.7);
    return StatementOfApplicability.builder()
        .version("1." + r.nextInt(10))
        .addAllEntries(entries)
        .document(w.documents().maybe(r, 0.7))
        .annexAComparedOn(opt(r, () -> date(r)))
        .approval(approver.map(p -> Approval.of(p, date(r))))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Performance evaluation and improvement (9, 10)

  /** A metric. */
  public static Metric metric(RandomGenerator r, World w, MetricId id) {
    Optional<Double> target = opt(r, () -> (double) r.nextInt(0, 101));
    boolean higherIsBetter = r.nextInt(4) != 0;
    Optional<Double> threshold = target.isPresent() && r.nextBoolean()
        ? Optional.of(higherIsBetter ? target.get() - r.nextInt(0, 20) : target.get() + r.nextInt(0, 20))
        : Optional.empty();
    return Metric.builder()
        .id(id)
        .name(named(r, "metric"))
        .description(phrase(r))
        .method(phrase(r))
        .frequency(period(r))
        .measuredBy(w.people().one(r))
        .evaluatedBy(w.people().one(r))
        .unit(opt(r, () -> r.nextBoolean() ? "%" : "count"))
        .dataSource(opt(r, () -> word(r) + " report"))
        .analysisFrequency(opt(r, () -> period(r)))
        .target(target)
        .threshold(threshold)
        .higherIsBetter(higherIsBetter)
        .objective(w.objectives().maybe(r, 0.4))
        .control(w.controls().maybe(r, 0.4))
        .process(w.processes().maybe(r, 0.3))
        .build();
  }

  /** A measurement of one of the world's metrics. */
  public static Measurement measurement(RandomGenerator r, World w, MeasurementId id) {
    LocalDate measured = date(r);
    Optional<String> evaluation = optPhrase(r);
    return Measurement.builder()
        .id(id)
        .metric(w.metrics().one(r))
        .measuredOn(measured)
        .value(r.nextDouble(0, 100))
        .measuredBy(w.people().maybe(r, 0.7))
        .evaluation(evaluation.map(e -> Evaluation.of(e, after(r, measured))))
        .evaluatedBy(evaluation.isPresent() ? w.people().maybe(r, 0.7) : Optional.empty())
        .build();
  }

  /** An audit programme. */
  public static AuditProgramme auditProgramme(RandomGenerator r, World w, AuditProgrammeId id) {
    LocalDate start = date(r);
    return AuditProgramme.builder()
        .id(id)
        .name("Audit programme " + start.getYear())
        .start(start)
        .end(start.plusYears(r.nextInt(1, 4)).minusDays(1))
        .interval(Period.ofMonths(r.nextInt(6, 13)))
        .owner(w.people().one(r))
        .methods(optPhrase(r))
        .reporting(optPhrase(r))
        .approvedBy(w.people().maybe(r, 0.6))
        .riskBasis(optPhrase(r))
        .addAllPriorities(priorities(r, w))
        .build();
  }

  private static List<AuditPriority> priorities(RandomGenerator r, World w) {
    List<AuditPriority> out = new ArrayList<>();
    for (ProcessId p : w.processes().some(r, w.listMax())) {
      out.add(auditPriority(r, w, p));
    }
    return out;
  }

  /** The weight of {@code process} in an audit programme. */
  public static AuditPriority auditPriority(RandomGenerator r, World w, ProcessId process) {
    return AuditPriority.builder()
        .process(process)
        .importance(pick(r, Importance.values()))
        .addAllPreviousFindings(w.findings().some(r, 2))
        .rationale(phrase(r))
        .auditInterval(opt(r, () -> Period.ofMonths(r.nextInt(3, 25))))
        .build();
  }

  /** An internal audit in one of the world's programmes. */
  public static InternalAudit internalAudit(RandomGenerator r, World w, AuditId id) {
    AuditStatus status = pick(r, AuditStatus.values());
    LocalDate planned = date(r);
    boolean performed = status == AuditStatus.PERFORMED || status == AuditStatus.REPORTED;
    Optional<LocalDate> performedOn = performed ? Optional.of(after(r, planned)) : Optional.empty();
    Optional<LocalDate> reportedOn = status == AuditStatus.REPORTED
        ? Optional.of(after(r, performedOn.orElseThrow()))
        : Optional.empty();
    List<PersonId> auditors = w.people().some(r, 2);
    List<AuditTeamMember> team = new ArrayList<>(auditors.size());
    for (PersonId a : auditors) {
      if (r.nextInt(3) != 0) {
        team.add(auditTeamMember(r, w, a));
      }
    }
    return InternalAudit.builder()
        .id(id)
        .programme(w.programmes().one(r))
        .addAllClauses(CLAUSES.some(r, 4))
        .addAllControls(w.controls().some(r, w.listMax()))
        .addAllProcesses(w.processes().some(r, w.listMax()))
        .addAllCriteria(r.nextBoolean() ? List.of("ISO/IEC 27001:2022") : List.of())
        .addAllCriteriaPolicies(w.policies().some(r, 2))
        .addAllCriteriaDocuments(w.documents().some(r, 2))
        .addAllCriteriaRequirements(w.requirements().some(r, 2))
        .scope(optPhrase(r))
        .plan(w.documents().maybe(r, 0.5))
        .plannedOn(planned)
        .addAllAuditors(auditors)
        .addAllTeam(team)
        .addAllAuditees(w.people().some(r, w.listMax()))
        .progress(new AuditProgress(status, performedOn, reportedOn))
        .report(performed ? w.documents().maybe(r, 0.6) : Optional.empty())
        .addAllReportedTo(reportedOn.isPresent() ? w.people().some(r, 2) : List.of())
        .build();
  }

  /** A member of an audit team: {@code person}, with competence records of the world. */
  public static AuditTeamMember auditTeamMember(RandomGenerator r, World w, PersonId person) {
    return AuditTeamMember.builder()
        .person(person)
        .role(pick(r, AuditorRole.values()))
        .addAllCompetence(w.competenceRecords().some(r, 2))
        .independence(optPhrase(r))
        .build();
  }

  /** Objective evidence behind a finding. */
  public static ObjectiveEvidence objectiveEvidence(RandomGenerator r) {
    Optional<Integer> sample = opt(r, () -> r.nextInt(1, 50));
    return ObjectiveEvidence.builder()
        .sampled(phrase(r))
        .location(word(r) + " system")
        .sampleSize(sample)
        .population(sample.isPresent() && r.nextBoolean() ? Optional.of(sample.get() + r.nextInt(0, 500))
            : Optional.empty())
        .examinedOn(opt(r, () -> date(r)))
        .build();
  }

  /** A finding of one of the world's audits. */
  public static AuditFinding auditFinding(RandomGenerator r, World w, FindingId id) {
    FindingType type = pick(r, FindingType.values());
    return AuditFinding.builder()
        .id(id)
        .audit(w.audits().one(r))
        .type(type)
        .clause(opt(r, () -> clause(r)))
        .control(w.controls().maybe(r, 0.4))
        .process(w.processes().maybe(r, 0.4))
        .criterion(optPhrase(r))
        .addAllObjectiveEvidence(objectiveEvidences(r, 2))
        .description(phrase(r))
        .nonconformity(type.nonconformity() ? w.nonconformities().maybe(r, 0.7) : Optional.empty())
        .build();
  }

  private static List<ObjectiveEvidence> objectiveEvidences(RandomGenerator r, int max) {
    int n = r.nextInt(max + 1);
    List<ObjectiveEvidence> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(objectiveEvidence(r));
    }
    return out;
  }

  /** A decision of a management review. */
  public static ReviewDecision reviewDecision(RandomGenerator r, World w) {
    DecisionKind kind = pick(r, DecisionKind.values());
    return ReviewDecision.builder()
        .kind(kind)
        .description(phrase(r))
        .owner(w.people().maybe(r, 0.7))
        .dueDate(opt(r, () -> date(r)))
        .change(kind == DecisionKind.CHANGE ? w.changes().maybe(r, 0.7) : Optional.empty())
        .improvement(kind == DecisionKind.IMPROVEMENT ? w.improvements().maybe(r, 0.7) : Optional.empty())
        .progress(actionProgress(r))
        .addAllFollowedUpIn(w.reviews().some(r, 2))
        .followUp(optPhrase(r))
        .build();
  }

  private static ActionProgress actionProgress(RandomGenerator r) {
    ActionStatus status = pick(r, ActionStatus.values());
    return status == ActionStatus.DONE ? ActionProgress.done(date(r)) : ActionProgress.of(status);
  }

  /** A management review. */
  public static ManagementReview managementReview(RandomGenerator r, World w, ReviewId id) {
    int decisions = w.listMax() == 0 ? 0 : r.nextInt(w.listMax() + 1);
    List<ReviewDecision> list = new ArrayList<>(decisions);
    for (int i = 0; i < decisions; i++) {
      list.add(reviewDecision(r, w));
    }
    return ManagementReview.builder()
        .id(id)
        .heldOn(date(r))
        .addAllAttendees(w.people().some(r, Math.max(1, w.listMax())))
        .addAllInputs(enumSet(r, ReviewInput.class, 0))
        .addAllDecisions(list)
        .minutes(w.documents().maybe(r, 0.7))
        .build();
  }

  /** A nonconformity. */
  public static Nonconformity nonconformity(RandomGenerator r, World w, NonconformityId id) {
    NonconformityStatus status = pick(r, NonconformityStatus.values());
    LocalDate raised = date(r);
    Optional<String> correction = status == NonconformityStatus.OPEN ? Optional.empty() : Optional.of(phrase(r));
    return Nonconformity.builder()
        .id(id)
        .source(pick(r, NonconformitySource.values()))
        .grade(r.nextInt(4) == 0 ? Nonconformity.Grade.MAJOR : Nonconformity.Grade.MINOR)
        .description(phrase(r))
        .clause(opt(r, () -> clause(r)))
        .control(w.controls().maybe(r, 0.4))
        .finding(w.findings().maybe(r, 0.4))
        .incident(w.incidents().maybe(r, 0.2))
        .raisedOn(raised)
        .owner(w.people().one(r))
        .correction(correction)
        .correctedOn(correction.map(c -> after(r, raised)))
        .rootCause(status == NonconformityStatus.OPEN ? Optional.empty() : optPhrase(r))
        .similarCheck(optPhrase(r))
        .causeAnalysedOn(analysed(status) ? opt(r, () -> after(r, raised)) : Optional.empty())
        .reopenedOn(reopenings(r, status, raised))
        .dueDate(opt(r, () -> after(r, raised)))
        .progress(status == NonconformityStatus.CLOSED ? NonconformityProgress.closed(after(r, raised))
            : NonconformityProgress.of(status))
        .addAllSimilar(without(w.nonconformities().some(r, 2), id))
        .addAllChanges(w.changes().some(r, 2))
        .build();
  }

  private static boolean analysed(NonconformityStatus s) {
    return s != NonconformityStatus.OPEN && s != NonconformityStatus.CORRECTED;
  }

  /** One or two reopening dates for a REOPENED nonconformity, sometimes one for a later status, in order. */
  private static List<LocalDate> reopenings(RandomGenerator r, NonconformityStatus s, LocalDate raised) {
    int n = s == NonconformityStatus.REOPENED ? r.nextInt(1, 3) : analysed(s) && r.nextInt(5) == 0 ? 1 : 0;
    List<LocalDate> out = new ArrayList<>(n);
    LocalDate d = raised;
    for (int i = 0; i < n; i++) {
      d = after(r, d);
      out.add(d);
    }
    return out;
  }

  /** A review of a corrective action's effectiveness, on or after {@code notBefore}. */
  public static EffectivenessReview effectivenessReview(RandomGenerator r, World w, LocalDate notBefore) {
    return EffectivenessReview.builder().reviewedOn(after(r, notBefore)).reviewedBy(w.people().one(r))
        .effective(r.nextInt(4) != 0).notes(phrase(r)).build();
  }

  /** A corrective action for one of the world's nonconformities. */
  public static CorrectiveAction correctiveAction(RandomGenerator r, World w, CorrectiveActionId id) {
    LocalDate due = date(r);
    Optional<LocalDate> completed = opt(r, () -> after(r, due.minusDays(90)));
    return CorrectiveAction.builder()
        .id(id)
        .nonconformity(w.nonconformities().one(r))
        .description(phrase(r))
        .owner(w.people().one(r))
        .dueDate(due)
        .completedOn(completed)
        .effectivenessReview(completed.isPresent() && r.nextBoolean()
            ? Optional.of(effectivenessReview(r, w, completed.get()))
            : Optional.empty())
        .change(w.changes().maybe(r, 0.3))
        .build();
  }

  /** An improvement. */
  public static Improvement improvement(RandomGenerator r, World w, ImprovementId id) {
    ActionStatus status = pick(r, ActionStatus.values());
    LocalDate raised = date(r);
    return Improvement.builder()
        .id(id)
        .description(phrase(r))
        .source(r.nextBoolean() ? "management review" : "internal audit")
        .raisedOn(raised)
        .owner(w.people().one(r))
        .progress(status == ActionStatus.DONE ? ActionProgress.done(after(r, raised)) : ActionProgress.of(status))
        .outcome(status == ActionStatus.DONE ? optPhrase(r) : Optional.empty())
        .build();
  }

  /** A planned change. */
  public static PlannedChange plannedChange(RandomGenerator r, World w, ChangeId id) {
    Optional<PersonId> approver = w.people().maybe(r, 0.6);
    LocalDate planned = date(r);
    return PlannedChange.builder()
        .id(id)
        .description(phrase(r))
        .reason(phrase(r))
        .trigger(pick(r, ChangeTrigger.values()))
        .impact(optPhrase(r))
        .significant(r.nextInt(3) == 0)
        .addAllAssets(w.assets().some(r, w.listMax()))
        .addAllRisks(w.risks().some(r, w.listMax()))
        .addAllControls(w.controls().some(r, w.listMax()))
        .responsible(w.people().one(r))
        .approval(approver.map(p -> Approval.of(p, date(r))))
        .plannedFor(planned)
        .completedOn(opt(r, () -> after(r, planned)))
        .build();
  }

  /** An incident. */
  public static Incident incident(RandomGenerator r, World w, IncidentId id) {
    LocalDate occurred = date(r);
    return Incident.builder()
        .id(id)
        .title(named(r, "incident"))
        .occurredOn(occurred)
        .reportedOn(occurred.plusDays(r.nextInt(10)))
        .severity(pick(r, Incident.Severity.values()))
        .addAllAssets(w.assets().some(r, w.listMax()))
        .addAllCompromised(enumSet(r, SecurityProperty.class, 0))
        .addAllRisks(w.risks().some(r, w.listMax()))
        .resolvedOn(opt(r, () -> after(r, occurred)))
        .lessonsLearned(optPhrase(r))
        .assessedOn(opt(r, () -> occurred.plusDays(r.nextInt(3))))
        .lessonsReviewedOn(opt(r, () -> after(r, occurred)))
        .addAllImprovements(w.improvements().some(r, 2))
        .addAllEvidence(w.evidence().some(r, 2))
        .addAllSuppliers(w.suppliers().some(r, 1))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Suppliers, evidence, policy exceptions (8.1, A.5.19-A.5.23, 9.1, 9.2, A.5.1)

  /** Something a supplier provides; only cloud services have a cloud model. */
  public static SupplierService supplierService(RandomGenerator r, World w) {
    ProvisionKind kind = pick(r, ProvisionKind.values());
    return SupplierService.builder()
        .description(phrase(r))
        .kind(kind)
        .cloudModel(kind == ProvisionKind.CLOUD_SERVICE ? opt(r, () -> pick(r, CloudServiceModel.values()))
            : Optional.empty())
        .process(w.processes().maybe(r, 0.3))
        .addAllAssets(w.assets().some(r, 2))
        .addAllLocations(r.nextBoolean() ? List.of(r.nextBoolean() ? "EU" : "US") : List.of())
        .build();
  }

  /** An agreement with a supplier, with reference {@code reference}. */
  public static SupplierAgreement supplierAgreement(RandomGenerator r, World w, String reference) {
    LocalDate signed = date(r);
    return SupplierAgreement.builder()
        .reference(reference)
        .title(named(r, "agreement"))
        .signedOn(signed)
        .validUntil(opt(r, () -> signed.plusYears(r.nextInt(1, 6))))
        .addAllSecurityRequirements(distinctPhrases(r, 3))
        .addAllRequirements(w.requirements().some(r, 2))
        .addAllControls(w.controls().some(r, 2))
        .rightToAudit(r.nextBoolean())
        .document(w.documents().maybe(r, 0.6))
        .lastReviewed(opt(r, () -> after(r, signed)))
        .exitProvision(opt(r, () -> named(r, "exit")))
        .build();
  }

  private static List<String> distinctPhrases(RandomGenerator r, int max) {
    List<String> out = new ArrayList<>();
    for (String p : phrases(r, max)) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  /** An assessment of a supplier by one of the world's people. */
  public static SupplierAssessment supplierAssessment(RandomGenerator r, World w) {
    LocalDate performed = date(r);
    return SupplierAssessment.builder()
        .kind(pick(r, AssessmentKind.values()))
        .performedOn(performed)
        .performedBy(w.people().one(r))
        .outcome(pick(r, AssessmentOutcome.values()))
        .summary(phrase(r))
        .report(w.documents().maybe(r, 0.5))
        .nextDue(opt(r, () -> after(r, performed)))
        .build();
  }

  /** A supplier providing one to three things, with up to two agreements and three assessments. */
  public static Supplier supplier(RandomGenerator r, World w, SupplierId id) {
    int services = r.nextInt(1, 4);
    List<SupplierService> provides = new ArrayList<>(services);
    for (int i = 0; i < services; i++) {
      provides.add(supplierService(r, w));
    }
    int agreements = r.nextInt(3);
    List<SupplierAgreement> agreementList = new ArrayList<>(agreements);
    for (int i = 1; i <= agreements; i++) {
      agreementList.add(supplierAgreement(r, w, "AGR-" + i));
    }
    int assessments = w.people().isEmpty() ? 0 : r.nextInt(4);
    List<SupplierAssessment> assessmentList = new ArrayList<>(assessments);
    for (int i = 0; i < assessments; i++) {
      assessmentList.add(supplierAssessment(r, w));
    }
    return Supplier.builder()
        .id(id)
        .name(named(r, "supplier"))
        .owner(w.people().one(r))
        .status(pick(r, SupplierStatus.values()))
        .criticality(pick(r, SupplierCriticality.values()))
        .addAllProvides(provides)
        .informationAccess(opt(r, () -> pick(r, Classification.values())))
        .interestedParty(w.parties().maybe(r, 0.4))
        .addAllAgreements(agreementList)
        .addAllAssessments(assessmentList)
        .reviewInterval(opt(r, () -> period(r)))
        .addAllRisks(w.risks().some(r, w.listMax()))
        .addAllControls(w.controls().some(r, w.listMax()))
        .since(opt(r, () -> date(r)))
        .securityContact(opt(r, () -> "security@" + word(r).toLowerCase(java.util.Locale.ROOT) + ".example"))
        .build();
  }

  /** A period of up to a year. */
  public static CoveredPeriod coveredPeriod(RandomGenerator r) {
    LocalDate from = date(r);
    return CoveredPeriod.of(from, from.plusDays(r.nextInt(366)));
  }

  /** A review of evidence by one of the world's people, on or after {@code notBefore}. */
  public static EvidenceReview evidenceReview(RandomGenerator r, World w, LocalDate notBefore) {
    return new EvidenceReview(w.people().one(r), after(r, notBefore), r.nextInt(5) != 0);
  }

  /** An item of evidence linked to the world's control implementations, measurements, findings and SoA lines. */
  public static EvidenceItem evidenceItem(RandomGenerator r, World w, EvidenceId id) {
    Optional<CoveredPeriod> period = opt(r, () -> coveredPeriod(r));
    LocalDate collected = period.map(p -> after(r, p.from())).orElseGet(() -> date(r));
    return EvidenceItem.builder()
        .id(id)
        .title(named(r, "evidence"))
        .description(optPhrase(r))
        .kind(pick(r, EvidenceKind.values()))
        .source(word(r) + " system")
        .document(w.documents().maybe(r, 0.4))
        .location(opt(r, () -> "ticket://" + r.nextInt(1, 100_000)))
        .period(period)
        .collectedOn(collected)
        .collectedBy(w.people().maybe(r, 0.7))
        .review(w.people().isEmpty() || r.nextInt(3) == 0 ? Optional.empty()
            : Optional.of(evidenceReview(r, w, collected)))
        .addAllControlImplementations(w.implemented().some(r, 2))
        .addAllMeasurements(w.measurements().some(r, 2))
        .addAllFindings(w.findings().some(r, 1))
        .addAllSoaEntries(w.controls().some(r, 1))
        .build();
  }

  /** An exception to one of the world's policies (the world must have one). */
  public static PolicyException policyException(RandomGenerator r, World w, PolicyExceptionId id) {
    LocalDate from = date(r);
    LocalDate expires = from.plusDays(r.nextInt(1, 400));
    Optional<PersonId> approver = w.people().maybe(r, 0.8);
    return PolicyException.builder()
        .id(id)
        .policy(w.policies().one(r))
        .addAllControls(w.controls().some(r, 2))
        .description(phrase(r))
        .justification(phrase(r))
        .compensatingMeasures(optPhrase(r))
        .addAllAssets(w.assets().some(r, 2))
        .addAllRisks(w.risks().some(r, 2))
        .requestedBy(w.people().one(r))
        .approval(approver.map(p -> Approval.of(p, from)))
        .validFrom(from)
        .expiresOn(expires)
        .closedOn(r.nextInt(5) == 0 ? Optional.of(from.plusDays(r.nextInt(0, 30))) : Optional.empty())
        .build();
  }
}
