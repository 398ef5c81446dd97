package io.ismskit.export.sample;

import io.ismskit.core.Isms;
import io.ismskit.core.ReviewIntervals;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.asset.AssetType;
import io.ismskit.core.asset.CiaValue;
import io.ismskit.core.asset.Classification;
import io.ismskit.core.assurance.AuditFinding;
import io.ismskit.core.assurance.AuditProgramme;
import io.ismskit.core.assurance.AuditProgress;
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
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewDecision;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.catalog.SecurityProperty;
import io.ismskit.core.catalog.Theme;
import io.ismskit.core.certification.AuditRecommendation;
import io.ismskit.core.certification.Certificate;
import io.ismskit.core.certification.CertificationBody;
import io.ismskit.core.certification.ExternalAudit;
import io.ismskit.core.certification.ExternalAuditType;
import io.ismskit.core.certification.ExternalFinding;
import io.ismskit.core.certification.FindingGrade;
import io.ismskit.core.certification.FindingResponse;
import io.ismskit.core.context.ClimateChangeDecision;
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
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.Communication;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
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
import io.ismskit.core.id.CertificateId;
import io.ismskit.core.id.CertificationBodyId;
import io.ismskit.core.id.ChangeId;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.CorrectiveActionId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.ExternalAuditId;
import io.ismskit.core.id.ExternalFindingId;
import io.ismskit.core.id.FindingId;
import io.ismskit.core.id.ImprovementId;
import io.ismskit.core.id.IncidentId;
import io.ismskit.core.evidence.CoveredPeriod;
import io.ismskit.core.evidence.EvidenceItem;
import io.ismskit.core.evidence.EvidenceKind;
import io.ismskit.core.evidence.EvidenceReview;
import io.ismskit.core.id.EvidenceId;
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
import io.ismskit.core.id.SupplierId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.id.ThreatId;
import io.ismskit.core.id.VulnerabilityId;
import io.ismskit.core.risk.ActionProgress;
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
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.cvss.CvssMethod;
import io.ismskit.risk.engine.AssessedRegister;
import io.ismskit.risk.engine.RiskEngine;
import io.ismskit.risk.fair.FairMethod;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the Northwind Analytics sample for one date: the generator of the resource {@code
 * northwind.json} that {@link SampleIsms} reads ({@code SampleResourcesTest} checks that the
 * resource is what this class builds for {@link SampleIsms#NORTHWIND_AS_OF}). One instance builds
 * one model. Everything is in a fixed order, so the model is deterministic.
 */
final class Northwind {
  // ---------------------------------------------------------------------------------------------
  // Constants

  /**
   * How many months before the sample's date the ISMS was launched (the first PDCA cycle started):
   * the first cycle ended with the initial certification twelve months before the sample's date,
   * the second is in its CHECK phase.
   */
  static final int LAUNCH = 20;

  private static final Period ANNUAL = Period.ofMonths(12);
  private static final Period QUARTERLY = Period.ofMonths(3);
  private static final Period MONTHLY = Period.ofMonths(1);
  private static final Period RETAIN_3Y = Period.ofYears(3);
  private static final Period RETAIN_6Y = Period.ofYears(6);
  private static final Period RETAIN_10Y = Period.ofYears(10);

  /** The version of the risk criteria every assessment is stamped with. */
  static final String CRITERIA_VERSION = "1.0";

  /** The version of the Statement of Applicability the treatment plans refer to. */
  static final String SOA_VERSION = "1.1";

  /** The scoring method id and version of the default 5×5 matrix of isms-risk. */
  static final MethodId METHOD = MethodId.of("matrix");

  static final String METHOD_VERSION = "1";

  static final List<RiskLevel> LEVELS = List.of(RiskLevel.of("Very Low"), RiskLevel.of("Low"), RiskLevel.of("Medium"),
      RiskLevel.of("High"), RiskLevel.of("Very High"));

  /** Annex A controls excluded from the SoA, with their justification. */
  private static final Map<String, String> EXCLUDED =
      Map.of(
          "A.7.6",
          "No secure areas exist: the offices hold no server room or network room with sensitive"
              + " processing; production runs at AWS, whose data-centre controls are covered by"
              + " supplier assurance under A.5.19 to A.5.23.",
          "A.7.12",
          "The offices carry only client internet access over the landlord-provided structured"
              + " cabling; no information processing facility is cabled on premises, and all traffic"
              + " to production and SaaS services is encrypted (A.8.24).",
          "A.8.30",
          "No software development is outsourced: all development of the platform is done by"
              + " Northwind employees (decision of the CTO, reviewed annually).");

  /** Specific inclusion reasons of baseline controls that treat no risk and meet no requirement. */
  private static final Map<String, String> BASELINE =
      Map.of(
          "A.5.1", "The policy framework (clause 5.2 policy plus topic-specific policies) steers every"
              + " other control.",
          "A.5.2", "Roles and responsibilities are needed for accountability of every control and risk.",
          "A.5.9", "The asset inventory is the basis of the asset-based risk assessment.",
          "A.5.12", "A four-level classification scheme decides how information is handled.",
          "A.6.2", "Employment contracts carry confidentiality and security duties for all staff.",
          "A.7.1", "Both offices have badge-controlled perimeters around rented floors.");

  // Key people
  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId CTO = PersonId.of("P-CTO");
  static final PersonId CFO = PersonId.of("P-CFO");
  static final PersonId CISO = PersonId.of("P-CISO");
  static final PersonId ISMS_MGR = PersonId.of("P-ISMS");
  static final PersonId DPO = PersonId.of("P-DPO");
  static final PersonId ITOPS = PersonId.of("P-ITOPS");
  static final PersonId PLAT = PersonId.of("P-PLAT");
  static final PersonId DATA = PersonId.of("P-DATA");
  static final PersonId HR = PersonId.of("P-HR");
  static final PersonId AUDITOR_FIN = PersonId.of("P-AUD1");
  static final PersonId AUDITOR_PM = PersonId.of("P-AUD2");
  static final PersonId EXT_AUDITOR = PersonId.of("P-EXTAUD");
  static final PersonId CS = PersonId.of("P-CS");
  static final PersonId MKT = PersonId.of("P-MKT");
  static final PersonId SECENG = PersonId.of("P-SECENG");

  private static final String U_EXEC = "Executive Board";
  private static final String U_SEC = "Information Security";
  private static final String U_LEGAL = "Legal and Compliance";
  private static final String U_ITOPS = "IT Operations";
  private static final String U_PLAT = "Platform Engineering";
  private static final String U_DATA = "Data Products Engineering";
  private static final String U_DS = "Data Science";
  private static final String U_CS = "Customer Success";
  private static final String U_SALES = "Sales";
  private static final String U_MKT = "Marketing";
  private static final String U_PM = "Product Management";
  private static final String U_FIN = "Finance";
  private static final String U_HR = "People and Culture";
  private static final String U_EXT = "External Assurance (contractor)";

  /** Units of the generated employees, with head counts and job titles (134 in all). */
  private static final List<Object[]> UNITS =
      List.of(
          new Object[] {U_PLAT, 30, "Software Engineer"},
          new Object[] {U_DATA, 28, "Data Engineer"},
          new Object[] {U_DS, 12, "Data Scientist"},
          new Object[] {U_CS, 18, "Customer Success Manager"},
          new Object[] {U_SALES, 16, "Account Executive"},
          new Object[] {U_MKT, 6, "Marketing Manager"},
          new Object[] {U_PM, 6, "Product Manager"},
          new Object[] {U_FIN, 5, "Accountant"},
          new Object[] {U_HR, 4, "HR Business Partner"},
          new Object[] {U_ITOPS, 6, "Site Reliability Engineer"},
          new Object[] {U_SEC, 1, "Security Analyst"},
          new Object[] {U_LEGAL, 2, "Legal Counsel"});

  private static final List<String> FIRST_NAMES =
      List.of(
          "Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hannes", "Ida", "Jan", "Kira",
          "Lukas", "Mara", "Niklas", "Olga", "Paul", "Quirin", "Rosa", "Simon", "Tara", "Umut",
          "Vera", "Wim", "Xenia", "Yusuf", "Zoe", "Alina", "Bastian", "Carla", "Deniz", "Emil",
          "Fatma", "Gregor", "Helena", "Igor", "Johanna", "Karim", "Leonie", "Malte", "Nora");

  private static final List<String> LAST_NAMES =
      List.of(
          "Albrecht", "Bauer", "Claussen", "Dietrich", "Engel", "Franke", "Graf", "Hansen",
          "Iversen", "Jansen", "Keller", "Lorenz", "Mayer", "Nowak", "Otto", "Petersen", "Quast",
          "Roth", "Schmidt", "Thiel", "Ulrich", "Vogt", "Winter", "Yilmaz", "Zimmermann", "Arslan",
          "Brandt", "Cordes", "Dahl", "Ernst", "Fuchs", "Götz", "Haas", "Jung", "Kaiser", "Lange",
          "Möller", "Nagel", "Ostermann", "Pohl");

  // ---------------------------------------------------------------------------------------------
  // State

  private final LocalDate asOf;
  /** Whether the deliberate gaps are in (the sample); false for the history's snapshots. */
  private final boolean gaps;
  private final Framework iso = Iso27001_2022.framework();

  private final List<Person> people = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private final List<RoleAssignment> assignments = new ArrayList<>();
  private final List<CompetenceRecord> competences = new ArrayList<>();
  private final List<Requirement> allRequirements = new ArrayList<>();
  private final List<Risk> risks = new ArrayList<>();
  private final Map<ControlId, ImplementationStatus> statusOverrides = new LinkedHashMap<>();
  /** The generated engineers hired during the cycle whose training gap was an audit finding. */
  private final List<PersonId> newDevelopers = new ArrayList<>();
  /** The risk criteria; every risk's decision comes from them. */
  private final RiskCriteria criteria;
  /** The last day of the stage 2 audit. */
  private final LocalDate stage2End;
  /** The initial certification decision: the certificate's three-year cycle starts here. */
  private final LocalDate certified;
  /** The last day of the first surveillance audit. */
  private final LocalDate surveillanceEnd;

  /** Builds the sample for {@code asOf}, with its deliberate gaps. */
  Northwind(LocalDate asOf) {
    this(asOf, true);
  }

  /**
   * Builds the sample for {@code asOf}; without the deliberate gaps when {@code gaps} is false (how
   * the ISMS stood before the lapses the sample shows: {@link NorthwindHistory} drives the PDCA
   * machine over it).
   */
  Northwind(LocalDate asOf, boolean gaps) {
    this.asOf = asOf;
    this.gaps = gaps;
    this.stage2End = m(13, 5);
    this.certified = m(12);
    this.surveillanceEnd = m(1, -3);
    this.criteria = riskCriteria();
    statusOverrides.put(ControlId.of("A.8.11"), ImplementationStatus.PARTIALLY_IMPLEMENTED);
    statusOverrides.put(ControlId.of("A.8.12"), ImplementationStatus.PARTIALLY_IMPLEMENTED);
  }

  // ---------------------------------------------------------------------------------------------
  // Dates

  /** {@code n} months before asOf. */
  private LocalDate m(int n) {
    return asOf.minusMonths(n);
  }

  /** {@code n} months before asOf plus {@code days} days. */
  private LocalDate m(int n, int days) {
    return asOf.minusMonths(n).plusDays(days);
  }

  /** {@code n} months after asOf. */
  private LocalDate ahead(int n) {
    return asOf.plusMonths(n);
  }

  // ---------------------------------------------------------------------------------------------
  // Ids

  private static AssetId a(String id) {
    return AssetId.of(id);
  }

  private static List<AssetId> assets(String... ids) {
    List<AssetId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(AssetId.of(id));
    }
    return out;
  }

  private static List<ControlId> controls(String... ids) {
    List<ControlId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(ControlId.of(id));
    }
    return out;
  }

  private static DocumentId doc(String id) {
    return DocumentId.of(id);
  }

  private static RequirementId req(String id) {
    return RequirementId.of(id);
  }

  private static ContextIssueId issue(String id) {
    return ContextIssueId.of(id);
  }

  private static ClauseId clause(String id) {
    return ClauseId.of(id);
  }

  private static List<ClauseId> clauses(String... ids) {
    List<ClauseId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(ClauseId.of(id));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Build

  Isms build() {
    people();
    roles();
    List<InterestedParty> parties = interestedParties();
    risks();
    Isms draft = Isms.builder()
        .organization(organization())
        .scope(scope())
        .intervals(ReviewIntervals.ANNUAL)
        .addAllContextIssues(contextIssues())
        .climateChangeDecision(climateDecision())
        .addAllInterestedParties(parties)
        .addAllProcesses(processes())
        .addAllPeople(people)
        .addAllRoles(roles)
        .addAllRoleAssignments(assignments)
        .addAllPolicies(policies())
        .addAllObjectives(objectives())
        .addAllResources(resources())
        .addAllCompetenceRecords(competences)
        .addAllAwarenessRecords(awareness())
        .addAllCommunications(communications())
        .addAllDocuments(documents())
        .addAllAssets(assetList())
        .addAllThreats(threats())
        .addAllVulnerabilities(vulnerabilities())
        .riskCriteria(criteria)
        .addAllRisks(risks)
        .addAllRisksAndOpportunities(ismsRisksAndOpportunities())
        .addAllCustomControls(customControls())
        .addAllControlImplementations(controlImplementations())
        .statementOfApplicability(soa())
        .addAllMetrics(metrics())
        .addAllMeasurements(measurements())
        .addAllAuditProgrammes(auditProgrammes())
        .addAllAudits(audits())
        .addAllFindings(findings())
        .addAllManagementReviews(List.of(firstManagementReview(), managementReview()))
        .addAllNonconformities(nonconformities())
        .addAllCorrectiveActions(correctiveActions())
        .addAllImprovements(improvements())
        .addAllChanges(changes())
        .addAllIncidents(incidents())
        .addCertificationBodies(certificationBody())
        .addCertificates(certificate())
        .addAllExternalAudits(externalAudits())
        .addAllExternalFindings(externalFindings())
        .addAllSuppliers(suppliers())
        .addAllEvidenceItems(evidenceItems())
        .addAllPolicyExceptions(policyExceptions())
        .build();
    return finishRegister(draft);
  }

  // ---------------------------------------------------------------------------------------------
  // 4 Context

  private Organization organization() {
    return Organization.builder()
        .name("Northwind Analytics")
        .legalName("Northwind Analytics GmbH")
        .sector("Software: B2B SaaS analytics")
        .headcount(150)
        .purpose(
            "Give mid-sized and enterprise customers in Europe trustworthy product and usage"
                + " analytics as a hosted service (Northwind Insights)")
        .addLocations(
            "Hamburg headquarters", "Leipzig engineering office", "AWS eu-central-1 (Frankfurt)",
            "AWS eu-west-1 (Ireland)")
        .build();
  }

  private List<ContextIssue> contextIssues() {
    List<ContextIssue> out = new ArrayList<>();
    out.add(issue("IC-1", IssueKind.INTERNAL,
        "Rapid growth: headcount rose by about 40 % in the last year, mostly in engineering",
        "Onboarding, access provisioning and awareness must keep pace with new joiners"));
    out.add(issue("IC-2", IssueKind.INTERNAL,
        "Small security team (CISO, ISMS manager, two security engineers) for the whole company",
        "Limits how many controls can be operated manually; favours automation and outsourcing of 24/7 monitoring"));
    out.add(issue("IC-3", IssueKind.INTERNAL,
        "Hybrid work culture: most staff work from home two to four days a week",
        "Endpoint, remote access and awareness controls carry more weight than office perimeter controls"));
    out.add(issue("IC-4", IssueKind.INTERNAL,
        "Technical debt in the legacy event-ingestion pipeline (Java, self-managed)",
        "Patching and secure configuration are harder; vulnerabilities linger longer"));
    out.add(issue("IC-5", IssueKind.INTERNAL,
        "Platform knowledge concentrated in a few senior engineers",
        "Availability of the service depends on key people; documentation and runbooks are needed"));
    out.add(issue("EC-1", IssueKind.EXTERNAL,
        "GDPR and German data protection law; scrutiny of transfers of personal data outside the EU",
        "Customer data must stay in EU regions; breach notification and processor duties shape incident and supplier management"));
    out.add(issue("EC-2", IssueKind.EXTERNAL,
        "Enterprise customers require ISO/IEC 27001 certification and answer-ready security questionnaires",
        "Certification is a sales prerequisite; the ISMS must produce evidence that customers accept"));
    out.add(issue("EC-3", IssueKind.EXTERNAL,
        "Ransomware and credential-phishing campaigns increasingly target SaaS providers and their supply chain",
        "Identity, backup and detection controls must be strong; threat intelligence is needed"));
    out.add(issue("EC-4", IssueKind.EXTERNAL,
        "Dependence on one cloud provider (AWS) for all production workloads",
        "Provider outages and changes of terms directly affect availability commitments"));
    out.add(ContextIssue.builder()
        .id(issue("EC-5"))
        .kind(IssueKind.EXTERNAL)
        .description(
            "Climate change: more frequent heat waves and storm surges on the Elbe affect the Hamburg"
                + " office and the cooling and power of cloud data centres")
        .ismsImpact(
            "Continuity planning must assume office closures and regional cloud disruptions;"
                + " investors and some customers ask for climate-related disclosures")
        .climateRelated(true)
        .identifiedOn(m(LAUNCH))
        .lastReviewed(m(2))
        .build());
    out.add(issue("EC-6", IssueKind.EXTERNAL,
        "Tight labour market for security and cloud engineers",
        "Vacancies in the security team take months to fill; reliance on external services grows"));
    return out;
  }

  private ContextIssue issue(String id, IssueKind kind, String description, String impact) {
    return ContextIssue.builder()
        .id(issue(id))
        .kind(kind)
        .description(description)
        .ismsImpact(impact)
        .identifiedOn(m(LAUNCH))
        .lastReviewed(m(2))
        .build();
  }

  private ClimateChangeDecision climateDecision() {
    return ClimateChangeDecision.builder()
        .relevant(true)
        .rationale(
            "Storm surges and heat waves can close the Hamburg office and disrupt cloud regions;"
                + " investors expect climate-related risk disclosure. Treated through continuity"
                + " planning and multi-region hosting.")
        .decidedOn(gaps ? m(LAUNCH - 1) : m(2))
        .decidedBy(CEO)
        .addIssues(issue("EC-5"))
        .build();
  }

  private List<InterestedParty> interestedParties() {
    List<InterestedParty> out = new ArrayList<>();
    out.add(party("IP-CUST", "Customers (B2B)", PartyKind.CUSTOMER, false,
        requirement("REQ-CUST-DPA", RequirementType.CONTRACTUAL,
            "Data processing agreements under GDPR Art. 28 with agreed technical and organizational"
                + " measures, EU-only hosting and sub-processor notification",
            "Core obligation of every customer contract",
            List.of("A.5.31", "A.5.34", "A.5.20", "A.5.14", "A.8.24"), List.of("OBJ-5")),
        requirement("REQ-CUST-ASSURANCE", RequirementType.CONTRACTUAL,
            "Annual independent assurance (ISO/IEC 27001 certificate or SOC 2-type report), right to"
                + " audit, penetration test summary and completed security questionnaires",
            "Enterprise contracts make independent assurance a renewal condition",
            List.of("A.5.31", "A.5.35", "A.8.29"), List.of("OBJ-5")),
        requirement("REQ-CUST-SLA", RequirementType.CONTRACTUAL,
            "Service availability of 99.9 % per month and a recovery point objective of 1 hour",
            "Contractual service levels with service credits",
            List.of("A.5.31", "A.8.14", "A.5.30", "A.8.13"), List.of("OBJ-4")),
        requirement("REQ-CUST-NOTIFY", RequirementType.CONTRACTUAL,
            "Notification of security incidents affecting customer data within 24 hours",
            "Stricter than the legal deadline; addressed by the incident management process",
            List.of("A.5.31", "A.5.24", "A.5.26"), List.of())));
    out.add(party("IP-DPA", "Data protection supervisory authority (Hamburg)", PartyKind.REGULATOR, false,
        requirement("REQ-GDPR-32", RequirementType.LEGAL,
            "GDPR Art. 32: security of processing appropriate to the risk, including encryption,"
                + " resilience, restore capability and regular testing",
            "Legal obligation as controller (employee data) and processor (customer data)",
            List.of("A.5.31", "A.5.34", "A.8.24", "A.8.13", "A.5.36"), List.of("OBJ-2")),
        requirement("REQ-GDPR-33", RequirementType.LEGAL,
            "GDPR Art. 33 and 34: notify personal data breaches to the authority within 72 hours and"
                + " inform controllers without undue delay",
            "Legal obligation; handled by the DPO within incident management",
            List.of("A.5.31", "A.5.24", "A.5.5", "A.5.26"), List.of())));
    out.add(party("IP-AWS", "Amazon Web Services EMEA SARL (cloud provider)", PartyKind.SUPPLIER, false,
        requirement("REQ-AWS-SRM", RequirementType.CONTRACTUAL,
            "AWS customer agreement and shared responsibility model: the customer secures its"
                + " accounts, configurations, workloads and data; acceptable use policy",
            "Northwind's part of the shared responsibility is the core of its cloud security",
            List.of("A.5.31", "A.5.23", "A.8.9", "CLD.6.3.1"), List.of())));
    out.add(party("IP-PAYROLL", "Hanse Lohnservice GmbH (payroll provider)", PartyKind.SUPPLIER, false,
        requirement("REQ-PAYROLL", RequirementType.CONTRACTUAL,
            "Payroll data is transferred only through the provider's encrypted portal; DPA under"
                + " GDPR Art. 28 in place",
            "Contractual condition of the payroll service",
            List.of("A.5.31", "A.5.14", "A.5.20"), List.of())));
    out.add(party("IP-EMP", "Employees and contractors", PartyKind.EMPLOYEE, true,
        requirement("REQ-EMP-PRIV", RequirementType.LEGAL,
            "Protection of employee personal data under GDPR and § 26 BDSG; co-determination of the"
                + " works council on monitoring tools",
            "Legal obligation as employer",
            List.of("A.5.31", "A.5.34", "A.8.15"), List.of()),
        requirement("REQ-EMP-CLARITY", RequirementType.EXPECTATION,
            "Clear, practical security rules and training that fit hybrid work",
            "Supports awareness and acceptance of the ISMS",
            List.of("A.6.3", "A.5.10", "A.6.7"), List.of("OBJ-1"))));
    out.add(party("IP-INV", "Investors (venture capital shareholders)", PartyKind.OWNER, false,
        requirement("REQ-INV-CERT", RequirementType.EXPECTATION,
            "ISO/IEC 27001 certification within 18 months of the ISMS launch (achieved), kept in force,"
                + " and quarterly security reporting to the board",
            "Adopted as an ISMS objective",
            List.of("A.5.35"), List.of("OBJ-5")),
        Requirement.builder()
            .id(req("REQ-INV-ESG"))
            .type(RequirementType.EXPECTATION)
            .description("Annual disclosure of the company's carbon footprint and climate-related risks")
            .addressedByIsms(false)
            .rationale(
                "Handled by the CFO's sustainability reporting, outside the ISMS; the ISMS covers"
                    + " only climate-related availability risks (EC-5)")
            .climateRelated(true)
            .build()));
    out.add(party("IP-INS", "HanseCyber Versicherung AG (cyber insurer)", PartyKind.INSURER, false,
        requirement("REQ-INS-BASELINE", RequirementType.CONTRACTUAL,
            "Policy conditions: MFA for all remote and e-mail access, immutable offline backups,"
                + " endpoint detection and response on all endpoints, patching of critical"
                + " vulnerabilities within 14 days",
            "Cover is void if the conditions are not met",
            List.of("A.5.31", "A.8.5", "A.8.13", "A.8.7", "A.8.8"), List.of("OBJ-2"))));
    return out;
  }

  private InterestedParty party(
      String id, String name, PartyKind kind, boolean internal, Requirement... requirements) {
    for (Requirement r : requirements) {
      allRequirements.add(r);
    }
    return InterestedParty.builder()
        .id(InterestedPartyId.of(id))
        .name(name)
        .kind(kind)
        .internal(internal)
        .addRequirements(requirements)
        .lastReviewed(m(3))
        .build();
  }

  private Requirement requirement(
      String id,
      RequirementType type,
      String description,
      String rationale,
      List<String> controls,
      List<String> objectives) {
    var builder = Requirement.builder()
        .id(req(id))
        .type(type)
        .description(description)
        .addressedByIsms(true)
        .rationale(rationale);
    if (type != RequirementType.EXPECTATION && type != RequirementType.OTHER) {
      // the legal register's compliance evaluation (A.5.31), done with the context review
      builder.compliance(io.ismskit.core.context.ComplianceEvaluation.of(
          io.ismskit.core.context.ComplianceStatus.COMPLIANT, m(3)));
    }
    for (String c : controls) {
      builder.addControls(ControlId.of(c));
    }
    for (String o : objectives) {
      builder.addObjectives(ObjectiveId.of(o));
    }
    return builder.build();
  }

  private Scope scope() {
    return Scope.builder()
        .statement(
            "The information security management system of Northwind Analytics GmbH covers the"
                + " development, operation, sale and support of the Northwind Insights analytics"
                + " platform, with the information, people, processes and systems involved, at the"
                + " Hamburg headquarters, the Leipzig engineering office, remote workplaces and the"
                + " production environment hosted by AWS in eu-central-1 and eu-west-1.")
        .version("1.0")
        .document(doc("DOC-SCOPE"))
        .addOrganizationalUnits(
            U_EXEC, U_SEC, U_LEGAL, U_ITOPS, U_PLAT, U_DATA, U_DS, U_CS, U_SALES, U_MKT, U_PM, U_FIN,
            U_HR)
        .addLocations(
            "Hamburg headquarters", "Leipzig engineering office", "Remote workplaces in Germany",
            "AWS eu-central-1 (Frankfurt)", "AWS eu-west-1 (Ireland)")
        .addProcesses(
            "Development and release of Northwind Insights",
            "Operation and hosting of Northwind Insights",
            "Customer onboarding and support",
            "Sales and contract management",
            "Human resources and payroll administration",
            "Finance and accounting")
        .addExclusions(
            ScopeExclusion.of(
                "Corporate marketing website",
                "Static website built and hosted by an external agency; it stores no customer data"
                    + " and contact-form messages are forwarded to the sales mailbox, which is in"
                    + " scope"),
            ScopeExclusion.of(
                "Sales demo environment",
                "Isolated AWS account holding synthetic data only, with no connection to production"
                    + " or customer data"))
        .addInterfaces(
            ScopeInterface.builder().description("Production hosting on AWS infrastructure and managed services (shared responsibility)").counterparty(Optional.of(InterestedPartyId.of("IP-AWS"))).outsourced(true).build(),
            ScopeInterface.builder().description("Payroll processing by an external payroll provider").counterparty(Optional.of(InterestedPartyId.of("IP-PAYROLL"))).outsourced(true).build(),
            ScopeInterface.builder().description("Office and collaboration SaaS (Microsoft 365, GitHub, HR, accounting and ticketing"
                    + " systems)").outsourced(true).build(),
            ScopeInterface.builder().description("Customer systems sending events through the public ingestion API and single sign-on").counterparty(Optional.of(InterestedPartyId.of("IP-CUST"))).outsourced(false).build())
        .addConsideredIssues(
            issue("IC-1"), issue("IC-3"), issue("EC-1"), issue("EC-2"), issue("EC-4"), issue("EC-5"))
        .addConsideredRequirements(
            req("REQ-CUST-DPA"), req("REQ-CUST-ASSURANCE"), req("REQ-GDPR-32"), req("REQ-AWS-SRM"),
            req("REQ-PAYROLL"))
        .approval(Approval.of(CEO, m(LAUNCH - 1)))
        .build();
  }

  private List<IsmsProcess> processes() {
    List<IsmsProcess> out = new ArrayList<>();
    out.add(process("PR-CTX", "Context, interested parties and scope", ISMS_MGR,
        "Determines and reviews issues, interested parties, requirements and the ISMS scope",
        List.of("Strategy papers", "Contracts and legal register", "Management review decisions"),
        List.of("Context register", "Scope statement"),
        List.of("PR-RISK", "PR-MR"),
        clauses("4.1", "4.2", "4.3", "4.4"),
        List.of("Context register reviewed at least annually and before each management review",
            "Every interested-party requirement carries an addressed-by-ISMS decision"),
        false, m(2)));
    out.add(process("PR-LEAD", "Leadership, policy and roles", CEO,
        "Sets policy and objectives, assigns ISMS roles and provides resources",
        List.of("Management review results", "Risk treatment plan"),
        List.of("Information security policy", "Role assignments", "Resource decisions"),
        List.of("PR-MR", "PR-OBJ"),
        clauses("5.1", "5.2", "5.3", "7.1"),
        List.of("Policy reviewed every 12 months", "ISMS roles assigned and communicated before they start"),
        false, m(2)));
    out.add(process("PR-RISK", "Information security risk management", ISMS_MGR,
        "Identifies, analyses, evaluates and treats information security risks and ISMS risks and opportunities",
        List.of("Asset inventory", "Threat intelligence", "Context register", "Planned changes"),
        List.of("Risk register", "Risk treatment plan", "Statement of Applicability"),
        List.of("PR-CTX", "PR-CHG", "PR-MR", "PR-INC"),
        clauses("6.1.1", "6.1.2", "6.1.3", "8.2", "8.3"),
        List.of("All risks re-assessed at least every 12 months and after significant changes",
            "Risks above Medium have an approved treatment plan"),
        false, m(1)));
    out.add(process("PR-OBJ", "Objectives and performance measurement", CISO,
        "Sets security objectives and measures, analyses and evaluates security performance",
        List.of("Policy", "Risk results", "Metric data"),
        List.of("Objectives plan", "Monthly and quarterly metric reports"),
        List.of("PR-MR", "PR-LEAD"),
        clauses("6.2", "9.1"),
        List.of("Every metric measured on schedule and evaluated within 5 working days"),
        false, m(0, -3)));
    out.add(process("PR-CHG", "Change management", CTO,
        "Plans and controls changes to the ISMS and to production systems",
        List.of("Change requests", "Management review decisions", "Corrective actions"),
        List.of("Approved change records", "Risk re-assessment requests"),
        List.of("PR-RISK", "PR-IMP"),
        clauses("6.3", "8.1"),
        List.of("Significant changes trigger a risk assessment before completion",
            "Production changes peer-reviewed and deployed through the pipeline"),
        false, m(1)));
    out.add(process("PR-COMP", "Competence and awareness", HR,
        "Defines required competences, keeps competence evidence and runs the awareness programme",
        List.of("Role catalogue", "Hiring plan"),
        List.of("Competence records", "Awareness records"),
        List.of("PR-LEAD", "PR-DOC"),
        clauses("7.2", "7.3"),
        List.of("Awareness completed within 30 days of joining and every 12 months",
            "Competence evidence recorded before a role is taken up"),
        false, m(1)));
    out.add(process("PR-COMMS", "Communication", ISMS_MGR,
        "Plans and carries out internal and external ISMS communication",
        List.of("Communication plan", "Incidents", "Policy changes"),
        List.of("Newsletters", "Board reports", "Customer notices"),
        List.of("PR-LEAD", "PR-INC"),
        clauses("7.4"),
        List.of("Planned communications carried out in the planned month"),
        false, m(0, -10)));
    out.add(process("PR-DOC", "Control of documented information", ISMS_MGR,
        "Creates, approves, publishes, reviews, retains and disposes of ISMS documents and records",
        List.of("Drafts", "Records from all processes"),
        List.of("Document register", "Approved documents"),
        List.of("PR-AUDIT", "PR-COMP"),
        clauses("7.5.1", "7.5.2", "7.5.3"),
        List.of("Every document has owner, version, approval, classification and retention",
            "Documents reviewed at their interval"),
        false, m(2)));
    out.add(process("PR-OPS", "Operational security", ITOPS,
        "Runs the technical controls: vulnerability and patch management, backups, logging, monitoring",
        List.of("Risk treatment plan", "Vulnerability feeds"),
        List.of("Patch and backup records", "Monitoring alerts"),
        List.of("PR-INC", "PR-CHG", "PR-ACC"),
        clauses("8.1"),
        List.of("Critical vulnerabilities remediated within 14 days", "Daily backups verified"),
        false, m(0, -1)));
    out.add(process("PR-ACC", "Access management", ITOPS,
        "Grants, reviews and revokes access to systems and data",
        List.of("HR joiner, mover and leaver events", "Access requests"),
        List.of("Access changes", "Quarterly access reviews"),
        List.of("PR-OPS", "PR-COMP"),
        clauses("8.1"),
        List.of("Leaver access removed within 1 working day", "Access reviews quarterly"),
        false, m(1)));
    out.add(process("PR-SUP", "Supplier management", CFO,
        "Selects, contracts, monitors and reviews suppliers and cloud services",
        List.of("Supplier register", "Supplier assurance reports"),
        List.of("Supplier assessments", "Annual supplier reviews"),
        List.of("PR-RISK", "PR-OPS"),
        clauses("8.1"),
        List.of("Critical suppliers reviewed annually", "DPA in place before personal data is shared"),
        true, m(3)));
    out.add(process("PR-INC", "Incident management", CISO,
        "Detects, assesses, responds to and learns from information security incidents",
        List.of("Alerts", "Reports from staff and customers"),
        List.of("Incident records", "Lessons learned", "Breach notifications"),
        List.of("PR-RISK", "PR-IMP", "PR-COMMS", "PR-OPS"),
        clauses("8.1"),
        List.of("Incidents triaged within 4 hours", "Personal data breaches assessed by the DPO within 24 hours"),
        false, m(5)));
    out.add(process("PR-AUDIT", "Internal audit", ISMS_MGR,
        "Plans and runs the internal audit programme with independent auditors",
        List.of("Audit programme", "Previous audit results", "Risk results"),
        List.of("Audit reports", "Findings"),
        List.of("PR-IMP", "PR-MR", "PR-DOC"),
        clauses("9.2.1", "9.2.2"),
        List.of("All clauses and applicable controls audited within the programme period",
            "Auditors never audit their own work"),
        false, m(4)));
    out.add(process("PR-MR", "Management review", CEO,
        "Top management reviews the ISMS at least annually and decides on improvements and changes",
        List.of("All inputs of clause 9.3.2"),
        List.of("Minutes", "Decisions", "Planned changes", "Resource decisions"),
        List.of("PR-CTX", "PR-RISK", "PR-OBJ", "PR-AUDIT", "PR-IMP"),
        clauses("9.3.1", "9.3.2", "9.3.3"),
        List.of("Held at least every 12 months with top management", "All inputs considered and minuted"),
        false, m(2)));
    out.add(process("PR-IMP", "Nonconformity, corrective action and improvement", ISMS_MGR,
        "Handles nonconformities, their causes and corrective actions, and continual improvement",
        List.of("Audit findings", "Incidents", "Metric results", "Suggestions"),
        List.of("Nonconformity register", "Corrective actions", "Improvement log"),
        List.of("PR-AUDIT", "PR-CHG", "PR-MR"),
        clauses("10.1", "10.2"),
        List.of("Root cause analysed within 30 days", "Effectiveness reviewed before closure"),
        false, m(1)));
    return out;
  }

  private static IsmsProcess process(
      String id,
      String name,
      PersonId owner,
      String description,
      List<String> inputs,
      List<String> outputs,
      List<String> interactsWith,
      List<ClauseId> clauses,
      List<String> criteria,
      boolean externallyProvided,
      LocalDate lastPerformed) {
    var b = IsmsProcess.builder()
        .id(ProcessId.of(id))
        .name(name)
        .owner(owner)
        .description(description)
        .addAllInputs(inputs)
        .addAllOutputs(outputs)
        .addAllClauses(clauses)
        .addAllOperatingCriteria(criteria)
        .externallyProvided(externallyProvided)
        .lastPerformed(lastPerformed);
    for (String p : interactsWith) {
      b.addInteractsWith(ProcessId.of(p));
    }
    return b.build();
  }

  // ---------------------------------------------------------------------------------------------
  // 5, 7 People, roles, competence, awareness

  private void people() {
    key(CEO, "Dr. Katharina Vogel", "Chief Executive Officer", U_EXEC, true);
    key(CTO, "Jonas Becker", "Chief Technology Officer", U_EXEC, true);
    key(CFO, "Miriam Hoffmann", "Chief Financial Officer", U_EXEC, true);
    key(CISO, "Tobias Krüger", "Chief Information Security Officer", U_SEC, false);
    key(ISMS_MGR, "Lena Schubert", "ISMS Manager", U_SEC, false);
    key(SECENG, "Nina Hartmann", "Security Engineer", U_SEC, false);
    key(DPO, "Sabine Wolf", "Data Protection Officer and Legal Counsel", U_LEGAL, false);
    key(ITOPS, "Ahmed Yilmaz", "Head of IT Operations", U_ITOPS, false);
    key(PLAT, "Felix Neumann", "Head of Platform Engineering", U_PLAT, false);
    key(DATA, "Aylin Demir", "Head of Data Products Engineering", U_DATA, false);
    key(HR, "Julia Braun", "Head of People and Culture", U_HR, false);
    key(AUDITOR_FIN, "Petra Lang", "Senior Controller", U_FIN, false);
    key(AUDITOR_PM, "Daniel Fischer", "Senior Product Manager", U_PM, false);
    key(CS, "Marco Richter", "Head of Customer Success", U_CS, false);
    key(MKT, "Sophie Keller", "Head of Marketing", U_MKT, false);
    key(EXT_AUDITOR, "Dr. Martin Roth", "ISMS Auditor (contracted)", U_EXT, false);
    int n = 0;
    for (Object[] unit : UNITS) {
      String name = (String) unit[0];
      int count = (Integer) unit[1];
      String title = (String) unit[2];
      for (int k = 0; k < count; k++) {
        String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
        String last = LAST_NAMES.get((n * 7 + n / FIRST_NAMES.size()) % LAST_NAMES.size());
        people.add(Person.builder()
            .id(employee(n + 1))
            .name(first + " " + last)
            .jobTitle(k % 3 == 0 && k > 0 ? "Senior " + title : title)
            .unit(name)
            .build());
        n++;
      }
    }
  }

  private static PersonId employee(int n) {
    return PersonId.of(String.format(java.util.Locale.ROOT, "E-%03d", n));
  }

  private void key(PersonId id, String name, String title, String unit, boolean top) {
    people.add(Person.builder()
        .id(id)
        .name(name)
        .jobTitle(title)
        .unit(unit)
        .topManagement(top)
        .build());
  }

  private List<PersonId> unitMembers(String unit) {
    List<PersonId> out = new ArrayList<>();
    for (Person p : people) {
      if (p.id().value().startsWith("E-") && unit.equals(p.unit().orElse(""))) {
        out.add(p.id());
      }
    }
    return out;
  }

  private void roles() {
    role("R-BOARD", "Executive Board (top management)", true, Set.of(),
        List.of("Direct the ISMS and approve policy, scope, risk criteria and resources",
            "Chair the management review"),
        List.of("Approve the ISMS scope, policy and risk acceptance above Medium"),
        List.of("Information security leadership briefing"),
        List.of(CEO, CTO, CFO));
    role("R-ISMS", "ISMS Manager", false, Set.of(IsmsDuty.ENSURE_CONFORMITY),
        List.of("Make sure the ISMS conforms to ISO/IEC 27001", "Run risk management, document control,"
            + " internal audit programme and nonconformity handling"),
        List.of("Stop the release of uncontrolled ISMS documents", "Raise nonconformities"),
        List.of("ISO/IEC 27001 implementation", "Information security risk management (ISO/IEC 27005)"),
        List.of(ISMS_MGR));
    role("R-CISO", "Chief Information Security Officer", false, Set.of(IsmsDuty.REPORT_PERFORMANCE),
        List.of("Report ISMS performance to the executive board quarterly",
            "Lead security architecture and incident response"),
        List.of("Declare security incidents", "Block access or deployments posing a critical risk"),
        List.of("Security architecture and cloud security", "Security incident management"),
        List.of(CISO));
    role("R-DPO", "Data Protection Officer", false, Set.of(),
        List.of("Advise on and monitor GDPR compliance", "Assess personal data breaches"),
        List.of("Notify the supervisory authority of personal data breaches"),
        List.of("Data protection law (GDPR, BDSG)"),
        List.of(DPO));
    role("R-AUDITOR", "Internal ISMS Auditor", false, Set.of(),
        List.of("Plan and carry out internal audits objectively and report the results"),
        List.of("Access all ISMS records needed for an audit"),
        List.of("ISMS internal auditing (ISO 19011, ISO/IEC 27001)"),
        List.of(AUDITOR_FIN, AUDITOR_PM, EXT_AUDITOR));
    role("R-ITOPS", "Head of IT Operations", false, Set.of(),
        List.of("Operate infrastructure, endpoint, backup and access management controls"),
        List.of("Approve infrastructure changes"),
        List.of("Cloud infrastructure security (AWS)", "Identity and access management"),
        List.of(ITOPS));
    role("R-ENGLEAD", "Engineering Lead", false, Set.of(),
        List.of("Apply the secure development life cycle in the team", "Approve production releases"),
        List.of("Approve releases and exceptions to coding rules"),
        List.of("Secure software development life cycle"),
        List.of(PLAT, DATA));
    role("R-HR", "Head of People and Culture", false, Set.of(),
        List.of("Screening, terms of employment, onboarding, offboarding and disciplinary process"),
        List.of("Trigger leaver and mover access changes"),
        List.of("Employment law and personnel screening"),
        List.of(HR));
    List<PersonId> irt = new ArrayList<>(List.of(CISO, SECENG, ITOPS));
    irt.addAll(unitMembers(U_ITOPS).subList(0, 2));
    irt.addAll(unitMembers(U_SEC));
    role("R-IRT", "Incident Response Team Member", false, Set.of(),
        List.of("Triage, contain and investigate security incidents", "Preserve evidence"),
        List.of("Isolate systems and disable accounts during an incident"),
        List.of("Incident handling and digital forensics basics"),
        irt);
    List<PersonId> devs = new ArrayList<>(unitMembers(U_PLAT));
    devs.addAll(unitMembers(U_DATA));
    List<PersonId> platform = unitMembers(U_PLAT);
    newDevelopers.add(platform.get(platform.size() - 2));
    newDevelopers.add(platform.get(platform.size() - 1));
    role("R-DEV", "Software Developer", false, Set.of(),
        List.of("Write and review code following the secure coding guideline"),
        List.of("Merge reviewed changes"),
        List.of("Secure coding (OWASP Top 10)"),
        devs);
  }

  private void role(
      String id,
      String name,
      boolean top,
      Set<IsmsDuty> duties,
      List<String> responsibilities,
      List<String> authorities,
      List<String> competencesNeeded,
      List<PersonId> holders) {
    roles.add(Role.builder()
        .id(RoleId.of(id))
        .name(name)
        .topManagement(top)
        .addAllDuties(duties)
        .addAllResponsibilities(responsibilities)
        .addAllAuthorities(authorities)
        .addAllRequiredCompetences(competencesNeeded)
        .competencesDeterminedOn(m(LAUNCH))
        .build());
    for (PersonId p : holders) {
      boolean newJoiner = newDevelopers.contains(p);
      LocalDate from = newJoiner ? m(7) : m(LAUNCH);
      assignments.add(RoleAssignment.builder()
          .role(RoleId.of(id))
          .person(p)
          .assignedBy(p.equals(CEO) ? CEO : (id.equals("R-DEV") ? CTO : CEO))
          .validFrom(from)
          .communicatedOn(from.plusDays(3))
          .build());
      for (String c : competencesNeeded) {
        competences.add(competence(p, c, newJoiner));
      }
    }
  }

  private CompetenceRecord competence(PersonId p, String competence, boolean gapClosed) {
    String id = "CR-" + (competences.size() + 1);
    var b = CompetenceRecord.builder()
        .id(CompetenceRecordId.of(id))
        .person(p)
        .competence(competence)
        .evidence(doc("DOC-COMP"));
    if (gapClosed) {
      // the training gap found by internal audit AUD-2 (finding F-2-1), closed and evaluated
      return b.evidenceType(EvidenceType.TRAINING)
          .obtainedOn(m(5, 10))
          .gapAction(true)
          .effectivenessEvaluatedOn(m(4, 10))
          .build();
    }
    EvidenceType type;
    Optional<LocalDate> validUntil = Optional.empty();
    LocalDate obtained;
    if (competence.startsWith("ISO/IEC 27001") || competence.startsWith("ISMS internal")) {
      type = EvidenceType.CERTIFICATION;
      obtained = m(20);
      validUntil = Optional.of(ahead(16));
    } else if (competence.startsWith("Data protection law") || competence.startsWith("Employment law")) {
      type = EvidenceType.EDUCATION;
      obtained = m(60);
    } else if (competence.startsWith("Secure coding") || competence.startsWith("Information security leadership")
        || competence.startsWith("Incident handling")) {
      type = EvidenceType.TRAINING;
      obtained = m(13, 7 * (competences.size() % 4));
    } else {
      type = EvidenceType.EXPERIENCE;
      obtained = m(36);
    }
    return b.evidenceType(type).obtainedOn(obtained).validUntil(validUntil).build();
  }

  private List<AwarenessRecord> awareness() {
    List<AwarenessRecord> out = new ArrayList<>();
    int i = 0;
    for (Person p : people) {
      if (!p.inScope()) {
        continue;
      }
      LocalDate on = newDevelopers.contains(p.id()) ? m(7, 5) : m(1 + i % 11, -(i % 20));
      out.add(AwarenessRecord.builder()
          .id(AwarenessRecordId.of("AW-" + p.id().value()))
          .person(p.id())
          .programme("Annual security awareness e-learning and policy acknowledgement")
          .addTopics(AwarenessTopic.POLICY, AwarenessTopic.CONTRIBUTION, AwarenessTopic.CONSEQUENCES)
          .completedOn(on)
          .build());
      i++;
    }
    return out;
  }

  private List<Communication> communications() {
    return List.of(
        Communication.builder().id(CommunicationId.of("COM-1"))
            .topic("Security newsletter: policy reminders, phishing examples, ISMS news")
            .audience("All staff").method("Intranet and e-mail").frequency(MONTHLY)
            .responsible(ISMS_MGR).lastPerformed(m(0, -10)).build(),
        Communication.builder().id(CommunicationId.of("COM-2"))
            .topic("ISMS performance report: metrics, risks, incidents, audit status")
            .audience("Executive board").method("Board meeting presentation").frequency(QUARTERLY)
            .responsible(CISO).lastPerformed(m(1)).build(),
        Communication.builder().id(CommunicationId.of("COM-3"))
            .topic("Trust centre: certificates, security whitepaper, sub-processor list")
            .audience("Customers and prospects").internal(false).method("Public trust centre web page")
            .frequency(Period.ofMonths(6)).responsible(CISO).lastPerformed(m(2)).build(),
        Communication.builder().id(CommunicationId.of("COM-4"))
            .topic("Notification of security incidents and personal data breaches")
            .audience("Affected customers and the data protection authority").internal(false)
            .method("E-mail to contract contacts; authority online form").responsible(DPO)
            .lastPerformed(m(7, 1)).build(),
        Communication.builder().id(CommunicationId.of("COM-5"))
            .topic("ISMS roles and responsibilities").audience("All staff")
            .method("All-hands meeting and intranet RACI page").responsible(CEO)
            .lastPerformed(m(LAUNCH, 3)).build(),
        Communication.builder().id(CommunicationId.of("COM-6"))
            .topic("Security requirements and change notifications to critical suppliers")
            .audience("Critical suppliers").internal(false).method("Supplier review meeting and e-mail")
            .frequency(ANNUAL).responsible(CFO).lastPerformed(m(3)).build());
  }

  // ---------------------------------------------------------------------------------------------
  // 5.2, 6.2, 7.1, 7.5 Policies, objectives, resources, documents

  private List<Policy> policies() {
    List<Policy> out = new ArrayList<>();
    out.add(Policy.builder()
        .id(PolicyId.of("POL-IS"))
        .title("Information Security Policy")
        .kind(PolicyKind.INFORMATION_SECURITY)
        .version("1.0")
        .document(doc("DOC-POL"))
        .approval(Approval.of(CEO, m(LAUNCH - 1)))
        .reviewInterval(ANNUAL)
        .lastReviewed(m(2))
        .communicatedOn(m(LAUNCH - 1, 7))
        .availableToInterestedParties(true)
        .includesObjectivesFramework(true)
        .commitsToRequirements(true)
        .commitsToContinualImprovement(true)
        .build());
    out.add(topic("POL-AC", "Access Control Policy", "Access control", "DOC-POL-AC", CTO));
    out.add(topic("POL-CRYPTO", "Cryptography Policy", "Cryptography and key management", "DOC-POL-CRYPTO", CTO));
    out.add(topic("POL-AUP", "Acceptable Use Policy", "Acceptable use of information and assets", "DOC-POL-AUP", CEO));
    out.add(topic("POL-SUP", "Supplier Security Policy", "Supplier relationships and cloud services", "DOC-POL-SUP", CFO));
    out.add(topic("POL-BCK", "Backup and Recovery Policy", "Backup", "DOC-POL-BCK", CTO));
    out.add(topic("POL-RW", "Remote Working Policy", "Remote working and mobile devices", "DOC-POL-RW", CEO));
    out.add(topic("POL-DEV", "Secure Development Policy", "Secure development", "DOC-POL-DEV", CTO));
    return out;
  }

  private Policy topic(String id, String title, String topic, String docId, PersonId approver) {
    return Policy.builder()
        .id(PolicyId.of(id))
        .title(title)
        .kind(PolicyKind.TOPIC_SPECIFIC)
        .topic(topic)
        .version("1.1")
        .document(doc(docId))
        .approval(Approval.of(approver, m(11)))
        .reviewInterval(ANNUAL)
        .lastReviewed(m(3))
        .communicatedOn(m(11, 5))
        .build();
  }

  private List<Objective> objectives() {
    List<Objective> out = new ArrayList<>();
    out.add(objective("OBJ-1",
        "All staff aware of the policy and their part in the ISMS",
        "People", "MET-AWARE", ">= 95 % of staff complete the annual awareness training",
        ISMS_MGR, List.of("RES-AWARE"),
        List.of("Roll out e-learning platform", "Add awareness to onboarding checklist"),
        m(1), "Quarterly completion rate from the awareness platform", ObjectiveStatus.ACHIEVED));
    out.add(objective("OBJ-2",
        "Remediate critical and high vulnerabilities promptly",
        "IT operations", "MET-PATCH", ">= 95 % of critical/high findings remediated within 14 days",
        ITOPS, List.of("RES-TEAM", "RES-TOOLS"),
        List.of("Automate patching of all hosts", "Weekly vulnerability triage"),
        ahead(3), "Monthly SLA compliance from the vulnerability scanner", ObjectiveStatus.ON_TRACK));
    out.add(objective("OBJ-3",
        "Reduce susceptibility to phishing",
        "All staff", "MET-PHISH", "Phishing simulation click rate below 5 %",
        CISO, List.of("RES-AWARE"),
        List.of("Quarterly phishing simulations", "Targeted training for repeat clickers"),
        ahead(6), "Quarterly simulation results", ObjectiveStatus.ON_TRACK));
    out.add(objective("OBJ-4",
        "Keep the platform available to customers",
        "Platform engineering", "MET-AVAIL", ">= 99.9 % monthly availability",
        CTO, List.of("RES-TEAM", "RES-BUDGET"),
        List.of("Multi-region deployment", "Quarterly recovery exercises"),
        ahead(6), "Monthly uptime from external monitoring", ObjectiveStatus.ON_TRACK));
    out.add(objective("OBJ-5",
        "Keep the ISO/IEC 27001:2022 certificate and complete the control set",
        "Company", "MET-SOA", "100 % of applicable controls implemented; no major finding in surveillance audits",
        ISMS_MGR, List.of("RES-TEAM", "RES-BUDGET", "RES-EXTERNAL"),
        List.of("Complete the internal audit cycle", "Management review", "Close surveillance findings within"
            + " the certification body's deadlines"),
        ahead(5), "Quarterly SoA implementation rate and audit outcome", ObjectiveStatus.ON_TRACK));
    out.add(objective("OBJ-6",
        "Keep access rights current",
        "IT operations", "MET-ACCREV", "100 % of quarterly access reviews completed on time",
        ITOPS, List.of("RES-TOOLS"),
        List.of("Automate review campaigns in the identity provider"),
        ahead(9), "Quarterly access review completion", ObjectiveStatus.ON_TRACK));
    return out;
  }

  private Objective objective(
      String id,
      String description,
      String function,
      String metric,
      String target,
      PersonId owner,
      List<String> resources,
      List<String> actions,
      LocalDate due,
      String evaluation,
      ObjectiveStatus status) {
    var b = Objective.builder()
        .id(ObjectiveId.of(id))
        .description(description)
        .policy(PolicyId.of("POL-IS"))
        .function(function)
        .metric(MetricId.of(metric))
        .target(target)
        .owner(owner)
        .addAllActions(actions)
        .dueDate(due)
        .evaluationMethod(evaluation)
        .lastEvaluated(m(0, -5))
        .communicatedOn(m(12))
        .status(status);
    for (String r : resources) {
      b.addResources(ResourceId.of(r));
    }
    return b.build();
  }

  private List<ResourceAllocation> resources() {
    return List.of(
        ResourceAllocation.builder().id(ResourceId.of("RES-TEAM")).kind(ResourceKind.PEOPLE)
            .description("Security team: CISO, ISMS manager, two security engineers (4 FTE)")
            .approval(Approval.of(CEO, m(13))).build(),
        ResourceAllocation.builder().id(ResourceId.of("RES-BUDGET")).kind(ResourceKind.BUDGET)
            .description("Annual information security budget (EUR)").amount(240_000.0)
            .approval(Approval.of(CFO, m(13))).build(),
        ResourceAllocation.builder().id(ResourceId.of("RES-TOOLS")).kind(ResourceKind.TOOLING)
            .description("SIEM, vulnerability scanner, endpoint detection and response, CSPM")
            .amount(90_000.0).approval(Approval.of(CFO, m(12))).build(),
        ResourceAllocation.builder().id(ResourceId.of("RES-AWARE")).kind(ResourceKind.TOOLING)
            .description("Awareness e-learning and phishing simulation platform")
            .amount(12_000.0).approval(Approval.of(CFO, m(12))).build(),
        ResourceAllocation.builder().id(ResourceId.of("RES-EXTERNAL")).kind(ResourceKind.SERVICE)
            .description("Annual penetration test, contracted ISMS auditor and certification audits")
            .amount(55_000.0).approval(Approval.of(CFO, m(12))).build(),
        ResourceAllocation.builder().id(ResourceId.of("RES-HIRE")).kind(ResourceKind.PEOPLE)
            .description("One additional security engineer (decided in management review MR-1)")
            .approval(Approval.of(CEO, m(2))).build());
  }

  private List<DocumentedInformation> documents() {
    List<DocumentedInformation> out = new ArrayList<>();
    // maintained documents (reviewed every 12 months)
    out.add(maintained("DOC-SCOPE", "ISMS scope statement", "1.0", ISMS_MGR, CEO, m(LAUNCH - 1), clauses("4.3")));
    out.add(maintained("DOC-CTX", "Context, interested parties and legal register", "1.2", ISMS_MGR, CEO, m(2),
        clauses("4.1", "4.2", "7.5.1")));
    out.add(maintained("DOC-PROC", "ISMS process catalogue and interactions", "1.1", ISMS_MGR, CEO, m(11),
        clauses("4.4", "7.5.1")));
    out.add(maintained("DOC-POL", "Information security policy", "1.0", CISO, CEO, m(LAUNCH - 1), clauses("5.2")));
    out.add(maintained("DOC-RACI", "ISMS roles, responsibilities and authorities", "1.0", ISMS_MGR, CEO, m(LAUNCH),
        clauses("5.3", "7.5.1")));
    out.add(maintained("DOC-RAM", "Risk assessment methodology and risk criteria, with the mapping of FAIR annual"
        + " loss and CVSS scores onto the criteria's levels", "1.1", ISMS_MGR, CEO, m(10),
        clauses("6.1.2")));
    out.add(maintained("DOC-RTPROC", "Risk treatment procedure", "1.0", ISMS_MGR, CEO, m(LAUNCH - 2), clauses("6.1.3")));
    out.add(maintained("DOC-SOA", "Statement of Applicability", SOA_VERSION, ISMS_MGR, CEO, m(2, 7),
        clauses("6.1.3")));
    out.add(maintained("DOC-RTP", "Risk treatment plan", "2.0", ISMS_MGR, CEO, m(2, 7), clauses("6.1.3", "8.3")));
    out.add(maintained("DOC-OBJ", "Information security objectives and plans", "1.1", CISO, CEO, m(12),
        clauses("6.2")));
    out.add(maintained("DOC-COMMS", "Communication plan", "1.0", ISMS_MGR, CISO, m(13), clauses("7.4")));
    out.add(maintained("DOC-DOCCTRL", "Document control procedure and register of documented information",
        "1.1", ISMS_MGR, CISO, m(12), clauses("7.5.1", "7.5.2", "7.5.3")));
    out.add(maintained("DOC-AUDPROG", "Internal audit programme", "1.0", ISMS_MGR, CEO, m(11), clauses("9.2.2")));
    out.add(maintained("DOC-PROC-INC", "Incident response plan", "1.2", CISO, CTO, m(6), clauses("7.5.1")));
    out.add(maintained("DOC-BCP", "Business continuity and ICT readiness plan", "1.1", CTO, CEO, m(2),
        clauses("7.5.1")));
    out.add(maintained("DOC-CHG", "Change management procedure", "1.0", CTO, CTO, m(12), clauses("6.3", "7.5.1")));
    out.add(maintained("DOC-SDLC", "Secure development guideline", "1.1", PLAT, CTO, m(10), clauses("7.5.1")));
    for (String[] p : new String[][] {
        {"DOC-POL-AC", "Access control policy", "CTO"},
        {"DOC-POL-CRYPTO", "Cryptography policy", "CTO"},
        {"DOC-POL-AUP", "Acceptable use policy", "CEO"},
        {"DOC-POL-SUP", "Supplier security policy", "CFO"},
        {"DOC-POL-BCK", "Backup and recovery policy", "CTO"},
        {"DOC-POL-RW", "Remote working policy", "CEO"},
        {"DOC-POL-DEV", "Secure development policy", "CTO"}}) {
      PersonId approver = p[2].equals("CTO") ? CTO : p[2].equals("CEO") ? CEO : CFO;
      out.add(maintained(p[0], p[1], "1.1", CISO, approver, m(11), clauses("7.5.1")));
    }
    // records (retained)
    out.add(record("DOC-COMP", "Competence and training records", HR, Classification.CONFIDENTIAL, RETAIN_10Y,
        clauses("7.2")));
    out.add(record("DOC-AWARE", "Awareness programme completion records", HR, Classification.INTERNAL, RETAIN_3Y,
        clauses("7.3")));
    out.add(record("DOC-OPS", "Operational process records: criteria checks and execution logs", ITOPS,
        Classification.INTERNAL, RETAIN_3Y, clauses("8.1")));
    out.add(record("DOC-RAR", "Risk assessment report", ISMS_MGR, Classification.CONFIDENTIAL, RETAIN_6Y,
        clauses("8.2", "6.1.2")));
    out.add(record("DOC-RTR", "Risk treatment results report", ISMS_MGR, Classification.CONFIDENTIAL, RETAIN_6Y,
        clauses("8.3")));
    out.add(record("DOC-MON", "Monitoring and measurement reports", CISO, Classification.INTERNAL, RETAIN_3Y,
        clauses("9.1")));
    out.add(record("DOC-AUDREP-0", "Internal audit report AUD-0 (full scope, before certification)", EXT_AUDITOR,
        Classification.CONFIDENTIAL, RETAIN_6Y, clauses("9.2.2")));
    out.add(record("DOC-AUDREP-1", "Internal audit report AUD-1 (clauses 4 to 6, Annex A.5)", AUDITOR_FIN,
        Classification.CONFIDENTIAL, RETAIN_6Y, clauses("9.2.2")));
    out.add(record("DOC-AUDREP-2", "Internal audit report AUD-2 (clauses 7 and 8, Annex A.6 and A.7)",
        AUDITOR_PM, Classification.CONFIDENTIAL, RETAIN_6Y, clauses("9.2.2")));
    out.add(record("DOC-AUDREP-3", "Internal audit report AUD-3 (clauses 9 and 10, Annex A.8)", EXT_AUDITOR,
        Classification.CONFIDENTIAL, RETAIN_6Y, clauses("9.2.2")));
    out.add(record("DOC-MRMIN", "Management review minutes", ISMS_MGR, Classification.CONFIDENTIAL, RETAIN_10Y,
        clauses("9.3.3")));
    out.add(record("DOC-NCREG", "Nonconformity and corrective action register", ISMS_MGR,
        Classification.INTERNAL, RETAIN_6Y, clauses("10.2")));
    out.add(record("DOC-IMPLOG", "Continual improvement log", ISMS_MGR, Classification.INTERNAL, RETAIN_3Y,
        clauses("10.1")));
    out.add(record("DOC-REC-INC", "Incident records and post-incident reviews", CISO, Classification.CONFIDENTIAL,
        RETAIN_6Y, clauses("7.5.1")));
    out.add(record("DOC-REC-ACCREV", "Access review records", ITOPS, Classification.CONFIDENTIAL, RETAIN_3Y,
        clauses("7.5.1")));
    out.add(record("DOC-REC-VULN", "Vulnerability scan and patch reports", ITOPS, Classification.CONFIDENTIAL,
        RETAIN_3Y, clauses("7.5.1")));
    out.add(record("DOC-REC-BCKTEST", "Backup restore test records", ITOPS, Classification.INTERNAL, RETAIN_3Y,
        clauses("7.5.1")));
    out.add(record("DOC-REC-SUPREV", "Supplier assessments and annual reviews", CFO, Classification.CONFIDENTIAL,
        RETAIN_6Y, clauses("7.5.1")));
    out.add(record("DOC-REC-PENTEST", "Penetration test report", CISO, Classification.RESTRICTED, RETAIN_6Y,
        clauses("7.5.1")));
    out.add(record("DOC-REC-CONFIG", "Configuration baselines and compliance scans", ITOPS,
        Classification.CONFIDENTIAL, RETAIN_3Y, clauses("7.5.1")));
    out.add(record("DOC-REC-PHYS", "Office security walk-through and visitor logs", CFO, Classification.INTERNAL,
        RETAIN_3Y, clauses("7.5.1")));
    out.add(record("DOC-REC-HR", "Screening, NDA and offboarding records", HR, Classification.RESTRICTED,
        RETAIN_10Y, clauses("7.5.1")));
    // which documents are which mandatory documented information (6.1.3 has three)
    out.replaceAll(d -> {
      MandatoryDocument m = switch (d.id().value()) {
        case "DOC-SCOPE" -> MandatoryDocument.ISMS_SCOPE;
        case "DOC-RTPROC" -> MandatoryDocument.RISK_TREATMENT_PROCESS;
        case "DOC-SOA" -> MandatoryDocument.STATEMENT_OF_APPLICABILITY;
        case "DOC-RTP" -> MandatoryDocument.RISK_TREATMENT_PLAN;
        default -> null;
      };
      return m == null ? d : d.withSatisfies(m);
    });
    // documents of external origin
    out.add(external("DOC-EXT-AWS", "AWS SOC 2 Type II report (via AWS Artifact)", CFO, Classification.CONFIDENTIAL));
    out.add(external("DOC-EXT-INS", "Cyber insurance policy and conditions", CFO, Classification.CONFIDENTIAL));
    out.add(external("DOC-EXT-GDPR", "Regulation (EU) 2016/679 (GDPR) and BDSG, current consolidated texts", DPO,
        Classification.PUBLIC));
    return out;
  }

  private DocumentedInformation maintained(
      String id, String title, String version, PersonId owner, PersonId approver, LocalDate approved,
      List<ClauseId> clauses) {
    LocalDate reviewed = approved.isAfter(m(3)) ? approved : m(3, 14);
    return DocumentedInformation.builder()
        .id(doc(id))
        .title(title)
        .kind(DocumentKind.MAINTAINED)
        .version(version)
        .owner(owner)
        .author(owner)
        .format("Confluence page exported to PDF")
        .classification(id.equals("DOC-POL") ? Classification.PUBLIC : Classification.INTERNAL)
        .addAllClauses(clauses)
        .status(DocumentStatus.APPROVED)
        .reviewedBy(owner.equals(ISMS_MGR) ? CISO : ISMS_MGR)
        .approval(Approval.of(approver, approved))
        .reviewInterval(ANNUAL)
        .lastReviewed(reviewed)
        .retention(RETAIN_3Y)
        .location("ISMS space in Confluence, ISMS/" + id)
        .addHistory(io.ismskit.core.governance.DocumentVersion.builder().version(version).date(approved).author(owner)
            .changeNote("Revision approved for the current cycle").approval(Approval.of(approver, approved)).build())
        .addDistribution(id.equals("DOC-POL") ? "All staff and interested parties (intranet, website)"
            : "ISMS team and process owners (Confluence)")
        .disposition(io.ismskit.core.governance.Disposition.ARCHIVE)
        .build();
  }

  private DocumentedInformation record(
      String id, String title, PersonId owner, Classification classification, Period retention,
      List<ClauseId> clauses) {
    return DocumentedInformation.builder()
        .id(doc(id))
        .title(title)
        .kind(DocumentKind.RETAINED)
        .version("current")
        .owner(owner)
        .author(owner)
        .format("Records in the GRC tool, exported monthly to PDF")
        .classification(classification)
        .addAllClauses(clauses)
        .status(DocumentStatus.RECORDED)
        .retention(retention)
        .location("GRC tool, records area " + id)
        .addHistory(io.ismskit.core.governance.DocumentVersion.builder().version("current").date(m(1)).author(owner)
            .changeNote("Monthly export of the records").build())
        .addDistribution("Record owner and ISMS team (GRC tool access group)")
        .disposition(io.ismskit.core.governance.Disposition.DESTROY)
        .build();
  }

  private DocumentedInformation external(String id, String title, PersonId owner, Classification c) {
    return DocumentedInformation.builder()
        .id(doc(id))
        .title(title)
        .kind(DocumentKind.MAINTAINED)
        .version("as issued, checked " + m(3))
        .owner(owner)
        .format("PDF")
        .classification(c)
        .status(DocumentStatus.APPROVED)
        .approval(Approval.of(owner, m(3)))
        .reviewInterval(ANNUAL)
        .lastReviewed(m(3))
        .retention(RETAIN_6Y)
        .location("SharePoint, Legal and Compliance library")
        .externalOrigin(true)
        .addDistribution("Legal and compliance, ISMS team (SharePoint)")
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Assets, threats, vulnerabilities

  private List<Asset> assetList() {
    List<Asset> out = new ArrayList<>();
    String fra = "AWS eu-central-1";
    String saas = "SaaS (EU data centres)";
    String hh = "Hamburg";
    String le = "Leipzig";
    // information
    out.add(asset("A-CUSTDATA", "Customer analytics datasets", AssetType.INFORMATION, DATA, fra,
        Classification.RESTRICTED, 5, 5, 4, "A-DWH", "A-INGEST"));
    out.add(asset("A-CUSTPII", "Customer user accounts and contact data (personal data)", AssetType.INFORMATION,
        PLAT, fra, Classification.CONFIDENTIAL, 5, 4, 3, "A-PLATFORM-DB"));
    out.add(asset("A-SRC", "Source code and build definitions", AssetType.INFORMATION, PLAT, saas,
        Classification.CONFIDENTIAL, 4, 5, 3, "A-GITHUB"));
    out.add(asset("A-HRDATA", "Employee and applicant records", AssetType.INFORMATION, HR, saas,
        Classification.RESTRICTED, 5, 4, 2, "A-HRIS"));
    out.add(asset("A-FIN", "Financial and accounting records", AssetType.INFORMATION, CFO, saas,
        Classification.CONFIDENTIAL, 4, 5, 3, "A-ERP"));
    out.add(asset("A-CONTRACTS", "Customer contracts and data processing agreements", AssetType.INFORMATION,
        DPO, saas, Classification.CONFIDENTIAL, 4, 4, 2, "A-M365"));
    out.add(asset("A-CREDS", "Secrets and cryptographic keys", AssetType.INFORMATION, ITOPS, fra,
        Classification.RESTRICTED, 5, 5, 5, "A-KMS"));
    out.add(asset("A-LOGS", "Security and audit logs", AssetType.INFORMATION, CISO, fra,
        Classification.CONFIDENTIAL, 3, 5, 3, "A-SIEM"));
    out.add(asset("A-BACKUPS", "Backup copies of production data", AssetType.INFORMATION, ITOPS,
        "AWS eu-west-1", Classification.RESTRICTED, 5, 5, 4, "A-S3BACKUP"));
    // business processes
    out.add(asset("A-BP-SAAS", "Delivery of the Northwind Insights analytics service",
        AssetType.BUSINESS_PROCESS, CTO, fra, Classification.INTERNAL, 4, 5, 5, "A-PLATFORM", "A-CUSTDATA"));
    out.add(asset("A-BP-DEV", "Software development and release", AssetType.BUSINESS_PROCESS, PLAT, le,
        Classification.INTERNAL, 3, 5, 3, "A-SRC", "A-CICD", "A-PER-ENG"));
    out.add(asset("A-BP-SUPPORT", "Customer support", AssetType.BUSINESS_PROCESS, CS, hh,
        Classification.INTERNAL, 3, 3, 4, "A-TICKET", "A-CUSTPII"));
    out.add(asset("A-BP-PAYROLL", "Payroll and HR administration", AssetType.BUSINESS_PROCESS, HR, hh,
        Classification.CONFIDENTIAL, 5, 4, 3, "A-HRDATA", "A-SUP-PAYROLL"));
    // software and services
    out.add(asset("A-PLATFORM", "Northwind Insights application", AssetType.SOFTWARE, PLAT, fra,
        Classification.INTERNAL, 4, 5, 5, "A-EKS", "A-INGEST", "A-PLATFORM-DB", "A-DWH", "A-INGRESS"));
    out.add(asset("A-INGEST", "Event ingestion service (Java)", AssetType.SOFTWARE, DATA, fra,
        Classification.INTERNAL, 4, 5, 4, "A-EKS"));
    out.add(asset("A-PLATFORM-DB", "Application database (Amazon RDS for PostgreSQL)", AssetType.SERVICE, ITOPS,
        fra, Classification.CONFIDENTIAL, 5, 5, 4, "A-AWS", "A-VPC"));
    out.add(asset("A-DWH", "Analytics data warehouse (ClickHouse on EKS)", AssetType.SOFTWARE, DATA, fra,
        Classification.CONFIDENTIAL, 5, 5, 4, "A-EKS"));
    out.add(asset("A-EKS", "Kubernetes clusters (Amazon EKS)", AssetType.SERVICE, ITOPS, fra,
        Classification.INTERNAL, 3, 4, 5, "A-VPC", "A-AWS"));
    out.add(asset("A-SIEM", "Log management and SIEM", AssetType.SOFTWARE, CISO, fra,
        Classification.CONFIDENTIAL, 3, 5, 3, "A-AWS"));
    out.add(asset("A-KMS", "Key management (AWS KMS and Secrets Manager)", AssetType.SERVICE, ITOPS, fra,
        Classification.RESTRICTED, 5, 5, 5, "A-AWS"));
    out.add(asset("A-S3BACKUP", "Backup storage (Amazon S3 with Object Lock)", AssetType.SERVICE, ITOPS,
        "AWS eu-west-1", Classification.RESTRICTED, 5, 5, 4, "A-AWS"));
    out.add(asset("A-AWS", "AWS hosting accounts (eu-central-1, eu-west-1)", AssetType.SERVICE, ITOPS, fra,
        Classification.INTERNAL, 4, 5, 5, "A-SUP-AWS"));
    out.add(asset("A-GITHUB", "GitHub Enterprise Cloud", AssetType.SERVICE, PLAT, saas,
        Classification.CONFIDENTIAL, 4, 5, 3, "A-IDP"));
    out.add(asset("A-CICD", "CI/CD pipelines (GitHub Actions, Argo CD)", AssetType.SOFTWARE, PLAT, fra,
        Classification.INTERNAL, 3, 5, 4, "A-GITHUB", "A-EKS"));
    out.add(asset("A-IDP", "Identity provider (Microsoft Entra ID: SSO and MFA)", AssetType.SERVICE, ITOPS, saas,
        Classification.CONFIDENTIAL, 4, 5, 5, "A-SUP-MS"));
    out.add(asset("A-M365", "Microsoft 365 (mail, Teams, SharePoint)", AssetType.SERVICE, ITOPS, saas,
        Classification.CONFIDENTIAL, 4, 4, 4, "A-IDP"));
    out.add(asset("A-HRIS", "HR information system (SaaS)", AssetType.SERVICE, HR, saas,
        Classification.RESTRICTED, 5, 4, 2, "A-IDP"));
    out.add(asset("A-ERP", "Accounting system (SaaS)", AssetType.SERVICE, CFO, saas,
        Classification.CONFIDENTIAL, 4, 5, 3, "A-IDP"));
    out.add(asset("A-TICKET", "Support ticketing system (SaaS)", AssetType.SERVICE, CS, saas,
        Classification.CONFIDENTIAL, 4, 3, 4, "A-IDP"));
    out.add(asset("A-MDM", "Endpoint management (Microsoft Intune) and EDR", AssetType.SERVICE, ITOPS, saas,
        Classification.INTERNAL, 3, 4, 3, "A-IDP"));
    // hardware and networks
    out.add(asset("A-LAPTOPS", "Employee laptops (about 160, encrypted, managed)", AssetType.HARDWARE, ITOPS,
        "Offices and remote workplaces", Classification.CONFIDENTIAL, 4, 3, 3, "A-MDM"));
    out.add(asset("A-PHONES", "Company mobile phones", AssetType.HARDWARE, ITOPS,
        "Offices and remote workplaces", Classification.CONFIDENTIAL, 3, 2, 2, "A-MDM"));
    out.add(asset("A-BASTION", "Administrative bastion hosts (EC2)", AssetType.HARDWARE, ITOPS, fra,
        Classification.INTERNAL, 4, 4, 3, "A-VPC"));
    out.add(asset("A-VPC", "Production VPC network", AssetType.NETWORK, ITOPS, fra,
        Classification.INTERNAL, 3, 4, 5, "A-AWS"));
    out.add(asset("A-INGRESS", "Internet ingress and load balancers", AssetType.NETWORK, ITOPS, fra,
        Classification.INTERNAL, 2, 4, 5, "A-VPC"));
    out.add(asset("A-NET-HH", "Hamburg office network and Wi-Fi", AssetType.NETWORK, ITOPS, hh,
        Classification.INTERNAL, 2, 3, 3, "A-SITE-HH"));
    out.add(asset("A-NET-L", "Leipzig office network and Wi-Fi", AssetType.NETWORK, ITOPS, le,
        Classification.INTERNAL, 2, 3, 3, "A-SITE-L"));
    // sites, people, suppliers
    out.add(asset("A-SITE-HH", "Hamburg headquarters (rented office floor)", AssetType.SITE, CFO, hh,
        Classification.INTERNAL, 2, 2, 3));
    out.add(asset("A-SITE-L", "Leipzig engineering office (rented office floor)", AssetType.SITE, CFO, le,
        Classification.INTERNAL, 2, 2, 3));
    out.add(asset("A-PER-ENG", "Engineering staff and their knowledge", AssetType.PERSONNEL, CTO, le,
        Classification.INTERNAL, 3, 4, 4));
    out.add(asset("A-PER-SEC", "Security and IT operations team", AssetType.PERSONNEL, CISO, hh,
        Classification.INTERNAL, 4, 4, 4));
    out.add(asset("A-SUP-AWS", "Amazon Web Services EMEA SARL", AssetType.SUPPLIER, ITOPS, "Luxembourg",
        Classification.INTERNAL, 4, 5, 5));
    out.add(asset("A-SUP-MS", "Microsoft Ireland Operations Ltd", AssetType.SUPPLIER, ITOPS, "Dublin",
        Classification.INTERNAL, 4, 4, 4));
    out.add(asset("A-SUP-PAYROLL", "Hanse Lohnservice GmbH (payroll provider)", AssetType.SUPPLIER, HR, hh,
        Classification.CONFIDENTIAL, 5, 4, 3));
    // out of scope
    out.add(Asset.builder()
        .id(a("A-MKT-WEB")).name("Corporate marketing website (agency-hosted)").type(AssetType.SOFTWARE)
        .owner(MKT).location("Agency hosting").classification(Classification.PUBLIC)
        .value(CiaValue.of(1, 2, 2)).inScope(false)
        .description("Excluded from the ISMS scope (see the scope statement)").build());
    out.add(Asset.builder()
        .id(a("A-DEMO")).name("Sales demo environment (synthetic data)").type(AssetType.SERVICE)
        .owner(CS).location("Separate AWS account").classification(Classification.INTERNAL)
        .value(CiaValue.of(1, 2, 2)).inScope(false).addDependsOn(a("A-SUP-AWS"))
        .description("Excluded from the ISMS scope (see the scope statement)").build());
    return out;
  }

  private static Asset asset(
      String id, String name, AssetType type, PersonId owner, String location, Classification c,
      int conf, int integ, int avail, String... dependsOn) {
    return Asset.builder()
        .id(a(id))
        .name(name)
        .type(type)
        .owner(owner)
        .location(location)
        .classification(c)
        .value(CiaValue.of(conf, integ, avail))
        .addAllDependsOn(assets(dependsOn))
        .build();
  }

  private static List<Threat> threats() {
    List<Threat> out = new ArrayList<>();
    out.add(threat("T-RANSOM", "Ransomware and extortion", ThreatSource.ADVERSARIAL,
        "Criminal groups encrypt or steal data and demand payment", SecurityProperty.values()));
    out.add(threat("T-PHISH", "Phishing and credential theft", ThreatSource.ADVERSARIAL,
        "Deceptive messages capture credentials or session tokens, including business e-mail compromise",
        SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY));
    out.add(threat("T-EXPLOIT", "Exploitation of software vulnerabilities", ThreatSource.ADVERSARIAL,
        "Remote attackers exploit unpatched or zero-day vulnerabilities in exposed software",
        SecurityProperty.values()));
    out.add(threat("T-DDOS", "Denial-of-service attack", ThreatSource.ADVERSARIAL,
        "Volumetric or protocol-level attacks exhaust service capacity", SecurityProperty.AVAILABILITY));
    out.add(threat("T-MISCONF", "Cloud misconfiguration", ThreatSource.ACCIDENTAL,
        "Administrators or automation expose storage, open network paths or grant excess permissions",
        SecurityProperty.values()));
    out.add(threat("T-INSIDER", "Misuse of legitimate access", ThreatSource.ADVERSARIAL,
        "Staff or former staff use access to copy, alter or delete data",
        SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY));
    out.add(threat("T-LOSS", "Loss or theft of mobile equipment", ThreatSource.ACCIDENTAL,
        "Laptops or phones are lost while travelling or stolen from homes and vehicles",
        SecurityProperty.CONFIDENTIALITY, SecurityProperty.AVAILABILITY));
    out.add(threat("T-OUTAGE", "Supplier or cloud service outage", ThreatSource.STRUCTURAL,
        "A provider's service or region fails or degrades", SecurityProperty.AVAILABILITY));
    out.add(threat("T-SUPBREACH", "Security breach at a supplier", ThreatSource.ADVERSARIAL,
        "A supplier holding Northwind data is compromised", SecurityProperty.CONFIDENTIALITY));
    out.add(threat("T-SUPPLYCHAIN", "Compromised software dependency", ThreatSource.ADVERSARIAL,
        "A malicious or hijacked open-source package or build tool enters the product",
        SecurityProperty.CONFIDENTIALITY, SecurityProperty.INTEGRITY));
    out.add(threat("T-ERROR", "Operator or developer error", ThreatSource.ACCIDENTAL,
        "Faulty changes, deletions or releases", SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY));
    out.add(threat("T-DISCLOSURE", "Accidental disclosure of information", ThreatSource.ACCIDENTAL,
        "Information is sent, shared or published to the wrong recipients", SecurityProperty.CONFIDENTIALITY));
    out.add(threat("T-FLOOD", "Storm surge and flooding", ThreatSource.ENVIRONMENTAL,
        "Elbe storm surges and heavy rain, more frequent with climate change", SecurityProperty.AVAILABILITY));
    out.add(threat("T-POWER", "Power failure", ThreatSource.STRUCTURAL,
        "Loss of mains power at an office", SecurityProperty.AVAILABILITY));
    out.add(threat("T-STAFFLOSS", "Loss of key staff", ThreatSource.STRUCTURAL,
        "Key people leave or are unavailable for a long time", SecurityProperty.AVAILABILITY));
    out.add(threat("T-MALWARE", "Malware on endpoints", ThreatSource.ADVERSARIAL,
        "Malicious software delivered by web, e-mail or removable media", SecurityProperty.values()));
    out.add(threat("T-INTRUDER", "Unauthorized physical entry", ThreatSource.ADVERSARIAL,
        "Intruders or tailgaters enter office areas", SecurityProperty.CONFIDENTIALITY,
        SecurityProperty.AVAILABILITY));
    out.add(threat("T-REGULATOR", "Regulatory enforcement", ThreatSource.STRUCTURAL,
        "Supervisory authorities or customers act on a failure to meet data protection duties",
        SecurityProperty.CONFIDENTIALITY));
    return out;
  }

  private static Threat threat(
      String id, String name, ThreatSource source, String description, SecurityProperty... affects) {
    return Threat.builder()
        .id(ThreatId.of(id))
        .name(name)
        .source(source)
        .description(description)
        .addAffects(affects)
        .build();
  }

  private static List<Vulnerability> vulnerabilities() {
    List<Vulnerability> out = new ArrayList<>();
    // Real CVEs with their NVD CVSS v3.1 base vectors (nvd.nist.gov).
    out.add(Vulnerability.builder()
        .id(VulnerabilityId.of("V-LOG4SHELL"))
        .name("Apache Log4j JNDI lookup remote code execution (Log4Shell)")
        .description("A legacy Java component of the ingestion service embedded a vulnerable Log4j 2"
            + " version; found by dependency scanning and remediated, kept for the record")
        .addAssets(a("A-INGEST"))
        .cve("CVE-2021-44228")
        .cvssVector("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H")
        .build());
    out.add(Vulnerability.builder()
        .id(VulnerabilityId.of("V-REGRESSHION"))
        .name("OpenSSH sshd signal handler race condition (regreSSHion)")
        .description("Bastion hosts ran an OpenSSH server version affected by the race condition")
        .addAssets(a("A-BASTION"))
        .cve("CVE-2024-6387")
        .cvssVector("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H")
        .build());
    out.add(Vulnerability.builder()
        .id(VulnerabilityId.of("V-HTTP2-RESET"))
        .name("HTTP/2 Rapid Reset denial of service")
        .description("The ingress controllers accepted HTTP/2 stream resets without limits")
        .addAssets(a("A-INGRESS"))
        .cve("CVE-2023-44487")
        .cvssVector("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")
        .build());
    out.add(weakness("V-MFA-GAPS", "Accounts exempt from MFA", "Conditional access exceptions left some"
        + " shared and service accounts without MFA", "A-IDP"));
    out.add(weakness("V-SOCIAL", "Susceptibility to social engineering", "Staff under time pressure"
        + " respond to convincing phishing and payment-fraud messages", "A-M365"));
    out.add(weakness("V-BROAD-IAM", "Overly broad IAM permissions", "Several AWS roles grant"
        + " wildcard permissions and long-lived access keys exist", "A-AWS"));
    out.add(weakness("V-NO-DLP", "Limited data leakage prevention", "Bulk export from the warehouse"
        + " and upload to personal cloud storage are not technically restricted", "A-LAPTOPS", "A-DWH"));
    out.add(weakness("V-SINGLE-REGION", "Single-region deployment", "All production workloads ran in"
        + " one AWS region", "A-AWS", "A-PLATFORM"));
    out.add(weakness("V-SECRETS", "Secrets in repositories", "Credentials have been committed to"
        + " repositories in the past; no push protection", "A-GITHUB"));
    out.add(weakness("V-STALE-ACCESS", "Delayed removal of access", "Leaver and mover changes"
        + " depended on manual tickets", "A-IDP"));
    out.add(weakness("V-FLOODZONE", "Office in a storm-surge area", "The Hamburg office is near the"
        + " Elbe in a zone exposed to storm surges", "A-SITE-HH"));
    out.add(weakness("V-KEYPERSON", "Knowledge concentration", "Operation of the ingestion pipeline"
        + " is understood in depth by two engineers only", "A-PER-ENG"));
    out.add(weakness("V-SFTP", "Password-only SFTP uploads", "The legacy customer file upload channel"
        + " used shared passwords without MFA or IP restrictions", "A-INGEST"));
    out.add(weakness("V-LOG-GAPS", "Incomplete logging", "Some SaaS audit logs were not collected and"
        + " retention was 30 days", "A-SIEM"));
    out.add(weakness("V-NO-REVIEW", "Unreviewed production changes", "Pipelines allowed direct"
        + " deployment of unreviewed changes by administrators", "A-CICD"));
    return out;
  }

  private static Vulnerability weakness(String id, String name, String description, String... assets) {
    return Vulnerability.builder()
        .id(VulnerabilityId.of(id))
        .name(name)
        .description(description)
        .addAllAssets(assets(assets))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // 6.1.2, 6.1.3 Risk criteria and risks

  private RiskCriteria riskCriteria() {
    return RiskCriteria.builder()
        .version(CRITERIA_VERSION)
        .method(METHOD)
        .addAllLikelihoodScale(LIKELIHOOD_SCALE)
        .addAllImpactScale(IMPACT_SCALE)
        .addAllLevels(LEVELS)
        // normalized upper bounds of Very Low (product 3), Low (7), Medium (11) and High (19)
        .addLevelBounds(2 / 24.0, 6 / 24.0, 10 / 24.0, 18 / 24.0)
        .acceptanceLevel(RiskLevel.of("Medium"))
        .appetite(10 / 24.0)
        .tolerance(18 / 24.0)
        .assessmentInterval(ANNUAL)
        .methodology(doc("DOC-RAM"))
        .approval(Approval.of(CEO, m(LAUNCH - 2)))
        .build();
  }

  /** The level of a 5×5 product as in isms-risk's default matrix: thresholds 4, 8, 12, 20. */
  static RiskLevel level(int product) {
    if (product < 4) {
      return LEVELS.get(0);
    }
    if (product < 8) {
      return LEVELS.get(1);
    }
    if (product < 12) {
      return LEVELS.get(2);
    }
    if (product < 20) {
      return LEVELS.get(3);
    }
    return LEVELS.get(4);
  }


  /** The likelihood scale of the risk criteria, lowest first. */
  static final List<String> LIKELIHOOD_SCALE = List.of("Rare", "Unlikely", "Possible", "Likely", "Almost certain");

  /** The consequence scale of the risk criteria, lowest first. */
  static final List<String> IMPACT_SCALE = List.of("Negligible", "Minor", "Moderate", "Major", "Catastrophic");

  private RiskAssessment assessment(int likelihood, int impact, LocalDate on, PersonId by, String why) {
    int score = likelihood * impact;
    return RiskAssessment.builder()
        .method(METHOD)
        .methodVersion(METHOD_VERSION)
        .criteriaVersion(CRITERIA_VERSION)
        .putInputs("impact", Integer.toString(impact))
        .putInputs("likelihood", Integer.toString(likelihood))
        .score(score)
        .normalized((score - 1) / 24.0)
        .level(level(score))
        .likelihood(ScaleValue.level(likelihood, LIKELIHOOD_SCALE))
        .consequence(ScaleValue.level(impact, IMPACT_SCALE))
        .assessedOn(on)
        .assessedBy(by)
        .rationale(why)
        .build();
  }

  private TreatmentAction done(String description, String control, PersonId owner, int monthsAgo) {
    return doneOn(description, control, owner, m(monthsAgo));
  }

  private TreatmentAction doneOn(String description, String control, PersonId owner, LocalDate completed) {
    var b = TreatmentAction.builder()
        .description(description)
        .owner(owner)
        .resources("Security and operations team time (RES-TEAM)")
        .dueDate(completed.plusDays(10))
        .effectivenessEvaluation(control.isEmpty()
            ? "Reviewed by the ISMS manager in the next management review"
            : "Control test by the control owner within a month of completion; sampled in the next internal audit")
        .progress(ActionProgress.done(completed));
    if (!control.isEmpty()) {
      b.control(ControlId.of(control));
    }
    return b.build();
  }

  private TreatmentAction open(String description, String control, PersonId owner, int monthsAhead) {
    return TreatmentAction.builder()
        .description(description)
        .control(ControlId.of(control))
        .owner(owner)
        .resources("Tooling budget (RES-TOOLS) and team time")
        .dueDate(ahead(monthsAhead))
        .effectivenessEvaluation("Control test of " + control + " by its owner after roll-out, against the"
            + " target residual risk; sampled in the next internal audit")
        .progress(ActionProgress.inProgress())
        .build();
  }

  /** Treatment plans were re-approved with SoA 1.1 a week after the management review. */
  private LocalDate planApproval() {
    return m(2, 7);
  }

  private Treatment modify(PersonId owner, List<String> ctrls, String why, TreatmentAction... actions) {
    return Treatment.builder()
        .addOptions(TreatmentOption.MODIFY)
        .addAllControls(controls(ctrls.toArray(new String[0])))
        .addActions(actions)
        .justification(why)
        .planApproval(Approval.of(owner, planApproval()))
        .soaVersion(SOA_VERSION)
        .build();
  }

  private Treatment retain(PersonId owner, String why) {
    return Treatment.builder()
        .addOptions(TreatmentOption.RETAIN)
        .justification(why)
        .planApproval(Approval.of(owner, planApproval()))
        .soaVersion(SOA_VERSION)
        .build();
  }

  private static final class RiskSpec {
    final String id;
    String title = "";
    String scenario = "";
    RiskApproach approach = RiskApproach.ASSET_BASED;
    List<AssetId> assetIds = List.of();
    Optional<ThreatId> threat = Optional.empty();
    List<VulnerabilityId> vulns = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    Set<SecurityProperty> affects = EnumSet.noneOf(SecurityProperty.class);
    PersonId owner = CISO;
    String category = "";
    int l;
    int i;
    Treatment treatment = Treatment.builder().addOptions(TreatmentOption.RETAIN).build();
    Optional<String> acceptanceJustification = Optional.empty();
    /** Re-assessed after the significant change CHG-2: residual before the change. */
    int hl;
    int hi;
    /** Whether treatment actions are still open, so that the target residual is what they will deliver. */
    boolean openActions;
    /** Whether the owner accepted the target residual risk rather than the current one. */
    boolean acceptsTarget;
    /** The scoring method of a quantified risk (fair, cvss); the criteria's matrix when empty. */
    Optional<MethodId> method = Optional.empty();
    /** The method's version. */
    String methodVersion = "";
    /** The stored inputs of a quantified analysis. */
    Map<String, String> inputs = Map.of();
    /** How a quantified risk was analysed: where the inputs come from. */
    String analysis = "";
    /** Whether the risk's assets were changed by CHG-2, so that it was re-assessed after it (8.2). */
    boolean afterChange;

    RiskSpec(String id) {
      this.id = id;
    }
  }

  private RiskSpec r(String id, String title, String scenario, String threat, String category, PersonId owner) {
    RiskSpec s = new RiskSpec(id);
    s.title = title;
    s.scenario = scenario;
    s.threat = Optional.of(ThreatId.of(threat));
    s.category = category;
    s.owner = owner;
    return s;
  }

  /** The specification of each risk, by id, for {@link #finishRegister}. */
  private final Map<RiskId, RiskSpec> specs = new LinkedHashMap<>();

  /**
   * Adds the risk {@code s} describes. Its inherent analysis is the owner's (matrix levels, or the
   * inputs of a quantified method); its residual and target residual risks are what the risk engine
   * derives from the treatment's controls ({@link #finishRegister}), so that re-scoring the sample
   * changes nothing.
   */
  private void add(RiskSpec s) {
    LocalDate identified = m(10);
    RiskAssessment inh = s.method.isEmpty()
        ? assessment(s.l, s.i, identified, ISMS_MGR,
            "Annual risk assessment workshop with the risk owner; existing controls at the time considered")
        : RiskAssessment.builder().method(s.method.get()).methodVersion(s.methodVersion)
            .criteriaVersion(CRITERIA_VERSION).putAllInputs(s.inputs).score(0).normalized(0).level(LEVELS.get(0))
            .assessedOn(s.hl > 0 ? m(1) : identified).assessedBy(ISMS_MGR).rationale(s.analysis).build();
    var b = Risk.builder()
        .id(RiskId.of(s.id))
        .title(s.title)
        .scenario(s.scenario)
        .approach(s.approach)
        .addAllAssets(s.assetIds)
        .threat(s.threat)
        .addAllVulnerabilities(s.vulns)
        .addAllRiskSources(s.sources)
        .addAllAffects(s.affects)
        .owner(s.owner)
        .category(s.category)
        .identifiedOn(identified)
        .inherent(inh)
        .decision(RiskDecision.TREAT)
        .treatment(s.treatment);
    LocalDate acceptedOn = planApproval();
    if (s.hl > 0) {
      // the significant change CHG-2 (multi-region deployment) triggered a re-assessment (8.2)
      if (s.method.isPresent()) {
        b.addHistory(assessment(s.l, s.i, identified, ISMS_MGR, "Annual risk assessment workshop, on the matrix"));
      }
      b.addHistory(assessment(s.hl, s.hi, m(3), ISMS_MGR, "Residual risk after treatment, before CHG-2"));
      b.residual(inh.withAssessedOn(m(1)).withRationale(
          "Re-assessed after the significant change CHG-2 (second region, warm standby)"));
      acceptedOn = m(1, 3);
    } else if (s.afterChange) {
      b.residual(inh.withAssessedOn(m(1)).withRationale(
          "Re-assessed after the significant change CHG-2, which changed its assets; unchanged by it"));
      acceptedOn = m(1, 3);
    } else {
      b.residual(inh.withAssessedOn(m(3)).withRationale(s.treatment.has(TreatmentOption.RETAIN)
          ? "Unchanged: risk retained within the acceptance criteria"
          : "Residual risk with the treatment plan's controls in operation"));
    }
    b.acceptance(RiskAcceptance.builder().acceptedBy(s.owner).acceptedOn(acceptedOn)
        .basis(s.acceptsTarget ? AcceptanceBasis.TARGET_RESIDUAL : AcceptanceBasis.CURRENT_RESIDUAL).build());
    specs.put(RiskId.of(s.id), s);
    risks.add(b.build());
  }

  /**
   * The register as the risk engine scores it: each risk's inherent analysis as recorded, its
   * current and target residual risks derived from the controls its treatment relies on (dated and
   * explained as the sample records them), its decision and priority from the criteria, and its
   * acceptance, with a justification where the residual risk is above the acceptance criteria.
   */
  private Isms finishRegister(Isms draft) {
    AssessedRegister scored = RiskEngine.of(ScoringRegistry.builtIns()).assess(draft, asOf);
    if (!scored.errors().isEmpty()) {
      throw new IllegalStateException("the sample's risks do not score: " + scored.errors());
    }
    Isms out = draft;
    for (Risk stored : draft.risks()) {
      RiskSpec s = java.util.Objects.requireNonNull(specs.get(stored.id()), stored.id().value());
      Risk engine = scored.isms().risk(stored.id()).orElseThrow();
      RiskAssessment was = stored.inherent().orElseThrow();
      RiskAssessment inh = restamp(engine.inherent().orElseThrow(), was);
      RiskAssessment res = restamp(engine.residual().orElseThrow(), stored.residual().orElseThrow());
      Optional<RiskAssessment> target = engine.targetResidual().map(t -> restamp(t, stored.residual().orElseThrow()
          .withRationale(s.openActions ? "Target residual risk once the open treatment actions are done"
              : "Target residual risk: the treatment plan's controls at their full effectiveness")));
      RiskDecision decision = criteria.decisionFor(inh.level());
      Optional<Integer> priority = decision == RiskDecision.TREAT
          ? Optional.of(inh.normalized() >= 0.75 ? 1 : inh.normalized() >= 0.5 ? 2 : 3) : Optional.empty();
      boolean acceptable = criteria.acceptable(s.acceptsTarget ? target.orElse(res).level() : res.level());
      if (!acceptable && s.acceptanceJustification.isEmpty()) {
        throw new IllegalStateException("sample risk " + s.id + ": residual " + res.level() + " ("
            + res.normalized() + ") is above the criteria and needs a justification");
      }
      RiskAcceptance acceptance = stored.acceptance().orElseThrow()
          .withJustification(acceptable ? Optional.empty() : s.acceptanceJustification);
      out = out.withRisk(stored.toBuilder().inherent(inh).residual(res).targetResidual(target).decision(decision)
          .priority(priority).acceptance(acceptance).build());
    }
    return out;
  }

  /**
   * {@code scored} dated, authored and explained as {@code recorded}: the sample's own date and
   * rationale, followed by the engine's explanation when the engine computed the assessment.
   */
  private static RiskAssessment restamp(RiskAssessment scored, RiskAssessment recorded) {
    if (scored.equals(recorded)) {
      return recorded;
    }
    String engine = scored.rationale().orElse("");
    String own = recorded.rationale().orElse("");
    return scored.withAssessedOn(recorded.assessedOn()).withAssessedBy(recorded.assessedBy())
        .withRationale(engine.isEmpty() ? own : own + "\n" + engine);
  }

  private static Set<SecurityProperty> cia(SecurityProperty... p) {
    Set<SecurityProperty> s = EnumSet.noneOf(SecurityProperty.class);
    s.addAll(List.of(p));
    return s;
  }

  private static final SecurityProperty C = SecurityProperty.CONFIDENTIALITY;
  private static final SecurityProperty I = SecurityProperty.INTEGRITY;
  private static final SecurityProperty A = SecurityProperty.AVAILABILITY;

  private static List<VulnerabilityId> v(String... ids) {
    List<VulnerabilityId> out = new ArrayList<>();
    for (String id : ids) {
      out.add(VulnerabilityId.of(id));
    }
    return out;
  }

  /** Makes {@code s} a FAIR scenario: Poisson frequency, lognormal primary and optional secondary loss. */
  private static void fair(RiskSpec s, String lambda, String plmLow, String plmHigh, String slef, String slmLow,
      String slmHigh, String analysis) {
    Map<String, String> in = new java.util.TreeMap<>();
    in.put("lef.kind", "poisson");
    in.put("lef.lambda", lambda);
    in.put("plm.kind", "lognormal90");
    in.put("plm.low", plmLow);
    in.put("plm.high", plmHigh);
    if (!slmLow.isEmpty()) {
      in.put("slef", slef);
      in.put("slm.kind", "lognormal90");
      in.put("slm.low", slmLow);
      in.put("slm.high", slmHigh);
    }
    quantified(s, FairMethod.ID, FairMethod.VERSION, in, analysis);
  }

  /** Makes {@code s} a FAIR scenario with a PERT loss per event and no secondary loss. */
  private static void fairPert(RiskSpec s, String lambda, String min, String mode, String max, String analysis) {
    Map<String, String> in = new java.util.TreeMap<>();
    in.put("lef.kind", "poisson");
    in.put("lef.lambda", lambda);
    in.put("plm.kind", "pert");
    in.put("plm.min", min);
    in.put("plm.mode", mode);
    in.put("plm.max", max);
    quantified(s, FairMethod.ID, FairMethod.VERSION, in, analysis);
  }

  /** Makes {@code s} a CVSS-scored risk: the vulnerability's vector with its threat context. */
  private static void cvss(RiskSpec s, String vector, String analysis) {
    quantified(s, CvssMethod.ID, CvssMethod.VERSION, Map.of(CvssMethod.VECTOR_KEY, vector), analysis);
  }

  /** The trials and seed of every FAIR analysis of the sample: enough for stable means, quick to rescore. */
  static final String FAIR_TRIALS = "20000";

  private static void quantified(RiskSpec s, MethodId method, String version, Map<String, String> inputs,
      String analysis) {
    Map<String, String> in = new java.util.TreeMap<>(inputs);
    if (method.equals(FairMethod.ID)) {
      in.put("trials", FAIR_TRIALS);
      in.put("seed", Integer.toString(s.id.hashCode() & 0xffff));
    }
    s.method = Optional.of(method);
    s.methodVersion = version;
    s.inputs = in;
    s.analysis = analysis;
  }

  private void risks() {
    RiskSpec s;

    s = r("R-01", "Ransomware encrypts production and backups",
        "Attackers gain administrative access, encrypt the platform and its data and try to destroy"
            + " backups; the service is down for days and data may be published",
        "T-RANSOM", "Cyber attack", CTO);
    s.assetIds = assets("A-BP-SAAS", "A-CUSTDATA", "A-BACKUPS");
    s.vulns = v("V-BROAD-IAM");
    s.affects = cia(C, I, A);
    s.l = 3; s.i = 5;
    s.treatment = Treatment.builder()
        .addOptions(TreatmentOption.MODIFY, TreatmentOption.SHARE)
        .addAllControls(controls("A.8.13", "A.8.7", "A.8.16", "A.5.29", "A.8.2"))
        .addActions(
            done("Immutable backups with S3 Object Lock in a separate account", "A.8.13", ITOPS, 8),
            done("EDR on all endpoints and servers with 24/7 managed detection", "A.8.16", CISO, 7),
            done("Cyber insurance with ransomware and business interruption cover", "", CFO, 9))
        .justification("Catastrophic impact; backups and detection lower likelihood and impact, the"
            + " remaining financial impact is shared with the cyber insurer")
        .sharedWith("HanseCyber Versicherung AG (cyber insurance policy, DOC-EXT-INS)")
        .planApproval(Approval.of(CTO, planApproval()))
        .soaVersion(SOA_VERSION)
        .build();
    fair(s, "0.12", "250000", "4000000", "0.35", "100000", "2500000",
        "Quantified with FAIR for the board: frequency from the insurer's sector figures for SaaS firms of this"
            + " size; primary loss from the recovery plan (restore, incident response, service credits for up to"
            + " a week); secondary loss from customer churn and a possible fine");
    add(s);

    s = r("R-02", "Account takeover through phishing",
        "A phishing e-mail captures credentials or a session token of an employee; the attacker reads"
            + " mail and contracts and moves on to other systems",
        "T-PHISH", "Cyber attack", CISO);
    s.assetIds = assets("A-IDP", "A-M365", "A-CONTRACTS");
    s.vulns = v("V-MFA-GAPS", "V-SOCIAL");
    s.affects = cia(C, I);
    s.l = 4; s.i = 4;
    s.treatment = modify(CISO, List.of("A.6.3", "A.8.5", "A.5.17", "A.8.23", "A.5.7"),
        "Likely scenario (realised once, INC-1): MFA everywhere, training and web filtering",
        done("Enforce MFA for all accounts, remove conditional access exceptions", "A.8.5", ITOPS, 6),
        done("Quarterly phishing simulations and awareness modules", "A.6.3", ISMS_MGR, 9),
        open("Roll out phishing-resistant MFA (passkeys) to all staff (CHG-3)", "A.8.5", CISO, 3));
    s.openActions = true;
    s.acceptsTarget = true; // the owner accepts the residual risk the passkey roll-out will deliver
    add(s);

    s = r("R-03", "Remote code execution in the ingestion service",
        "An attacker exploits a vulnerable library (such as Log4Shell) in the internet-facing ingestion"
            + " service and reaches customer data",
        "T-EXPLOIT", "Cyber attack", DATA);
    s.assetIds = assets("A-INGEST", "A-CUSTDATA");
    s.vulns = v("V-LOG4SHELL");
    s.affects = cia(C, I, A);
    s.l = 3; s.i = 5;
    s.treatment = modify(DATA, List.of("A.8.8", "A.8.28", "A.8.29", "A.8.26", "A.8.13"),
        "Internet-facing component with catastrophic impact: dependency scanning, patching and testing",
        done("Dependency scanning with blocking of critical findings in CI", "A.8.8", PLAT, 9),
        done("Annual penetration test of the ingestion API", "A.8.29", CISO, 5));
    s.acceptanceJustification = Optional.of("CVSS keeps the severity of a remediated flaw: the vulnerable Log4j"
        + " version is removed and dependency scanning blocks its return. The residual High stays below the"
        + " tolerance threshold and is reported quarterly to the board");
    cvss(s, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:H/CR:H/IR:H/AR:M",
        "CVSS v3.1 base vector of CVE-2021-44228 (NVD) with exploit maturity High (in CISA's catalogue of known"
            + " exploited vulnerabilities) and the security requirements of the customer datasets");
    add(s);

    s = r("R-04", "Compromise of bastion hosts",
        "An unauthenticated attacker exploits the OpenSSH race condition on a bastion host and gains a"
            + " foothold in the production network",
        "T-EXPLOIT", "Cyber attack", ITOPS);
    s.assetIds = assets("A-BASTION", "A-VPC");
    s.afterChange = true;
    s.vulns = v("V-REGRESSHION");
    s.affects = cia(C, I, A);
    s.l = 3; s.i = 4;
    s.treatment = modify(ITOPS, List.of("A.8.8", "A.8.22", "A.8.2", "A.8.20", "A.5.26"),
        "Exposed administrative entry point: patch, restrict and replace",
        done("Patch OpenSSH and restrict SSH to the VPN address range", "A.8.20", ITOPS, 8),
        open("Replace bastion hosts with AWS Systems Manager Session Manager (CA-2)", "A.8.8", ITOPS, 1));
    s.openActions = true;
    s.acceptanceJustification = Optional.of("Residual High accepted until the bastion hosts are replaced by AWS"
        + " Systems Manager (corrective action CA-2, due next month); SSH is reachable from the VPN only and the"
        + " residual stays below the tolerance threshold");
    cvss(s, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/CR:M/IR:H/AR:M",
        "CVSS v3.1 base vector of CVE-2024-6387 (NVD) with exploit maturity Proof-of-Concept: public exploits"
            + " need hours of attempts against 32-bit systems, none is known against the 64-bit hosts in use");
    add(s);

    s = r("R-05", "Denial of service against the ingestion endpoint",
        "An HTTP/2 Rapid Reset or volumetric attack exhausts the ingress and customers lose events",
        "T-DDOS", "Cyber attack", ITOPS);
    s.assetIds = assets("A-INGRESS", "A-BP-SAAS");
    s.vulns = v("V-HTTP2-RESET");
    s.affects = cia(A);
    s.l = 3; s.i = 4;
    s.treatment = modify(ITOPS, List.of("A.8.8", "A.8.20", "A.8.6", "A.5.30"),
        "Availability is contractually committed: patch ingress and add DDoS protection",
        done("Upgrade ingress controllers and limit concurrent stream resets", "A.8.8", ITOPS, 9),
        done("Enable AWS Shield and rate limiting at the load balancers", "A.8.20", ITOPS, 8));
    cvss(s, "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H/E:H/AR:H",
        "CVSS v3.1 base vector of CVE-2023-44487 (NVD) with exploit maturity High (exploited at scale) and a"
            + " high availability requirement from the SLA");
    add(s);

    s = r("R-06", "Public exposure of customer data through cloud misconfiguration",
        "A storage bucket or database snapshot is made public or shared with a foreign account",
        "T-MISCONF", "Cloud", CTO);
    s.assetIds = assets("A-CUSTDATA", "A-AWS");
    s.afterChange = true;
    s.vulns = v("V-BROAD-IAM");
    s.affects = cia(C);
    s.l = 3; s.i = 5;
    s.treatment = modify(CTO, List.of("A.8.9", "A.5.23", "A.8.16", "CLD.6.3.1", "A.8.2"),
        "Catastrophic impact: guardrails, baselines and continuous posture monitoring",
        done("Service control policies blocking public buckets and snapshots", "A.8.9", ITOPS, 8),
        done("Cloud security posture management with alerting", "A.8.16", SECENG, 7),
        done("Documented shared responsibility matrix for all AWS services used", "CLD.6.3.1", ISMS_MGR, 9));
    fair(s, "0.1", "80000", "1200000", "0.6", "150000", "3000000",
        "Quantified with FAIR: frequency from cloud misconfiguration incidents in the sector and the CSPM"
            + " alerts of the last year; primary loss from forensics, notification and customer support;"
            + " secondary loss from GDPR fines, claims and churn");
    add(s);

    s = r("R-07", "Insider exfiltration of customer data",
        "An employee with warehouse access exports customer datasets before leaving the company",
        "T-INSIDER", "People", DATA);
    s.assetIds = assets("A-CUSTDATA", "A-CUSTPII");
    s.vulns = v("V-NO-DLP");
    s.affects = cia(C);
    s.l = 3; s.i = 5;
    s.treatment = modify(DATA, List.of("A.5.15", "A.8.3", "A.8.12", "A.6.1", "A.8.15", "A.8.11"),
        "Least privilege, masking and monitoring of bulk exports",
        done("Role-based warehouse access; production data access only through approved roles", "A.8.3", DATA, 7),
        done("Pseudonymise customer datasets used for analytics development", "A.8.11", DATA, 6),
        open("Data leakage prevention for warehouse exports and endpoints", "A.8.12", SECENG, 2));
    s.openActions = true;
    add(s);

    s = r("R-08", "Loss of a laptop with confidential data",
        "A laptop is lost or stolen while travelling; data on it could be read",
        "T-LOSS", "Endpoint", ITOPS);
    s.assetIds = assets("A-LAPTOPS");
    s.affects = cia(C, A);
    s.l = 4; s.i = 3;
    s.treatment = modify(ITOPS, List.of("A.8.1", "A.8.24", "A.7.9"),
        "Likely event: full-disk encryption, remote wipe and no local customer data",
        done("Enforce full-disk encryption and remote wipe via Intune", "A.8.1", ITOPS, 10));
    add(s);

    s = r("R-09", "Regional AWS outage",
        "A prolonged outage of the primary AWS region makes the platform unavailable beyond the SLA",
        "T-OUTAGE", "Cloud", CTO);
    s.assetIds = assets("A-AWS", "A-BP-SAAS");
    s.vulns = v("V-SINGLE-REGION");
    s.affects = cia(A);
    s.l = 3; s.i = 4;
    s.treatment = modify(CTO, List.of("A.8.14", "A.5.30", "A.5.29"),
        "SLA commitments: warm standby in a second region and tested recovery",
        doneOn("Warm standby in eu-west-1 with automated failover runbook (CHG-2)", "A.8.14", ITOPS, m(2, -14)),
        done("ICT continuity exercise with failover to eu-west-1", "A.5.30", CTO, 2));
    s.hl = 3; s.hi = 3;
    fairPert(s, "0.6", "30000", "120000", "700000",
        "Re-analysed with FAIR after CHG-2: frequency of regional outages beyond four hours from the provider's"
            + " incident history; loss from service credits, lost renewals and overtime, by outage length");
    add(s);

    s = r("R-10", "Corruption or loss of the data warehouse",
        "A faulty migration or operator error corrupts warehouse tables; restore takes too long",
        "T-ERROR", "Operations", DATA);
    s.assetIds = assets("A-DWH");
    s.affects = cia(I, A);
    s.l = 3; s.i = 4;
    s.treatment = modify(DATA, List.of("A.8.13", "A.8.32", "A.8.31"),
        "Integrity of customer analytics is essential: tested backups and controlled changes",
        done("Point-in-time backups and quarterly restore tests", "A.8.13", ITOPS, 8),
        done("Schema migrations only through reviewed pipeline with staging rehearsal", "A.8.32", DATA, 7));
    s.hl = 2; s.hi = 3;
    add(s);

    s = r("R-11", "Compromised open-source dependency",
        "A hijacked package in the build introduces a backdoor into the released product",
        "T-SUPPLYCHAIN", "Supply chain", PLAT);
    s.assetIds = assets("A-SRC", "A-CICD");
    s.affects = cia(C, I);
    s.l = 3; s.i = 5;
    s.treatment = modify(PLAT, List.of("A.5.21", "A.8.25", "A.8.28", "A.8.19"),
        "Pinned and verified dependencies; SBOM monitoring is being rolled out",
        done("Pin dependencies and verify checksums in builds", "A.8.28", PLAT, 6),
        open("Generate SBOMs and monitor them against advisories", "A.5.21", PLAT, 4));
    s.openActions = true;
    s.acceptanceJustification = Optional.of(
        "Residual High is accepted temporarily until SBOM monitoring is live (due within 4 months);"
            + " it stays below the tolerance threshold and is reported quarterly to the board");
    add(s);

    s = r("R-12", "Secrets leaked through source code",
        "An access key committed to a repository is found and used against production",
        "T-DISCLOSURE", "Development", PLAT);
    s.assetIds = assets("A-SRC", "A-CREDS");
    s.vulns = v("V-SECRETS");
    s.affects = cia(C, I);
    s.l = 3; s.i = 4;
    s.treatment = modify(PLAT, List.of("A.8.4", "A.5.17", "A.8.24"),
        "Secret scanning with push protection and short-lived credentials",
        done("Enable secret scanning with push protection on all repositories", "A.8.4", PLAT, 9),
        done("Move service credentials to Secrets Manager with rotation", "A.5.17", ITOPS, 7));
    add(s);

    s = r("R-13", "Unauthorized access through stale access rights",
        "A leaver or mover keeps access to customer data or administrative functions",
        "T-INSIDER", "Access", CISO);
    s.assetIds = assets("A-IDP", "A-CUSTDATA");
    s.vulns = v("V-STALE-ACCESS");
    s.affects = cia(C, I);
    s.l = 3; s.i = 4;
    s.treatment = modify(CISO, List.of("A.5.18", "A.6.5", "A.5.16", "A.8.2"),
        "Automated joiner-mover-leaver process and quarterly reviews",
        done("Automate deprovisioning from the HR system", "A.5.16", ITOPS, 8),
        done("Quarterly access reviews for production and SaaS", "A.5.18", ITOPS, 6));
    add(s);

    s = new RiskSpec("R-14");
    s.title = "Late or missing notification of a personal data breach";
    s.scenario = "A breach of customer personal data is not recognised or not notified within the legal"
        + " and contractual deadlines, leading to fines and loss of customers";
    s.approach = RiskApproach.EVENT_BASED;
    s.threat = Optional.of(ThreatId.of("T-REGULATOR"));
    s.sources = List.of("Supervisory authority: enforce GDPR Art. 33", "Customers: claim damages and terminate");
    s.assetIds = assets("A-CUSTPII");
    s.affects = cia(C);
    s.owner = DPO;
    s.category = "Legal and compliance";
    s.l = 3; s.i = 4;
    s.treatment = modify(DPO, List.of("A.5.24", "A.5.26", "A.5.5", "A.5.34", "A.6.8"),
        "Clear reporting channels and a breach assessment step led by the DPO",
        done("Breach assessment and notification playbook in the incident response plan", "A.5.24", DPO, 9),
        done("Tabletop exercise on breach notification", "A.5.26", CISO, 5));
    add(s);

    s = r("R-15", "Disclosure of payroll data at the payroll provider",
        "The payroll provider suffers a breach exposing salary and tax data of employees",
        "T-SUPBREACH", "Supplier", HR);
    s.assetIds = assets("A-HRDATA", "A-BP-PAYROLL", "A-SUP-PAYROLL");
    s.affects = cia(C);
    s.l = 2; s.i = 4;
    s.treatment = retain(HR, "Within the acceptance criteria; the DPA, encrypted portal and annual"
        + " supplier review are kept as they are");
    add(s);

    s = r("R-16", "Storm surge closes the Hamburg office",
        "An Elbe storm surge or heavy rain floods the area and the office is closed for weeks",
        "T-FLOOD", "Environment (climate-related)", CFO);
    s.assetIds = assets("A-SITE-HH", "A-NET-HH");
    s.vulns = v("V-FLOODZONE");
    s.affects = cia(A);
    s.l = 2; s.i = 2;
    s.treatment = retain(CFO, "Low: all staff can work remotely and no production runs in the office");
    add(s);

    s = r("R-17", "Power failure at the Leipzig office",
        "A longer power failure stops work in the Leipzig office", "T-POWER", "Environment", CFO);
    s.assetIds = assets("A-SITE-L", "A-NET-L");
    s.affects = cia(A);
    s.l = 2; s.i = 2;
    s.treatment = retain(CFO, "Low: engineers switch to remote work; no production in the office");
    add(s);

    s = r("R-18", "Loss of key platform engineers",
        "Two engineers who know the ingestion pipeline leave at short notice", "T-STAFFLOSS", "People", CTO);
    s.assetIds = assets("A-PER-ENG", "A-BP-DEV");
    s.vulns = v("V-KEYPERSON");
    s.affects = cia(A);
    s.l = 3; s.i = 3;
    s.treatment = retain(CTO, "Medium and within criteria; runbooks and pairing already reduce the"
        + " dependency, the rest is accepted");
    add(s);

    s = r("R-19", "Security team unavailable during an incident",
        "An incident occurs while the small security team is absent", "T-STAFFLOSS", "People", CISO);
    s.assetIds = assets("A-PER-SEC");
    s.affects = cia(A);
    s.l = 3; s.i = 3;
    s.treatment = retain(CISO, "Medium: the managed detection service covers nights and weekends");
    add(s);

    s = r("R-20", "Malware infection of endpoints",
        "Malware on a laptop steals browser sessions or spreads in the office network",
        "T-MALWARE", "Endpoint", ITOPS);
    s.assetIds = assets("A-LAPTOPS", "A-MDM");
    s.affects = cia(C, I, A);
    s.l = 3; s.i = 3;
    s.treatment = retain(ITOPS, "Medium: EDR, managed devices and web filtering are in place");
    add(s);

    s = r("R-21", "Customer data disclosed through support tickets",
        "Support staff attach customer exports to tickets or send them to the wrong contact",
        "T-DISCLOSURE", "Operations", CS);
    s.assetIds = assets("A-TICKET", "A-BP-SUPPORT");
    s.affects = cia(C);
    s.l = 3; s.i = 3;
    s.treatment = retain(CS, "Medium: support guideline and ticket retention limits are in place");
    add(s);

    s = r("R-22", "Payment fraud through business e-mail compromise",
        "A forged e-mail from the CEO instructs finance to pay a fraudulent invoice",
        "T-PHISH", "Fraud", CFO);
    s.assetIds = assets("A-FIN", "A-ERP");
    s.vulns = v("V-SOCIAL");
    s.affects = cia(I);
    s.l = 3; s.i = 4;
    s.treatment = modify(CFO, List.of("A.5.3", "A.6.3", "A.5.14"),
        "Four-eyes payment release and call-back verification",
        done("Dual approval for payments above EUR 5,000 and call-back on changed bank details", "A.5.3", CFO, 9));
    fair(s, "1", "15000", "300000", "0", "", "",
        "Quantified with FAIR: attempts seen by the finance team (about one a month) times the share that"
            + " would pass without controls; loss per successful fraud from cases reported by the insurer");
    add(s);

    s = r("R-23", "Outage of the HR system",
        "The HR SaaS is unavailable for several days", "T-OUTAGE", "Supplier", HR);
    s.assetIds = assets("A-HRIS", "A-HRDATA");
    s.affects = cia(A);
    s.l = 2; s.i = 2;
    s.treatment = retain(HR, "Low: HR processes can wait several days");
    add(s);

    s = r("R-24", "Intruder in the Leipzig office",
        "A tailgater enters the office and takes an unlocked laptop or reads screens",
        "T-INTRUDER", "Physical", CFO);
    s.assetIds = assets("A-SITE-L", "A-LAPTOPS");
    s.affects = cia(C, A);
    s.l = 2; s.i = 3;
    s.treatment = retain(CFO, "Low: badge access, visitor log and clear-screen rules are in place");
    add(s);

    s = r("R-25", "Faulty release breaks production",
        "An unreviewed change is deployed and corrupts data or takes the service down",
        "T-ERROR", "Development", PLAT);
    s.assetIds = assets("A-PLATFORM", "A-BP-SAAS", "A-CICD");
    s.afterChange = true;
    s.vulns = v("V-NO-REVIEW");
    s.affects = cia(I, A);
    s.l = 4; s.i = 3;
    s.treatment = modify(PLAT, List.of("A.8.32", "A.8.29", "A.8.31", "A.8.9", "A.8.27"),
        "Mandatory review, automated tests and staged rollout",
        done("Branch protection with mandatory review for all production repositories", "A.8.32", PLAT, 9),
        done("Separate staging environment with automated integration tests", "A.8.31", PLAT, 8));
    add(s);

    s = r("R-26", "Undetected intrusion due to logging gaps",
        "An attacker operates unnoticed because SaaS audit logs are not collected and retention is short",
        "T-EXPLOIT", "Detection", CISO);
    s.assetIds = assets("A-LOGS", "A-SIEM");
    s.vulns = v("V-LOG-GAPS");
    s.affects = cia(C, I);
    s.l = 3; s.i = 4;
    s.treatment = modify(CISO, List.of("A.8.15", "A.8.16", "A.8.17", "A.5.28"),
        "Central logging of all critical sources with 12-month retention",
        done("Onboard Microsoft 365, GitHub and AWS audit logs to the SIEM", "A.8.15", SECENG, 8),
        done("Raise log retention to 12 months with tamper protection", "A.8.15", SECENG, 7));
    add(s);

    s = r("R-27", "Compromise of the legacy SFTP upload channel",
        "Attackers guess or reuse SFTP passwords and upload manipulated data or read customer files",
        "T-EXPLOIT", "Cyber attack", CTO);
    s.assetIds = assets("A-CUSTDATA", "A-INGEST");
    s.vulns = v("V-SFTP");
    s.affects = cia(C, I);
    s.l = 4; s.i = 4;
    s.treatment = Treatment.builder()
        .addOptions(TreatmentOption.AVOID)
        .addActions(done("Decommission the SFTP channel and migrate the 14 remaining customers to the"
            + " authenticated ingestion API", "", CTO, 6))
        .justification("The channel served few customers; removing it is cheaper than securing it")
        .planApproval(Approval.of(CTO, planApproval()))
        .soaVersion(SOA_VERSION)
        .build();
    add(s);

    s = r("R-28", "Loss of encryption keys",
        "A key is deleted by mistake and encrypted data can no longer be read", "T-ERROR", "Operations", ITOPS);
    s.assetIds = assets("A-CREDS", "A-KMS");
    s.affects = cia(A, I);
    s.l = 2; s.i = 5;
    s.treatment = retain(ITOPS, "Medium: KMS deletion waiting period and restricted key administrators"
        + " make the scenario unlikely");
    add(s);

    s = r("R-29", "Loss of a company phone",
        "A phone with e-mail access is lost", "T-LOSS", "Endpoint", ITOPS);
    s.assetIds = assets("A-PHONES");
    s.affects = cia(C);
    s.l = 3; s.i = 2;
    s.treatment = retain(ITOPS, "Low: managed phones with PIN, encryption and remote wipe");
    add(s);

    s = new RiskSpec("R-30");
    s.title = "Undisclosed sub-processor change breaches customer DPAs";
    s.scenario = "A new sub-processor is used without notifying customers; customers object or terminate";
    s.approach = RiskApproach.EVENT_BASED;
    s.threat = Optional.of(ThreatId.of("T-REGULATOR"));
    s.sources = List.of("Customers: enforce their DPA rights");
    s.assetIds = assets("A-CONTRACTS", "A-CUSTPII");
    s.affects = cia(C);
    s.owner = DPO;
    s.category = "Legal and compliance";
    s.l = 2; s.i = 3;
    s.treatment = retain(DPO, "Low: supplier onboarding requires DPO sign-off and the sub-processor list"
        + " is published in the trust centre");
    add(s);

    s = r("R-31", "Theft of source code through a developer token",
        "A stolen personal access token is used to clone private repositories", "T-PHISH", "Development", PLAT);
    s.assetIds = assets("A-GITHUB", "A-SRC");
    s.affects = cia(C, I);
    s.l = 3; s.i = 4;
    s.treatment = modify(PLAT, List.of("A.8.4", "A.8.5", "A.5.17"),
        "SSO-bound, short-lived tokens and access restrictions",
        done("Enforce SSO and fine-grained, expiring tokens in GitHub", "A.8.4", PLAT, 8));
    add(s);

    if (!gaps) {
      // the deliberate gap 6.1.2-asset-coverage: these assets are covered only through the risks of
      // what depends on them
      s = r("R-32", "Failure of core infrastructure services",
          "The application database, the Kubernetes clusters, the backup storage or a core provider fails",
          "T-OUTAGE", "Cloud", CTO);
      s.assetIds = assets("A-PLATFORM-DB", "A-EKS", "A-S3BACKUP", "A-SUP-AWS", "A-SUP-MS");
      s.affects = cia(A);
      s.l = 2; s.i = 3;
      s.treatment = retain(CTO, "Low: managed services with the provider's redundancy");
      add(s);
    }
  }

  private List<IsmsRiskOrOpportunity> ismsRisksAndOpportunities() {
    return List.of(
        IsmsRiskOrOpportunity.builder()
            .id(OpportunityId.of("RO-1")).kind(IsmsRiskOrOpportunity.Kind.RISK)
            .description("Security team capacity falls behind company growth, so ISMS processes lapse")
            .addIssues(issue("IC-1"), issue("IC-2"), issue("EC-6"))
            .action("Outsource 24/7 monitoring to a managed detection provider; hire one engineer")
            .owner(CISO).effectivenessEvaluation("Metrics on schedule; no overdue ISMS activities in audits")
            .evaluatedOn(m(2)).build(),
        IsmsRiskOrOpportunity.builder()
            .id(OpportunityId.of("RO-2")).kind(IsmsRiskOrOpportunity.Kind.RISK)
            .description("Engineering sees the ISMS as paperwork and bypasses its processes")
            .addIssues(issue("IC-1"), issue("IC-4"))
            .action("Embed controls in the pipeline (policy as code) instead of manual checklists")
            .owner(CTO).effectivenessEvaluation("Share of controls evidenced automatically; audit findings")
            .evaluatedOn(m(2)).build(),
        IsmsRiskOrOpportunity.builder()
            .id(OpportunityId.of("RO-3")).kind(IsmsRiskOrOpportunity.Kind.OPPORTUNITY)
            .description("ISO/IEC 27001 certification shortens enterprise sales cycles")
            .addIssues(issue("EC-2"))
            .addRequirements(req("REQ-CUST-ASSURANCE"), req("REQ-INV-CERT"))
            .action("Publish certificate and SoA summary in the trust centre; reuse evidence in questionnaires")
            .owner(CS).effectivenessEvaluation("Questionnaire turnaround time and deals blocked by security")
            .evaluatedOn(m(2)).build(),
        IsmsRiskOrOpportunity.builder()
            .id(OpportunityId.of("RO-4")).kind(IsmsRiskOrOpportunity.Kind.OPPORTUNITY)
            .description("Cloud-native tooling can collect control evidence automatically")
            .addIssues(issue("IC-2"))
            .action("Automate metric and evidence collection from AWS, the SIEM and the ticketing system")
            .owner(ISMS_MGR).effectivenessEvaluation("Hours spent on evidence collection per quarter")
            .evaluatedOn(m(2)).build());
  }

  // ---------------------------------------------------------------------------------------------
  // 6.1.3 Controls and SoA

  private static List<CustomControl> customControls() {
    return List.of(CustomControl.builder()
        .id(ControlId.of("CLD.6.3.1"))
        .title("Shared roles and responsibilities within a cloud computing environment")
        .source("ISO/IEC 27017:2015")
        .description("Define and document how security responsibilities are divided between Northwind"
            + " and each cloud service provider, per service used")
        .build());
  }

  /** Every control in SoA order: the 93 Annex A controls, then the custom control. */
  private List<ControlId> soaControls() {
    List<ControlId> out = new ArrayList<>();
    for (CatalogControl c : iso.controls()) {
      out.add(c.id());
    }
    out.add(ControlId.of("CLD.6.3.1"));
    return out;
  }

  private boolean applicable(ControlId c) {
    return !EXCLUDED.containsKey(c.value());
  }

  private ImplementationStatus status(ControlId c) {
    return statusOverrides.getOrDefault(c, ImplementationStatus.IMPLEMENTED);
  }

  private Map<ControlId, Set<RiskId>> risksByControl() {
    Map<ControlId, Set<RiskId>> out = new LinkedHashMap<>();
    for (Risk r : risks) {
      r.treatment().ifPresent(t -> {
        for (ControlId c : t.controls()) {
          out.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(r.id());
        }
      });
    }
    return out;
  }

  private Map<ControlId, List<Requirement>> requirementsByControl() {
    Map<ControlId, List<Requirement>> out = new LinkedHashMap<>();
    for (Requirement r : allRequirements) {
      for (ControlId c : r.controls()) {
        out.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  private PersonId controlOwner(ControlId c) {
    String v = c.value();
    if (v.startsWith("CLD.")) {
      return CTO;
    }
    if (v.equals("A.5.34") || v.equals("A.5.31") || v.equals("A.5.32") || v.equals("A.5.33")) {
      return DPO;
    }
    if (v.matches("A\\.5\\.(5|6|7|24|25|26|27|28)") || v.matches("A\\.8\\.(15|16)") || v.equals("A.6.8")) {
      return CISO;
    }
    if (v.matches("A\\.5\\.(19|20|21|22|23)")) {
      return CFO;
    }
    if (v.matches("A\\.8\\.(4|11|25|26|27|28|29|31|32|33)")) {
      return PLAT;
    }
    if (v.startsWith("A.5.")) {
      return ISMS_MGR;
    }
    if (v.startsWith("A.6.")) {
      return HR;
    }
    if (v.startsWith("A.7.")) {
      return v.matches("A\\.7\\.(8|9|10|13|14)") ? ITOPS : CFO;
    }
    return ITOPS;
  }

  private LocalDate lastTested(ControlId c) {
    Optional<Theme> theme = Theme.of(c);
    if (theme.isEmpty()) {
      return m(4);
    }
    return switch (theme.get()) {
      case ORGANIZATIONAL -> m(8);
      case PEOPLE, PHYSICAL -> m(6);
      case TECHNOLOGICAL -> m(4);
    };
  }

  private List<DocumentId> evidence(ControlId c) {
    String v = c.value();
    List<DocumentId> out = new ArrayList<>();
    Map<String, String> specific = Map.ofEntries(
        Map.entry("A.5.1", "DOC-POL"), Map.entry("A.5.2", "DOC-RACI"), Map.entry("A.5.9", "DOC-RAR"),
        Map.entry("A.5.15", "DOC-POL-AC"), Map.entry("A.5.18", "DOC-REC-ACCREV"),
        Map.entry("A.5.19", "DOC-REC-SUPREV"), Map.entry("A.5.23", "DOC-EXT-AWS"),
        Map.entry("A.5.24", "DOC-PROC-INC"), Map.entry("A.5.26", "DOC-REC-INC"),
        Map.entry("A.5.27", "DOC-REC-INC"), Map.entry("A.5.29", "DOC-BCP"), Map.entry("A.5.30", "DOC-BCP"),
        Map.entry("A.5.31", "DOC-CTX"), Map.entry("A.5.34", "DOC-EXT-GDPR"), Map.entry("A.5.35", "DOC-AUDREP-3"),
        Map.entry("A.6.1", "DOC-REC-HR"), Map.entry("A.6.3", "DOC-AWARE"), Map.entry("A.6.6", "DOC-REC-HR"),
        Map.entry("A.6.7", "DOC-POL-RW"), Map.entry("A.8.8", "DOC-REC-VULN"), Map.entry("A.8.9", "DOC-REC-CONFIG"),
        Map.entry("A.8.13", "DOC-REC-BCKTEST"), Map.entry("A.8.24", "DOC-POL-CRYPTO"),
        Map.entry("A.8.25", "DOC-SDLC"), Map.entry("A.8.29", "DOC-REC-PENTEST"), Map.entry("A.8.32", "DOC-CHG"),
        Map.entry("CLD.6.3.1", "DOC-EXT-AWS"));
    if (specific.containsKey(v)) {
      out.add(doc(specific.get(v)));
    }
    String generic = v.startsWith("A.6.") ? "DOC-REC-HR"
        : v.startsWith("A.7.") ? "DOC-REC-PHYS"
        : v.startsWith("A.8.") ? "DOC-REC-CONFIG"
        : "DOC-OPS";
    if (!out.contains(doc(generic))) {
      out.add(doc(generic));
    }
    return out;
  }

  private List<ControlImplementation> controlImplementations() {
    List<ControlImplementation> out = new ArrayList<>();
    for (ControlId c : soaControls()) {
      if (!applicable(c)) {
        continue;
      }
      ImplementationStatus st = status(c);
      var b = ControlImplementation.builder()
          .control(c)
          .status(st)
          .owner(controlOwner(c))
          .description(implementationText(c))
          .addAllEvidence(evidence(c))
          .effectiveness(st == ImplementationStatus.IMPLEMENTED ? 0.5 : 0.3)
          .lastTested(lastTested(c));
      boolean corrective = c.value().equals("A.8.13") || c.value().equals("A.5.26")
          || c.value().equals("A.5.29") || c.value().equals("A.5.30");
      if (corrective) {
        b.likelihoodEffect(false).impactEffect(true);
      }
      if (st != ImplementationStatus.IMPLEMENTED) {
        b.plannedCompletion(ahead(2));
      }
      out.add(b.build());
    }
    return out;
  }

  private String implementationText(ControlId c) {
    String title = c.value().startsWith("CLD.")
        ? "Shared cloud responsibilities"
        : iso.control(c).map(CatalogControl::title).orElse(c.value());
    ImplementationStatus st = status(c);
    String how = st == ImplementationStatus.IMPLEMENTED
        ? "operated as described in the linked procedure and evidenced by the linked records"
        : "partly in place; remaining rollout tracked in the risk treatment plan";
    return title + ": " + how;
  }

  private StatementOfApplicability soa() {
    Map<ControlId, Set<RiskId>> byRisk = risksByControl();
    Map<ControlId, List<Requirement>> byReq = requirementsByControl();
    var b = StatementOfApplicability.builder()
        .version(SOA_VERSION)
        .document(doc("DOC-SOA"))
        .annexAComparedOn(m(9, -5))
        .approval(Approval.of(CEO, planApproval()));
    for (ControlId c : soaControls()) {
      if (!applicable(c)) {
        b.addEntries(SoaEntry.builder()
            .control(c)
            .applicable(false)
            .justification(EXCLUDED.get(c.value()))
            .owner(controlOwner(c))
            .lastReviewed(m(2))
            .build());
        continue;
      }
      Set<RiskId> rs = byRisk.getOrDefault(c, Set.of());
      List<Requirement> qs = byReq.getOrDefault(c, List.of());
      Set<InclusionReason> reasons = EnumSet.noneOf(InclusionReason.class);
      StringBuilder why = new StringBuilder();
      if (!rs.isEmpty()) {
        reasons.add(InclusionReason.RISK_TREATMENT);
        why.append("Selected in the risk treatment plan for ").append(join(rs)).append(". ");
      }
      List<RequirementId> reqIds = new ArrayList<>();
      for (Requirement q : qs) {
        reqIds.add(q.id());
        if (q.type() == RequirementType.LEGAL || q.type() == RequirementType.REGULATORY) {
          reasons.add(InclusionReason.LEGAL);
        } else if (q.type() == RequirementType.CONTRACTUAL) {
          reasons.add(InclusionReason.CONTRACTUAL);
        } else {
          reasons.add(InclusionReason.BUSINESS);
        }
      }
      if (!reqIds.isEmpty()) {
        why.append("Addresses requirements ").append(join(reqIds)).append(". ");
      }
      if (reasons.isEmpty()) {
        reasons.add(InclusionReason.BEST_PRACTICE);
        why.append(BASELINE.getOrDefault(c.value(), "Baseline good practice for a cloud-hosted SaaS"
            + " provider of this size; included after comparison with Annex A."));
      }
      b.addEntries(SoaEntry.builder()
          .control(c)
          .applicable(true)
          .addAllReasons(reasons)
          .justification(why.toString().strip())
          .implementationStatus(status(c))
          .addAllRisks(rs)
          .addAllRequirements(reqIds)
          .owner(controlOwner(c))
          .lastReviewed(m(2))
          .build());
    }
    return b.build();
  }

  private static String join(Iterable<? extends Object> ids) {
    StringBuilder s = new StringBuilder();
    for (Object id : ids) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(id);
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // 9.1 Metrics and measurements

  private List<Metric> metrics() {
    return List.of(
        metric("MET-AWARE", "Awareness training completion", "Share of in-scope staff who completed the"
            + " annual awareness training", "Completed / in-scope staff from the e-learning platform",
            QUARTERLY, HR, ISMS_MGR, "%", 95, true, "OBJ-1", "A.6.3", "PR-COMP"),
        metric("MET-PATCH", "Vulnerability remediation within SLA", "Share of critical and high findings"
            + " remediated within 14 days", "Closed within SLA / due in month, from the scanner",
            MONTHLY, ITOPS, CISO, "%", 95, true, "OBJ-2", "A.8.8", "PR-OPS"),
        metric("MET-PHISH", "Phishing simulation click rate", "Share of recipients who clicked the link"
            + " in the quarterly simulation", "Clicks / delivered simulation e-mails", QUARTERLY, SECENG,
            CISO, "%", 5, false, "OBJ-3", "A.6.3", "PR-COMP"),
        metric("MET-AVAIL", "Platform availability", "Monthly availability of the Northwind Insights API"
            + " and UI", "External synthetic checks every minute, excluding announced maintenance",
            MONTHLY, ITOPS, CTO, "%", 99.9, true, "OBJ-4", "A.8.14", "PR-OPS"),
        metric("MET-MTTR", "Mean time to resolve security incidents", "Mean hours from report to"
            + " resolution of security incidents", "Average over incidents closed in the quarter",
            QUARTERLY, SECENG, CISO, "hours", 24, false, "", "A.5.26", "PR-INC"),
        metric("MET-BACKUP", "Backup restore test success", "Share of quarterly restore tests that met"
            + " the recovery objectives", "Successful tests / scheduled tests", QUARTERLY, ITOPS, CTO,
            "%", 100, true, "", "A.8.13", "PR-OPS"),
        metric("MET-ACCREV", "Access reviews on time", "Share of quarterly access reviews completed by"
            + " the deadline", "Completed campaigns / scheduled campaigns in the identity provider",
            QUARTERLY, ITOPS, ISMS_MGR, "%", 100, true, "OBJ-6", "A.5.18", "PR-ACC"),
        metric("MET-SOA", "Applicable controls implemented", "Share of applicable SoA controls that are"
            + " fully implemented", "Implemented / applicable entries in the SoA", QUARTERLY, ISMS_MGR,
            CISO, "%", 100, true, "OBJ-5", "", "PR-RISK"));
  }

  private static Metric metric(
      String id, String name, String description, String method, Period frequency, PersonId measuredBy,
      PersonId evaluatedBy, String unit, double target, boolean higherIsBetter, String objective,
      String control, String process) {
    var b = Metric.builder()
        .id(MetricId.of(id))
        .name(name)
        .description(description)
        .method(method)
        .frequency(frequency)
        .measuredBy(measuredBy)
        .evaluatedBy(evaluatedBy)
        .unit(unit)
        .target(target)
        .higherIsBetter(higherIsBetter)
        .process(ProcessId.of(process));
    if (!objective.isEmpty()) {
      b.objective(ObjectiveId.of(objective));
    }
    if (!control.isEmpty()) {
      b.control(ControlId.of(control));
    }
    return b.build();
  }

  private List<Measurement> measurements() {
    List<Measurement> out = new ArrayList<>();
    // oldest first
    series(out, "MET-PATCH", ITOPS, CISO, 1, 95, true,
        82, 85, 88, 90, 91, 93, 89, 94, 95, 96, 96, 97);
    series(out, "MET-AVAIL", ITOPS, CTO, 1, 99.9, true,
        99.95, 99.97, 99.82, 99.99, 99.96, 99.93, 99.98, 99.99, 99.97, 99.99, 99.98, 99.99);
    series(out, "MET-AWARE", HR, ISMS_MGR, 3, 95, true, 62, 81, 93, 97);
    series(out, "MET-PHISH", SECENG, CISO, 3, 5, false, 14.0, 9.5, 6.8, 4.2);
    series(out, "MET-MTTR", SECENG, CISO, 3, 24, false, 40, 31, 22, 18);
    series(out, "MET-BACKUP", ITOPS, CTO, 3, 100, true, 100, 75, 100, 100);
    series(out, "MET-ACCREV", ITOPS, ISMS_MGR, 3, 100, true, 75, 100, 100, 100);
    series(out, "MET-SOA", ISMS_MGR, CISO, 3, 100, true, 71, 84, 93, 98);
    return out;
  }

  private void series(
      List<Measurement> out, String metric, PersonId measuredBy, PersonId evaluatedBy, int months,
      double target, boolean higherIsBetter, double... values) {
    int n = values.length;
    // the same day of month (at most the 28th) every period, so periods are exactly one apart
    LocalDate base = asOf.minusDays(3);
    LocalDate latest = base.withDayOfMonth(Math.min(base.getDayOfMonth(), 28));
    for (int k = 0; k < n; k++) {
      int periodsAgo = n - 1 - k;
      LocalDate on = latest.minusMonths((long) periodsAgo * months);
      double value = values[k];
      boolean met = higherIsBetter ? value >= target : value <= target;
      String eval = met
          ? "Target met (" + fmt(value) + " against " + fmt(target) + ")"
          : "Target missed (" + fmt(value) + " against " + fmt(target) + "); causes analysed and"
              + " actions agreed by the metric owner";
      out.add(Measurement.builder()
          .id(MeasurementId.of(metric + "-" + String.format(java.util.Locale.ROOT, "%02d", k + 1)))
          .metric(MetricId.of(metric))
          .measuredOn(on)
          .value(value)
          .measuredBy(measuredBy)
          .evaluation(Evaluation.of(eval + " [evaluated by " + evaluatedBy + "]", on.plusDays(2)))
          .build());
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  // ---------------------------------------------------------------------------------------------
  // 9.2 Internal audit

  private static final AuditProgrammeId PROGRAMME = AuditProgrammeId.of("AP-1");

  /** The programme of the first cycle, which led to the initial certification. */
  private static final AuditProgrammeId PROGRAMME_0 = AuditProgrammeId.of("AP-0");

  private List<AuditProgramme> auditProgrammes() {
    AuditProgramme first = AuditProgramme.builder()
        .id(PROGRAMME_0)
        .name("Internal audit programme 2024/25 (initial certification)")
        .start(m(LAUNCH))
        .end(m(12, -1))
        .interval(ANNUAL)
        .owner(ISMS_MGR)
        .methods("One full-scope audit of all clauses and applicable controls before the stage 1 audit, by the"
            + " contracted ISMS auditor with an internal co-auditor")
        .reporting("Written report to the executive board within two weeks")
        .riskBasis("A first programme: every process once, the processes that carry the top risks of the risk"
            + " register audited in depth")
        .addPriorities(priority("PR-RISK", Importance.HIGH, "Risk assessment and treatment underpin the SoA"),
            priority("PR-OPS", Importance.HIGH, "Operation of the platform carries the top risks"),
            priority("PR-DOC", Importance.MEDIUM, "Documented information is new and not yet proven"))
        .approvedBy(CEO)
        .build();
    var current = AuditProgramme.builder()
        .id(PROGRAMME)
        .name("Internal audit programme 2025/26 (first year of the certificate)")
        .start(m(11))
        .end(ahead(1))
        .interval(ANNUAL)
        .owner(ISMS_MGR)
        .methods("Document review, interviews, sampling of records and technical configuration checks;"
            + " three audits a year covering all clauses and applicable controls, weighted by risk")
        .reporting("Written report to the audited managers, the CISO and the executive board within"
            + " two weeks")
        .approvedBy(CEO);
    if (!gaps) {
      // the basis the surveillance audit found missing (finding EF-3-1, nonconformity NC-4)
      current.riskBasis("Processes weighted by the risks they carry and by the findings of the previous audits"
              + " and of the certification audits")
          .addPriorities(priority("PR-OPS", Importance.HIGH, "Carries the top risks of the register"),
              priority("PR-SUP", Importance.HIGH, "Stage 2 finding EF-2-1 on supplier agreements"),
              priority("PR-COMP", Importance.MEDIUM, "New joiners in engineering"));
    }
    return List.of(first, current.build());
  }

  private static io.ismskit.core.assurance.AuditPriority priority(String process, Importance importance,
      String rationale) {
    return io.ismskit.core.assurance.AuditPriority.builder().process(ProcessId.of(process)).importance(importance)
        .rationale(rationale).build();
  }

  private List<ClauseId> clausesOf(int... topLevels) {
    List<ClauseId> out = new ArrayList<>();
    for (Clause c : iso.clauses()) {
      for (int t : topLevels) {
        if (c.id().topLevel() == t) {
          out.add(c.id());
        }
      }
    }
    return out;
  }

  private List<ControlId> applicableControls(String prefix) {
    List<ControlId> out = new ArrayList<>();
    for (ControlId c : soaControls()) {
      if (applicable(c) && c.value().startsWith(prefix)) {
        out.add(c);
      }
    }
    return out;
  }

  private List<InternalAudit> audits() {
    List<ControlId> a3 = new ArrayList<>(applicableControls("A.8."));
    a3.addAll(applicableControls("CLD."));
    List<ControlId> a2 = new ArrayList<>(applicableControls("A.6."));
    a2.addAll(applicableControls("A.7."));
    List<ControlId> all = new ArrayList<>();
    for (ControlId c : soaControls()) {
      if (applicable(c)) {
        all.add(c);
      }
    }
    return List.of(
        audit("AUD-0", PROGRAMME_0, clausesOf(4, 5, 6, 7, 8, 9, 10), all,
            List.of("PR-CTX", "PR-LEAD", "PR-RISK", "PR-OBJ", "PR-CHG", "PR-COMP", "PR-COMMS", "PR-DOC", "PR-OPS",
                "PR-ACC", "PR-SUP", "PR-INC", "PR-AUDIT", "PR-MR", "PR-IMP"),
            m(15), List.of(EXT_AUDITOR, AUDITOR_FIN), List.of(CEO, ISMS_MGR, CISO, ITOPS, PLAT, HR), "DOC-AUDREP-0"),
        audit("AUD-1", clausesOf(4, 5, 6), applicableControls("A.5."),
            List.of("PR-CTX", "PR-LEAD", "PR-RISK", "PR-OBJ", "PR-CHG", "PR-SUP"),
            m(8), List.of(AUDITOR_FIN, AUDITOR_PM), List.of(CEO, ISMS_MGR, CISO, DPO, CFO), "DOC-AUDREP-1"),
        audit("AUD-2", clausesOf(7, 8), a2,
            List.of("PR-COMP", "PR-COMMS", "PR-DOC", "PR-OPS", "PR-ACC", "PR-INC"),
            m(6), List.of(AUDITOR_FIN), List.of(HR, ISMS_MGR, ITOPS, CISO, PLAT), "DOC-AUDREP-2"),
        audit("AUD-3", clausesOf(9, 10), a3,
            List.of("PR-AUDIT", "PR-MR", "PR-IMP", "PR-OPS"),
            m(4), List.of(EXT_AUDITOR), List.of(ISMS_MGR, CISO, ITOPS, PLAT, DATA), "DOC-AUDREP-3"));
  }

  private InternalAudit audit(
      String id, List<ClauseId> clauses, List<ControlId> controls, List<String> processes, LocalDate on,
      List<PersonId> auditors, List<PersonId> auditees, String report) {
    return audit(id, PROGRAMME, clauses, controls, processes, on, auditors, auditees, report);
  }

  private InternalAudit audit(
      String id, AuditProgrammeId programme, List<ClauseId> clauses, List<ControlId> controls,
      List<String> processes, LocalDate on, List<PersonId> auditors, List<PersonId> auditees, String report) {
    var b = InternalAudit.builder()
        .id(AuditId.of(id))
        .programme(programme)
        .addAllClauses(clauses)
        .addAllControls(controls)
        .addCriteria("ISO/IEC 27001:2022 incl. Amd 1:2024", "Northwind information security policy and"
            + " topic-specific policies", "Statement of Applicability " + SOA_VERSION)
        .addCriteriaPolicies(PolicyId.of("POL-IS"))
        .scope("The ISMS as the scope statement defines it, for the clauses, controls and processes listed")
        .plannedOn(on.minusDays(2))
        .addAllAuditors(auditors)
        .addAllAuditees(auditees)
        .progress(AuditProgress.reported(on, on.plusDays(12)))
        .report(doc(report))
        .addReportedTo(CEO, CTO, CISO, ISMS_MGR);
    for (String p : processes) {
      b.addProcesses(ProcessId.of(p));
    }
    for (PersonId auditor : auditors) {
      // each auditor's competence (their competence records) and independence (9.2.2 b)
      var member = io.ismskit.core.assurance.AuditTeamMember.builder().person(auditor)
          .independence(auditor.equals(EXT_AUDITOR) ? "External contractor with no role in the ISMS"
              : "Audits only processes outside their own unit and duties");
      for (CompetenceRecord c : competences) {
        if (c.person().equals(auditor)) {
          member.addCompetence(c.id());
        }
      }
      b.addTeam(member.build());
    }
    return b.build();
  }

  private List<AuditFinding> findings() {
    return List.of(
        AuditFinding.builder().id(FindingId.of("F-0-1")).audit(AuditId.of("AUD-0"))
            .type(FindingType.OBSERVATION).clause(clause("8.3"))
            .description("Three treatment actions of the first risk treatment plan had no due date; dates"
                + " were set before the stage 1 audit")
            .build(),
        AuditFinding.builder().id(FindingId.of("F-0-2")).audit(AuditId.of("AUD-0"))
            .type(FindingType.OPPORTUNITY_FOR_IMPROVEMENT).clause(clause("7.3"))
            .description("Awareness completion is tracked by hand; the e-learning platform could report it")
            .build(),
        AuditFinding.builder().id(FindingId.of("F-1-1")).audit(AuditId.of("AUD-1"))
            .type(FindingType.OBSERVATION).clause(clause("6.2"))
            .description("Two objectives had no documented evaluation method at the time of the audit;"
                + " added within the week")
            .build(),
        AuditFinding.builder().id(FindingId.of("F-1-2")).audit(AuditId.of("AUD-1"))
            .type(FindingType.POSITIVE).control(ControlId.of("A.5.23"))
            .description("Shared responsibility matrix for every AWS service in use is complete and current")
            .build(),
        AuditFinding.builder().id(FindingId.of("F-2-1")).audit(AuditId.of("AUD-2"))
            .type(FindingType.MINOR_NONCONFORMITY).clause(clause("7.2"))
            .description("Two developers who joined during the cycle had no evidence of the secure coding"
                + " training their role requires")
            .nonconformity(NonconformityId.of("NC-1"))
            .build(),
        AuditFinding.builder().id(FindingId.of("F-2-2")).audit(AuditId.of("AUD-2"))
            .type(FindingType.OBSERVATION).control(ControlId.of("A.7.7"))
            .description("Printed customer reports left on desks in the Leipzig office overnight")
            .build(),
        AuditFinding.builder().id(FindingId.of("F-3-1")).audit(AuditId.of("AUD-3"))
            .type(FindingType.MINOR_NONCONFORMITY).control(ControlId.of("A.8.8"))
            .description("Three bastion hosts were outside automated patching; a critical OpenSSH update"
                + " was applied after 23 days instead of 14")
            .nonconformity(NonconformityId.of("NC-2"))
            .build(),
        AuditFinding.builder().id(FindingId.of("F-3-2")).audit(AuditId.of("AUD-3"))
            .type(FindingType.OPPORTUNITY_FOR_IMPROVEMENT).clause(clause("9.1"))
            .description("Metric data is collected by hand from several tools; automation would save"
                + " effort and reduce errors")
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // 9.3 Management review

  /** The review that closed the first cycle, before the certification audits. */
  private ManagementReview firstManagementReview() {
    ReviewId next = ReviewId.of("MR-1");
    return ManagementReview.builder()
        .id(ReviewId.of("MR-0"))
        .heldOn(m(14))
        .addAttendees(CEO, CTO, CFO, CISO, ISMS_MGR, DPO)
        .addAllInputs(EnumSet.allOf(ReviewInput.class))
        .addDecisions(
            ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT)
                .description("Report awareness completion from the e-learning platform instead of by hand")
                .owner(ISMS_MGR).dueDate(m(11)).improvement(ImprovementId.of("IMP-0"))
                .addFollowedUpIn(next).followUp("Done (IMP-0); completion is reported monthly since").build(),
            ReviewDecision.builder().kind(DecisionKind.RESOURCE)
                .description("Budget the certification audits and the contracted ISMS auditor (RES-EXTERNAL)")
                .owner(CFO).dueDate(m(13)).resource(ResourceId.of("RES-EXTERNAL"))
                .addFollowedUpIn(next).followUp("Provided; renewed in the 2026 budget").build(),
            ReviewDecision.builder().kind(DecisionKind.OTHER)
                .description("ISMS confirmed ready for certification; stage 1 and stage 2 audits booked with"
                    + " NordCert")
                .owner(ISMS_MGR).dueDate(m(13, 10))
                .addFollowedUpIn(next).followUp("Certificate CERT-1 issued after the stage 2 audit EA-2").build())
        .minutes(doc("DOC-MRMIN"))
        .build();
  }

  private ManagementReview managementReview() {
    return ManagementReview.builder()
        .id(ReviewId.of("MR-1"))
        .heldOn(m(2))
        .addAttendees(CEO, CTO, CFO, CISO, ISMS_MGR, DPO)
        .addAllInputs(EnumSet.allOf(ReviewInput.class))
        .addDecisions(
            ReviewDecision.builder().kind(DecisionKind.CHANGE)
                .description("Introduce phishing-resistant MFA (passkeys) for all staff")
                .owner(CISO).dueDate(ahead(3)).change(ChangeId.of("CHG-3")).build(),
            ReviewDecision.builder().kind(DecisionKind.IMPROVEMENT)
                .description("Targeted training for staff who click in phishing simulations")
                .owner(CISO).dueDate(ahead(2)).improvement(ImprovementId.of("IMP-2")).build(),
            ReviewDecision.builder().kind(DecisionKind.RESOURCE)
                .description("Fund one additional security engineer (RES-HIRE)")
                .owner(CFO).dueDate(ahead(4)).resource(ResourceId.of("RES-HIRE")).build(),
            ReviewDecision.builder().kind(DecisionKind.OTHER)
                .description("ISMS confirmed suitable, adequate and effective; prepare the first surveillance"
                    + " audit, booked with NordCert for next month")
                .owner(ISMS_MGR).dueDate(m(1, -5)).build())
        .minutes(doc("DOC-MRMIN"))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Certification (ISO/IEC 17021-1 practice, as CertificationLifecycle applies it)

  private static final CertificationBodyId BODY = CertificationBodyId.of("CB-1");
  private static final CertificateId CERTIFICATE = CertificateId.of("CERT-1");

  private static CertificationBody certificationBody() {
    return CertificationBody.builder()
        .id(BODY)
        .name("NordCert Zertifizierung GmbH (fictitious)")
        .accreditationBody("DAkkS (Deutsche Akkreditierungsstelle)")
        .accreditationNumber("D-ZM-99001-01-00 (fictitious)")
        .contact("Client manager Jana Albers, isms@nordcert.example")
        .build();
  }

  /** Issued a week after the decision, valid three years from it, naming the SoA version then in force. */
  private Certificate certificate() {
    return Certificate.builder()
        .id(CERTIFICATE)
        .number("NC-ISMS-27001-0412")
        .body(BODY)
        .scope("Development, operation, sale and support of the Northwind Insights analytics platform"
            + " (software as a service) by Northwind Analytics GmbH at its Hamburg and Leipzig offices and in"
            + " the AWS regions eu-central-1 and eu-west-1, in accordance with the Statement of Applicability"
            + " version 1.0")
        .soaVersion("1.0")
        .initialCertificationOn(certified)
        .decidedOn(certified)
        .issuedOn(certified.plusDays(7))
        .expiresOn(certified.plus(CERTIFICATE_CYCLE).minusDays(1))
        .build();
  }

  /** The three-year cycle of a certificate (as {@code CertificationLifecycle.CYCLE}). */
  private static final Period CERTIFICATE_CYCLE = Period.ofYears(3);

  private List<ExternalAudit> externalAudits() {
    return List.of(
        ExternalAudit.builder()
            .id(ExternalAuditId.of("EA-1"))
            .body(BODY)
            .type(ExternalAuditType.STAGE_1)
            .purpose("Readiness review of the documented ISMS, the scope and the plan of the stage 2 audit")
            .plannedOn(m(13, -12))
            .progress(AuditProgress.reported(m(13, -11), m(13, -7)))
            .leadAuditor("Birgit Sommer")
            .addAllClauses(clauses("4.3", "5.2", "6.1.2", "6.1.3", "6.2", "7.5.1", "9.2.2", "9.3.1"))
            .recommendation(AuditRecommendation.RECOMMENDED)
            .build(),
        ExternalAudit.builder()
            .id(ExternalAuditId.of("EA-2"))
            .body(BODY)
            .certificate(CERTIFICATE)
            .type(ExternalAuditType.STAGE_2)
            .purpose("Initial certification: effectiveness of the ISMS on site in Hamburg and Leipzig and"
                + " remotely for AWS")
            .plannedOn(m(13, 3))
            .progress(AuditProgress.reported(stage2End, m(13, 12)))
            .leadAuditor("Birgit Sommer")
            .addAllClauses(clausesOf(4, 5, 6, 7, 8, 9, 10))
            .addAllControls(controls("A.5.15", "A.5.19", "A.5.20", "A.5.23", "A.5.24", "A.6.3", "A.8.5", "A.8.8",
                "A.8.13", "A.8.15", "A.8.16", "A.8.25", "A.8.32"))
            .recommendation(AuditRecommendation.RECOMMENDED)
            .build(),
        ExternalAudit.builder()
            .id(ExternalAuditId.of("EA-3"))
            .body(BODY)
            .certificate(CERTIFICATE)
            .type(ExternalAuditType.SURVEILLANCE)
            .purpose("First surveillance audit: internal audit, management review, risk treatment, changes"
                + " (second region) and the follow-up of the stage 2 findings")
            .plannedOn(surveillanceEnd.minusDays(1))
            .progress(AuditProgress.reported(surveillanceEnd, m(1, 4)))
            .leadAuditor("Birgit Sommer")
            .addAllClauses(clauses("6.1.2", "6.1.3", "6.3", "8.1", "8.2", "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2",
                "10.2"))
            .addAllControls(controls("A.5.20", "A.5.29", "A.5.30", "A.8.8", "A.8.14"))
            .recommendation(AuditRecommendation.RECOMMENDED)
            .build());
  }

  private List<ExternalFinding> externalFindings() {
    LocalDate stage1 = m(13, -11);
    return List.of(
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-1-1")).audit(ExternalAuditId.of("EA-1"))
            .grade(FindingGrade.OPPORTUNITY).clause(clause("6.1.3"))
            .description("Area of concern for stage 2: three treatment actions carried no due date")
            .raisedOn(stage1).responseDue(stage1.plusDays(30))
            .build(),
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-1-2")).audit(ExternalAuditId.of("EA-1"))
            .grade(FindingGrade.OPPORTUNITY).control(ControlId.of("A.5.20"))
            .description("Area of concern for stage 2: security requirements in older supplier contracts")
            .raisedOn(stage1).responseDue(stage1.plusDays(30))
            .build(),
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-2-1")).audit(ExternalAuditId.of("EA-2"))
            .grade(FindingGrade.MINOR).control(ControlId.of("A.5.20"))
            .description("The payroll provider's contract carried no information security requirements")
            .raisedOn(stage2End).responseDue(stage2End.plusDays(30))
            .nonconformity(NonconformityId.of("NC-0"))
            .response(FindingResponse.accepted(m(12, -12), m(12, -4)))
            .build(),
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-2-2")).audit(ExternalAuditId.of("EA-2"))
            .grade(FindingGrade.OPPORTUNITY).clause(clause("9.1"))
            .description("Metric data is collected by hand from several tools")
            .raisedOn(stage2End).responseDue(stage2End.plusDays(30))
            .build(),
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-3-1")).audit(ExternalAuditId.of("EA-3"))
            .grade(FindingGrade.MINOR).clause(clause("9.2.2"))
            .description("The internal audit programme AP-1 states no basis and does not weigh processes by"
                + " their importance or by the results of previous audits")
            .raisedOn(surveillanceEnd).responseDue(surveillanceEnd.plusDays(30))
            .nonconformity(NonconformityId.of("NC-4"))
            .response(FindingResponse.accepted(m(0, -12), m(0, -5)))
            .build(),
        ExternalFinding.builder()
            .id(ExternalFindingId.of("EF-3-2")).audit(ExternalAuditId.of("EA-3"))
            .grade(FindingGrade.OPPORTUNITY).control(ControlId.of("A.5.22"))
            .description("Supplier monitoring could use the providers' own assurance reports more systematically")
            .raisedOn(surveillanceEnd).responseDue(surveillanceEnd.plusDays(30))
            .build());
  }

  // ---------------------------------------------------------------------------------------------
  // A.5.19-A.5.23 Suppliers; 8.1 evidence; 5.2 policy exceptions

  private static final Period SUPPLIER_REVIEW = ANNUAL;

  private List<Supplier> suppliers() {
    List<Supplier> out = new ArrayList<>();
    out.add(Supplier.builder()
        .id(SupplierId.of("SUP-AWS")).name("Amazon Web Services EMEA SARL").owner(ITOPS)
        .criticality(SupplierCriticality.CRITICAL).informationAccess(Classification.RESTRICTED)
        .interestedParty(InterestedPartyId.of("IP-AWS"))
        .addProvides(SupplierService.builder()
            .description("Compute, network and storage for the production platform and its backups (EC2, VPC, S3)")
            .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.IAAS).process(ProcessId.of("PR-OPS"))
            .addAssets(a("A-AWS"), a("A-BASTION"), a("A-VPC"), a("A-S3BACKUP"))
            .addLocations("eu-central-1 (Frankfurt)", "eu-west-1 (Ireland)").build())
        .addProvides(SupplierService.builder()
            .description("Managed Kubernetes, database and key management (EKS, RDS for PostgreSQL, KMS)")
            .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.PAAS).process(ProcessId.of("PR-OPS"))
            .addAssets(a("A-EKS"), a("A-PLATFORM-DB"), a("A-KMS"))
            .addLocations("eu-central-1 (Frankfurt)", "eu-west-1 (Ireland)").build())
        .addAgreements(SupplierAgreement.builder()
            .reference("AWS-CA").title("AWS Customer Agreement, Service Terms and AWS GDPR Data Processing Addendum")
            .signedOn(m(30))
            .addSecurityRequirements(
                "Shared responsibility: AWS secures the cloud infrastructure, Northwind its accounts,"
                    + " configurations, workloads and data",
                "Customer data processed only in the regions Northwind selects (eu-central-1, eu-west-1)",
                "Processor duties under GDPR Art. 28 with standard contractual clauses; sub-processor changes"
                    + " notified in advance",
                "Security incidents affecting customer data notified without undue delay",
                "Independent assurance made available: ISO/IEC 27001, 27017 and 27018 certificates and SOC 2"
                    + " Type II reports through AWS Artifact")
            .addRequirements(req("REQ-AWS-SRM"))
            .addControls(ControlId.of("A.5.20"), ControlId.of("A.5.23"))
            .document(doc("DOC-EXT-AWS")).lastReviewed(m(2))
            .exitProvision("Termination on 30 days' notice; content retrievable through the AWS APIs until then,"
                + " deleted by AWS afterwards; the exit plan restores the platform from the nightly exports to"
                + " another provider, rehearsed at the yearly continuity exercise")
            .build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.CERTIFICATE_REVIEW).performedOn(m(14)).performedBy(CISO)
            .outcome(AssessmentOutcome.ACCEPTABLE)
            .summary("ISO/IEC 27001 certificate and SOC 2 Type II report reviewed before the first certification:"
                + " scope covers the services and regions used; complementary user entity controls mapped")
            .report(doc("DOC-REC-SUPREV")).build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.CERTIFICATE_REVIEW).performedOn(m(2)).performedBy(CISO)
            .outcome(AssessmentOutcome.ACCEPTABLE)
            .summary("Current SOC 2 Type II report (twelve-month period) and ISO/IEC 27001 certificate reviewed:"
                + " no exceptions in the services used; complementary user entity controls still met")
            .report(doc("DOC-EXT-AWS")).build())
        .reviewInterval(SUPPLIER_REVIEW)
        .addRisks(RiskId.of("R-06"), RiskId.of("R-09"))
        .addControls(ControlId.of("A.5.19"), ControlId.of("A.5.20"), ControlId.of("A.5.22"), ControlId.of("A.5.23"))
        .since(m(30)).securityContact("AWS Enterprise Support case and aws-security@amazon.com")
        .build());
    out.add(Supplier.builder()
        .id(SupplierId.of("SUP-MS")).name("Microsoft Ireland Operations Ltd").owner(ITOPS)
        .criticality(SupplierCriticality.HIGH).informationAccess(Classification.CONFIDENTIAL)
        .addProvides(SupplierService.builder()
            .description("Identity provider: single sign-on, MFA and conditional access (Microsoft Entra ID)")
            .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.SAAS).process(ProcessId.of("PR-ACC"))
            .addAssets(a("A-IDP")).addLocations("EU Data Boundary").build())
        .addProvides(SupplierService.builder()
            .description("Mail, collaboration and endpoint management (Microsoft 365, Intune)")
            .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.SAAS)
            .addAssets(a("A-M365"), a("A-MDM")).addLocations("EU Data Boundary").build())
        .addAgreements(SupplierAgreement.builder()
            .reference("MS-MCA").title("Microsoft Customer Agreement with the Products and Services Data Protection"
                + " Addendum")
            .signedOn(m(26))
            .addSecurityRequirements(
                "Processor duties under GDPR Art. 28; data stored and processed within the EU Data Boundary",
                "Security incidents notified without undue delay",
                "ISO/IEC 27001 certificate and SOC 2 Type II reports available in the Service Trust Portal")
            .addControls(ControlId.of("A.5.20"), ControlId.of("A.5.23"))
            .lastReviewed(m(5))
            .exitProvision("Data retained for 90 days after the subscription ends for export, then deleted;"
                + " mailboxes and files exported to the archive and identities moved under the exit plan")
            .build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.CERTIFICATE_REVIEW).performedOn(m(5)).performedBy(ITOPS)
            .outcome(AssessmentOutcome.ACCEPTABLE)
            .summary("ISO/IEC 27001 certificate and SOC 2 Type II report of Entra ID and Microsoft 365 reviewed;"
                + " tenant security defaults and the secure score checked against the access control policy")
            .report(doc("DOC-REC-SUPREV")).build())
        .reviewInterval(SUPPLIER_REVIEW)
        .addRisks(RiskId.of("R-02"), RiskId.of("R-22"))
        .addControls(ControlId.of("A.5.19"), ControlId.of("A.5.20"), ControlId.of("A.5.22"), ControlId.of("A.5.23"))
        .since(m(26)).securityContact("Microsoft 365 admin center service requests")
        .build());
    out.add(Supplier.builder()
        .id(SupplierId.of("SUP-PAYROLL")).name("Hanse Lohnservice GmbH").owner(HR)
        .criticality(SupplierCriticality.HIGH).informationAccess(Classification.CONFIDENTIAL)
        .interestedParty(InterestedPartyId.of("IP-PAYROLL"))
        .addProvides(SupplierService.builder()
            .description("Monthly payroll, payslips and tax and social security filings")
            .kind(ProvisionKind.SERVICE).addAssets(a("A-BP-PAYROLL"), a("A-HRDATA")).addLocations("Hamburg").build())
        .addAgreements(SupplierAgreement.builder()
            .reference("HL-SVC").title("Payroll service contract").signedOn(m(40)).build())
        .addAgreements(SupplierAgreement.builder()
            .reference("HL-SEC").title("Data processing agreement and information security annex")
            .signedOn(m(12, -12))
            .addSecurityRequirements(
                "Payroll data exchanged only through the provider's encrypted portal with MFA",
                "Processor duties under GDPR Art. 28; breaches notified within 24 hours",
                "Annual evidence of the provider's information security certification",
                "Right to audit on notice")
            .addRequirements(req("REQ-PAYROLL"))
            .addControls(ControlId.of("A.5.14"), ControlId.of("A.5.20"))
            .rightToAudit(true).document(doc("DOC-REC-SUPREV")).lastReviewed(m(3)).build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.PERIODIC_REVIEW).performedOn(m(3)).performedBy(HR)
            .outcome(AssessmentOutcome.ACCEPTABLE)
            .summary("Annual review: security questionnaire, the provider's ISO/IEC 27001 certificate and a sample"
                + " of portal access logs; no incidents reported in the year")
            .report(doc("DOC-REC-SUPREV")).build())
        .reviewInterval(SUPPLIER_REVIEW)
        .addRisks(RiskId.of("R-15"))
        .addControls(ControlId.of("A.5.19"), ControlId.of("A.5.20"), ControlId.of("A.5.22"))
        .since(m(40)).securityContact("Data protection officer of the provider")
        .build());
    out.add(Supplier.builder()
        .id(SupplierId.of("SUP-DESK")).name("Deskwerk B.V. (support ticketing SaaS)").owner(CS)
        .criticality(SupplierCriticality.MEDIUM).informationAccess(Classification.CONFIDENTIAL)
        .addProvides(SupplierService.builder()
            .description("Support ticketing and customer help centre")
            .kind(ProvisionKind.CLOUD_SERVICE).cloudModel(CloudServiceModel.SAAS)
            .addAssets(a("A-TICKET"), a("A-BP-SUPPORT")).addLocations("Amsterdam").build())
        .addAgreements(SupplierAgreement.builder()
            .reference("DW-SUB").title("Subscription terms").signedOn(m(28))
            .exitProvision("Monthly term; tickets and help centre articles exported as CSV and JSON on request,"
                + " deleted within 30 days of cancellation")
            .build())
        .addAgreements(SupplierAgreement.builder()
            .reference("DW-DPA").title("Data processing agreement with security measures annex (amended after"
                + " NC-0)")
            .signedOn(m(12, -5))
            .addSecurityRequirements(
                "Ticket data hosted in the EU and encrypted at rest",
                "SSO through Northwind's identity provider enforced for agents",
                "Breaches notified within 48 hours; sub-processor changes announced 30 days in advance")
            .addControls(ControlId.of("A.5.20"))
            .lastReviewed(m(1)).build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.PERIODIC_REVIEW).performedOn(m(12, -5)).performedBy(CS)
            .outcome(AssessmentOutcome.ACCEPTABLE_WITH_ACTIONS)
            .summary("Contract compared with the supplier security policy: security annex missing; amended")
            .report(doc("DOC-REC-SUPREV")).build())
        .addAssessments(SupplierAssessment.builder()
            .kind(AssessmentKind.SERVICE_MONITORING).performedOn(m(1)).performedBy(CS)
            .outcome(AssessmentOutcome.ACCEPTABLE)
            .summary("SOC 2 Type II bridge letter and status page history reviewed; SSO enforcement verified")
            .report(doc("DOC-REC-SUPREV")).build())
        .reviewInterval(SUPPLIER_REVIEW)
        .addRisks(RiskId.of("R-21"))
        .addControls(ControlId.of("A.5.19"), ControlId.of("A.5.20"), ControlId.of("A.5.22"))
        .since(m(28)).securityContact("security@deskwerk.example")
        .build());
    return out;
  }

  /** The day of the latest measurement of each series ({@link #series}). */
  private LocalDate lastMeasured() {
    LocalDate base = asOf.minusDays(3);
    return base.withDayOfMonth(Math.min(base.getDayOfMonth(), 28));
  }

  private List<EvidenceItem> evidenceItems() {
    LocalDate measured = lastMeasured();
    List<EvidenceItem> out = new ArrayList<>();
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-INC-1"))
        .title("Mail gateway and sign-in log extract of the phishing incident")
        .kind(EvidenceKind.LOG_EXTRACT).source("Microsoft 365 audit log")
        .period(CoveredPeriod.of(m(7, 1), m(7, 3))).collectedOn(m(7, 3))
        .collectedBy(CISO).build());
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-BCK-Q"))
        .title("Quarterly restore test of the production database and warehouse backups")
        .kind(EvidenceKind.RECORD).source("Restore test tickets and AWS Backup job reports")
        .document(doc("DOC-REC-BCKTEST")).period(CoveredPeriod.of(measured.minusMonths(3), measured))
        .collectedOn(measured).collectedBy(ITOPS).review(EvidenceReview.sufficient(CTO, measured.plusDays(2)))
        .addControlImplementations(ControlId.of("A.8.13"))
        .addMeasurements(MeasurementId.of("MET-BACKUP-04")).build());
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-ACCREV-Q"))
        .title("Quarterly access review of production, Entra ID groups and SaaS administrators")
        .kind(EvidenceKind.TICKET).source("Access review tickets with reviewer sign-off")
        .document(doc("DOC-REC-ACCREV")).period(CoveredPeriod.of(measured.minusMonths(3), measured))
        .collectedOn(measured).collectedBy(ITOPS).review(EvidenceReview.sufficient(ISMS_MGR, measured.plusDays(2)))
        .addControlImplementations(ControlId.of("A.5.18"))
        .addMeasurements(MeasurementId.of("MET-ACCREV-04")).build());
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-PATCH-M"))
        .title("Monthly vulnerability scan and patch compliance report")
        .kind(EvidenceKind.REPORT).source("Vulnerability scanner and Intune compliance reports")
        .document(doc("DOC-REC-VULN")).period(CoveredPeriod.of(measured.minusMonths(1), measured))
        .collectedOn(measured).collectedBy(ITOPS).review(EvidenceReview.sufficient(CISO, measured.plusDays(2)))
        .addControlImplementations(ControlId.of("A.8.8"))
        .addMeasurements(MeasurementId.of("MET-PATCH-12")).build());
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-MFA-CFG"))
        .title("Conditional access policies requiring MFA for all users, with the approved exceptions")
        .kind(EvidenceKind.CONFIGURATION_EXPORT).source("Microsoft Entra ID conditional access export")
        .location("Evidence library, folder A.8.5").collectedOn(m(1)).collectedBy(ITOPS)
        .review(EvidenceReview.sufficient(CISO, m(1, 2)))
        .addControlImplementations(ControlId.of("A.8.5")).addSoaEntries(ControlId.of("A.8.5")).build());
    out.add(EvidenceItem.builder().id(EvidenceId.of("EV-AWS-SOC2"))
        .title("AWS SOC 2 Type II report and ISO/IEC 27001 certificate with the review of complementary user"
            + " entity controls")
        .kind(EvidenceKind.CERTIFICATE).source("AWS Artifact")
        .document(doc("DOC-EXT-AWS")).period(CoveredPeriod.of(m(14), m(2))).collectedOn(m(2)).collectedBy(CISO)
        .review(EvidenceReview.sufficient(CFO, m(2, 5)))
        .addControlImplementations(ControlId.of("A.5.22"), ControlId.of("A.5.23"))
        .addSoaEntries(ControlId.of("A.5.22"), ControlId.of("A.5.23")).build());
    return out;
  }

  private List<PolicyException> policyExceptions() {
    return List.of(PolicyException.builder()
        .id(PolicyExceptionId.of("PEX-1"))
        .policy(PolicyId.of("POL-AC"))
        .addControls(ControlId.of("A.8.5"))
        .description("The accounting system cannot use single sign-on or MFA: its two finance administrators sign"
            + " in with a password until the migration to the vendor's new platform")
        .justification("The vendor moves all customers to its new platform, with SSO, by a fixed date; a change"
            + " of accounting system before the annual closing is not reasonable")
        .compensatingMeasures("Access allowed only from the company VPN; unique generated passwords in the"
            + " password manager; sign-in log reviewed monthly by IT operations")
        .addAssets(a("A-ERP"), a("A-FIN"))
        .addRisks(RiskId.of("R-22"))
        .requestedBy(CFO)
        .approval(Approval.of(CISO, m(4)))
        .validFrom(m(4))
        .expiresOn(ahead(3))
        .build());
  }

  // ---------------------------------------------------------------------------------------------
  // 10 Nonconformities, corrective actions, improvements; 6.3 changes; incidents

  private List<Nonconformity> nonconformities() {
    return List.of(
        Nonconformity.builder()
            .id(NonconformityId.of("NC-0"))
            .source(NonconformitySource.EXTERNAL_AUDIT)
            .grade(Nonconformity.Grade.MINOR)
            .description("The payroll provider's contract had no information security annex (stage 2 finding"
                + " EF-2-1)")
            .control(ControlId.of("A.5.20"))
            .raisedOn(stage2End)
            .owner(CFO)
            .correction("Security annex with the payroll provider signed")
            .correctedOn(m(12, -12))
            .rootCause("Contracts signed before the ISMS existed were never compared with the supplier security"
                + " policy")
            .similarCheck("All supplier contracts reviewed against the policy: one more (the ticketing SaaS)"
                + " amended")
            .dueDate(m(9))
            .progress(NonconformityProgress.closed(m(8)))
            .build(),
        Nonconformity.builder()
            .id(NonconformityId.of("NC-1"))
            .source(NonconformitySource.INTERNAL_AUDIT)
            .grade(Nonconformity.Grade.MINOR)
            .description("Missing competence evidence (secure coding) for two developers (finding F-2-1)")
            .clause(clause("7.2"))
            .finding(FindingId.of("F-2-1"))
            .raisedOn(m(6, 1))
            .owner(HR)
            .correction("Both developers completed the secure coding course; records added")
            .correctedOn(m(5, 10))
            .rootCause("The engineering onboarding checklist did not include the role-specific training;"
                + " HR onboarding and role assignment were not linked")
            .similarCheck("Competence records of all role holders compared with role requirements: no"
                + " further gaps")
            .dueDate(m(4))
            .progress(NonconformityProgress.closed(m(4, 10)))
            .build(),
        Nonconformity.builder()
            .id(NonconformityId.of("NC-2"))
            .source(NonconformitySource.INTERNAL_AUDIT)
            .grade(Nonconformity.Grade.MINOR)
            .description("Critical patch on bastion hosts applied outside the 14-day SLA (finding F-3-1)")
            .control(ControlId.of("A.8.8"))
            .finding(FindingId.of("F-3-1"))
            .raisedOn(m(4, 1))
            .owner(ITOPS)
            .correction("Bastion hosts patched and added to the patch compliance report")
            .correctedOn(m(4, 3))
            .rootCause("Bastion hosts were built by hand outside the infrastructure-as-code pipeline and so"
                + " missed automated patching")
            .similarCheck("All EC2 instances compared with the patch management inventory: two more"
                + " hand-built hosts found and added")
            .dueDate(ahead(1))
            .progress(NonconformityProgress.of(NonconformityStatus.ACTION_IN_PROGRESS))
            .build(),
        Nonconformity.builder()
            .id(NonconformityId.of("NC-3"))
            .source(NonconformitySource.INCIDENT)
            .grade(Nonconformity.Grade.MINOR)
            .description("A shared mailbox account was exempt from MFA, against the access control policy;"
                + " revealed by incident INC-1")
            .control(ControlId.of("A.8.5"))
            .incident(IncidentId.of("INC-1"))
            .raisedOn(m(7, 2))
            .owner(ITOPS)
            .correction("MFA enforced for the account and its password reset")
            .correctedOn(m(7, 2))
            .rootCause("Conditional access exceptions created during the Microsoft 365 migration were"
                + " never reviewed")
            .similarCheck("All conditional access exceptions reviewed: two service accounts converted to"
                + " workload identities")
            .dueDate(m(6))
            .progress(NonconformityProgress.closed(m(5)))
            .build(),
        Nonconformity.builder()
            .id(NonconformityId.of("NC-4"))
            .source(NonconformitySource.EXTERNAL_AUDIT)
            .grade(Nonconformity.Grade.MINOR)
            .description("The internal audit programme AP-1 states no basis and weighs no process by"
                + " importance or previous results (surveillance finding EF-3-1)")
            .clause(clause("9.2.2"))
            .raisedOn(surveillanceEnd)
            .owner(ISMS_MGR)
            .correction("Priorities of the audits left in the programme year set from the risk register and"
                + " the open findings, agreed with the CISO")
            .correctedOn(m(0, -20))
            .rootCause("The programme was carried over from the initial certification without its basis"
                + " section, and the programme has no review step of its own")
            .similarCheck("The other ISMS plans (objectives, communication plan) reviewed: each states its basis")
            .dueDate(ahead(2))
            .progress(NonconformityProgress.of(NonconformityStatus.ACTION_IN_PROGRESS))
            .build());
  }

  private List<CorrectiveAction> correctiveActions() {
    return List.of(
        CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-0"))
            .nonconformity(NonconformityId.of("NC-0"))
            .description("Add a security requirements step to supplier onboarding and review every supplier"
                + " contract against the supplier security policy once a year")
            .owner(CFO)
            .dueDate(m(10))
            .completedOn(m(10, -5))
            .effectivenessReview(EffectivenessReview.builder().reviewedOn(m(8)).reviewedBy(ISMS_MGR).effective(true)
                .notes("Two suppliers onboarded since, both with the security annex before signature").build())
            .build(),
        CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-1"))
            .nonconformity(NonconformityId.of("NC-1"))
            .description("Link role assignment in the HR system to the required trainings; monthly"
                + " competence gap report to the ISMS manager")
            .owner(HR)
            .dueDate(m(4))
            .completedOn(m(5))
            .effectivenessReview(EffectivenessReview.builder().reviewedOn(m(4, 10)).reviewedBy(ISMS_MGR).effective(true).notes("Three months of gap reports reviewed: all new role holders trained before taking up"
                    + " the role").build())
            .change(ChangeId.of("CHG-1"))
            .build(),
        CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-2"))
            .nonconformity(NonconformityId.of("NC-2"))
            .description("Replace hand-built bastion hosts with AWS Systems Manager Session Manager and"
                + " block EC2 instances not built by the pipeline")
            .owner(ITOPS)
            .dueDate(ahead(1))
            .build(),
        CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-3"))
            .nonconformity(NonconformityId.of("NC-3"))
            .description("Quarterly review of conditional access exceptions added to the access review"
                + " campaign")
            .owner(ITOPS)
            .dueDate(m(6))
            .completedOn(m(6, -5))
            .effectivenessReview(EffectivenessReview.builder().reviewedOn(m(5)).reviewedBy(CISO).effective(true).notes("Next quarterly review found no unapproved exceptions").build())
            .build(),
        CorrectiveAction.builder()
            .id(CorrectiveActionId.of("CA-4"))
            .nonconformity(NonconformityId.of("NC-4"))
            .description("Revise the audit programme procedure: a basis section, priorities per process from the"
                + " risk register and previous findings, and a yearly review of the programme; re-approve AP-1")
            .owner(ISMS_MGR)
            .dueDate(ahead(2))
            .build());
  }

  private List<Improvement> improvements() {
    return List.of(
        Improvement.builder()
            .id(ImprovementId.of("IMP-0"))
            .description("Report awareness completion from the e-learning platform instead of collecting it"
                + " by hand")
            .source("Internal audit AUD-0, opportunity for improvement F-0-2; decided in management review MR-0")
            .finding(FindingId.of("F-0-2"))
            .review(ReviewId.of("MR-0"))
            .raisedOn(m(14))
            .owner(ISMS_MGR)
            .progress(ActionProgress.done(m(12, 5)))
            .outcome("Monthly completion report from the platform; the figures feed MET-AWARE")
            .build(),
        Improvement.builder()
            .id(ImprovementId.of("IMP-1"))
            .description("Automate collection of metric data from the scanner, SIEM and ticketing system"
                + " into a dashboard")
            .source("Internal audit AUD-3, opportunity for improvement F-3-2")
            .raisedOn(m(4, 12))
            .owner(ISMS_MGR)
            .progress(ActionProgress.done(m(2, -10)))
            .outcome("About six hours a month saved; no transcription errors since")
            .build(),
        Improvement.builder()
            .id(ImprovementId.of("IMP-2"))
            .description("Targeted micro-training for staff who click in phishing simulations")
            .source("Management review MR-1")
            .raisedOn(m(2))
            .owner(CISO)
            .progress(ActionProgress.inProgress())
            .build(),
        Improvement.builder()
            .id(ImprovementId.of("IMP-3"))
            .description("Lock screen after 5 minutes and locked print release in the Leipzig office")
            .source("Internal audit AUD-2, observation F-2-2")
            .raisedOn(m(6, 12))
            .owner(CFO)
            .progress(ActionProgress.done(m(5)))
            .outcome("No printed customer reports found in the follow-up walk-through")
            .build());
  }

  private List<PlannedChange> changes() {
    return List.of(
        PlannedChange.builder()
            .id(ChangeId.of("CHG-1"))
            .description("Role-based training requirements enforced in the onboarding workflow")
            .reason("Corrective action CA-1 for nonconformity NC-1")
            .trigger(ChangeTrigger.CORRECTIVE_ACTION)
            .impact("Competence process (7.2) changed; no change to risks, scope or SoA")
            .responsible(HR)
            .approval(Approval.of(ISMS_MGR, m(6, 10)))
            .plannedFor(m(5))
            .completedOn(m(5))
            .build(),
        PlannedChange.builder()
            .id(ChangeId.of("CHG-2"))
            .description("Multi-region deployment: warm standby of the platform and warehouse in AWS"
                + " eu-west-1 with automated failover")
            .reason("Risk assessment: regional outage risk R-09 above the acceptance criteria; SLA"
                + " commitments to customers")
            .trigger(ChangeTrigger.RISK_ASSESSMENT)
            .impact("New processing location in scope, new network paths and replication; risks R-09"
                + " and R-10 re-assessed after completion")
            .significant(true)
            .addAllAssets(assets("A-AWS", "A-PLATFORM", "A-DWH", "A-VPC"))
            .addRisks(RiskId.of("R-09"), RiskId.of("R-10"))
            .addAllControls(controls("A.8.14", "A.5.30"))
            .responsible(ITOPS)
            .approval(Approval.of(CTO, m(5)))
            .plannedFor(m(3))
            .completedOn(m(2, -14))
            .build(),
        PlannedChange.builder()
            .id(ChangeId.of("CHG-3"))
            .description("Phishing-resistant MFA (passkeys) for all staff")
            .reason("Management review MR-1 decision after phishing incident INC-1")
            .trigger(ChangeTrigger.MANAGEMENT_REVIEW)
            .impact("Lowers the likelihood of R-02; access control policy to be updated")
            .addRisks(RiskId.of("R-02"))
            .addAllControls(controls("A.8.5", "A.5.17"))
            .responsible(CISO)
            .approval(Approval.of(CEO, m(2)))
            .plannedFor(ahead(3))
            .build());
  }

  private List<Incident> incidents() {
    return List.of(
        Incident.builder()
            .id(IncidentId.of("INC-1"))
            .title("Phishing: credentials of a shared mailbox captured")
            .occurredOn(m(7, 1))
            .reportedOn(m(7, 1))
            .severity(Incident.Severity.MEDIUM)
            .addAllAssets(assets("A-M365", "A-CONTRACTS"))
            .addCompromised(SecurityProperty.CONFIDENTIALITY)
            .addRisks(RiskId.of("R-02"))
            .assessedOn(m(7, 1))
            .resolvedOn(m(7, 3))
            .lessonsReviewedOn(m(6))
            .addEvidence(io.ismskit.core.id.EvidenceId.of("EV-INC-1"))
            .lessonsLearned("The shared mailbox had an MFA exception (NC-3); staff reported the mail within"
                + " 20 minutes, which limited access to one mailbox. Mailbox content held no personal data"
                + " of customers, so no breach notification was required (DPO assessment).")
            .build(),
        Incident.builder()
            .id(IncidentId.of("INC-2"))
            .title("Laptop stolen from a car")
            .occurredOn(m(5, 3))
            .reportedOn(m(5, 4))
            .severity(Incident.Severity.LOW)
            .addAssets(a("A-LAPTOPS"))
            .addCompromised(SecurityProperty.AVAILABILITY)
            .addRisks(RiskId.of("R-08"))
            .assessedOn(m(5, 4))
            .resolvedOn(m(5, 6))
            .lessonsReviewedOn(m(4))
            .lessonsLearned("Disk encryption and remote wipe worked as intended; the report came a day late"
                + " because the employee did not know the after-hours number, now printed on every laptop.")
            .build());
  }
}
