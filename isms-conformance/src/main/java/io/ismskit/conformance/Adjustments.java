package io.ismskit.conformance;

import io.ismskit.conformance.ConformanceReport.RuleResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a rule set does to the findings of one rule, step by step: re-grade a non-passing finding
 * ({@link RuleSet#regrade}), hide it under a suppression in force, note a suppression that has
 * expired. The checker's own {@code rule-error} finding goes through none of these steps: an
 * unverified requirement is never re-graded or suppressed away.
 */
final class Adjustments {
  private Adjustments() {}

  /**
   * The findings of one rule after the rule set's adjustments.
   *
   * @param visible the findings the report shows
   * @param hidden the findings a suppression in force hides, each with a note naming it
   * @param result the rule's outcome
   */
  record Adjusted(List<Finding> visible, List<Finding> hidden, RuleResult result) {}

  /** Adjusts the findings of {@code run} by {@code ruleSet} as of {@code asOf}. */
  static Adjusted apply(RuleRuns.RuleRun run, RuleSet ruleSet, LocalDate asOf) {
    List<Finding> visible = new ArrayList<>();
    List<Finding> hidden = new ArrayList<>();
    for (Finding raw : run.findings()) {
      Finding f = regraded(raw, ruleSet);
      Optional<Suppression> inForce = suppressionInForce(f, ruleSet, asOf);
      if (inForce.isPresent()) {
        hidden.add(f.withNote(hiddenBy(inForce.get())));
      } else {
        visible.add(withExpiryNotes(f, ruleSet, asOf));
      }
    }
    run.error().ifPresent(visible::add);
    ConformanceRule rule = run.rule();
    return new Adjusted(visible, hidden, new RuleResult(rule.id(), rule.clauses(), worst(visible), hidden.size()));
  }

  /** {@code f} with the rule set's re-grading of its rule, if it has one and {@code f} is not passing. */
  static Finding regraded(Finding f, RuleSet ruleSet) {
    Verdict to = ruleSet.regrades().get(f.ruleId());
    if (to == null || f.verdict().passing() || f.verdict() == to) {
      return f;
    }
    return f.withVerdict(to).withNote("re-graded from " + f.verdict() + " to " + to + " by rule set "
        + ruleSet.id() + " " + ruleSet.version());
  }

  /** The first suppression of the rule set that matches {@code f} and is in force on {@code asOf}. */
  static Optional<Suppression> suppressionInForce(Finding f, RuleSet ruleSet, LocalDate asOf) {
    for (Suppression s : ruleSet.suppressions()) {
      if (s.matches(f) && s.inForceOn(asOf)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** {@code f} with a note for each matching suppression that has expired by {@code asOf}. */
  static Finding withExpiryNotes(Finding f, RuleSet ruleSet, LocalDate asOf) {
    Finding out = f;
    for (Suppression s : ruleSet.suppressions()) {
      if (s.matches(f) && s.expiredOn(asOf)) {
        out = out.withNote("the suppression approved by " + s.approvedBy().value() + " on " + s.approvedOn()
            + " expired on " + s.expiresOn());
      }
    }
    return out;
  }

  private static String hiddenBy(Suppression s) {
    return "suppressed until " + s.expiresOn() + ", approved by " + s.approvedBy().value() + " on "
        + s.approvedOn() + ": " + s.justification();
  }

  /** The most severe verdict of {@code findings}; {@link Verdict#CONFORMS} if there is none. */
  static Verdict worst(List<Finding> findings) {
    Verdict v = null;
    for (Finding f : findings) {
      v = v == null ? f.verdict() : v.worst(f.verdict());
    }
    return v == null ? Verdict.CONFORMS : v;
  }
}
