package io.ismskit.conformance;

import static io.ismskit.conformance.RuleTesting.A;
import static io.ismskit.conformance.RuleTesting.BASE;
import static io.ismskit.conformance.RuleTesting.conforms;
import static io.ismskit.conformance.RuleTesting.finding;
import static io.ismskit.conformance.RuleTesting.map;
import static io.ismskit.conformance.RuleTesting.notApplicable;
import static org.assertj.core.api.Assertions.assertThat;

import io.ismskit.core.Isms;
import io.ismskit.core.assurance.AuditProgress;
import io.ismskit.core.assurance.Evaluation;
import io.ismskit.core.assurance.InternalAudit;
import io.ismskit.core.assurance.ManagementReview;
import io.ismskit.core.assurance.Measurement;
import io.ismskit.core.assurance.ReviewInput;
import io.ismskit.core.catalog.ControlId;
import io.ismskit.core.context.IsmsProcess;
import io.ismskit.core.id.AuditId;
import io.ismskit.core.id.AuditProgrammeId;
import io.ismskit.core.id.MeasurementId;
import io.ismskit.core.id.MetricId;
import io.ismskit.core.id.PersonId;
import io.ismskit.core.id.ProcessId;
import io.ismskit.core.id.ReviewId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules of clause 9 (the audit criteria, programme basis and follow-up rules are in
 * {@link SampledRulesTest}), each with a conformant case, a breaking case made by a minimal edit,
 * and the exact finding; for the deepened ones (9.1 evaluation, 9.3.2 inputs backed by their
 * artefacts), the case a shallow rule passes and the deep one fails; for the rules that grade by
 * extent, an isolated lapse (minor) and a systematic failure (major).
 */
class EvaluationRulesTest {
  static final Isms EMPTY = ContextRulesTest.EMPTY;
  static final PersonId CISO = PersonId.of("P-CISO");
  static final AuditId AU_1 = AuditId.of("AU-1");
  static final AuditId AU_2 = AuditId.of("AU-2");
  static final AuditId AU_3 = AuditId.of("AU-3");
  static final ReviewId MR_2 = ReviewId.of("MR-2");

  static Measurement measurement(Isms i, String id) {
    return i.measurement(MeasurementId.of(id)).orElseThrow();
  }

  static InternalAudit audit(Isms i, AuditId id) {
    return i.audit(id).orElseThrow();
  }

  static ManagementReview mr2(Isms i) {
    return i.managementReview(MR_2).orElseThrow();
  }

  static Object[] clauses(String... ids) {
    return ContextRulesTest.clauses(ids);
  }

  // ---------------------------------------------------------------------------------------------- 9.1

  @Test
  void monitoring() {
    conforms("9.1-monitoring");
    finding(EMPTY, "9.1-monitoring", "missing", Verdict.MAJOR_NC, "9.1");
    Measurement ms12 = measurement(BASE, "MS-1-2");
    Isms late = BASE.withMeasurement(ms12.withMeasuredOn(A.minusDays(100)));
    assertThat(finding(late, "9.1-monitoring", "not-measured", Verdict.MINOR_NC, "9.1", MetricId.of("M-1")).found())
        .isEqualTo("1 of 3 fail: metric M-1 last measured " + A.minusDays(100));
    // a shallow rule passes this: M-2 was measured on time. But its result was never evaluated
    Measurement ms22 = measurement(BASE, "MS-2-2");
    Finding f = finding(BASE.withMeasurement(ms22.withEvaluation(Optional.empty())), "9.1-monitoring",
        "not-evaluated", Verdict.MINOR_NC, "9.1", MetricId.of("M-2"), ms22.id());
    assertThat(f.found()).isEqualTo("1 of 3 fail: metric M-2 measurement MS-2-2 not evaluated");
    // an evaluation dated after the as-of date has not happened yet
    finding(BASE.withMeasurement(ms22.withEvaluation(Evaluation.of("On target", A.plusDays(3)))), "9.1-monitoring",
        "not-evaluated", Verdict.MINOR_NC, "9.1", MetricId.of("M-2"), ms22.id());
    // nothing measured this quarter: systematic
    Isms quiet = BASE.withMeasurements(map(BASE.measurements(), m -> m.id().value().endsWith("-2"),
        m -> m.withMeasuredOn(A.minusDays(100))));
    finding(quiet, "9.1-monitoring", "not-measured", Verdict.MAJOR_NC, "9.1", MetricId.of("M-1"),
        MetricId.of("M-2"), MetricId.of("M-3"));
  }

