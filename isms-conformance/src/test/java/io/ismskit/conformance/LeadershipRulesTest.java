package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static io.ismskit.conformance.RuleTesting.plus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.governance.Approval;
import io.ismskit.core.governance.IsmsDuty;
import io.ismskit.core.governance.Policy;
import io.ismskit.core.governance.PolicyKind;
import io.ismskit.core.governance.ResourceAllocation;
import io.ismskit.core.governance.Role;
import io.ismskit.core.id.CommunicationId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.PolicyId;
import io.ismskit.core.id.ResourceId;
import io.ismskit.core.id.RoleId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 5, each with a conformant case, a breaking case made by a minimal
 * edit, and the exact finding (rule, code, verdict, clause, entities, the key part of the message);
 * for the deepened ones, the case a shallow rule passes and the deep one fails; for the rules that
 * grade by extent, an isolated lapse (minor) and a systematic failure (major).
 */
class LeadershipRulesTest {
  static final PersonId CEO = PersonId.of("P-CEO");
  static final PersonId CISO = PersonId.of("P-CISO");
  static final PolicyId POL_IS = PolicyId.of("POL-IS");
  static final PolicyId POL_AC = PolicyId.of("POL-AC");
  static final EntityRef CLAUSE_5_1 = EntityRef.of("Clause", "5.1");

  static Policy policy(Isms i, PolicyId id) {
    return i.policy(id).orElseThrow();
  }

  // ---------------------------------------------------------------------------------------------- 5.1

  @Test
  void topManagement_conformsAndNobodyNamedIsMajor() {
    conforms("5.1-top-management");
    Isms nobody = BASE.withPeople(map(BASE.people(), p -> p.topManagement(), p -> p.withTopManagement(false)));
    Finding f = finding(nobody, "5.1-top-management", "missing", Verdict.MAJOR_NC, "5.1");
    assertThat(f.found()).isEqualTo("nobody is marked as top management");
  }

  @Test
  void topManagement_oneItemOfAtoHWithoutEvidence_isAnIsolatedLapse() {
    // the only internal communication top management is responsible for is gone: 5.1 d)
    Isms silent = BASE.withoutCommunication(CommunicationId.of("COM-3"));
    Finding f = finding(silent, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1);
    assertThat(f.found()).isEqualTo("1 of 8 fail: d) no internal communication by top management carried out");
  }

  @Test
  void topManagement_namedButNotLeading_isSystematic() {
    // a shallow rule passes this: top management is named. But the policy is approved by the CISO (a),
    // top management communicates nothing internally (d) and made no role assignment (f)
    Isms absent = BASE.withPolicy(policy(BASE, POL_IS).withApproval(Approval.of(CISO, A.minusDays(200))))
        .withoutCommunication(CommunicationId.of("COM-3"))
        .withRoleAssignments(map(BASE.roleAssignments(), a -> true, a -> a.withAssignedBy(CISO)));
    Finding f = finding(absent, "5.1-top-management", "evidence", Verdict.MAJOR_NC, "5.1", CLAUSE_5_1);
    assertThat(f.found()).startsWith("3 of 8 fail: a) ").contains("; d) ", "; f) no active role assignment "
        + "made by top management");
  }

  @Test
  void topManagement_eachItemAtoH_isCheckedOnItsOwn() {
    Isms noImprovement = BASE.withManagementReviews(map(BASE.managementReviews(), r -> true,
        r -> r.withDecisions(r.decisions().stream()
            .filter(d -> d.kind() != io.ismskit.core.assurance.DecisionKind.IMPROVEMENT).toList())))
        .withImprovements(map(BASE.improvements(), x -> true, x -> x.withReview(Optional.empty())));
    assertThat(finding(noImprovement, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1)
        .found()).contains("g) no improvement decided by a management review");
    Isms noOtherManager = BASE.withRoles(map(BASE.roles(), r -> !r.topManagement(),
        r -> r.withAuthorities(List.of())));
    assertThat(finding(noOtherManager, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1)
        .found()).contains("h) no role with authorities held by someone outside top management");
    Isms notEvaluating = BASE.withMetrics(map(BASE.metrics(), m -> true, m -> m.withEvaluatedBy(CISO)))
        .withManagementReviews(map(BASE.managementReviews(), r -> true, r -> r.withAttendees(List.of(CISO))));
    assertThat(finding(notEvaluating, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1)
        .found()).contains("e) top management neither evaluates a metric nor attended the latest management review");
  }

