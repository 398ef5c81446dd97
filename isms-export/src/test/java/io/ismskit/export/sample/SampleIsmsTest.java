package io.ismskit.export.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import io.ismskit.core.Isms;
import io.ismskit.core.asset.Asset;
import io.ismskit.core.assurance.CorrectiveAction;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.Metric;
import io.ismskit.core.assurance.Nonconformity;
import io.ismskit.core.assurance.PlannedChange;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.base.Problem;
import io.ismskit.core.catalog.CatalogControl;
import io.ismskit.core.catalog.Clause;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.catalog.Framework;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.context.ContextIssue;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.IssueKind;
import io.ismskit.core.context.Requirement;
import io.ismskit.core.control.ControlImplementation;
import io.ismskit.core.control.SoaEntry;
import io.ismskit.core.control.StatementOfApplicability;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.IsmsDuty;
import io.ismskit.core.governance.Person;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.Role;
import io.ismskit.core.governance.RoleAssignment;
import io.ismskit.core.id.AssetId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.RiskId;
import io.ismskit.core.id.RoleId;
import io.ismskit.core.risk.Risk;
import io.ismskit.core.risk.RiskAssessment;
import io.ismskit.core.risk.RiskCriteria;
import io.ismskit.core.risk.RiskLevel;
import io.ismskit.core.risk.TreatmentOption;
import io.ismskit.risk.ScoringRegistry;
import io.ismskit.risk.methods.MatrixMethod;
import io.ismskit.risk.spi.Score;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * The Northwind sample must be a complete and valid ISMS for any date. Counts come from the
 * published facts (ISO/IEC 27001:2022: 93 Annex A controls, the ten inputs of 9.3.2, the mandatory
 * documented information of clauses 4 to 10) and from the sample's own brief (150 people); risk
 * levels are cross-checked against the independent default matrix of {@code isms-risk}.
 */
class SampleIsmsTest {
  private static final Framework ISO = Iso27001_2022.framework();

  @ParameterizedTest
  @MethodSource("dates")
  void northwind_isValid(LocalDate asOf) {
    assertValid(SampleIsms.northwind(asOf));
  }

  @Test
  void northwind_isValidForAnyDate() {
    qt().withFixedSeed(42L)
        .withExamples(40)
        .forAll(integers().between(0, 365 * 30))
        .checkAssert(d -> assertValid(SampleIsms.northwind(LocalDate.of(2020, 1, 1).plusDays(d))));
  }

  @Test
  void northwind_isDeterministic() {
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    assertThat(SampleIsms.northwind(asOf)).isEqualTo(SampleIsms.northwind(asOf));
    assertThat(SampleIsms.northwind(asOf).hashCode()).isEqualTo(SampleIsms.northwind(asOf).hashCode());
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void northwind_nullDate() {
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> SampleIsms.northwind(null))
        .withMessage("asOf");
  }

  // ---------------------------------------------------------------------------------------------
  // Counts

  @ParameterizedTest
  @MethodSource("dates")
  void people_are150_andMatchTheHeadcount(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    assertThat(isms.people()).hasSize(150);
    assertThat(isms.organization().headcount()).isEqualTo(isms.people().size());
    assertThat(isms.people().stream().filter(Person::topManagement).count()).isGreaterThanOrEqualTo(3);
  }

