package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.DecisionKind;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.MandatoryDocument;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.AwarenessRecord;
import io.ismskit.core.governance.AwarenessTopic;
import io.ismskit.core.governance.CompetenceRecord;
import io.ismskit.core.governance.DocumentKind;
import io.ismskit.core.governance.DocumentStatus;
import io.ismskit.core.governance.DocumentedInformation;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.ResourceKind;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.CompetenceRecordId;
import io.ismskit.core.id.DocumentId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.ReviewId;
import io.ismskit.core.id.RoleId;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 7 (7.2-roles is in {@link SampledRulesTest}), each with a
 * conformant case, a breaking case made by a minimal edit, and the exact finding; for the deepened
 * ones, the case a shallow rule passes and the deep one fails; for the rules that grade by extent,
 * an isolated lapse (minor) and a systematic failure (major).
 */
class SupportRulesTest {
  static final Isms EMPTY = ContextRulesTest.EMPTY;
  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId CISO = PersonId.of("P-CISO");

  static DocumentedInformation doc(Isms i, String id) {
    return i.document(DocumentId.of(id)).orElseThrow();
  }

  static DocumentedInformation docOf(Isms i, MandatoryDocument m) {
    return i.documents().stream().filter(d -> d.satisfies().contains(m)).findFirst().orElseThrow();
  }

  static Isms withDocs(Isms i, java.util.function.Predicate<DocumentedInformation> p,
      java.util.function.UnaryOperator<DocumentedInformation> f) {
    return i.withDocuments(map(i.documents(), p, f));
  }

  static boolean maintainedInForce(DocumentedInformation d) {
    return d.kind() == DocumentKind.MAINTAINED && d.status() != DocumentStatus.OBSOLETE && !d.externalOrigin();
  }

  // ---------------------------------------------------------------------------------------------- 7.1

  @Test
  void resources_missingIsAMinorLapse() {
    conforms("7.1-resources");
    // issue 12 item 3: a running ISMS has resources; that none is recorded is minor, not major
    Finding f = finding(EMPTY, "7.1-resources", "missing", Verdict.MINOR_NC, "7.1");
    assertThat(f.found()).isEqualTo("no resource allocation");
  }

  @Test
  void resources_approvedAndTiedToADeterminedNeed() {
    ResourceAllocation people = BASE.resource(ResourceId.of("RES-1")).orElseThrow();
    assertThat(finding(BASE.withResource(people.withApproval(Optional.empty())), "7.1-resources", "unapproved",
        Verdict.MINOR_NC, "7.1", people.id()).found()).isEqualTo("1 of 2 fail: resource RES-1 not approved");
    // a shallow rule passes this: an approved allocation exists. But it serves no determined need
    ResourceAllocation tools = ResourceAllocation.builder().id(ResourceId.of("RES-3")).kind(ResourceKind.TOOLING)
        .description("SIEM licence").approval(Approval.of(CEO, A.minusDays(30))).build();
    assertThat(finding(BASE.withResource(tools), "7.1-resources", "no-need", Verdict.MINOR_NC, "7.1", tools.id())
        .found()).isEqualTo("1 of 3 fail: resource RES-3 serves no objective or review decision");
    // both allocations unapproved: systematic
    ResourceAllocation budget = BASE.resource(ResourceId.of("RES-2")).orElseThrow();
    finding(BASE.withResource(people.withApproval(Optional.empty())).withResource(budget.withApproval(Optional.empty())),
        "7.1-resources", "unapproved", Verdict.MAJOR_NC, "7.1", people.id(), budget.id());
  }

  @Test
  void resources_aResourceDecisionOfAReviewIsProvided() {
    ManagementReview mr2 = BASE.managementReview(ReviewId.of("MR-2")).orElseThrow();
    Isms unprovided = BASE.withManagementReview(mr2.withDecisions(map(mr2.decisions(),
        d -> d.kind() == DecisionKind.RESOURCE, d -> d.withResource(Optional.empty()))));
    Finding f = finding(unprovided, "7.1-resources", "unprovided-decisions", Verdict.MINOR_NC, "7.1", mr2.id());
    assertThat(f.found()).isEqualTo("1 of 2 fail: review MR-2 decision 2 'Hire a deputy' provides no resource "
        + "allocation");
  }

