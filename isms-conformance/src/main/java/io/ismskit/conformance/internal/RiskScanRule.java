package io.ismskit.conformance.internal;

import io.ismskit.conformance.Finding;
import io.ismskit.conformance.Grading;
import io.ismskit.conformance.IsmsIndex;
import io.ismskit.conformance.RegisterScan;
import io.ismskit.core.risk.Risk;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A built-in rule whose work is one pass over the risk register: the built-in side of the public
 * {@link RegisterScan} facet, so the checker fuses it with every other register scan, built-in or
 * third-party, into one walk. Subclasses implement {@link #scan}, reporting through the {@link
 * BuiltInRule.Out} collector like every built-in rule. Not part of the API.
 *
 * <p>A scan sees only the risks identified on or before the as-of date ({@link
 * BuiltInRule#existsByAsOf(IsmsIndex, java.time.LocalDate)}): a risk identified later is not yet in
 * the register the rule judges. The filter is one date comparison per risk in the shared walk; a
 * rule that needs a count of the risks it judges counts them in {@link Scan#risk}.
 */
public abstract class RiskScanRule extends BuiltInRule implements RegisterScan {
  /** A rule {@code id} over {@code clauses} checking {@code requirement}. */
  protected RiskScanRule(String id, String requirement, String... clauses) {
    super(id, requirement, clauses);
  }

  /**
   * Prepares one pass: returns the scan to feed every risk of the register, in register order, or
   * {@code null} when the rule has already concluded (reporting through {@code out}) without looking
   * at risks.
   */
  protected abstract @Nullable Scan scan(IsmsIndex ix, Out out);

  /** The state of one rule during one pass over the register. */
  protected interface Scan {
    /** Looks at the next risk of the register identified on or before the as-of date. */
    void risk(Risk r);

    /** Concludes the pass, reporting through the {@link Out} given to {@link #scan}. */
    void finish();
  }

  @Override
  public final Pass start(IsmsIndex index, Grading grading) {
    Out out = new Out(this, grading);
    Scan scan = scan(index, out);
    if (scan == null) {
      return RegisterScan.concluded(out.result());
    }
    return new Pass() {
      @Override
      public void visit(Risk risk) {
        if (existsByAsOf(index, risk.identifiedOn())) {
          scan.risk(risk);
        }
      }

      @Override
      public List<Finding> finish() {
        scan.finish();
        return out.result();
      }
    };
  }

  @Override
  protected final void check(IsmsIndex ix, Out out) {
    Scan scan = scan(ix, out);
    if (scan == null) {
      return;
    }
    for (Risk r : ix.isms().risks()) {
      if (existsByAsOf(ix, r.identifiedOn())) {
        scan.risk(r);
      }
    }
    scan.finish();
  }
}