  @Test
  void topManagement_resourcesApprovedOutsideTopManagement() {
    ResourceAllocation budget = BASE.resource(ResourceId.of("RES-2")).orElseThrow();
    Isms cisoApproved = BASE.withResource(budget.withApproval(Approval.of(CISO, A.minusDays(180))));
    Finding f = finding(cisoApproved, "5.1-top-management", "resources", Verdict.MINOR_NC, "5.1", budget.id());
    assertThat(f.found()).isEqualTo("1 of 2 fail: resource RES-2 approved by P-CISO, not top management");
    // item c) still holds: RES-1 is approved by the CEO
    RuleTesting.noFinding(cisoApproved, "5.1-top-management", "evidence");
  }

  // ---------------------------------------------------------------------------------------------- 5.2

  @Test
  void policy_conformsAndMissingIsMajor() {
    conforms("5.2-policy");
    finding(ContextRulesTest.EMPTY, "5.2-policy", "missing", Verdict.MAJOR_NC, "5.2");
    // a topic-specific policy is not the information security policy
    Isms onlyTopicSpecific = BASE.withPolicy(policy(BASE, POL_IS).withKind(PolicyKind.TOPIC_SPECIFIC)
        .withTopic("General"));
    finding(onlyTopicSpecific, "5.2-policy", "missing", Verdict.MAJOR_NC, "5.2");
  }

  @Test
  void policy_approvalContentAndDocument_areEachAMinorLapseOfTheOnePolicy() {
    Policy p = policy(BASE, POL_IS);
    assertThat(finding(BASE.withPolicy(p.withApproval(Approval.of(CISO, A.minusDays(200)))), "5.2-policy",
        "approval", Verdict.MINOR_NC, "5.2", POL_IS).found())
        .isEqualTo("1 of 1 fail: policy POL-IS approved by P-CISO, not top management");
    assertThat(finding(BASE.withPolicy(p.withApproval(Optional.empty())), "5.2-policy", "approval",
        Verdict.MINOR_NC, "5.2", POL_IS).found()).contains("policy POL-IS not approved");
    assertThat(finding(BASE.withPolicy(p.withCommitsToContinualImprovement(false)), "5.2-policy", "content",
        Verdict.MINOR_NC, "5.2", POL_IS).found()).endsWith("policy POL-IS lacks commitment to continual improvement");
    assertThat(finding(BASE.withPolicy(p.withDocument(Optional.empty())), "5.2-policy", "document",
        Verdict.MINOR_NC, "5.2", POL_IS).found()).endsWith("policy POL-IS has no document");
  }

  @Test
  void policy_twoInformationSecurityPoliciesBothUnapproved_isSystematic() {
    Policy p = policy(BASE, POL_IS).withApproval(Optional.empty()).withLastReviewed(Optional.empty());
    Policy group = p.withId(PolicyId.of("POL-IS-GROUP")).withTitle("Group information security policy");
    Isms both = BASE.withPolicy(p).withPolicy(group);
    finding(both, "5.2-policy", "approval", Verdict.MAJOR_NC, "5.2", POL_IS, group.id());
  }

  @Test
  void policyCommunication_conformsAndIsNotApplicableWithoutPolicy() {
    conforms("5.2-policy-communication");
    notApplicable("5.2-policy-communication", ContextRulesTest.EMPTY);
  }