  // ---------------------------------------------------------------------------------------------- 7.2

  static CompetenceRecord competenceRecord(String id) {
    return BASE.competenceRecord(CompetenceRecordId.of(id)).orElseThrow();
  }

  @Test
  void competence() {
    conforms("7.2-competence");
    CompetenceRecord iso = competenceRecord("CR-1");
    assertThat(iso.person()).isEqualTo(CISO);
    Isms expired = BASE.withCompetenceRecord(iso.withValidUntil(A.minusDays(1)));
    Finding f = finding(expired, "7.2-competence", "no-evidence", Verdict.MINOR_NC, "7.2", CISO, RoleId.of("R-CISO"));
    assertThat(f.found()).isEqualTo("1 of 8 fail: P-CISO (role R-CISO) has no valid evidence of 'ISO/IEC 27001'");
    CompetenceRecord gap = competenceRecord("CR-2");
    assertThat(gap.gapAction()).isTrue();
    finding(BASE.withCompetenceRecord(gap.withEffectivenessEvaluatedOn(Optional.empty())), "7.2-competence",
        "gap-action-unevaluated", Verdict.MINOR_NC, "7.2", gap.id());
  }

  @Test
  void competence_everyRiskOwnerWithoutValidEvidence_isSystematic() {
    Isms lapsed = BASE.withCompetenceRecords(map(BASE.competenceRecords(),
        c -> c.role().equals(Optional.of(RoleId.of("R-RISK-OWNER"))), c -> c.withValidUntil(A.minusDays(1))));
    finding(lapsed, "7.2-competence", "no-evidence", Verdict.MAJOR_NC, "7.2", PersonId.of("P-1"), PersonId.of("P-2"),
        PersonId.of("P-3"), PersonId.of("P-4"), RoleId.of("R-RISK-OWNER"));
  }

  // ---------------------------------------------------------------------------------------------- 7.3

  static Isms withAwareness(Isms i, PersonId p, java.util.function.UnaryOperator<AwarenessRecord> f) {
    return i.withAwarenessRecords(map(i.awarenessRecords(), a -> a.person().equals(p), f));
  }

  @Test
  void awareness_recordsMustBeCurrent() {
    conforms("7.3-awareness");
    PersonId p1 = PersonId.of("P-1");
    // a shallow rule passes with any record; one of 400 days ago does not show current awareness
    Isms old = withAwareness(BASE, p1, a -> a.withCompletedOn(A.minusDays(400)));
    Finding f = finding(old, "7.3-awareness", "unaware", Verdict.MINOR_NC, "7.3", p1);
    assertThat(f.found()).isEqualTo("1 of 9 fail: P-1 has no current record of [POLICY, CONTRIBUTION, "
        + "CONSEQUENCES] (latest record " + A.minusDays(400) + ")");
    // a year to the day still counts; a day more does not
    conforms("7.3-awareness", withAwareness(BASE, p1, a -> a.withCompletedOn(A.minusYears(1))));
    finding(withAwareness(BASE, p1, a -> a.withCompletedOn(A.minusYears(1).minusDays(1))), "7.3-awareness",
        "unaware", Verdict.MINOR_NC, "7.3", p1);
    // a record dated after the as-of date is not evidence yet
    finding(withAwareness(BASE, p1, a -> a.withCompletedOn(A.plusDays(1))), "7.3-awareness", "unaware",
        Verdict.MINOR_NC, "7.3", p1);
  }

