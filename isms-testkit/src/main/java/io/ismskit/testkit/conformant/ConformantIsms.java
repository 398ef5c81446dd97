package io.ismskit.testkit.conformant;

import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditPriority;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
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
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.DocumentedInformationKind;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
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
import io.ismskit.core.risk.AcceptanceAuthority;
import io.ismskit.core.risk.ActionProgress;
import io.ismskit.core.risk.IsmsRiskOrOpportunity;
import io.ismskit.core.risk.MethodId;
import io.ismskit.core.risk.Risk;
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
import io.ismskit.core.supplier.AssessmentKind;
import io.ismskit.core.supplier.AssessmentOutcome;
import io.ismskit.core.supplier.CloudServiceModel;
import io.ismskit.core.supplier.ProvisionKind;
import io.ismskit.core.supplier.Supplier;
import io.ismskit.core.supplier.SupplierAgreement;
import io.ismskit.core.supplier.SupplierAssessment;
import io.ismskit.core.supplier.SupplierCriticality;
import io.ismskit.core.supplier.SupplierService;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Builds ISMS models that conform to every built-in ISO/IEC 27001:2022 rule as of {@link #AS_OF}:
 * context, scope, leadership, a risk register covering every in-scope asset, an SoA listing all 93
 * Annex A controls, objectives, competence and awareness of every person, controlled documents,
 * metrics measured on schedule, an audit programme covering all clauses and applicable controls,
 * management reviews with every input, improvements, and nonconformities handled as far as their
 * status claims; and what an auditor samples: suppliers with agreements and current assessments,
 * evidence for every applicable control, a policy exception in force with its approval, document
 * version histories, audit teams with competence and independence, the programme's risk basis,
 * acceptance authority, follow-up of review decisions and an incident with its lessons learned.
 *
 * <p>The model is valid ({@link Isms#validate()} finds nothing) and deterministic for a seed and
 * sizes. Generation is linear in the number of assets and risks, so it also builds the large
 * models of performance benchmarks ({@code generate(seed, 10_000, 10, 1_000)} gives 100,000 risks).
 *
 * <p>Fixed landmarks the property tests rely on: the single significant change {@code CH-SIG} was
 * completed 100 days before {@link #AS_OF} and concerns the first in-scope asset; every risk was
 * last assessed within the 90 days before {@link #AS_OF}; {@code NC-1} is closed and {@code NC-2}
 * (when there are two or more) has its corrective action in progress; audit {@code AU-1} covers
 * every clause, {@code AU-2} (reported) all applicable controls and {@code AU-3} (planned) the second
 * half of them again; {@code MR-2} is the latest management review. The model meets every
 * criterion of a certification decision as of {@link #AS_OF}.
 */
public final class ConformantIsms {
  /** The date the generated models conform as of. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  /** The current version of the Statement of Applicability. */
  public static final String SOA_VERSION = "SOA-3";

  /** The version of the risk criteria. */
  public static final String CRITERIA_VERSION = "RC-2";

  /** The id of the significant change. */
  public static final ChangeId SIGNIFICANT_CHANGE = ChangeId.of("CH-SIG");

  /** The change made to the ISMS because of nonconformity {@code NC-1} (10.2 e). */
  static final ChangeId CHANGE_FROM_NC = ChangeId.of("CH-NC1");

  static final List<RiskLevel> LEVELS =
      List.of(RiskLevel.of("Low"), RiskLevel.of("Medium"), RiskLevel.of("High"), RiskLevel.of("Very high"));
  static final RiskLevel ACCEPTANCE_LEVEL = RiskLevel.of("Medium");
  private static final Classification[] CLASSIFICATIONS = Classification.values();
  private static final ThreatSource[] SOURCES = ThreatSource.values();
  private static final SecurityProperty[] PROPERTIES = SecurityProperty.values();

  private static final PersonId CEO = PersonId.of("P-CEO");
  private static final PersonId CFO = PersonId.of("P-CFO");
  private static final PersonId CISO = PersonId.of("P-CISO");
  private static final PersonId AUDITOR_1 = PersonId.of("P-AUD1");
  private static final PersonId AUDITOR_2 = PersonId.of("P-AUD2");
  private static final RoleId ROLE_CISO = RoleId.of("R-CISO");
  private static final RoleId ROLE_CEO = RoleId.of("R-CEO");
  private static final RoleId ROLE_AUDITOR = RoleId.of("R-AUDITOR");
  private static final RoleId ROLE_OWNER = RoleId.of("R-RISK-OWNER");
  private static final PolicyId POLICY = PolicyId.of("POL-IS");
  private static final ResourceId RES_PEOPLE = ResourceId.of("RES-1");
  private static final ResourceId RES_BUDGET = ResourceId.of("RES-2");
  private static final List<ControlId> SUPPLIER_CONTROLS = List.of(ControlId.of("A.5.19"), ControlId.of("A.5.22"));

  private ConformantIsms() {}

  /** A small model: 12 assets, 2 risks per asset, 4 nonconformities. */
  public static Isms small(long seed) {
    return generate(seed, 12, 2, 4);
  }

  /** A medium model: 200 assets, 3 risks per asset, 30 nonconformities. */
  public static Isms medium(long seed) {
    return generate(seed, 200, 3, 30);
  }

  /**
   * A conformant model with {@code assets} assets, {@code risksPerAsset} risks naming each in-scope
   * asset, and {@code nonconformities} nonconformities.
   *
   * @throws IllegalArgumentException if {@code assets} &lt; 4, {@code risksPerAsset} &lt; 1 or
   *     {@code nonconformities} &lt; 1
   */
  public static Isms generate(long seed, int assets, int risksPerAsset, int nonconformities) {
    if (assets < 4 || risksPerAsset < 1 || nonconformities < 1) {
      throw new IllegalArgumentException("ConformantIsms.generate: need assets >= 4, risksPerAsset >= 1, "
          + "nonconformities >= 1, were " + assets + ", " + risksPerAsset + ", " + nonconformities);
    }
    return generate(seed, AS_OF, assets, risksPerAsset, nonconformities);
  }

  /**
   * The model of {@link #generate(long, int, int, int)} conforming as of {@code asOf} instead of
   * {@link #AS_OF}: the same entities and ids, every date moved by the same amount. Two of them a
   * year apart are the same ISMS with a year's new evidence, as in a multi-year scenario.
   */
  public static Isms generate(long seed, LocalDate asOf, int assets, int risksPerAsset, int nonconformities) {
    Objects.requireNonNull(asOf, "asOf");
    if (assets < 4 || risksPerAsset < 1 || nonconformities < 1) {
      throw new IllegalArgumentException("ConformantIsms.generate: need assets >= 4, risksPerAsset >= 1, "
          + "nonconformities >= 1, were " + assets + ", " + risksPerAsset + ", " + nonconformities);
    }
    return new Gen(new SplittableRandom(seed), asOf, assets, risksPerAsset, nonconformities).build();
  }

  /** Same as {@link #generate(long, int, int, int)} with a caller-supplied random generator. */
  public static Isms generate(RandomGenerator random, int assets, int risksPerAsset, int nonconformities) {
    Objects.requireNonNull(random, "random");
    if (assets < 4 || risksPerAsset < 1 || nonconformities < 1) {
      throw new IllegalArgumentException("ConformantIsms.generate: need assets >= 4, risksPerAsset >= 1, "
          + "nonconformities >= 1, were " + assets + ", " + risksPerAsset + ", " + nonconformities);
    }
    return new Gen(random, AS_OF, assets, risksPerAsset, nonconformities).build();
  }

  private static final class Gen {
    LocalDate daysAgo(int d) {
      return asOf.minusDays(d);
    }

    final RandomGenerator r;
    final int nAssets;
    final int risksPerAsset;
    final int nNcs;
    final List<Person> people = new ArrayList<>();
    final List<PersonId> staff = new ArrayList<>();
    final List<ControlId> annexA;
    final Set<ControlId> excluded = new LinkedHashSet<>();
    final List<ControlId> applicable = new ArrayList<>();
    final Set<ControlId> requirementControls = new HashSet<>();
    final LocalDate asOf;
    final RiskCriteria criteria;

    Gen(RandomGenerator r, LocalDate asOf, int nAssets, int risksPerAsset, int nNcs) {
      this.r = r;
      this.asOf = asOf;
      this.criteria = RiskCriteria.builder().version(CRITERIA_VERSION).method(MethodId.of("matrix"))
          .addLikelihoodScale("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
          .addImpactScale("Minor", "Moderate", "Major", "Severe", "Critical").addAllLevels(LEVELS)
          .addLevelBounds(0.25, 0.5, 0.75).acceptanceLevel(ACCEPTANCE_LEVEL).appetite(0.25).tolerance(0.75)
          .assessmentInterval(Period.ofMonths(12)).methodology(doc("6.1.2"))
          .approval(Approval.of(CEO, daysAgo(400))).ownerAcceptanceLevel(ACCEPTANCE_LEVEL)
          .addAcceptanceAuthorities(AcceptanceAuthority.of(ROLE_CISO, RiskLevel.of("High")),
              AcceptanceAuthority.of(ROLE_CEO, RiskLevel.of("Very high")))
          .addApproaches(RiskApproach.ASSET_BASED)
          .build();
      this.nAssets = nAssets;
      this.risksPerAsset = risksPerAsset;
      this.nNcs = nNcs;
      this.annexA = Iso27001_2022.framework().controls().stream().map(CatalogControl::id).toList();
    }

    Isms build() {
      var b = Isms.builder()
          .organization(Organization.builder().name("Org " + r.nextInt(1000)).headcount(50 + nAssets / 10)
              .purpose("Software services").addLocations("HQ").build());
      people(b);
      context(b);
      governance(b);
      documents(b);
      soa(b);
      List<Asset> assets = assets(b);
      risks(b, assets);
      assurance(b, assets);
      sampled(b, assets);
      return b.build();
    }

    // ---------------------------------------------------------------------------------------------

    void people(io.ismskit.core.Isms.Builder b) {
      people.add(person(CEO, "Chief executive", true));
      people.add(person(CFO, "Chief financial officer", true));
      people.add(person(CISO, "Information security officer", false));
      people.add(person(AUDITOR_1, "Internal auditor", false));
      people.add(person(AUDITOR_2, "Internal auditor", false));
      int n = Math.max(4, Math.min(2_000, nAssets / 10));
      for (int i = 1; i <= n; i++) {
        PersonId id = PersonId.of("P-" + i);
        staff.add(id);
        people.add(person(id, "Engineer", false));
      }
      // one person outside the scope (needs no awareness record)
      people.add(Person.builder().id(PersonId.of("P-EXT")).name("Visitor").inScope(false).build());
      b.addAllPeople(people);
      int k = 0;
      for (Person p : people) {
        if (!p.inScope()) {
          continue;
        }
        b.addAwarenessRecords(AwarenessRecord.builder().id(AwarenessRecordId.of("AW-" + ++k)).person(p.id())
            .programme("Security awareness 2026").addAllTopics(EnumSet.allOf(AwarenessTopic.class))
            .completedOn(daysAgo(30 + r.nextInt(200))).build());
      }
      b.addRoles(Role.builder().id(ROLE_CEO).name("Chief executive").addResponsibilities("Direct the ISMS")
          .addAuthorities("Approve policy, resources, risk acceptance").topManagement(true).build());
      b.addRoles(Role.builder().id(ROLE_CISO).name("Information security officer")
          .addResponsibilities("Run the ISMS", "Report ISMS performance").addAuthorities("Stop insecure changes")
          .addAllDuties(EnumSet.allOf(IsmsDuty.class)).addRequiredCompetences("ISO/IEC 27001", "Risk management")
          .competencesDeterminedOn(daysAgo(400)).competenceProfile(doc("7.2")).build());
      b.addRoles(Role.builder().id(ROLE_AUDITOR).name("Internal auditor").addResponsibilities("Audit the ISMS")
          .addRequiredCompetences("ISO 19011 auditing").competencesDeterminedOn(daysAgo(400))
          .competenceProfile(doc("7.2")).build());
      b.addRoles(Role.builder().id(ROLE_OWNER).name("Risk owner").addResponsibilities("Own and treat risks")
          .addAuthorities("Accept residual risks within the criteria").addRequiredCompetences("Risk management")
          .competencesDeterminedOn(daysAgo(400)).competenceProfile(doc("7.2")).build());
      assign(b, ROLE_CEO, CEO);
      assign(b, ROLE_CISO, CISO);
      assign(b, ROLE_AUDITOR, AUDITOR_1);
      assign(b, ROLE_AUDITOR, AUDITOR_2);
      for (PersonId s : staff) {
        assign(b, ROLE_OWNER, s);
      }
      int c = 0;
      b.addCompetenceRecords(competence(++c, CISO, ROLE_CISO, "ISO/IEC 27001", EvidenceType.CERTIFICATION, false));
      b.addCompetenceRecords(competence(++c, CISO, ROLE_CISO, "Risk management", EvidenceType.TRAINING, true));
      b.addCompetenceRecords(
          competence(++c, AUDITOR_1, ROLE_AUDITOR, "ISO 19011 auditing", EvidenceType.CERTIFICATION, false));
      b.addCompetenceRecords(
          competence(++c, AUDITOR_2, ROLE_AUDITOR, "ISO 19011 auditing", EvidenceType.TRAINING, false));
      for (PersonId s : staff) {
        b.addCompetenceRecords(competence(++c, s, ROLE_OWNER, "Risk management", EvidenceType.EXPERIENCE, false));
      }
    }

    Person person(PersonId id, String title, boolean top) {
      return Person.builder().id(id).name("Person " + id.value()).jobTitle(title).unit("Operations")
          .topManagement(top).build();
    }

    void assign(io.ismskit.core.Isms.Builder b, RoleId role, PersonId p) {
      b.addRoleAssignments(RoleAssignment.builder().role(role).person(p).assignedBy(CEO).validFrom(daysAgo(700))
          .communicatedOn(daysAgo(690)).build());
    }

    CompetenceRecord competence(int n, PersonId p, RoleId role, String what, EvidenceType type, boolean gap) {
      var c = CompetenceRecord.builder().id(CompetenceRecordId.of("CR-" + n)).person(p).competence(what).role(role)
          .evidenceType(type).evidence(docOf(MandatoryDocument.EVIDENCE_OF_COMPETENCE))
          .obtainedOn(daysAgo(300 + r.nextInt(300))).gapAction(gap);
      if (gap) {
        c.effectivenessEvaluatedOn(daysAgo(100));
      }
      return c.build();
    }

    // ---------------------------------------------------------------------------------------------

    void context(io.ismskit.core.Isms.Builder b) {
      ContextIssueId internal = ContextIssueId.of("CI-1");
      ContextIssueId external = ContextIssueId.of("CI-2");
      ContextIssueId climate = ContextIssueId.of("CI-3");
      b.addContextIssues(issue(internal, IssueKind.INTERNAL, "Small security team", false));
      b.addContextIssues(issue(external, IssueKind.EXTERNAL, "Growing ransomware threat", false));
      b.addContextIssues(issue(climate, IssueKind.EXTERNAL, "Heat waves threaten the data centre", true));
      b.climateChangeDecision(ClimateChangeDecision.builder().relevant(true).rationale("Data centre cooling")
          .decidedOn(daysAgo(60)).decidedBy(CEO).addIssues(climate).build());
      RequirementId legal = RequirementId.of("REQ-1");
      RequirementId contract = RequirementId.of("REQ-2");
      RequirementId expectation = RequirementId.of("REQ-3");
      requirementControls.add(ControlId.of("A.5.31"));
      requirementControls.add(ControlId.of("A.5.34"));
      requirementControls.add(ControlId.of("A.5.20"));
      b.addInterestedParties(InterestedParty.builder().id(InterestedPartyId.of("IP-1")).name("Data protection "
          + "authority").kind(PartyKind.REGULATOR).addRequirements(Requirement.builder().id(legal)
          .description("Protect personal data").type(RequirementType.LEGAL).addressedByIsms(true)
          .rationale("Binding law").addControls(ControlId.of("A.5.31"), ControlId.of("A.5.34"))
          .source("GDPR Art. 32").jurisdiction("EU").owner(CISO).lastReviewed(daysAgo(60))
          .compliance(ComplianceEvaluation.of(ComplianceStatus.COMPLIANT, daysAgo(90))).build())
          .lastReviewed(daysAgo(60)).build());
      b.addInterestedParties(InterestedParty.builder().id(InterestedPartyId.of("IP-2")).name("Key customer")
          .kind(PartyKind.CUSTOMER).addRequirements(Requirement.builder().id(contract)
          .description("Security clauses of the master agreement").type(RequirementType.CONTRACTUAL)
          .addressedByIsms(true).rationale("Contract").addControls(ControlId.of("A.5.20")).source("MSA section 12")
          .owner(CISO).lastReviewed(daysAgo(60)).compliance(ComplianceEvaluation.of(ComplianceStatus.COMPLIANT,
              daysAgo(90))).build())
          .lastReviewed(daysAgo(60)).build());
      b.addInterestedParties(InterestedParty.builder().id(InterestedPartyId.of("IP-3")).name("Cloud provider")
          .kind(PartyKind.SUPPLIER).addRequirements(Requirement.builder().id(expectation)
          .description("Timely incident notification").type(RequirementType.EXPECTATION).addressedByIsms(true)
          .rationale("Good cooperation").addObjectives(ObjectiveId.of("OBJ-1")).lastReviewed(daysAgo(60)).build())
          .lastReviewed(daysAgo(60)).build());
      b.scope(Scope.builder().statement("Development and operation of the SaaS platform").version("SC-2")
          .document(doc("4.3")).addOrganizationalUnits("Engineering", "Operations").addLocations("HQ")
          .addProcesses("SaaS operations").addExclusions(ScopeExclusion.of("Canteen", "No information processing"))
          .addInterfaces(ScopeInterface.builder().description("Cloud hosting").counterparty(InterestedPartyId.of("IP-3"))
              .outsourced(true).build())
          .addConsideredIssues(internal, external, climate).addConsideredRequirements(legal, contract, expectation)
          .approval(Approval.of(CEO, daysAgo(300))).build());
      String[] names = {"Context", "Leadership", "Risk management", "Support", "Operations", "Internal audit",
          "Improvement"};
      for (int c = 4; c <= 10; c++) {
        var p = IsmsProcess.builder().id(pid(c)).name(names[c - 4]).owner(c == 5 ? CEO : CISO)
            .description("Runs clause " + c).addInputs("Inputs of clause " + c).addOutputs("Outputs of clause " + c)
            .addInteractsWith(pid(c == 10 ? 4 : c + 1)).addAllClauses(subClauses(c))
            .addOperatingCriteria("Carried out as the procedure for clause " + c + " says")
            .lastPerformed(daysAgo(20 + r.nextInt(40)));
        b.addProcesses(p.build());
      }
      b.addRisksAndOpportunities(IsmsRiskOrOpportunity.builder().id(OpportunityId.of("RO-1"))
          .kind(IsmsRiskOrOpportunity.Kind.RISK).description("Key-person dependency on the CISO").addIssues(internal)
          .action("Train a deputy").owner(CEO).effectivenessEvaluation("Deputy runs one review").build());
      b.addRisksAndOpportunities(IsmsRiskOrOpportunity.builder().id(OpportunityId.of("RO-2"))
          .kind(IsmsRiskOrOpportunity.Kind.OPPORTUNITY).description("Certification wins customers")
          .addRequirements(contract).action("Certify").owner(CEO).effectivenessEvaluation("Sales pipeline").build());
    }

    static ProcessId pid(int clause) {
      return ProcessId.of("PR-" + clause);
    }

    /** The requirement-bearing sub-clauses of top-level clause {@code c}: what its process serves (4.4). */
    static List<ClauseId> subClauses(int c) {
      List<ClauseId> out = new ArrayList<>();
      for (ClauseId id : Iso27001_2022.framework().requirementClauseIds()) {
        if (id.topLevel() == c) {
          out.add(id);
        }
      }
      return out;
    }

    ContextIssue issue(ContextIssueId id, IssueKind kind, String text, boolean climate) {
      return ContextIssue.builder().id(id).kind(kind).description(text).ismsImpact("Affects " + text.toLowerCase(java.util.Locale.ROOT))
          .climateRelated(climate).identifiedOn(daysAgo(700)).lastReviewed(daysAgo(60)).build();
    }

    // ---------------------------------------------------------------------------------------------

    void governance(io.ismskit.core.Isms.Builder b) {
      b.addPolicies(Policy.builder().id(POLICY).title("Information security policy")
          .kind(PolicyKind.INFORMATION_SECURITY).version("3.0").document(doc("5.2"))
          .approval(Approval.of(CEO, daysAgo(200))).reviewInterval(Period.ofMonths(12)).lastReviewed(daysAgo(100))
          .communicatedOn(daysAgo(95)).availableToInterestedParties(true).includesObjectivesFramework(true)
          .commitsToRequirements(true).commitsToContinualImprovement(true).build());
      b.addPolicies(Policy.builder().id(PolicyId.of("POL-AC")).title("Access control policy")
          .kind(PolicyKind.TOPIC_SPECIFIC).topic("Access control").version("1.2")
          .approval(Approval.of(CISO, daysAgo(250))).reviewInterval(Period.ofMonths(12)).communicatedOn(daysAgo(240)).build());
      b.addResources(ResourceAllocation.builder().id(RES_PEOPLE).kind(ResourceKind.PEOPLE)
          .description("1 FTE security officer").approval(Approval.of(CEO, daysAgo(400))).build());
      b.addResources(ResourceAllocation.builder().id(RES_BUDGET).kind(ResourceKind.BUDGET)
          .description("Security budget").amount(120_000.0).approval(Approval.of(CFO, daysAgo(180))).build());
      for (int i = 1; i <= 3; i++) {
        b.addObjectives(Objective.builder().id(ObjectiveId.of("OBJ-" + i)).description("Objective " + i)
            .policy(POLICY).function("Security").metric(MetricId.of("M-" + i)).target(">= 95 %").owner(CISO)
            .addResources(i == 2 ? RES_BUDGET : RES_PEOPLE).addActions("Do the work of objective " + i)
            .dueDate(asOf.plusDays(60 + 30L * i)).evaluationMethod("Quarterly metric review")
            .lastEvaluated(daysAgo(45)).communicatedOn(daysAgo(150)).status(ObjectiveStatus.ON_TRACK).build());
        b.addMetrics(Metric.builder().id(MetricId.of("M-" + i)).name("Metric " + i).description("Measures "
            + "objective " + i).method("Count from the ticket system").frequency(Period.ofMonths(3))
            .measuredBy(CISO).evaluatedBy(CEO).unit("%").target(95.0).threshold(90.0)
            .dataSource("Ticket system export").analysisFrequency(Period.ofMonths(3))
            .objective(ObjectiveId.of("OBJ-" + i)).build());
        b.addMeasurements(Measurement.builder().id(MeasurementId.of("MS-" + i + "-1")).metric(MetricId.of("M-" + i))
            .measuredOn(daysAgo(110)).value(90 + i).measuredBy(CISO)
            .evaluation(Evaluation.of("Below target", daysAgo(105))).evaluatedBy(CEO).build());
        b.addMeasurements(Measurement.builder().id(MeasurementId.of("MS-" + i + "-2")).metric(MetricId.of("M-" + i))
            .measuredOn(daysAgo(20)).value(95 + i).measuredBy(CISO)
            .evaluation(Evaluation.of("On target", daysAgo(15))).evaluatedBy(CEO).build());
      }
      b.addCommunications(Communication.builder().id(CommunicationId.of("COM-1")).topic("Security newsletter")
          .audience("All staff").method("intranet").frequency(Period.ofMonths(3)).responsible(CISO)
          .lastPerformed(daysAgo(30)).build());
      b.addCommunications(Communication.builder().id(CommunicationId.of("COM-2")).topic("Breach notification")
          .audience("Authority").internal(false).method("form").responsible(CEO).build());
      b.addCommunications(Communication.builder().id(CommunicationId.of("COM-3"))
          .topic("Why information security and the ISMS matter").audience("All staff").method("town hall")
          .responsible(CEO).lastPerformed(daysAgo(90)).build());
    }

    // ---------------------------------------------------------------------------------------------

    static DocumentId doc(String clause) {
      return DocumentId.of("DOC-" + clause);
    }

    /** The id of the document that is mandatory item {@code m}: {@code DOC-<clause>}, suffixed within 6.1.3. */
    static DocumentId docOf(MandatoryDocument m) {
      return switch (m) {
        case RISK_TREATMENT_PROCESS -> DocumentId.of("DOC-6.1.3-PROCESS");
        case RISK_TREATMENT_PLAN -> DocumentId.of("DOC-6.1.3-PLAN");
        default -> doc(m.clause().value());
      };
    }

    void documents(io.ismskit.core.Isms.Builder b) {
      Set<String> maintained = Set.of("4.3", "5.2", "6.1.2", "6.1.3");
      for (MandatoryDocument item : MandatoryDocument.values()) {
        if (item.kind() == DocumentedInformationKind.ORGANIZATION_DEFINED) {
          continue;
        }
        ClauseId c = item.clause();
        boolean m = maintained.contains(c.value());
        String version = "1." + r.nextInt(5);
        var d = DocumentedInformation.builder().id(docOf(item)).title(item.description())
            .kind(m ? DocumentKind.MAINTAINED : DocumentKind.RETAINED).version(version).owner(CISO)
            .author(CISO).format("PDF").classification(Classification.INTERNAL).addClauses(c).addSatisfies(item)
            .location("DMS/isms/" + docOf(item).value()).retention(Period.ofYears(3)).addAccessRoles(ROLE_CISO);
        if (m) {
          d.status(DocumentStatus.APPROVED).reviewedBy(CISO).approval(Approval.of(CEO, daysAgo(200)))
              .reviewInterval(Period.ofMonths(12)).lastReviewed(daysAgo(90 + r.nextInt(100)))
              .addHistory(DocumentVersion.builder().version("0.9").date(daysAgo(600)).author(CISO)
                  .changeNote("First issue").approval(Approval.of(CEO, daysAgo(600))).build())
              .addHistory(DocumentVersion.builder().version(version).date(daysAgo(200)).author(CISO)
                  .changeNote("Annual revision").approval(Approval.of(CEO, daysAgo(200))).build())
              .addDistribution(c.value().equals("5.2") ? "All staff (intranet)" : "ISMS team (DMS)")
              .disposition(Disposition.ARCHIVE);
        } else {
          d.status(DocumentStatus.APPROVED).approval(Approval.of(CISO, daysAgo(150)))
              .addHistory(DocumentVersion.builder().version(version).date(daysAgo(150)).author(CISO)
                  .changeNote("Recorded").approval(Approval.of(CISO, daysAgo(150))).build())
              .addDistribution("ISMS team (DMS)").disposition(Disposition.DESTROY);
        }
        b.addDocuments(d.build());
      }
    }

    // ---------------------------------------------------------------------------------------------

    void soa(io.ismskit.core.Isms.Builder b) {
      // exclude a few controls nothing relies on
      List<ControlId> candidates = new ArrayList<>();
      for (ControlId c : annexA) {
        // the supplier controls stay applicable: they control the outsourced cloud hosting (8.1)
        if (!requirementControls.contains(c) && !SUPPLIER_CONTROLS.contains(c)) {
          candidates.add(c);
        }
      }
      int nExcluded = 2 + r.nextInt(5);
      while (excluded.size() < nExcluded) {
        excluded.add(candidates.get(r.nextInt(candidates.size())));
      }
      var soa = StatementOfApplicability.builder().version(SOA_VERSION).document(doc("6.1.3"))
          .annexAComparedOn(daysAgo(210)).approval(Approval.of(CEO, daysAgo(200)));
      for (ControlId c : annexA) {
        var e = SoaEntry.builder().control(c).lastReviewed(daysAgo(200));
        if (excluded.contains(c)) {
          e.applicable(false).justification("No activity in scope needs " + c.value());
        } else {
          applicable.add(c);
          e.applicable(true).addReasons(requirementControls.contains(c) ? InclusionReason.LEGAL
              : InclusionReason.RISK_TREATMENT).justification("Treats identified risks")
              .implementationStatus(ImplementationStatus.IMPLEMENTED).owner(CISO);
        }
        soa.addEntries(e.build());
      }
      b.statementOfApplicability(soa.build());
    }

    // ---------------------------------------------------------------------------------------------

    List<Asset> assets(io.ismskit.core.Isms.Builder b) {
      AssetType[] supporting = {AssetType.SOFTWARE, AssetType.HARDWARE, AssetType.NETWORK, AssetType.SERVICE,
          AssetType.SITE, AssetType.SUPPLIER, AssetType.PERSONNEL};
      List<Asset> assets = new ArrayList<>(nAssets + 2);
      int nSupporting = Math.max(2, nAssets * 2 / 3);
      for (int i = 0; i < nAssets; i++) {
        boolean primary = i >= nSupporting;
        var a = Asset.builder().id(AssetId.of("A-" + i)).name("Asset " + i)
            .type(primary ? (r.nextBoolean() ? AssetType.INFORMATION : AssetType.BUSINESS_PROCESS)
                : supporting[r.nextInt(supporting.length)])
            .owner(staff.get(r.nextInt(staff.size())))
            .classification(CLASSIFICATIONS[r.nextInt(CLASSIFICATIONS.length)])
            .value(CiaValue.of(1 + r.nextInt(5), 1 + r.nextInt(5), 1 + r.nextInt(5)));
        if (primary) {
          a.addDependsOn(AssetId.of("A-" + r.nextInt(nSupporting)));
        } else if (i > 0 && r.nextInt(3) == 0) {
          a.addDependsOn(AssetId.of("A-" + r.nextInt(i)));
        }
        assets.add(a.build());
      }
      // one asset outside the scope, with no risk
      assets.add(Asset.builder().id(AssetId.of("A-OUT")).name("Canteen terminal").type(AssetType.HARDWARE)
          .owner(CISO).classification(Classification.PUBLIC).value(CiaValue.of(1, 1, 1)).inScope(false).build());
      b.addAllAssets(assets);
      for (int i = 1; i <= 5; i++) {
        b.addThreats(Threat.builder().id(ThreatId.of("T-" + i)).name("Threat " + i)
            .source(SOURCES[i % SOURCES.length]).addAffects(PROPERTIES[i % PROPERTIES.length]).build());
      }
      return assets;
    }

    void risks(io.ismskit.core.Isms.Builder b, List<Asset> assets) {
      b.riskCriteria(criteria);
      int n = 0;
      List<Risk> risks = new ArrayList<>(assets.size() * risksPerAsset);
      for (Asset a : assets) {
        if (!a.inScope()) {
          continue;
        }
        for (int k = 0; k < risksPerAsset; k++) {
          risks.add(risk(++n, a));
        }
      }
      b.addAllRisks(risks);
    }

    Risk risk(int n, Asset asset) {
      PersonId owner = n % 7 == 0 ? CISO : staff.get(r.nextInt(staff.size()));
      int level = r.nextInt(LEVELS.size());
      LocalDate assessed = daysAgo(10 + r.nextInt(80));
      var rb = Risk.builder().id(RiskId.of("R-" + n)).title("Risk " + n).scenario("Loss of " + asset.name())
          .addAssets(asset.id()).threat(ThreatId.of("T-" + (1 + r.nextInt(5))))
          .addAffects(PROPERTIES[r.nextInt(PROPERTIES.length)]).owner(owner).identifiedOn(daysAgo(500))
          .inherent(assessment(level, assessed));
      RiskDecision decision = criteria.decisionFor(LEVELS.get(level));
      boolean treat = decision == RiskDecision.TREAT;
      rb.decision(decision);
      if (treat) {
        ControlId c1 = applicable.get(r.nextInt(applicable.size()));
        ControlId c2 = applicable.get(r.nextInt(applicable.size()));
        var t = Treatment.builder().addOptions(TreatmentOption.MODIFY).addControls(c1)
            .justification("Reduce likelihood").planApproval(Approval.of(owner, assessed))
            .soaVersion(SOA_VERSION);
        if (!c2.equals(c1)) {
          t.addControls(c2);
        }
        boolean done = r.nextBoolean();
        var action = TreatmentAction.builder().description("Implement " + c1.value()).control(c1).owner(owner)
            .effectivenessEvaluation("Control test of " + c1.value() + " in the next internal audit")
            .dueDate(done ? assessed.plusDays(5) : asOf.plusDays(30 + r.nextInt(90)))
            .progress(done ? ActionProgress.done(assessed.plusDays(3)) : ActionProgress.inProgress());
        t.addActions(action.build());
        rb.priority(LEVELS.size() - level).treatment(t.build())
            .residual(assessment(0, assessed.plusDays(4)))
            .acceptance(RiskAcceptance.of(owner, assessed.plusDays(5)));
      }
      return rb.build();
    }

    static RiskAssessment assessment(int level, LocalDate on) {
      return RiskAssessment.builder().method(MethodId.of("matrix")).methodVersion("1").criteriaVersion(CRITERIA_VERSION)
          .putInputs("likelihood", String.valueOf(level + 1)).putInputs("impact", String.valueOf(level + 2))
          .score(level + 1).normalized(0.2 + 0.25 * level).level(LEVELS.get(level))
          .likelihood(LIKELIHOODS.get(level)).consequence(CONSEQUENCES.get(level + 1)).assessedOn(on)
          .assessedBy(CISO).build();
    }

    /** The likelihood levels of the criteria's scale, shared by every assessment. */
    static final List<ScaleValue> LIKELIHOODS =
        levels(List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain"));

    /** The consequence levels of the criteria's scale, shared by every assessment. */
    static final List<ScaleValue> CONSEQUENCES = levels(List.of("Minor", "Moderate", "Major", "Severe", "Critical"));

    private static List<ScaleValue> levels(List<String> scale) {
      List<ScaleValue> out = new ArrayList<>(scale.size());
      for (int i = 1; i <= scale.size(); i++) {
        out.add(ScaleValue.level(i, scale));
      }
      return List.copyOf(out);
    }

    // ---------------------------------------------------------------------------------------------

    void assurance(io.ismskit.core.Isms.Builder b, List<Asset> assets) {
      AuditProgrammeId ap = AuditProgrammeId.of("AP-1");
      b.addAuditProgrammes(AuditProgramme.builder().id(ap).name("Audit programme 2026-2028").start(daysAgo(180))
          .end(asOf.plusYears(2)).interval(Period.ofMonths(12)).owner(CISO).methods("Interviews, sampling")
          .reporting("Report to top management").approvedBy(CEO)
          .riskBasis("Processes weighted by their importance to the ISMS and by the findings of earlier audits")
          .addAllPriorities(priorities()).build());
      List<ClauseId> topLevel = new ArrayList<>();
      for (Clause c : Iso27001_2022.framework().clauses()) {
        if (c.isTopLevel()) {
          topLevel.add(c.id());
        }
      }
      AuditId clauseAudit = AuditId.of("AU-1");
      b.addAudits(InternalAudit.builder().id(clauseAudit).programme(ap).addAllClauses(topLevel)
          .addProcesses(pid(6)).addCriteria("ISO/IEC 27001:2022").addCriteriaPolicies(POLICY)
          .addCriteriaDocuments(doc("6.1.2")).addCriteriaRequirements(RequirementId.of("REQ-1"), RequirementId.of("REQ-2"))
          .scope("Clauses 4 to 10 across the whole ISMS").plan(doc("9.2.2")).plannedOn(daysAgo(65))
          .addAuditors(AUDITOR_1).addTeam(team(AUDITOR_1, "CR-3")).addAuditees(CISO)
          .progress(AuditProgress.reported(daysAgo(60), daysAgo(50)))
          .report(doc("9.2.2")).addReportedTo(CEO).build());
      int half = applicable.size() / 2;
      b.addAudits(InternalAudit.builder().id(AuditId.of("AU-2")).programme(ap)
          .addAllControls(applicable).addCriteria("Annex A").addCriteriaPolicies(POLICY)
          .scope("The whole ISMS and every applicable Annex A control").plan(doc("9.2.2")).plannedOn(daysAgo(45))
          .addAuditors(AUDITOR_2).addTeam(team(AUDITOR_2, "CR-4")).addAuditees(CISO)
          .progress(AuditProgress.reported(daysAgo(40), daysAgo(35)))
          .report(doc("9.2.2")).addReportedTo(CEO).build());
      b.addAudits(InternalAudit.builder().id(AuditId.of("AU-3")).programme(ap)
          .addAllControls(applicable.subList(half, applicable.size())).addCriteria("Annex A")
          .addCriteriaPolicies(POLICY).scope("Second half of the applicable Annex A controls")
          .plannedOn(asOf.plusDays(60)).addAuditors(AUDITOR_1).addTeam(team(AUDITOR_1, "CR-3")).addAuditees(CISO)
          .progress(AuditProgress.planned()).build());
      b.addFindings(AuditFinding.builder().id(FindingId.of("F-1")).audit(clauseAudit)
          .type(FindingType.MINOR_NONCONFORMITY).clause(ClauseId.of("7.5.3")).description("Retention missing")
          .process(pid(7)).criterion("7.5.3: every record has a retention period")
          .addObjectiveEvidence(ObjectiveEvidence.builder().sampled("Retention settings of records in the DMS")
              .location("DMS, folder isms/records").sampleSize(20).population(140).examinedOn(daysAgo(60)).build())
          .nonconformity(NonconformityId.of("NC-1")).build());
      // management reviews
      List<ReviewDecision> decisions = List.of(
          ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT).description("Automate access reviews").owner(CISO)
              .dueDate(asOf.plusDays(90)).improvement(ImprovementId.of("IMP-1")).build(),
          ReviewDecision.builder().kind(DecisionKind.CHANGE).description("Add a cloud region").owner(CISO)
              .dueDate(asOf.plusDays(30)).change(ChangeId.of("CH-1")).build(),
          ReviewDecision.builder().kind(DecisionKind.RESOURCE).description("Hire a deputy").owner(CEO)
              .dueDate(asOf.plusDays(120)).resource(RES_PEOPLE).build());
      ReviewDecision followedUp = decisions.get(2).toBuilder().dueDate(daysAgo(300))
          .progress(ActionProgress.done(daysAgo(320))).addFollowedUpIn(ReviewId.of("MR-2"))
          .followUp("Deputy hired and trained").build();
      b.addManagementReviews(ManagementReview.builder().id(ReviewId.of("MR-1")).heldOn(daysAgo(400))
          .addAttendees(CEO, CISO).addAllInputs(EnumSet.allOf(ReviewInput.class)).addDecisions(followedUp)
          .minutes(doc("9.3.3")).build());
      b.addManagementReviews(ManagementReview.builder().id(ReviewId.of("MR-2")).heldOn(daysAgo(40))
          .addAttendees(CEO, CFO, CISO).addAllInputs(EnumSet.allOf(ReviewInput.class)).addAllDecisions(decisions)
          .minutes(doc("9.3.3")).build());
      // changes
      b.addChanges(PlannedChange.builder().id(ChangeId.of("CH-1")).description("Add a cloud region")
          .reason("Resilience").trigger(ChangeTrigger.MANAGEMENT_REVIEW).impact("New supporting assets")
          .responsible(CISO).approval(Approval.of(CEO, daysAgo(35))).plannedFor(asOf.plusDays(30)).build());
      Asset first = assets.get(0);
      b.addChanges(PlannedChange.builder().id(SIGNIFICANT_CHANGE).description("Migrate " + first.name())
          .reason("End of support").trigger(ChangeTrigger.ORGANIZATIONAL).impact("Risks of the migrated asset")
          .significant(true).addAssets(first.id()).responsible(CISO).approval(Approval.of(CEO, daysAgo(150)))
          .plannedFor(daysAgo(110)).completedOn(daysAgo(100)).build());
      // improvements
      b.addImprovements(Improvement.builder().id(ImprovementId.of("IMP-1")).description("Automate access reviews")
          .source("Management review MR-2").raisedOn(daysAgo(40)).owner(CISO).progress(ActionProgress.inProgress())
          .build());
      b.addImprovements(Improvement.builder().id(ImprovementId.of("IMP-2")).description("Shorter patch cycle")
          .source("Metric M-1").raisedOn(daysAgo(300)).owner(CISO)
          .progress(ActionProgress.done(daysAgo(200))).outcome("Patch time halved").build());
      nonconformities(b);
    }

    /** The programme's weight per process: operations and risk management matter most; 7 had a finding. */
    static List<AuditPriority> priorities() {
      List<AuditPriority> out = new ArrayList<>();
      for (int c = 4; c <= 10; c++) {
        var p = AuditPriority.builder().process(pid(c))
            .importance(c == 6 || c == 8 ? Importance.HIGH : Importance.MEDIUM)
            .rationale(c == 6 || c == 8 ? "Carries the risk treatment and the operation of the controls"
                : c == 7 ? "Retention lapse found in the last audit" : "Stable, no finding in earlier audits")
            .auditInterval(Period.ofMonths(c == 6 || c == 8 ? 6 : 12));
        if (c == 7) {
          p.addPreviousFindings(FindingId.of("F-1"));
        }
        out.add(p.build());
      }
      return out;
    }

    /** The team of an audit: one lead auditor, competent by {@code competence} and independent of the ISMS's operation. */
    static AuditTeamMember team(PersonId auditor, String competence) {
      return AuditTeamMember.builder().person(auditor).role(AuditorRole.LEAD)
          .addCompetence(CompetenceRecordId.of(competence))
          .independence("Internal audit function; no operational duty in the audited processes or controls").build();
    }

    // ---------------------------------------------------------------------------------------------
    // What an auditor samples: suppliers, evidence, policy exceptions, an incident and its lessons.
    // Added last and without random draws, so the rest of the model is what it was for a seed.

    void sampled(io.ismskit.core.Isms.Builder b, List<Asset> assets) {
      AssetId first = assets.get(0).id();
      RiskId firstRisk = RiskId.of("R-1");
      List<ControlId> supplierControls = applicableOf("A.5.19", "A.5.20", "A.5.21", "A.5.22", "A.5.23");
      SupplierId cloud = SupplierId.of("SUP-CLOUD");
      b.addSuppliers(Supplier.builder().id(cloud).name("Cloud provider").owner(CISO)
          .criticality(SupplierCriticality.CRITICAL).informationAccess(Classification.CONFIDENTIAL)
          .interestedParty(InterestedPartyId.of("IP-3"))
          .addProvides(SupplierService.builder().description("Hosting of the SaaS platform")
              .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.IAAS).addAssets(first)
              .addLocations("EU").build())
          .addAgreements(SupplierAgreement.builder().reference("MSA-CLOUD").title("Cloud services agreement")
              .signedOn(daysAgo(900)).addSecurityRequirements("Notify security incidents within 24 hours",
                  "Keep customer data in the EU", "Hold a current ISO/IEC 27001 certificate")
              .addAllControls(supplierControls).rightToAudit(true).document(doc("8.1"))
              .lastReviewed(daysAgo(120))
              .exitProvision("Data exported on request in open formats and deleted within 30 days of termination; "
                  + "migration plan tested yearly").build())
          .addAssessments(SupplierAssessment.builder().kind(AssessmentKind.CERTIFICATE_REVIEW)
              .performedOn(daysAgo(90)).performedBy(CISO).outcome(AssessmentOutcome.ACCEPTABLE)
              .summary("ISO/IEC 27001 certificate and SOC 2 report current, no exceptions")
              .report(doc("8.1")).nextDue(asOf.plusDays(275)).build())
          .reviewInterval(Period.ofMonths(12)).addRisks(firstRisk).addAllControls(supplierControls)
          .since(daysAgo(900)).securityContact("security@cloud.example").build());
      b.addSuppliers(Supplier.builder().id(SupplierId.of("SUP-PENTEST")).name("Penetration testers")
          .owner(CISO).criticality(SupplierCriticality.MEDIUM).informationAccess(Classification.INTERNAL)
          .addProvides(SupplierService.builder().description("Yearly penetration test of the platform")
              .kind(ProvisionKind.SERVICE).build())
          .addAgreements(SupplierAgreement.builder().reference("PT-1").title("Penetration test agreement")
              .signedOn(daysAgo(200)).validUntil(asOf.plusDays(165))
              .addSecurityRequirements("Confidentiality of findings", "Test only the agreed targets")
              .document(doc("8.1")).build())
          .addAssessments(SupplierAssessment.builder().kind(AssessmentKind.DUE_DILIGENCE).performedOn(daysAgo(210))
              .performedBy(CISO).outcome(AssessmentOutcome.ACCEPTABLE).summary("Accredited testers, references checked")
              .nextDue(asOf.plusDays(155)).build())
          .reviewInterval(Period.ofMonths(12)).addAllControls(applicableOf("A.5.19", "A.5.20"))
          .since(daysAgo(200)).build());

      // Evidence for every applicable control, and for measurements and the audit finding.
      for (ControlId c : applicable) {
        b.addEvidenceItems(EvidenceItem.builder().id(EvidenceId.of("EV-" + c.value()))
            .title("Operating evidence for " + c.value()).kind(EvidenceKind.RECORD).source("GRC tool")
            .period(CoveredPeriod.of(daysAgo(120), daysAgo(35))).collectedOn(daysAgo(33)).collectedBy(CISO)
            .review(EvidenceReview.sufficient(AUDITOR_2, daysAgo(31))).addSoaEntries(c).build());
      }
      for (int i = 1; i <= 3; i++) {
        b.addEvidenceItems(EvidenceItem.builder().id(EvidenceId.of("EV-MS-" + i))
            .title("Ticket system export for metric M-" + i).kind(EvidenceKind.REPORT).source("Ticket system")
            .period(CoveredPeriod.of(daysAgo(110), daysAgo(20))).collectedOn(daysAgo(20)).collectedBy(CISO)
            .review(EvidenceReview.sufficient(CEO, daysAgo(15))).addMeasurements(MeasurementId.of("MS-" + i + "-2"))
            .build());
      }
      b.addEvidenceItems(EvidenceItem.builder().id(EvidenceId.of("EV-F-1")).title("Retention settings of sampled "
          + "records").kind(EvidenceKind.SCREENSHOT).source("DMS").collectedOn(daysAgo(60)).collectedBy(AUDITOR_1)
          .review(EvidenceReview.sufficient(AUDITOR_1, daysAgo(55))).addFindings(FindingId.of("F-1")).build());
      EvidenceId incidentEvidence = EvidenceId.of("EV-INC-1");
      b.addEvidenceItems(EvidenceItem.builder().id(incidentEvidence).title("Mail gateway log extract")
          .kind(EvidenceKind.LOG_EXTRACT).source("Mail gateway").period(CoveredPeriod.of(daysAgo(151), daysAgo(148)))
          .collectedOn(daysAgo(148)).collectedBy(CISO).review(EvidenceReview.sufficient(AUDITOR_2, daysAgo(140)))
          .build());

      // A policy exception in force, approved and expiring.
      b.addPolicyExceptions(PolicyException.builder().id(PolicyExceptionId.of("PE-1")).policy(PolicyId.of("POL-AC"))
          .addAllControls(applicableOf("A.5.16", "A.8.2"))
          .description("The legacy build server keeps one shared administrator account")
          .justification("The vendor's tooling cannot use personal accounts until the migration")
          .compensatingMeasures("Session recording and a monthly review of the account's use").addAssets(first)
          .addRisks(firstRisk).requestedBy(CISO).approval(Approval.of(CEO, daysAgo(60))).validFrom(daysAgo(60))
          .expiresOn(asOf.plusDays(120)).build());

      // An incident, its lessons and the improvement they led to.
      ImprovementId lesson = ImprovementId.of("IMP-3");
      b.addImprovements(Improvement.builder().id(lesson).description("Phishing-resistant MFA for mail")
          .source("Incident INC-1").raisedOn(daysAgo(140)).owner(CISO).progress(ActionProgress.done(daysAgo(100)))
          .outcome("No mailbox takeover since").build());
      b.addIncidents(Incident.builder().id(IncidentId.of("INC-1")).title("Compromised mailbox after phishing")
          .occurredOn(daysAgo(151)).reportedOn(daysAgo(150)).assessedOn(daysAgo(150))
          .severity(Incident.Severity.MEDIUM).addAssets(first).addCompromised(SecurityProperty.CONFIDENTIALITY)
          .addRisks(firstRisk).handler(CISO).resolvedOn(daysAgo(148))
          .lessonsLearned("Passwords alone do not stop phishing").lessonsReviewedOn(daysAgo(140))
          .addImprovements(lesson).addEvidence(incidentEvidence).addSuppliers(cloud).build());

      // The change made because of NC-1 (10.2 e).
      b.addChanges(PlannedChange.builder().id(CHANGE_FROM_NC).description("Retention periods for every record type")
          .reason("Corrective action for NC-1").trigger(ChangeTrigger.CORRECTIVE_ACTION)
          .impact("Control of records (7.5.3)").responsible(CISO).approval(Approval.of(CEO, daysAgo(90)))
          .plannedFor(daysAgo(80)).completedOn(daysAgo(70)).build());

      // Documents superseded and of external origin (7.5.3).
      b.addDocuments(DocumentedInformation.builder().id(DocumentId.of("DOC-5.2-OLD"))
          .title("Information security policy, previous version, kept as a record").kind(DocumentKind.RETAINED)
          .version("2.0")
          .owner(CISO).author(CISO).format("PDF").classification(Classification.INTERNAL).addClauses(ClauseId.of("5.2"))
          .status(DocumentStatus.OBSOLETE).approval(Approval.of(CEO, daysAgo(600))).location("DMS/isms/archive")
          .retention(Period.ofYears(3)).disposition(Disposition.DESTROY).supersededBy(doc("5.2")).build());
      b.addDocuments(DocumentedInformation.builder().id(DocumentId.of("DOC-EXT-27002"))
          .title("ISO/IEC 27002:2022").kind(DocumentKind.MAINTAINED).version("2022").owner(CISO).format("PDF")
          .classification(Classification.INTERNAL).status(DocumentStatus.APPROVED)
          .approval(Approval.of(CISO, daysAgo(300))).reviewInterval(Period.ofMonths(12)).lastReviewed(daysAgo(60))
          .location("DMS/isms/external").externalOrigin(true).externalSource("ISO/IEC").addAccessRoles(ROLE_CISO)
          .build());
    }

    /** Those of {@code ids} that the SoA includes. */
    List<ControlId> applicableOf(String... ids) {
      List<ControlId> out = new ArrayList<>();
      for (String id : ids) {
        ControlId c = ControlId.of(id);
        if (applicable.contains(c)) {
          out.add(c);
        }
      }
      return out;
    }

    void nonconformities(io.ismskit.core.Isms.Builder b) {
      NonconformityStatus[] statuses = NonconformityStatus.values();
      int ca = 0;
      for (int i = 1; i <= nNcs; i++) {
        NonconformityStatus s = i == 1 ? NonconformityStatus.CLOSED
            : i == 2 ? NonconformityStatus.ACTION_IN_PROGRESS : statuses[r.nextInt(statuses.length)];
        NonconformityId id = NonconformityId.of("NC-" + i);
        LocalDate raised = daysAgo(120 + r.nextInt(100));
        var n = Nonconformity.builder().id(id).source(i == 1 ? NonconformitySource.INTERNAL_AUDIT
            : NonconformitySource.MONITORING).grade(Nonconformity.Grade.MINOR).description("Nonconformity " + i)
            .clause(ClauseId.of("7.5.3")).raisedOn(raised).owner(CISO).dueDate(asOf.plusDays(30 + r.nextInt(60)))
            .progress(s == NonconformityStatus.CLOSED ? NonconformityProgress.closed(raised.plusDays(61))
                : NonconformityProgress.of(s));
        if (i == 1) {
          n.finding(FindingId.of("F-1")).addChanges(CHANGE_FROM_NC);
        } else {
          n.addSimilar(NonconformityId.of("NC-1"));
        }
        if (s != NonconformityStatus.OPEN) {
          n.correction("Corrected the record").correctedOn(raised.plusDays(5));
        }
        boolean analysed = s != NonconformityStatus.OPEN && s != NonconformityStatus.CORRECTED;
        if (analysed) {
          n.rootCause("Procedure unclear").similarCheck("No similar case").causeAnalysedOn(raised.plusDays(10));
        }
        if (s == NonconformityStatus.REOPENED) {
          n.addReopenedOn(raised.plusDays(50));
        }
        boolean action = analysed && s != NonconformityStatus.CAUSE_ANALYSED;
        if (action) {
          var a = CorrectiveAction.builder().id(CorrectiveActionId.of("CA-" + ++ca)).nonconformity(id)
              .description("Clarify the procedure").owner(CISO);
          if (s == NonconformityStatus.ACTION_IN_PROGRESS) {
            a.dueDate(asOf.plusDays(20 + r.nextInt(40)));
          } else {
            a.dueDate(raised.plusDays(40)).completedOn(raised.plusDays(30));
          }
          boolean effective = s == NonconformityStatus.CLOSED || s == NonconformityStatus.EFFECTIVENESS_VERIFIED;
          if (effective || s == NonconformityStatus.REOPENED) {
            a.effectivenessReview(EffectivenessReview.builder().reviewedOn(raised.plusDays(effective ? 60 : 50))
                .reviewedBy(CISO).effective(effective)
                .notes(effective ? "No recurrence" : "The record was wrong again").build());
          }
          b.addCorrectiveActions(a.build());
        }
        b.addNonconformities(n.build());
      }
    }
  }
}
