package io.ismskit.conformance.internal;

import io.ismskit.conformance.ConformanceRule;
import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Grading;
import io.ismskit.conformance.IsmsIndex;
import io.ismskit.core.risk.Risk;
import io.vavr.control.Try;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule whose work is one pass over the risk register. Run alone ({@link
 * #evaluate(IsmsIndex, Grading)}) it walks the register itself; {@link #evaluateFused} runs many
 * such rules in a single walk, so each risk is brought into the cache once per check rather than
 * once per rule. The register is the largest part of any ISMS and the risk rules are the most
 * numerous, so this fusion is what keeps a check linear in practice, not just in theory. Not part of
 * the API.
 */
public abstract class RiskScanRule extends BuiltInRule {
  /** A rule {@code id} over {@code clauses} checking {@code requirement}. */
  protected RiskScanRule(String id, String requirement, String... clauses) {
    super(id, requirement, clauses);
  }

  /**
   * Prepares one pass: returns the scan to feed every risk of the register, in register order, or
   * {@code null} when the rule has already concluded (reporting through {@code out}) without looking
   * at risks.
   */
  protected abstract @Nullable Scan start(IsmsIndex ix, Out out);

  /** The state of one rule during one pass over the register. */
  protected interface Scan {
    /** Looks at the next risk of the register. */
    void risk(Risk r);

    /** Concludes the pass, reporting through the {@link Out} given to {@link #start}. */
    void finish();
  }

  @Override
  protected final void check(IsmsIndex ix, Out out) {
    Scan scan = start(ix, out);
    if (scan == null) {
      return;
    }
    for (Risk r : ix.isms().risks()) {
      scan.risk(r);
    }
    scan.finish();
  }

  /**
   * Evaluates every {@code RiskScanRule} among {@code rules} in one pass over the register. The
   * result maps each such rule to its findings, exactly as {@link #evaluate(IsmsIndex, Grading)}
   * would return them, or to the exception it threw; a rule that throws is dropped from the rest of
   * the pass and the others go on.
   */
  public static Map<ConformanceRule, Try<List<Finding>>> evaluateFused(List<? extends ConformanceRule> rules,
      IsmsIndex ix, Grading grading) {
    Map<ConformanceRule, Try<List<Finding>>> results = new IdentityHashMap<>();
    List<RiskScanRule> live = new ArrayList<>();
    List<Out> outs = new ArrayList<>();
    List<Scan> scans = new ArrayList<>();
    for (ConformanceRule rule : rules) {
      if (!(rule instanceof RiskScanRule) || results.containsKey(rule)) {
        continue;
      }
      RiskScanRule r = (RiskScanRule) rule;
      Out out = new Out(r, grading);
      try {
        Scan scan = r.start(ix, out);
        if (scan == null) {
          results.put(r, Try.success(out.result()));
        } else {
          live.add(r);
          outs.add(out);
          scans.add(scan);
          results.put(r, Try.success(List.of())); // replaced when the pass ends
        }
      } catch (RuntimeException e) {
        results.put(r, Try.failure(e));
      }
    }
    int n = scans.size();
    if (n == 0) {
      return results;
    }
    Scan[] active = scans.toArray(Scan[]::new);
    boolean[] failed = new boolean[n];
    for (Risk risk : ix.isms().risks()) {
      for (int i = 0; i < n; i++) {
        if (failed[i]) {
          continue;
        }
        try {
          active[i].risk(risk);
        } catch (RuntimeException e) {
          failed[i] = true;
          results.put(live.get(i), Try.failure(e));
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (failed[i]) {
        continue;
      }
      try {
        active[i].finish();
        results.put(live.get(i), Try.success(outs.get(i).result()));
      } catch (RuntimeException e) {
        results.put(live.get(i), Try.failure(e));
      }
    }
    return results;
  }
}