  @Test
  void awareness_everyTopicIsNeeded_andOnlyInScopePeopleCount() {
    PersonId p2 = PersonId.of("P-2");
    Isms policyOnly = withAwareness(BASE, p2, a -> a.withTopics(Set.of(AwarenessTopic.POLICY)));
    assertThat(finding(policyOnly, "7.3-awareness", "unaware", Verdict.MINOR_NC, "7.3", p2).found())
        .contains("P-2 has no current record of [CONTRIBUTION, CONSEQUENCES]");
    assertThat(BASE.person(PersonId.of("P-EXT")).orElseThrow().inScope()).isFalse();
    assertThat(BASE.awarenessRecords()).noneMatch(a -> a.person().equals(PersonId.of("P-EXT")));
  }

  @Test
  void awareness_nobodyCurrent_isSystematic() {
    Isms stale = BASE.withAwarenessRecords(map(BASE.awarenessRecords(), a -> true,
        a -> a.withCompletedOn(A.minusDays(400))));
    Object[] inScope = BASE.people().stream().filter(p -> p.inScope()).map(p -> p.id()).toArray();
    assertThat(inScope).hasSize(9);
    finding(stale, "7.3-awareness", "unaware", Verdict.MAJOR_NC, "7.3", inScope);
  }

  // ---------------------------------------------------------------------------------------------- 7.4

  @Test
  void communication() {
    conforms("7.4-communication");
    // not determined at all is minor (issue 12 item 3): communication happens in a running ISMS
    finding(EMPTY, "7.4-communication", "missing", Verdict.MINOR_NC, "7.4");
    var com1 = BASE.communication(CommunicationId.of("COM-1")).orElseThrow();
    assertThat(finding(BASE.withCommunication(com1.withLastPerformed(A.minusDays(100))), "7.4-communication",
        "overdue", Verdict.MINOR_NC, "7.4", com1.id()).found())
        .isEqualTo("1 of 3 fail: communication COM-1 last performed " + A.minusDays(100));
    assertThat(finding(BASE.withCommunication(com1.withLastPerformed(Optional.empty())), "7.4-communication",
        "overdue", Verdict.MINOR_NC, "7.4", com1.id()).found()).endsWith("communication COM-1 never performed");
    // a performance dated after the as-of date has not happened yet (it counted before)
    assertThat(finding(BASE.withCommunication(com1.withLastPerformed(A.plusDays(3))), "7.4-communication",
        "overdue", Verdict.MINOR_NC, "7.4", com1.id()).found()).endsWith("communication COM-1 not performed by " + A);
    // a one-off communication (no frequency) is never overdue: COM-2 was never needed yet
    assertThat(BASE.communication(CommunicationId.of("COM-2")).orElseThrow().lastPerformed()).isEmpty();
    var com3 = BASE.communication(CommunicationId.of("COM-3")).orElseThrow();
    Isms both = BASE.withCommunication(com1.withLastPerformed(A.minusDays(100)))
        .withCommunication(com3.withFrequency(Period.ofMonths(1)));
    finding(both, "7.4-communication", "overdue", Verdict.MAJOR_NC, "7.4", com1.id(), com3.id());
  }

  // ---------------------------------------------------------------------------------------------- 7.5.1

  @Test
  void mandatoryDocuments() {
    conforms("7.5.1-mandatory-documents");
    finding(EMPTY, "7.5.1-mandatory-documents", "missing-documents", Verdict.MAJOR_NC, "7.5.1");
    MandatoryDocument m = MandatoryDocument.MONITORING_AND_MEASUREMENT_RESULTS;
    Isms obsolete = BASE.withDocument(docOf(BASE, m).withStatus(DocumentStatus.OBSOLETE));
    Finding f = finding(obsolete, "7.5.1-mandatory-documents", "missing-documents", Verdict.MINOR_NC, "7.5.1",
        EntityRef.of("MandatoryDocument", m.name()));
    assertThat(f.found()).startsWith("1 of 15 fail: no current documented information is " + m.name() + " (");
  }

