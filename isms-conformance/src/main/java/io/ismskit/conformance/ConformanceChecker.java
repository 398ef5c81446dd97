package io.ismskit.conformance;

import io.ismskit.conformance.internal.RiskScanRule;
import io.ismskit.core.Isms;
import io.vavr.control.Try;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks an {@link Isms} against a {@link RuleSet} as of a date and returns a {@link
 * ConformanceReport}.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceChecker.check(isms, LocalDate.of(2026, 6, 30), RuleSet.iso27001_2022());
 * if (!report.certificationReady()) {
 *   // what blocks certification, fix-first: clause, entities at fault, expected, found, remedy
 *   List<Finding> toFix = report.blockers();
 * }
 * }</pre>
 *
 * <p>The ISMS is indexed once ({@link IsmsIndex}); each rule then runs over the index, so a check
 * is linear in the size of the ISMS. The built-in rules that look at every risk share a single
 * walk over the register. For each rule the checker: evaluates it (a rule returning no
 * finding gets a {@link Verdict#CONFORMS} finding; a rule that throws gets an {@link
 * Verdict#OBSERVATION} naming the exception, so one faulty plug-in cannot stop a check); applies
 * the rule set's re-grading to non-passing findings; and applies suppressions: a suppression in
 * force hides the finding (it is listed in {@link ConformanceReport#suppressed()}), an expired one
 * leaves it visible with a note naming the expiry date.
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
    LocalDate asOf = index.asOf();
    List<Finding> active = new ArrayList<>();
    List<Finding> hidden = new ArrayList<>();
    List<ConformanceReport.RuleResult> results = new ArrayList<>();
    Map<ConformanceRule, Try<List<Finding>>> fused = RiskScanRule.evaluateFused(ruleSet.rules(), index,
        ruleSet.grading());
    for (ConformanceRule rule : ruleSet.rules()) {
      Try<List<Finding>> done = fused.get(rule);
      List<Finding> raw = done == null ? evaluate(rule, index, ruleSet.grading()) : outcome(rule, done);
      Verdict regrade = ruleSet.regrades().get(rule.id());
      Verdict verdict = null;
      int suppressedCount = 0;
      for (Finding f0 : raw) {
        Finding f = f0;
        if (regrade != null && !f.verdict().passing() && f.verdict() != regrade) {
          f = f.withVerdict(regrade).withNote("re-graded from " + f0.verdict() + " to " + regrade + " by rule set "
              + ruleSet.id() + " " + ruleSet.version());
        }
        boolean suppressed = false;
        for (Suppression s : ruleSet.suppressions()) {
          if (!s.matches(f)) {
            continue;
          }
          if (s.inForceOn(asOf)) {
            hidden.add(f.withNote("suppressed until " + s.expiresOn() + ", approved by " + s.approvedBy().value()
                + " on " + s.approvedOn() + ": " + s.justification()));
            suppressed = true;
            break;
          }
          if (s.expiredOn(asOf)) {
            f = f.withNote("the suppression approved by " + s.approvedBy().value() + " on " + s.approvedOn()
                + " expired on " + s.expiresOn());
          }
        }
        if (suppressed) {
          suppressedCount++;
        } else {
          active.add(f);
          verdict = verdict == null ? f.verdict() : verdict.worst(f.verdict());
        }
      }
      results.add(new ConformanceReport.RuleResult(rule.id(), rule.clauses(),
          verdict == null ? Verdict.CONFORMS : verdict, suppressedCount));
    }
    return new ConformanceReport(asOf, ruleSet.id(), ruleSet.version(), active, hidden, results);
  }

  private static List<Finding> evaluate(ConformanceRule rule, IsmsIndex index, Grading grading) {
    Try<List<Finding>> result;
    try {
      result = Try.success(rule.evaluate(index, grading));
    } catch (RuntimeException e) {
      result = Try.failure(e);
    }
    return outcome(rule, result);
  }

  private static List<Finding> outcome(ConformanceRule rule, Try<List<Finding>> result) {
    if (result.isFailure()) {
      return List.of(Finding.builder(rule, "rule-error")
          .verdict(Verdict.OBSERVATION)
          .expected("the rule evaluates without error")
          .found("the rule threw " + result.getCause())
          .remedy("report the fault to the author of rule " + rule.id())
          .build());
    }
    List<Finding> out = result.get();
    if (out == null || out.isEmpty()) {
      return List.of(Finding.conforms(rule, "no finding"));
    }
    return out;
  }
}