  // ---------------------------------------------------------------------------------------------- 9.2.1

  @Test
  void internalAudit() {
    conforms("9.2.1-internal-audit");
    finding(EMPTY, "9.2.1-internal-audit", "no-programme", Verdict.MAJOR_NC, "9.2.1");
    // the programme exists but no audit was ever performed: 9.2 not addressed
    Isms notYet = BASE.withAudits(map(BASE.audits(), a -> true, a -> a.withProgress(AuditProgress.planned())
        .withReport(Optional.empty()).withReportedTo(List.of()).withPlannedOn(A.plusDays(30))));
    Finding none = finding(notYet, "9.2.1-internal-audit", "none-performed", Verdict.MAJOR_NC, "9.2.1");
    assertThat(none.found()).isEqualTo("no audit performed");
    // AU-3 planned yesterday and not performed
    Isms missed = BASE.withAudit(audit(BASE, AU_3).withPlannedOn(A.minusDays(1)));
    assertThat(finding(missed, "9.2.1-internal-audit", "overdue", Verdict.MINOR_NC, "9.2.1", AU_3).found())
        .isEqualTo("1 of 3 fail: audit AU-3 planned " + A.minusDays(1) + " not performed");
    // a year and more later: the cycle overran the interval (minor), and AU-3 is overdue too
    var later = A.plusDays(400);
    Finding cycle = finding(BASE, later, "9.2.1-internal-audit", "overdue-cycle", Verdict.MINOR_NC, "9.2.1");
    assertThat(cycle.found()).isEqualTo("last audit performed " + A.minusDays(40));
    finding(BASE, later, "9.2.1-internal-audit", "overdue", Verdict.MINOR_NC, "9.2.1", AU_3);
  }

  @Test
  void internalAudit_performedAfterTheAsOfDate_wasNotPerformedOnIt() {
    Isms later = BASE.withAudit(audit(BASE, AU_3).withPlannedOn(A.minusDays(1))
        .withProgress(AuditProgress.performed(A.plusDays(3))));
    assertThat(finding(later, "9.2.1-internal-audit", "overdue", Verdict.MINOR_NC, "9.2.1", AU_3).found())
        .isEqualTo("1 of 3 fail: audit AU-3 planned " + A.minusDays(1) + " not performed by " + A + " (performed "
            + A.plusDays(3) + ")");
  }

  // ---------------------------------------------------------------------------------------------- 9.2.2