  @Test
  void mandatoryDocuments_oneDocumentPerItemNotPerClause() {
    // a shallow rule passes this: clause 6.1.3 still has current documents (the SoA and the process).
    // But the risk treatment plan, one of 6.1.3's three items, is gone
    MandatoryDocument plan = MandatoryDocument.RISK_TREATMENT_PLAN;
    Isms noPlan = BASE.withoutDocument(docOf(BASE, plan).id());
    assertThat(IsmsIndex.of(noPlan, A).currentDocumentsOf(ClauseId.of("6.1.3"))).hasSize(2);
    finding(noPlan, "7.5.1-mandatory-documents", "missing-documents", Verdict.MINOR_NC, "7.5.1",
        EntityRef.of("MandatoryDocument", plan.name()));
    // a document tagged 6.1.3 that does not say which item it is, is none of the three
    DocumentedInformation soaDoc = docOf(BASE, MandatoryDocument.STATEMENT_OF_APPLICABILITY);
    finding(BASE.withDocument(soaDoc.withSatisfies(Set.of())), "7.5.1-mandatory-documents", "missing-documents",
        Verdict.MINOR_NC, "7.5.1", EntityRef.of("MandatoryDocument", "STATEMENT_OF_APPLICABILITY"));
  }

  @Test
  void mandatoryDocuments_severalItemsMissing_isSystematic() {
    List<MandatoryDocument> gone = List.of(MandatoryDocument.RISK_ASSESSMENT_RESULTS,
        MandatoryDocument.RISK_TREATMENT_RESULTS, MandatoryDocument.MONITORING_AND_MEASUREMENT_RESULTS,
        MandatoryDocument.NONCONFORMITIES_AND_CORRECTIVE_ACTIONS);
    Isms obsolete = withDocs(BASE, d -> d.satisfies().stream().anyMatch(gone::contains),
        d -> d.withStatus(DocumentStatus.OBSOLETE));
    finding(obsolete, "7.5.1-mandatory-documents", "missing-documents", Verdict.MAJOR_NC, "7.5.1",
        gone.stream().map(m -> EntityRef.of("MandatoryDocument", m.name())).toArray());
  }

  /**
   * Issue 11 item 7's reproducer, through the checker: a document that declares it is the ISMS
   * scope ({@code satisfies}) but is tagged with no clause used to leave "no current documented
   * information for clause 4.3".
   */
  @Test
  void mandatoryDocuments_satisfiesIsAuthoritative_issue11Item7() {
    DocumentedInformation scope = docOf(BASE, MandatoryDocument.ISMS_SCOPE);
    Isms untagged = BASE.withDocument(scope.withClauses(List.of()));
    ConformanceReport report = ConformanceChecker.check(untagged, A);
    assertThat(report.verdict("7.5.1-mandatory-documents")).contains(Verdict.CONFORMS);
    assertThat(report.findings()).noneMatch(x -> x.found().contains("4.3") && !x.verdict().passing());
    assertThat(report.certificationDecision().met(CertificationCriterion.MANDATORY_DOCUMENTS_PRESENT)).isTrue();
  }

  // ---------------------------------------------------------------------------------------------- 7.5.2

  @Test
  void approval() {
    conforms("7.5.2-approval");
    notApplicable("7.5.2-approval", EMPTY);
    DocumentedInformation d = doc(BASE, "DOC-4.3");
    long inForce = BASE.documents().stream().filter(SupportRulesTest::maintainedInForce).count();
    assertThat(inForce).isEqualTo(6);
    assertThat(finding(BASE.withDocument(d.withStatus(DocumentStatus.DRAFT)), "7.5.2-approval", "unapproved",
        Verdict.MINOR_NC, "7.5.2", d.id()).found()).isEqualTo("1 of 6 fail: document DOC-4.3 version " + d.version()
        + " is DRAFT");
    assertThat(finding(BASE.withDocument(d.withApproval(Optional.empty())), "7.5.2-approval", "unapproved",
        Verdict.MINOR_NC, "7.5.2", d.id()).found()).endsWith(" is APPROVED without approval");
    assertThat(finding(BASE.withDocument(d.withFormat(Optional.empty())), "7.5.2-approval", "unapproved",
        Verdict.MINOR_NC, "7.5.2", d.id()).found()).endsWith("document DOC-4.3 has no format");
    assertThat(finding(BASE.withDocument(d.withAuthor(Optional.empty())), "7.5.2-approval", "unapproved",
        Verdict.MINOR_NC, "7.5.2", d.id()).found()).endsWith("document DOC-4.3 names no author");
    // a document of external origin is not created here: DOC-EXT-27002 names no author and conforms
    assertThat(doc(BASE, "DOC-EXT-27002").author()).isEmpty();
    finding(withDocs(BASE, SupportRulesTest::maintainedInForce, x -> x.withAuthor(Optional.empty())), "7.5.2-approval",
        "unapproved", Verdict.MAJOR_NC, "7.5.2", BASE.documents().stream().filter(SupportRulesTest::maintainedInForce)
        .map(DocumentedInformation::id).toArray());
  }

