package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.plus;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.catalog.ClauseId;
import io.ismskit.core.catalog.Iso27001_2022;
import io.ismskit.core.context.InterestedParty;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.context.Organization;
import io.ismskit.core.context.PartyKind;
import io.ismskit.core.id.ContextIssueId;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.id.InterestedPartyId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.RequirementId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in rules of clause 4, each with a conformant and a breaking case and the exact finding. */
class ContextRulesTest {
  static final Isms EMPTY = Isms.builder().organization(Organization.builder().name("Empty").headcount(3).build())
      .build();

  @Test
  void issues() {
    conforms("4.1-issues");
    ContextIssueId ci2 = ContextIssueId.of("CI-2");
    Isms stale = BASE.withContextIssue(BASE.contextIssue(ci2).orElseThrow().withLastReviewed(A.minusDays(500)));
    finding(stale, "4.1-issues", "stale", Verdict.MINOR_NC, "4.1", ci2);
    finding(EMPTY, "4.1-issues", "missing", Verdict.MAJOR_NC, "4.1");
  }

  @Test
  void climate() {
    conforms("4.1-climate");
    EntityRef decision = EntityRef.of("ClimateChangeDecision", "-");
    Isms unlinked = BASE.withClimateChangeDecision(BASE.climateChangeDecision().orElseThrow().withIssues(List.of()));
    finding(unlinked, "4.1-climate", "unlinked", Verdict.MINOR_NC, "4.1", decision);
    // a missing decision is a minor lapse, not a major (issue 12 item 3)
    finding(BASE.withClimateChangeDecision(Optional.empty()), "4.1-climate", "missing", Verdict.MINOR_NC, "4.1");
  }

  @Test
  void parties() {
    conforms("4.2-parties");
    InterestedParty p = InterestedParty.builder().id(InterestedPartyId.of("IP-NEW")).name("Neighbours")
        .kind(PartyKind.PUBLIC).build();
    finding(BASE.withInterestedParty(p), "4.2-parties", "no-requirements", Verdict.MINOR_NC, "4.2", p.id());
    finding(EMPTY, "4.2-parties", "missing", Verdict.MAJOR_NC, "4.2");
  }

  @Test
  void requirements() {
    conforms("4.2-requirements");
    RequirementId req2 = RequirementId.of("REQ-2");
    InterestedParty ip2 = BASE.interestedParty(InterestedPartyId.of("IP-2")).orElseThrow();
    Isms undecided = BASE.withInterestedParty(ip2.withRequirements(map(ip2.requirements(),
        q -> q.id().equals(req2), q -> q.withAddressedByIsms(Optional.empty()))));
    finding(undecided, "4.2-requirements", "undecided", Verdict.MINOR_NC, "4.2", req2);
  }

  @Test
  void scope() {
    conforms("4.3-scope");
    EntityRef scope = EntityRef.of("Scope", "-");
    Isms unapproved = BASE.withScope(BASE.scope().orElseThrow().withApproval(Optional.empty()));
    finding(unapproved, "4.3-scope", "unapproved", Verdict.MINOR_NC, "4.3", scope);
    Isms closed = BASE.withScope(BASE.scope().orElseThrow().withInterfaces(List.of()));
    finding(closed, "4.3-scope", "interfaces", Verdict.OBSERVATION, "4.3", scope);
    finding(EMPTY, "4.3-scope", "missing", Verdict.MAJOR_NC, "4.3");
  }

  @Test
  void processes() {
    conforms("4.4-processes");
    IsmsProcess pr4 = BASE.process(ProcessId.of("PR-4")).orElseThrow();
    Isms isolated = BASE.withProcess(pr4.withInputs(List.of()).withOutputs(List.of()).withInteractsWith(List.of()));
    finding(isolated, "4.4-processes", "interactions", Verdict.MINOR_NC, "4.4", pr4.id());
    finding(EMPTY, "4.4-processes", "missing", Verdict.MAJOR_NC, "4.4");
  }

  @Test
  void processes_aTopLevelClauseServesNoneOfItsSubClauses() {
    // the shallow rule passed this: one process tagged "9" covered clause 9
    IsmsProcess pr9 = BASE.process(ProcessId.of("PR-9")).orElseThrow();
    Isms tagged9 = BASE.withProcess(pr9.withClauses(ClauseId.of("9")));
    finding(tagged9, "4.4-processes", "clauses", Verdict.MINOR_NC, "4.4",
        clauses("9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3"));
    // an intermediate heading does serve its sub-clauses: an internal audit process tagged 9.2
    conforms("4.4-processes", BASE.withProcess(pr9.withClauses(ClauseId.of("9.1"), ClauseId.of("9.2"),
        ClauseId.of("9.3"))));
    // every process tagged with its top-level clause only: nothing is served, a systematic failure
    Isms topLevelOnly = BASE.withProcesses(map(BASE.processes(), p -> true,
        p -> p.withClauses(ClauseId.of(p.clauses().get(0).value().split("\\.", -1)[0]))));
    Finding f = finding(topLevelOnly, "4.4-processes", "clauses", Verdict.MAJOR_NC, "4.4",
        clauses(Iso27001_2022.framework().requirementClauseIds().stream().map(ClauseId::value).toArray(String[]::new)));
    assertThat(f.found()).startsWith("30 of 30 fail");
  }

  // ------------------------------------------------------------ evidence dated after the as-of date

  @Test
  void issues_aReviewDatedAfterTheAsOfDate_hasNotHappened() {
    var ci2 = BASE.contextIssue(ContextIssueId.of("CI-2")).orElseThrow().withIdentifiedOn(A.minusDays(500));
    conforms("4.1-issues", BASE.withContextIssue(ci2.withLastReviewed(A.minusDays(10))));
    // reviewed next week: as of today the issue was last looked at when it was identified, 500 days ago
    Finding f = finding(BASE.withContextIssue(ci2.withLastReviewed(A.plusDays(7))), "4.1-issues", "stale",
        Verdict.MINOR_NC, "4.1", ci2.id());
    assertThat(f.found()).endsWith("issue CI-2 last reviewed " + A.minusDays(500));
  }

  @Test
  void climate_aDecisionDatedAfterTheAsOfDate_isNotTakenYet() {
    var d = BASE.climateChangeDecision().orElseThrow();
    Finding f = finding(BASE.withClimateChangeDecision(d.withDecidedOn(A.plusDays(7))), "4.1-climate", "missing",
        Verdict.MINOR_NC, "4.1");
    assertThat(f.found()).isEqualTo("no climate-change decision by " + A + " (decided on " + A.plusDays(7) + ")");
  }

  @Test
  void scope_anApprovalDatedAfterTheAsOfDate_isNotGiven() {
    var sc = BASE.scope().orElseThrow();
    Isms later = BASE.withScope(sc.withApproval(io.ismskit.core.governance.Approval.of(
        sc.approval().orElseThrow().by(), A.plusDays(7))));
    Finding f = finding(later, "4.3-scope", "unapproved", Verdict.MINOR_NC, "4.3", EntityRef.of("Scope", "-"));
    assertThat(f.found()).isEqualTo("scope version " + sc.version() + " is not approved by " + A);
  }

  static Object[] clauses(String... ids) {
    Object[] out = new Object[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = EntityRef.of("Clause", ids[i]);
    }
    return out;
  }

  static <T> List<T> with(List<T> l, T x) {
    return plus(l, x);
  }
}