  @Test
  void policyCommunication_beforeTheCurrentVersionWasApproved_doesNotCount() {
    // a shallow rule passes this: a communication date is recorded. But it predates version 3.1
    Policy p = policy(BASE, POL_IS);
    Policy revised = p.toBuilder().version("3.1").approval(Approval.of(CEO, A.minusDays(50)))
        .lastReviewed(A.minusDays(50)).build();
    assertThat(p.communicatedOn()).contains(A.minusDays(95));
    Finding f = finding(BASE.withPolicy(revised), "5.2-policy-communication", "uncommunicated", Verdict.MINOR_NC,
        "5.2", POL_IS);
    assertThat(f.found()).isEqualTo("1 of 1 fail: policy POL-IS last communicated " + A.minusDays(95)
        + ", before version 3.1 was approved on " + A.minusDays(50));
    // communicated after the approval: conforms
    conforms("5.2-policy-communication", BASE.withPolicy(revised.withCommunicatedOn(A.minusDays(45))));
    // a communication planned after the as-of date has not happened yet
    finding(BASE.withPolicy(p.withCommunicatedOn(A.plusDays(5))), "5.2-policy-communication", "uncommunicated",
        Verdict.MINOR_NC, "5.2", POL_IS);
  }

  @Test
  void policyCommunication_notAvailableToInterestedParties() {
    Finding f = finding(BASE.withPolicy(policy(BASE, POL_IS).withAvailableToInterestedParties(false)),
        "5.2-policy-communication", "unavailable", Verdict.MINOR_NC, "5.2", POL_IS);
    assertThat(f.found()).endsWith("policy POL-IS not available to interested parties");
  }

  @Test
  void policyReview_overdueTopicSpecificPolicy_namesA51() {
    conforms("5.2-policy-review");
    Policy ac = policy(BASE, POL_AC).withApproval(Approval.of(CISO, A.minusDays(400)));
    Finding f = finding(BASE.withPolicy(ac), "5.2-policy-review", "overdue", Verdict.MINOR_NC, "5.2", POL_AC);
    assertThat(f.found()).isEqualTo("1 of 2 fail: policy POL-AC review due " + A.minusDays(400).plusMonths(12));
    assertThat(f.controls()).containsExactly(ControlId.of("A.5.1"));
  }

