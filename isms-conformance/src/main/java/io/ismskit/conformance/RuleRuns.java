package io.ismskit.conformance;

import io.ismskit.core.base.Text;
import io.ismskit.core.id.EntityRef;
import io.ismskit.core.risk.Risk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates the rules of a rule set over one index: every {@link RegisterScan} in one shared walk
 * over the register, every other rule on its own. A rule that throws gets no findings of its own
 * but a blocking {@code rule-error} finding that names it and, when known, the entity it was
 * looking at.
 */
final class RuleRuns {
  /** The code of the finding that reports a rule that threw. */
  static final String RULE_ERROR = "rule-error";

  private RuleRuns() {}

  /**
   * The outcome of one rule.
   *
   * @param rule the rule
   * @param findings its findings; empty if it threw
   * @param error the blocking finding reporting that it threw, if it did
   */
  record RuleRun(ConformanceRule rule, List<Finding> findings, Optional<Finding> error) {
    static RuleRun of(ConformanceRule rule, @Nullable List<Finding> findings) {
      List<Finding> out = findings == null || findings.isEmpty()
          ? List.of(Finding.conforms(rule, "no finding")) : List.copyOf(findings);
      return new RuleRun(rule, out, Optional.empty());
    }

    static RuleRun failed(ConformanceRule rule, RuntimeException e, String stage, @Nullable EntityRef entity) {
      return new RuleRun(rule, List.of(), Optional.of(errorFinding(rule, e, stage, entity)));
    }
  }

  /** Runs {@code rules} over {@code index}, in the order given. */
  static List<RuleRun> run(List<ConformanceRule> rules, IsmsIndex index, Grading grading) {
    Map<ConformanceRule, RuleRun> scanned = walk(rules, index, grading);
    List<RuleRun> out = new ArrayList<>(rules.size());
    for (ConformanceRule rule : rules) {
      RuleRun run = scanned.get(rule);
      out.add(run != null ? run : alone(rule, index, grading));
    }
    return out;
  }

  private static RuleRun alone(ConformanceRule rule, IsmsIndex index, Grading grading) {
    try {
      return RuleRun.of(rule, rule.evaluate(index, grading));
    } catch (RuntimeException e) {
      return RuleRun.failed(rule, e, "evaluating the ISMS", null);
    }
  }

  /**
   * Evaluates every {@link RegisterScan} among {@code rules} in one walk over the register: starts
   * a pass per rule, feeds each risk to every live pass, finishes every pass. A pass that throws is
   * dropped from the rest of the walk; the others go on.
   */
  @SuppressWarnings("IdentityHashMapUsage") // by identity on purpose: a rule of a third party may override equals
  static Map<ConformanceRule, RuleRun> walk(List<ConformanceRule> rules, IsmsIndex index, Grading grading) {
    Map<ConformanceRule, RuleRun> done = new IdentityHashMap<>();
    List<RegisterScan> scans = new ArrayList<>();
    List<RegisterScan.Pass> passes = new ArrayList<>();
    for (ConformanceRule rule : rules) {
      if (rule instanceof RegisterScan scan && !done.containsKey(rule)) {
        startPass(scan, index, grading, done, scans, passes);
      }
    }
    feed(index.isms().risks(), scans, passes, done);
    for (int i = 0; i < scans.size(); i++) {
      RegisterScan scan = scans.get(i);
      if (!done.containsKey(scan)) {
        done.put(scan, finishPass(scan, passes.get(i)));
      }
    }
    return done;
  }

  private static void startPass(RegisterScan scan, IsmsIndex index, Grading grading,
      Map<ConformanceRule, RuleRun> done, List<RegisterScan> scans, List<RegisterScan.Pass> passes) {
    try {
      RegisterScan.Pass pass = scan.start(index, grading);
      if (pass instanceof RegisterScan.Concluded concluded) {
        done.put(scan, RuleRun.of(scan, concluded.findings()));
      } else {
        scans.add(scan);
        passes.add(pass);
      }
    } catch (RuntimeException e) {
      done.put(scan, RuleRun.failed(scan, e, "starting its pass over the register", null));
    }
  }

  /** Feeds every risk to every live pass; a pass that throws is recorded as done and skipped. */
  private static void feed(List<Risk> risks, List<RegisterScan> scans, List<RegisterScan.Pass> passes,
      Map<ConformanceRule, RuleRun> done) {
    int n = passes.size();
    if (n == 0) {
      return;
    }
    RegisterScan.Pass[] live = passes.toArray(RegisterScan.Pass[]::new);
    for (Risk risk : risks) {
      for (int i = 0; i < n; i++) {
        RegisterScan.Pass pass = live[i];
        if (pass == null) {
          continue;
        }
        try {
          pass.visit(risk);
        } catch (RuntimeException e) {
          live[i] = null;
          RegisterScan scan = scans.get(i);
          done.put(scan, RuleRun.failed(scan, e, "looking at risk " + Text.shorten(risk.id().value()),
              EntityRef.of(risk.id())));
        }
      }
    }
  }

  private static RuleRun finishPass(RegisterScan scan, RegisterScan.Pass pass) {
    try {
      return RuleRun.of(scan, pass.finish());
    } catch (RuntimeException e) {
      return RuleRun.failed(scan, e, "finishing its pass over the register", null);
    }
  }

  /**
   * The blocking finding of a rule that threw: the requirement is unverified, so it counts as unmet
   * (fail closed) until the rule is fixed or the requirement is checked by other means.
   */
  static Finding errorFinding(ConformanceRule rule, RuntimeException e, String stage, @Nullable EntityRef entity) {
    Finding.Builder b = Finding.builder(rule, RULE_ERROR)
        .verdict(Verdict.MAJOR_NC)
        .expected("rule " + rule.id() + " evaluates the requirement to a verdict")
        .found("rule " + rule.id() + " (" + rule.getClass().getName() + ") threw " + e.getClass().getName() + ": "
            + Text.shorten(String.valueOf(e.getMessage())) + " while " + stage
            + "; the requirement is unverified and counts as unmet")
        .remedy("report the fault to the author of rule " + rule.id() + "; until it is fixed, verify the "
            + "requirement by other means");
    if (entity != null) {
      b.entity(entity);
    }
    return b.build();
  }
}
