package io.ismskit.conformance;

import io.ismskit.core.Isms;
import io.ismskit.core.base.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks an {@link Isms} against a {@link RuleSet} as of a date and returns a {@link
 * ConformanceReport}.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceChecker.check(isms, LocalDate.of(2026, 6, 30), RuleSet.iso27001_2022());
 * CertificationDecision decision = report.certificationDecision();
 * if (!decision.ready()) {
 *   decision.unmet();    // which criteria of a certification decision are not met, and why
 *   report.blockers();   // the major findings, fix-first: clause, entities at fault, expected, found, remedy
 * }
 * }</pre>
 *
 * <p>A check runs in four steps:
 *
 * <ol>
 *   <li><b>validate</b> the model ({@link Isms#validate()}): the check fails closed, so each problem
 *       becomes a blocking {@link Verdict#MAJOR_NC} finding of the pseudo-rule {@code
 *       model-validity} under the clause whose records are broken, and the decision's {@link
 *       CertificationCriterion#MODEL_VALID} is not met. The rules still run, so the report shows
 *       everything at once;
 *   <li><b>evaluate</b> every rule over one {@link IsmsIndex} (the ISMS indexed once, so a check is
 *       linear in its size): every {@link RegisterScan} — built-in or third-party — in one shared
 *       walk over the risk register, every other rule on its own. A rule that returns no finding
 *       gets a {@link Verdict#CONFORMS} one; a rule that throws gets a blocking {@link
 *       Verdict#MAJOR_NC} {@code rule-error} finding naming the rule and, when it threw while
 *       looking at a risk, that risk: its requirement is unverified, so it counts as unmet and the
 *       decision's {@link CertificationCriterion#CHECK_COMPLETE} is not met;
 *   <li><b>adjust</b> each rule's findings by the rule set: re-grade non-passing findings ({@link
 *       RuleSet#regrade}), hide those a suppression in force covers (listed in {@link
 *       ConformanceReport#suppressed()}), note expired suppressions. The checker's own findings
 *       (model problems, rule errors) are never re-graded or suppressed;
 *   <li><b>decide</b> each {@link CertificationCriterion} ({@link ConformanceReport#certificationDecision()}).
 * </ol>
 *
 * <p>The checker reads no clock: the as-of date is an argument.
 */
public final class ConformanceChecker {
  private ConformanceChecker() {}

  /** Checks {@code isms} as of {@code asOf} against the default rule set {@link RuleSet#iso27001_2022()}. */
  public static ConformanceReport check(Isms isms, LocalDate asOf) {
    return check(isms, asOf, RuleSet.iso27001_2022());
  }

  /**
   * Checks {@code isms} as of {@code asOf} against {@code ruleSet}.
   *
   * @throws io.ismskit.core.base.InvalidValueException if {@code asOf} is outside the {@linkplain
   *     io.ismskit.core.base.Dates supported range} (such as {@code LocalDate.MIN})
   */
  public static ConformanceReport check(Isms isms, LocalDate asOf, RuleSet ruleSet) {
    Objects.requireNonNull(isms, "isms");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(ruleSet, "ruleSet");
    return check(IsmsIndex.of(isms, asOf), ruleSet);
  }

  /** Checks an already indexed ISMS against {@code ruleSet}, as of the index's date. */
  public static ConformanceReport check(IsmsIndex index, RuleSet ruleSet) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(ruleSet, "ruleSet");
    List<Problem> problems = validate(index.isms());
    List<RuleRuns.RuleRun> runs = RuleRuns.run(ruleSet.rules(), index, ruleSet.grading());
    List<Finding> visible = new ArrayList<>(ModelValidity.findings(problems));
    List<Finding> hidden = new ArrayList<>();
    List<Finding> errors = new ArrayList<>();
    List<ConformanceReport.RuleResult> results = new ArrayList<>(runs.size());
    for (RuleRuns.RuleRun run : runs) {
      Adjustments.Adjusted adjusted = Adjustments.apply(run, ruleSet, index.asOf());
      visible.addAll(adjusted.visible());
      hidden.addAll(adjusted.hidden());
      results.add(adjusted.result());
      run.error().ifPresent(errors::add);
    }
    CertificationDecision decision = DecisionCriteria.decide(index, problems, errors, visible);
    return new ConformanceReport(index.asOf(), ruleSet.id(), ruleSet.version(), visible, hidden, results, decision,
        problems);
  }

  /** The problems {@link Isms#validate()} finds; empty for a valid model. */
  static List<Problem> validate(Isms isms) {
    return isms.validate().fold(problems -> problems.toJavaList(), valid -> List.of());
  }
}