  @Test
  void policyReview_everyPolicyOverdue_isSystematic() {
    Policy is = policy(BASE, POL_IS).toBuilder().approval(Approval.of(CEO, A.minusDays(800)))
        .lastReviewed(A.minusDays(400)).build();
    Policy ac = policy(BASE, POL_AC).withApproval(Approval.of(CISO, A.minusDays(400)));
    finding(BASE.withPolicy(is).withPolicy(ac), "5.2-policy-review", "overdue", Verdict.MAJOR_NC, "5.2",
        POL_IS, POL_AC);
    // a review planned every 24 months is not overdue after 400 days
    conforms("5.2-policy-review", BASE.withPolicy(is.withReviewInterval(java.time.Period.ofMonths(24)))
        .withPolicy(ac.withReviewInterval(java.time.Period.ofMonths(24))));
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  @Test
  void topManagement_approvalsDatedAfterTheAsOfDate_areNotEvidence() {
    // the policy approved by the CEO only next week: no evidence of a) today
    Policy p = policy(BASE, POL_IS).withLastReviewed(Optional.empty());
    Isms policyLater = BASE.withPolicy(p.withApproval(Approval.of(CEO, A.plusDays(7))));
    assertThat(finding(policyLater, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1).found())
        .startsWith("1 of 8 fail: a) no information security policy approved by top management");
    // every resource approved by the CEO only next week: no evidence of c), and no approval to judge yet
    Isms resourcesLater = BASE.withResources(map(BASE.resources(), r -> true,
        r -> r.withApproval(Approval.of(CEO, A.plusDays(7)))));
    assertThat(finding(resourcesLater, "5.1-top-management", "evidence", Verdict.MINOR_NC, "5.1", CLAUSE_5_1)
        .found()).isEqualTo("1 of 8 fail: c) no resource allocation approved by top management");
    RuleTesting.noFinding(BASE.withResource(BASE.resource(ResourceId.of("RES-2")).orElseThrow()
        .withApproval(Approval.of(CISO, A.plusDays(7)))), "5.1-top-management", "resources");
  }

  @Test
  void policy_approvedAfterTheAsOfDate_isNotApproved() {
    Policy p = policy(BASE, POL_IS).withLastReviewed(Optional.empty()).withApproval(Approval.of(CEO, A.plusDays(7)));
    assertThat(finding(BASE.withPolicy(p), "5.2-policy", "approval", Verdict.MINOR_NC, "5.2", POL_IS).found())
        .isEqualTo("1 of 1 fail: policy POL-IS not approved by " + A);
  }

  @Test
  void policyReview_aReviewDatedAfterTheAsOfDate_hasNotHappened() {
    // approved 400 days ago, "reviewed" next week: as of today the review is overdue
    Policy ac = policy(BASE, POL_AC).withApproval(Approval.of(CISO, A.minusDays(400))).withLastReviewed(A.plusDays(7));
    Finding f = finding(BASE.withPolicy(ac), "5.2-policy-review", "overdue", Verdict.MINOR_NC, "5.2", POL_AC);
    assertThat(f.found()).isEqualTo("1 of 2 fail: policy POL-AC review due " + A.minusDays(400).plusMonths(12));
    // approved only next week: neither approved nor reviewed yet
    Policy future = policy(BASE, POL_AC).withLastReviewed(Optional.empty())
        .withApproval(Approval.of(CISO, A.plusDays(7)));
    assertThat(finding(BASE.withPolicy(future), "5.2-policy-review", "overdue", Verdict.MINOR_NC, "5.2", POL_AC)
        .found()).isEqualTo("1 of 2 fail: policy POL-AC not approved or reviewed by " + A);
  }

  // ---------------------------------------------------------------------------------------------- 5.3

  @Test
  void duties_conforms() {
    conforms("5.3-duties");
  }

  @Test
  void duties_oneOfTheTwoUncarried_isMinor_neither_isMajor() {
    Role ciso = BASE.role(RoleId.of("R-CISO")).orElseThrow();
    Finding one = finding(BASE.withRole(ciso.withDuties(Set.of(IsmsDuty.ENSURE_CONFORMITY))), "5.3-duties",
        "unassigned", Verdict.MINOR_NC, "5.3");
    assertThat(one.found()).isEqualTo("no active holder carries [REPORT_PERFORMANCE]");
    // the CISO's assignment ended yesterday: nobody carries either duty, and the vacant role is named
    Isms vacant = BASE.withRoleAssignments(map(BASE.roleAssignments(), a -> a.role().equals(ciso.id()),
        a -> a.withValidUntil(A.minusDays(1))));
    Finding none = finding(vacant, "5.3-duties", "unassigned", Verdict.MAJOR_NC, "5.3", ciso.id());
    assertThat(none.found()).isEqualTo("no active holder carries [ENSURE_CONFORMITY, REPORT_PERFORMANCE]");
  }

  @Test
  void duties_uncommunicatedAssignmentAndHeldRoleWithoutResponsibilities() {
    Isms uncommunicated = BASE.withRoleAssignments(map(BASE.roleAssignments(),
        a -> a.person().equals(PersonId.of("P-AUD1")), a -> a.withCommunicatedOn(Optional.empty())));
    Finding f = finding(uncommunicated, "5.3-duties", "uncommunicated", Verdict.MINOR_NC, "5.3",
        EntityRef.of("RoleAssignment", "R-AUDITOR@P-AUD1"));
    assertThat(f.found()).isEqualTo("1 of 8 fail: role R-AUDITOR of P-AUD1 not communicated");
    // a communication dated after the as-of date has not happened yet (it counted before)
    Isms later = BASE.withRoleAssignments(map(BASE.roleAssignments(),
        a -> a.person().equals(PersonId.of("P-AUD1")), a -> a.withCommunicatedOn(A.plusDays(3))));
    finding(later, "5.3-duties", "uncommunicated", Verdict.MINOR_NC, "5.3",
        EntityRef.of("RoleAssignment", "R-AUDITOR@P-AUD1"));
    Role auditor = BASE.role(RoleId.of("R-AUDITOR")).orElseThrow();
    finding(BASE.withRole(auditor.withResponsibilities(List.of())), "5.3-duties", "responsibilities",
        Verdict.MINOR_NC, "5.3", auditor.id());
    // a role nobody holds needs no responsibilities yet
    Role spare = Role.builder().id(RoleId.of("R-SPARE")).name("Deputy CISO").build();
    conforms("5.3-duties", BASE.withRoles(plus(BASE.roles(), spare)));
  }
}