  @Test
  void programmeCoverage() {
    conforms("9.2.2-programme-coverage");
    notApplicable("9.2.2-programme-coverage", EMPTY);
    var ap = BASE.auditProgramme(AuditProgrammeId.of("AP-1")).orElseThrow();
    finding(BASE.withAuditProgramme(ap.withApprovedBy(Optional.empty())), "9.2.2-programme-coverage", "unapproved",
        Verdict.MINOR_NC, "9.2.2", ap.id());
    // AU-1 audits the top-level clauses: a parent covers its sub-clauses, so without "10" both 10.x go
    InternalAudit au1 = audit(BASE, AU_1);
    Isms no10 = BASE.withAudit(au1.withClauses(au1.clauses().stream().filter(c -> !c.value().equals("10")).toList()));
    assertThat(finding(no10, "9.2.2-programme-coverage", "clauses", Verdict.MINOR_NC, "9.2.2",
        clauses("10.1", "10.2")).found()).startsWith("2 of 30 fail: clause 10.1 not audited");
    // an audit planned before the programme's period does not count for it: nothing is covered
    Isms before = BASE.withAudit(au1.withPlannedOn(ap.start().minusDays(1)));
    assertThat(RuleTesting.findings("9.2.2-programme-coverage", before)).filteredOn(f -> f.code().equals("clauses"))
        .singleElement().satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.MAJOR_NC);
          assertThat(f.found()).startsWith("30 of 30 fail");
        });
    // a control of the first half (AU-3 audits only the second half) left out of AU-2
    InternalAudit au2 = audit(BASE, AU_2);
    ControlId c = au2.controls().get(0);
    finding(BASE.withAudit(au2.withControls(au2.controls().subList(1, au2.controls().size()))),
        "9.2.2-programme-coverage", "controls", Verdict.MINOR_NC, "9.2.2", c);
  }

  @Test
  void impartiality() {
    conforms("9.2.2-impartiality");
    notApplicable("9.2.2-impartiality", EMPTY);
    // the auditor of AU-1 owns the internal audit process that AU-1 also audits
    PersonId aud1 = PersonId.of("P-AUD1");
    IsmsProcess pr9 = BASE.process(ProcessId.of("PR-9")).orElseThrow();
    InternalAudit au1 = audit(BASE, AU_1);
    Isms ownProcess = BASE.withProcess(pr9.withOwner(aud1))
        .withAudit(au1.withProcesses(List.of(ProcessId.of("PR-6"), pr9.id())));
    Finding f = finding(ownProcess, "9.2.2-impartiality", "own-work", Verdict.MINOR_NC, "9.2.2", AU_1, aud1);
    assertThat(f.found()).isEqualTo("1 of 3 fail: audit AU-1: auditor P-AUD1 audits their own work");
    // and the auditor of AU-2 is among its auditees: two audits of three, systematic
    InternalAudit au2 = audit(BASE, AU_2);
    PersonId aud2 = PersonId.of("P-AUD2");
    finding(ownProcess.withAudit(au2.withAuditees(List.of(CISO, aud2))), "9.2.2-impartiality", "own-work",
        Verdict.MAJOR_NC, "9.2.2", AU_1, aud1, AU_2, aud2);
  }

  @Test
  void reporting() {
    conforms("9.2.2-reporting");
    notApplicable("9.2.2-reporting", EMPTY);
    InternalAudit au2 = audit(BASE, AU_2);
    Isms unreported = BASE.withAudit(au2.withProgress(AuditProgress.performed(A.minusDays(40)))
        .withReport(Optional.empty()).withReportedTo(List.of()));
    assertThat(finding(unreported, "9.2.2-reporting", "unreported", Verdict.MINOR_NC, "9.2.2", AU_2).found())
        .isEqualTo("1 of 2 fail: audit AU-2 performed " + A.minusDays(40) + " is not reported");
    // a shallow rule passes these: the status says reported
    assertThat(finding(BASE.withAudit(au2.withReportedTo(List.of())), "9.2.2-reporting", "unreported",
        Verdict.MINOR_NC, "9.2.2", AU_2).found()).endsWith("is reported to nobody");
    assertThat(finding(BASE.withAudit(au2.withReport(Optional.empty())), "9.2.2-reporting", "unreported",
        Verdict.MINOR_NC, "9.2.2", AU_2).found()).endsWith("is without report");
    // within 30 days of the fieldwork the report may still be in preparation
    conforms("9.2.2-reporting", BASE.withAudit(au2.withProgress(AuditProgress.performed(A.minusDays(20)))
        .withReport(Optional.empty()).withReportedTo(List.of())));
    InternalAudit au1 = audit(BASE, AU_1);
    finding(unreported.withAudit(au1.withReportedTo(List.of())), "9.2.2-reporting", "unreported", Verdict.MAJOR_NC,
        "9.2.2", AU_1, AU_2);
  }

  @Test
  void reporting_aReportDatedAfterTheAsOfDate_isNotMadeYet() {
    InternalAudit au2 = audit(BASE, AU_2);
    Isms later = BASE.withAudit(au2.withProgress(AuditProgress.reported(A.minusDays(40), A.plusDays(3))));
    assertThat(finding(later, "9.2.2-reporting", "unreported", Verdict.MINOR_NC, "9.2.2", AU_2).found())
        .isEqualTo("1 of 2 fail: audit AU-2 performed " + A.minusDays(40) + " is not reported by " + A
            + " (reported " + A.plusDays(3) + ")");
  }

  // ---------------------------------------------------------------------------------------------- 9.3

  @Test
  void managementReview() {
    conforms("9.3.1-management-review");
    finding(EMPTY, "9.3.1-management-review", "missing", Verdict.MAJOR_NC, "9.3.1");
    Finding overdue = finding(BASE, A.plusDays(400), "9.3.1-management-review", "overdue", Verdict.MINOR_NC,
        "9.3.1", MR_2);
    assertThat(overdue.found()).isEqualTo("last held " + A.minusDays(40));
    finding(BASE.withManagementReview(mr2(BASE).withAttendees(List.of(CISO))), "9.3.1-management-review",
        "top-management", Verdict.MINOR_NC, "9.3.1", MR_2);
  }

  @Test
  void reviewInputs() {
    conforms("9.3.2-review-inputs");
    notApplicable("9.3.2-review-inputs", EMPTY);
    Set<ReviewInput> noRisk = EnumSet.allOf(ReviewInput.class);
    noRisk.remove(ReviewInput.RISK_STATUS);
    assertThat(finding(BASE.withManagementReview(mr2(BASE).withInputs(noRisk)), "9.3.2-review-inputs",
        "missing-inputs", Verdict.MINOR_NC, "9.3.2", MR_2).found())
        .isEqualTo("1 of 10 fail: input RISK_STATUS not considered");
    Isms two = BASE.withManagementReview(mr2(BASE).withInputs(EnumSet.of(ReviewInput.AUDIT_RESULTS,
        ReviewInput.RISK_STATUS)));
    assertThat(finding(two, "9.3.2-review-inputs", "missing-inputs", Verdict.MAJOR_NC, "9.3.2", MR_2).found())
        .startsWith("8 of 10 fail: ");
  }

  @Test
  void reviewInputs_anInputListedMustRestOnItsArtefacts() {
    // a shallow rule passes this: MR-2 lists monitoring results. But no measurement had been
    // evaluated when it was held (40 days ago): the evaluations are dated 30 and 15 days ago
    Isms evaluatedLater = BASE.withMeasurements(map(BASE.measurements(), m -> m.id().value().endsWith("-1"),
        m -> m.withEvaluation(Evaluation.of("Below target", A.minusDays(30)))));
    Finding f = finding(evaluatedLater, "9.3.2-review-inputs", "unsupported-inputs", Verdict.MINOR_NC, "9.3.2", MR_2);
    assertThat(f.found()).isEqualTo("1 of 10 fail: input MONITORING_RESULTS listed, but nothing of that kind "
        + "existed by " + A.minusDays(40));
  }

  @Test
  void reviewOutputs() {
    conforms("9.3.3-review-outputs");
    notApplicable("9.3.3-review-outputs", EMPTY);
    ManagementReview mr2 = mr2(BASE);
    // the review was held: taking no decision is a lapse of its results, not a major
    assertThat(finding(BASE.withManagementReview(mr2.withDecisions(List.of())), "9.3.3-review-outputs",
        "no-decisions", Verdict.MINOR_NC, "9.3.3", MR_2).found()).isEqualTo("review MR-2 took no decision");
    Isms resourcesOnly = BASE.withManagementReview(mr2.withDecisions(mr2.decisions().stream()
        .filter(d -> d.kind() == io.ismskit.core.assurance.DecisionKind.RESOURCE).toList()));
    finding(resourcesOnly, "9.3.3-review-outputs", "no-improvement", Verdict.MINOR_NC, "9.3.3", MR_2);
    Isms noOwner = BASE.withManagementReview(mr2.withDecisions(map(mr2.decisions(),
        d -> d.description().equals("Automate access reviews"), d -> d.withOwner(Optional.empty()))));
    assertThat(finding(noOwner, "9.3.3-review-outputs", "incomplete-actions", Verdict.MINOR_NC, "9.3.3", MR_2)
        .found()).isEqualTo("1 of 3 fail: decision 0 'Automate access reviews' has no owner");
    Isms noDates = BASE.withManagementReview(mr2.withDecisions(map(mr2.decisions(), d -> true,
        d -> d.withDueDate(Optional.empty()))));
    assertThat(finding(noDates, "9.3.3-review-outputs", "incomplete-actions", Verdict.MAJOR_NC, "9.3.3", MR_2)
        .found()).startsWith("3 of 3 fail: decision 0 'Automate access reviews' has no due date");
    finding(BASE.withManagementReview(mr2.withMinutes(Optional.empty())), "9.3.3-review-outputs", "minutes",
        Verdict.MINOR_NC, "9.3.3", MR_2);
  }
}