  @Test
  void review_onCreationOrUpdate_notPeriodic() {
    conforms("7.5.2-review");
    DocumentedInformation d = doc(BASE, "DOC-4.3");
    assertThat(finding(BASE.withDocument(d.withReviewedBy(Optional.empty())), "7.5.2-review", "unreviewed",
        Verdict.MINOR_NC, "7.5.2", d.id()).found()).isEqualTo("1 of 6 fail: document DOC-4.3 version " + d.version()
        + " names no reviewer");
    // the misreading failed this: the document's periodic review is two years old. 7.5.2 does not ask
    // for periodic review; its current version was reviewed when it was issued
    DocumentedInformation overdue = d.withLastReviewed(A.minusYears(2));
    assertThat(overdue.nextReviewDue()).hasValueSatisfying(due -> assertThat(due).isBefore(A));
    conforms("7.5.2-review", BASE.withDocument(overdue));
    // records are not reviewed for adequacy: a record without a reviewer conforms
    DocumentedInformation record = BASE.documents().stream().filter(x -> x.kind() == DocumentKind.RETAINED)
        .findFirst().orElseThrow();
    assertThat(record.reviewedBy()).isEmpty();
    // no current version reviewed at all: systematic
    finding(withDocs(BASE, SupportRulesTest::maintainedInForce, x -> x.withReviewedBy(Optional.empty())),
        "7.5.2-review", "unreviewed", Verdict.MAJOR_NC, "7.5.2", BASE.documents().stream()
        .filter(SupportRulesTest::maintainedInForce).map(DocumentedInformation::id).toArray());
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  @Test
  void resources_anApprovalOrAReviewDatedAfterTheAsOfDate_doesNotCount() {
    ResourceAllocation people = BASE.resource(ResourceId.of("RES-1")).orElseThrow();
    Isms approvedLater = BASE.withResource(people.withApproval(Approval.of(CEO, A.plusDays(7))));
    assertThat(finding(approvedLater, "7.1-resources", "unapproved", Verdict.MINOR_NC, "7.1", people.id()).found())
        .isEqualTo("1 of 2 fail: resource RES-1 not approved by " + A);
    // a need that a review held next week will determine is not a determined need yet
    ResourceAllocation tools = ResourceAllocation.builder().id(ResourceId.of("RES-3")).kind(ResourceKind.TOOLING)
        .description("SIEM licence").approval(Approval.of(CEO, A.minusDays(10))).build();
    ManagementReview next = BASE.managementReviews().get(0).withId(ReviewId.of("MR-NEXT")).withHeldOn(A.plusDays(7))
        .withDecisions(List.of(io.ismskit.core.assurance.ReviewDecision.builder().kind(DecisionKind.RESOURCE)
            .description("Buy a SIEM").owner(CISO).dueDate(A.plusDays(60)).resource(tools.id()).build()));
    Isms needLater = BASE.withResource(tools).withManagementReview(next);
    assertThat(finding(needLater, "7.1-resources", "no-need", Verdict.MINOR_NC, "7.1", tools.id()).found())
        .isEqualTo("1 of 3 fail: resource RES-3 serves no objective or review decision");
  }

  @Test
  void competence_aGapActionEvaluatedAfterTheAsOfDate_isNotEvaluated() {
    CompetenceRecord gap = competenceRecord("CR-2");
    assertThat(finding(BASE.withCompetenceRecord(gap.withEffectivenessEvaluatedOn(A.plusDays(7))), "7.2-competence",
        "gap-action-unevaluated", Verdict.MINOR_NC, "7.2", gap.id()).found())
        .endsWith("gap action CR-2 not evaluated by " + A);
  }

  @Test
  void approval_aDocumentApprovedAfterTheAsOfDate_isNotApproved() {
    DocumentedInformation d = doc(BASE, "DOC-4.3");
    Isms later = BASE.withDocument(d.withApproval(Approval.of(CEO, A.plusDays(7))));
    assertThat(finding(later, "7.5.2-approval", "unapproved", Verdict.MINOR_NC, "7.5.2", d.id()).found())
        .endsWith("document DOC-4.3 version " + d.version() + " is APPROVED without approval by " + A);
  }

  @Test
  void control_aVersionApprovedAfterTheAsOfDate_isNotApproved() {
    DocumentedInformation d = doc(BASE, "DOC-4.3");
    var current = d.currentVersion().orElseThrow();
    assertThat(current.date()).isBefore(A);
    Isms later = BASE.withDocument(d.withHistory(map(d.history(), v -> v.equals(current),
        v -> v.withApproval(Approval.of(CEO, A.plusDays(7))))));
    assertThat(finding(later, "7.5.3-control", "uncontrolled", Verdict.MINOR_NC, "7.5.3", d.id()).found())
        .endsWith("document DOC-4.3 version " + current.version() + " of its history was not approved by " + A);
    // a version dated after the as-of date did not exist yet: its pending approval is no lapse today
    var next = current.withApproval(Optional.empty()).withVersion("next").withDate(A.plusDays(7));
    conforms("7.5.3-control", BASE.withDocument(d.toBuilder().version("next").history(RuleTesting.plus(d.history(),
        next)).build()));
  }

  // ---------------------------------------------------------------------------------------------- 7.5.3

  @Test
  void control_storageAndObsoleteItems() {
    notApplicable("7.5.3-control", EMPTY);
    DocumentedInformation d = doc(BASE, "DOC-4.3");
    assertThat(finding(BASE.withDocument(d.withLocation(Optional.empty())), "7.5.3-control", "uncontrolled",
        Verdict.MINOR_NC, "7.5.3", d.id()).found()).isEqualTo("1 of 17 fail: document DOC-4.3 has no storage location");
    DocumentedInformation plan = docOf(BASE, MandatoryDocument.RISK_TREATMENT_PLAN);
    Isms withdrawn = BASE.withDocument(plan.withStatus(DocumentStatus.OBSOLETE).withDisposition(Optional.empty()));
    assertThat(finding(withdrawn, "7.5.3-control", "uncontrolled", Verdict.MINOR_NC, "7.5.3", plan.id()).found())
        .endsWith("is obsolete without a successor or a disposition");
    // withdrawn with its successor named: controlled
    conforms("7.5.3-control", BASE.withDocument(plan.withStatus(DocumentStatus.OBSOLETE)
        .withDisposition(Optional.empty()).withSupersededBy(DocumentId.of("DOC-6.1.3"))));
    Isms nowhere = withDocs(BASE, x -> true, x -> x.withLocation(Optional.empty()));
    finding(nowhere, "7.5.3-control", "uncontrolled", Verdict.MAJOR_NC, "7.5.3",
        BASE.documents().stream().map(DocumentedInformation::id).toArray());
  }

  @Test
  void control_aRecordNeedsRetentionAndDisposition() {
    DocumentedInformation record = docOf(BASE, MandatoryDocument.MONITORING_AND_MEASUREMENT_RESULTS);
    assertThat(record.kind()).isEqualTo(DocumentKind.RETAINED);
    assertThat(finding(BASE.withDocument(record.withRetention(Optional.empty())), "7.5.3-control", "uncontrolled",
        Verdict.MINOR_NC, "7.5.3", record.id()).found()).endsWith("is a record without a retention period");
  }
}
