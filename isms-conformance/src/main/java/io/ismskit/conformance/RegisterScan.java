package io.ismskit.conformance;

import io.ismskit.core.risk.Risk;
import java.util.List;
import java.util.Objects;

/**
 * The register-wide facet of the rule SPI: a rule whose work is one pass over the risk register.
 *
 * <p>A register of 100,000 risks is hundreds of megabytes of objects, far beyond the processor's
 * caches, so a check is bound by how often the register is walked, not by what each rule computes.
 * The checker therefore fuses every rule that implements this interface — built-in or third-party,
 * it makes no difference — into a single walk: it {@linkplain #start starts} a {@link Pass} per
 * rule, feeds each risk to every pass in register order, then {@linkplain Pass#finish finishes}
 * each pass for its findings. The result is exactly what {@link #evaluate} gives when the rule runs
 * alone (the default {@code evaluate} walks the register itself).
 *
 * <pre>{@code
 * public final class OwnerNamedRule implements RegisterScan {
 *   public String id() { return "acme.owner-named"; }
 *   public List<ClauseId> clauses() { return List.of(ClauseId.of("6.1.2")); }
 *   public String requirement() { return "Every risk names an owner who is still employed."; }
 *   public Pass start(IsmsIndex index, Grading grading) {
 *     List<EntityRef> left = new ArrayList<>();
 *     return new Pass() {
 *       public void visit(Risk risk) { if (leavers.contains(risk.owner())) left.add(EntityRef.of(risk.id())); }
 *       public List<Finding> finish() { return left.isEmpty() ? List.of() : List.of(...); }
 *     };
 *   }
 * }
 * }</pre>
 *
 * <p>Specification for implementors: everything {@link ConformanceRule} asks, and moreover {@link
 * #start} and the pass's methods look only at the index and the risk given (no walk of the register
 * of their own: that is what the fusion saves); a pass is used by one thread, once: {@code
 * start}, then {@link Pass#visit} for each risk in register order, then {@link Pass#finish}. A rule
 * that can conclude without looking at any risk (say, there is no Statement of Applicability to
 * compare with) returns {@link #concluded(List)} from {@code start}, and the checker skips it in the
 * walk. If {@code start}, {@code visit} or {@code finish} throws, the checker drops the rule from
 * the rest of the walk and reports a blocking {@code rule-error} finding naming the rule and, for
 * {@code visit}, the risk it was looking at; the other rules go on.
 */
public interface RegisterScan extends ConformanceRule {
  /**
   * Starts one pass over the register of {@code index}.
   *
   * @param index the ISMS, indexed once per check
   * @param grading how failing items are graded
   * @return the pass to feed every risk of {@code index.isms().risks()}, in order; or {@link
   *     #concluded(List)} when the rule concludes without looking at risks
   */
  Pass start(IsmsIndex index, Grading grading);

  /**
   * Runs the rule alone: {@link #start}, every risk of the register, {@link Pass#finish}. The
   * checker does the same for many rules in one walk.
   */
  @Override
  default List<Finding> evaluate(IsmsIndex index, Grading grading) {
    Pass pass = start(index, grading);
    if (!(pass instanceof Concluded)) {
      for (Risk risk : index.isms().risks()) {
        pass.visit(risk);
      }
    }
    return pass.finish();
  }

  /** A pass that has concluded before the walk, with {@code findings}; it ignores every risk. */
  static Pass concluded(List<Finding> findings) {
    return new Concluded(findings);
  }

  /** The state of one rule during one walk over the register. */
  interface Pass {
    /** Looks at the next risk of the register. */
    void visit(Risk risk);

    /**
     * Concludes the pass.
     *
     * @return the rule's findings, as {@link ConformanceRule#evaluate} returns them
     */
    List<Finding> finish();
  }

  /**
   * A pass that concluded when it started: it ignores every risk and finishes with its findings.
   *
   * @param findings the rule's findings
   */
  record Concluded(List<Finding> findings) implements Pass {
    /** Copies the findings. */
    public Concluded {
      findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    @Override
    public void visit(Risk risk) {
      // concluded: no risk can change the findings
    }

    @Override
    public List<Finding> finish() {
      return findings;
    }
  }
}