  /** ISO/IEC 27001:2022 Annex A has 93 controls; the SoA must list each exactly once (6.1.3 d). */
  @ParameterizedTest
  @MethodSource("dates")
  void soa_listsEveryAnnexAControlExactlyOnce_plusTheCustomControl(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    StatementOfApplicability soa = isms.statementOfApplicability().orElseThrow();
    List<ControlId> annexA = ISO.controls().stream().map(CatalogControl::id).toList();
    assertThat(annexA).hasSize(93);
    List<ControlId> listed = soa.entries().stream().map(SoaEntry::control).toList();
    assertThat(listed.stream().filter(ISO::contains).toList()).containsExactlyInAnyOrderElementsOf(annexA);
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(isms.customControls()).isNotEmpty();
    isms.customControls().forEach(c -> assertThat(listed).contains(c.id()));
    assertThat(soa.approved()).isTrue();
    assertThat(soa.annexAComparedOn()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("dates")
  void soa_entriesAreJustified_andExclusionsAreNotReliedOn(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    StatementOfApplicability soa = isms.statementOfApplicability().orElseThrow();
    Set<ControlId> excluded = new HashSet<>();
    for (SoaEntry e : soa.entries()) {
      assertThat(e.justification()).as("justification of %s", e.control()).isPresent();
      if (e.applicable()) {
        assertThat(e.reasons()).as("reasons of %s", e.control()).isNotEmpty();
        assertThat(e.implementationStatus()).as("status of %s", e.control()).isPresent();
      } else {
        excluded.add(e.control());
      }
    }
    assertThat(excluded).isNotEmpty().contains(ControlId.of("A.8.30"));
    Set<ControlId> used = new HashSet<>();
    isms.risks().forEach(r -> r.treatment().ifPresent(t -> used.addAll(t.controls())));
    isms.interestedParties().forEach(p -> p.requirements().forEach(q -> used.addAll(q.controls())));
    isms.controlImplementations().forEach(c -> used.add(c.control()));
    assertThat(used).doesNotContainAnyElementsOf(excluded);
    // every applicable control has an implementation with the same status
    Map<ControlId, ControlImplementation> impl = new HashMap<>();
    isms.controlImplementations().forEach(c -> impl.put(c.control(), c));
    for (SoaEntry e : soa.entries()) {
      if (e.applicable()) {
        assertThat(impl).as("implementation of %s", e.control()).containsKey(e.control());
        assertThat(e.implementationStatus()).contains(Objects.requireNonNull(impl.get(e.control())).status());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Risks

  @ParameterizedTest
  @MethodSource("dates")
  void everyInScopeAsset_isCoveredByARisk_directlyOrThroughADependentAsset(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    Map<AssetId, Asset> byId = new HashMap<>();
    isms.assets().forEach(a -> byId.put(a.id(), a));
    Set<AssetId> covered = new HashSet<>();
    Deque<AssetId> todo = new ArrayDeque<>();
    isms.risks().forEach(r -> todo.addAll(r.assets()));
    while (!todo.isEmpty()) {
      AssetId a = todo.pop();
      if (covered.add(a)) {
        todo.addAll(Objects.requireNonNull(byId.get(a), a.value()).dependsOn());
      }
    }
    List<AssetId> uncovered = isms.assets().stream()
        .filter(Asset::inScope)
        .map(Asset::id)
        .filter(a -> !covered.contains(a))
        .toList();
    assertThat(uncovered).as("in-scope assets without a risk").isEmpty();
    assertThat(isms.assets().stream().filter(a -> !a.inScope()).count()).isGreaterThanOrEqualTo(2);
    assertThat(isms.assets()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void everyRisk_hasOwner_inherentAndResidualAssessments_decisionAndAcceptance(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    assertThat(isms.risks()).hasSizeGreaterThanOrEqualTo(30);
    Set<PersonId> people = isms.people().stream().map(Person::id).collect(Collectors.toSet());
    for (Risk r : isms.risks()) {
      assertThat(people).as("owner of %s", r.id()).contains(r.owner());
      assertThat(r.inherent()).as("inherent of %s", r.id()).isPresent();
      assertThat(r.residual()).as("residual of %s", r.id()).isPresent();
      assertThat(r.decision()).as("decision of %s", r.id()).isPresent();
      assertThat(r.treatment()).as("treatment of %s", r.id()).isPresent();
      assertThat(r.acceptance()).as("acceptance of %s", r.id()).isPresent();
      assertThat(r.acceptance().orElseThrow().acceptedBy()).isEqualTo(r.owner());
      assertThat(r.affects()).isNotEmpty();
    }
  }

  /**
   * Every matrix assessment is what the default 5×5 matrix of isms-risk gives for its inputs, every
   * quantified one (FAIR, CVSS) what its built-in method gives, and each level is what the risk
   * criteria give for its normalized score: the sample's criteria mirror that matrix.
   */
  @ParameterizedTest
  @MethodSource("dates")
  void assessments_agreeWithTheirMethods_andTheCriteria(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    RiskCriteria criteria = isms.riskCriteria().orElseThrow();
    MatrixMethod matrix = new MatrixMethod();
    ScoringRegistry methods = ScoringRegistry.builtIns();
    assertThat(criteria.method()).isEqualTo(MatrixMethod.ID);
    assertThat(criteria.levels()).extracting(RiskLevel::name).isEqualTo(matrix.matrix().levelLabels());
    for (Risk r : isms.risks()) {
      List<RiskAssessment> all = new ArrayList<>(r.history());
      all.add(r.inherent().orElseThrow());
      all.add(r.residual().orElseThrow());
      r.targetResidual().ifPresent(all::add);
      for (RiskAssessment a : all) {
        boolean onMatrix = a.method().equals(MatrixMethod.ID);
        Either<?, Score> s = onMatrix ? matrix.scoreEncoded(a.inputs())
            : methods.require(a.method()).get().scoreEncoded(a.inputs());
        assertThat(s.isRight()).as("%s inputs %s", r.id(), a.inputs()).isTrue();
        assertThat(a.method()).isEqualTo(s.get().method());
        assertThat(a.methodVersion()).isEqualTo(s.get().methodVersion());
        assertThat(a.score()).as("%s score", r.id()).isEqualTo(s.get().value());
        assertThat(a.normalized()).as("%s normalized", r.id()).isEqualTo(s.get().normalized());
        if (onMatrix) {
          assertThat(a.level().name()).as("%s level", r.id()).isEqualTo(s.get().level());
        } else {
          assertThat(a.likelihood()).as("%s likelihood", r.id()).isEqualTo(s.get().likelihood());
          assertThat(a.consequence()).as("%s consequence", r.id()).isEqualTo(s.get().consequence());
        }
        assertThat(criteria.levelOf(a.normalized())).as("%s criteria level", r.id()).isEqualTo(a.level());
        assertThat(a.criteriaVersion()).contains(criteria.version());
      }
      assertThat(r.decision()).contains(criteria.decisionFor(r.inherent().orElseThrow().level()));
      if (!criteria.acceptable(r.residual().orElseThrow().level())) {
        assertThat(r.acceptance().orElseThrow().justification())
            .as("justification for accepting %s above the criteria", r.id()).isPresent();
        assertThat(r.residual().orElseThrow().normalized()).isLessThanOrEqualTo(criteria.tolerance());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dates")
  void treatments_useAllFourOptions_andReferToTheCurrentSoa(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    String soaVersion = isms.statementOfApplicability().orElseThrow().version();
    Set<TreatmentOption> options = EnumSet.noneOf(TreatmentOption.class);
    Set<ControlId> applicable = isms.statementOfApplicability().orElseThrow().entries().stream()
        .filter(SoaEntry::applicable).map(SoaEntry::control).collect(Collectors.toSet());
    for (Risk r : isms.risks()) {
      var t = r.treatment().orElseThrow();
      options.addAll(t.options());
      assertThat(t.soaVersion()).contains(soaVersion);
      assertThat(t.planApproval().map(Approval::by)).contains(r.owner());
      if (t.has(TreatmentOption.MODIFY)) {
        assertThat(t.controls()).as("controls of %s", r.id()).isNotEmpty();
      }
      assertThat(applicable).containsAll(t.controls());
      if (t.has(TreatmentOption.SHARE)) {
        assertThat(t.sharedWith()).isPresent();
      }
    }
    assertThat(options).containsExactlyInAnyOrder(TreatmentOption.values());
    assertThat(isms.risksAndOpportunities()).isNotEmpty();
    assertThat(isms.vulnerabilities().stream().filter(v -> v.cve().isPresent()).count()).isGreaterThanOrEqualTo(2);
    isms.vulnerabilities().stream().filter(v -> v.cve().isPresent())
        .forEach(v -> assertThat(v.cvssVector()).hasValueSatisfying(s -> assertThat(s).startsWith("CVSS:3.1/")));
  }

  @ParameterizedTest
  @MethodSource("dates")
  void significantChange_isFollowedByAReassessmentOfTheAffectedRisks(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    List<PlannedChange> significant = isms.changes().stream().filter(PlannedChange::significant).toList();
    assertThat(significant).isNotEmpty();
    Map<RiskId, Risk> risks = new HashMap<>();
    isms.risks().forEach(r -> risks.put(r.id(), r));
    for (PlannedChange c : significant) {
      assertThat(c.approval()).isPresent();
      LocalDate done = c.completedOn().orElseThrow();
      assertThat(c.risks()).isNotEmpty();
      for (RiskId id : c.risks()) {
        Risk r = Objects.requireNonNull(risks.get(id), id.value());
        assertThat(r.lastAssessedOn().orElseThrow()).as("re-assessment of %s", id).isAfter(done);
        assertThat(r.history()).isNotEmpty();
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Context, leadership, support

  @ParameterizedTest
  @MethodSource("dates")
  void context_hasIssuesOfBothKinds_aClimateDecision_andDecidedRequirements(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    List<ContextIssue> issues = isms.contextIssues();
    assertThat(issues.stream().filter(i -> i.kind() == IssueKind.INTERNAL).count()).isGreaterThanOrEqualTo(4);
    assertThat(issues.stream().filter(i -> i.kind() == IssueKind.EXTERNAL).count()).isGreaterThanOrEqualTo(4);
    assertThat(issues).anyMatch(ContextIssue::climateRelated);
    assertThat(isms.climateChangeDecision()).isPresent();
    assertThat(isms.scope().orElseThrow().approved()).isTrue();
    assertThat(isms.scope().orElseThrow().exclusions()).isNotEmpty();
    assertThat(isms.scope().orElseThrow().interfaces()).isNotEmpty();
    for (InterestedParty p : isms.interestedParties()) {
      assertThat(p.requirements()).as("requirements of %s", p.id()).isNotEmpty();
      for (Requirement q : p.requirements()) {
        assertThat(q.addressedByIsms()).as("decision on %s", q.id()).isPresent();
        if (q.type().binding()) {
          assertThat(q.controls()).as("A.5.31 link of %s", q.id()).contains(ControlId.of("A.5.31"));
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("dates")
  void everyRequirementBearingClause_isServedByAProcess(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    Set<ClauseId> served = new HashSet<>();
    for (IsmsProcess p : isms.processes()) {
      served.addAll(p.clauses());
      assertThat(p.operatingCriteria()).as("criteria of %s", p.id()).isNotEmpty();
    }
    List<ClauseId> required = ISO.requirementBearingClauses().stream().map(Clause::id).toList();
    assertThat(required).hasSize(30);
    assertThat(served).containsAll(required);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void policy_isApprovedByTopManagement_communicated_andReviewedInTime(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    Set<PersonId> top = isms.people().stream().filter(Person::topManagement).map(Person::id)
        .collect(Collectors.toSet());
    List<Policy> main = isms.policies().stream().filter(p -> p.kind() == PolicyKind.INFORMATION_SECURITY).toList();
    assertThat(main).hasSize(1);
    Policy p = main.get(0);
    assertThat(top).contains(p.approval().orElseThrow().by());
    assertThat(p.communicatedOn()).isPresent();
    assertThat(p.commitsToRequirements() && p.commitsToContinualImprovement() && p.includesObjectivesFramework()).isTrue();
    for (Policy q : isms.policies()) {
      assertThat(q.nextReviewDue().orElseThrow()).as("review of %s", q.id()).isAfter(asOf);
    }
    assertThat(isms.policies().stream().filter(q -> q.kind() == PolicyKind.TOPIC_SPECIFIC).count()).isGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void conformityAndReportingDuties_areAssigned_andCompetenceIsEvidenced(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    Map<RoleId, Role> roles = new HashMap<>();
    isms.roles().forEach(r -> roles.put(r.id(), r));
    Set<IsmsDuty> assigned = EnumSet.noneOf(IsmsDuty.class);
    for (RoleAssignment a : isms.roleAssignments()) {
      assertThat(a.activeOn(asOf)).isTrue();
      assertThat(a.communicatedOn()).isPresent();
      Role role = Objects.requireNonNull(roles.get(a.role()), a.role().value());
      assigned.addAll(role.duties());
      for (String c : role.requiredCompetences()) {
        assertThat(isms.competenceRecords())
            .as("competence '%s' of %s", c, a.person())
            .anyMatch(r -> r.person().equals(a.person()) && r.competence().equals(c) && r.validOn(asOf));
      }
    }
    assertThat(assigned).containsExactlyInAnyOrder(IsmsDuty.values());
    assertThat(isms.competenceRecords()).anyMatch(CompetenceRecord::gapAction);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void everyInScopePerson_hasCompleteAwarenessWithinTheLastYear(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    Map<PersonId, List<AwarenessRecord>> byPerson = isms.awarenessRecords().stream()
        .collect(Collectors.groupingBy(AwarenessRecord::person));
    for (Person p : isms.people()) {
      if (!p.inScope()) {
        continue;
      }
      assertThat(byPerson.getOrDefault(p.id(), List.of()))
          .as("awareness of %s", p.id())
          .anyMatch(r -> r.topics().containsAll(EnumSet.allOf(AwarenessTopic.class))
              && !r.completedOn().isAfter(asOf)
              && r.completedOn().isAfter(asOf.minusYears(1)));
    }
  }

  /** Every item of ISO/IEC 27001:2022 mandatory documented information has a controlled document. */
  @ParameterizedTest
  @MethodSource("dates")
  void everyMandatoryDocumentClause_hasAControlledDocument(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    for (MandatoryDocument md : MandatoryDocument.values()) {
      assertThat(isms.documents()).as("document for %s (%s)", md, md.reference())
          .anyMatch(d -> d.clauses().contains(md.clause()));
    }
    for (MandatoryDocument md : List.of(MandatoryDocument.STATEMENT_OF_APPLICABILITY,
        MandatoryDocument.RISK_TREATMENT_PLAN, MandatoryDocument.RISK_TREATMENT_PROCESS)) {
      assertThat(isms.documents()).as("the one document that is the %s", md)
          .filteredOn(d -> d.satisfies().contains(md)).hasSize(1);
    }
    for (DocumentedInformation d : isms.documents()) {
      if (d.kind() == DocumentKind.RETAINED) {
        assertThat(d.status()).as("status of record %s", d.id()).isEqualTo(DocumentStatus.RECORDED);
      } else {
        assertThat(d.approval()).as("approval of %s", d.id()).isPresent();
      }
      assertThat(d.retention()).as("retention of %s", d.id()).isPresent();
      assertThat(d.location()).as("location of %s", d.id()).isPresent();
      if (d.kind() == DocumentKind.MAINTAINED) {
        assertThat(d.nextReviewDue().orElseThrow()).as("review of %s", d.id()).isAfter(asOf);
      }
    }
    assertThat(isms.statementOfApplicability().orElseThrow().document()).isPresent();
    assertThat(isms.riskCriteria().orElseThrow().methodology()).isPresent();
  }

  // ---------------------------------------------------------------------------------------------
  // Performance evaluation and improvement

  @ParameterizedTest
  @MethodSource("dates")
  void metrics_areMeasuredEveryPeriod_andEvaluated(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    assertThat(isms.metrics()).hasSizeGreaterThanOrEqualTo(5);
    for (Metric m : isms.metrics()) {
      List<Measurement> ms = isms.measurements().stream().filter(x -> x.metric().equals(m.id()))
          .sorted((a, b) -> a.measuredOn().compareTo(b.measuredOn())).toList();
      assertThat(ms).as("measurements of %s", m.id()).isNotEmpty();
      // no gap longer than one period over the last year, the latest within one period of asOf; the
      // sample is moved to asOf by whole days, so month ends may stretch a period by up to 3 days
      LocalDate previous = asOf.minusYears(1);
      for (Measurement x : ms) {
        assertThat(x.evaluation()).isPresent();
        assertThat(x.measuredOn()).isBeforeOrEqualTo(asOf);
        assertThat(x.measuredOn()).as("%s gap", x.id()).isBeforeOrEqualTo(previous.plus(m.frequency()).plusDays(3));
        previous = x.measuredOn();
      }
      assertThat(asOf).as("latest %s", m.id()).isBeforeOrEqualTo(previous.plus(m.frequency()).plusDays(3));
    }
  }

  @ParameterizedTest
  @MethodSource("dates")
  void audits_coverAllClausesAndApplicableControls_independently_withinTheLastYear(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    List<InternalAudit> done = isms.audits().stream()
        .filter(a -> a.done() && a.progress().reportedOn().orElseThrow().isAfter(asOf.minusYears(1))
            && !a.progress().reportedOn().orElseThrow().isAfter(asOf))
        .toList();
    assertThat(done).hasSizeGreaterThanOrEqualTo(3);
    Set<ClauseId> clauses = new HashSet<>();
    Set<ControlId> controls = new HashSet<>();
    for (InternalAudit a : done) {
      clauses.addAll(a.clauses());
      controls.addAll(a.controls());
      assertThat(a.auditors()).isNotEmpty().doesNotContainAnyElementsOf(a.auditees());
      assertThat(a.report()).isPresent();
      assertThat(a.reportedTo()).isNotEmpty();
    }
    assertThat(clauses).containsAll(ISO.requirementBearingClauses().stream().map(Clause::id).toList());
    List<ControlId> applicable = isms.statementOfApplicability().orElseThrow().entries().stream()
        .filter(SoaEntry::applicable).map(SoaEntry::control).toList();
    assertThat(controls).containsAll(applicable);
  }

  @ParameterizedTest
  @MethodSource("dates")
  void managementReview_isRecent_complete_andAttendedByTopManagement(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    ManagementReview r = isms.managementReviews().get(isms.managementReviews().size() - 1);
    assertThat(r.heldOn()).isAfter(asOf.minus(isms.intervals().managementReview())).isBeforeOrEqualTo(asOf);
    // ISO/IEC 27001:2022 9.3.2 a) to g): ten input items
    assertThat(r.inputs()).hasSize(10).containsExactlyInAnyOrder(ReviewInput.values());
    Set<PersonId> top = isms.people().stream().filter(Person::topManagement).map(Person::id)
        .collect(Collectors.toSet());
    assertThat(r.attendees()).containsAll(top);
    assertThat(r.decisions()).anyMatch(d -> d.change().isPresent());
    assertThat(r.decisions()).anyMatch(d -> d.improvement().isPresent());
    assertThat(r.minutes()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("dates")
  void nonconformities_haveRootCauses_andTheirActionsAreEffectiveOrNotOverdue(LocalDate asOf) {
    Isms isms = SampleIsms.northwind(asOf);
    assertThat(isms.findings()).anyMatch(f -> f.type().nonconformity());
    for (Nonconformity n : isms.nonconformities()) {
      assertThat(n.correction()).isPresent();
      assertThat(n.rootCause()).isPresent();
      assertThat(n.similarCheck()).isPresent();
      List<CorrectiveAction> actions = isms.correctiveActions().stream()
          .filter(c -> c.nonconformity().equals(n.id())).toList();
      assertThat(actions).as("actions of %s", n.id()).isNotEmpty();
      for (CorrectiveAction c : actions) {
        assertThat(c.overdue(asOf)).as("%s overdue", c.id()).isFalse();
        if (n.closed()) {
          assertThat(c.effectivenessReview()).as("review of %s", c.id())
              .hasValueSatisfying(e -> assertThat(e.effective()).isTrue());
        }
      }
    }
    assertThat(isms.correctiveActions()).anyMatch(c -> c.completedOn().isEmpty());
    assertThat(isms.incidents()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(i -> assertThat(i.lessonsLearned()).isPresent());
    assertThat(isms.improvements()).isNotEmpty();
  }

  // ---------------------------------------------------------------------------------------------

  /** A leap day, month ends and ordinary dates, so that month arithmetic is exercised. */
  static Stream<LocalDate> dates() {
    return Stream.of("2024-02-29", "2025-01-31", "2025-03-31", "2026-06-15", "2031-12-31")
        .map(LocalDate::parse);
  }

  private static void assertValid(Isms isms) {
    Validation<Seq<Problem>, Isms> v = isms.validate();
    String violations = v.isInvalid()
        ? v.getError().map(x -> "  " + x.code() + " " + x.message()).mkString("\n")
        : "";
    assertThat(v.isValid()).as("violations:%n%s", violations).isTrue();
  }
}
