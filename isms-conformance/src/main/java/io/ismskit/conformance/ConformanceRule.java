package io.ismskit.conformance;

import io.ismskit.core.catalog.ClauseId;
import java.util.List;

/**
 * A conformance rule: one requirement of ISO/IEC 27001:2022 (or of any other framework), held
 * against an indexed view of an ISMS as of a date.
 *
 * <p>Rules are plug-ins. The built-in rules are registered in {@code
 * META-INF/services/io.ismskit.conformance.ConformanceRule} and found with {@link
 * java.util.ServiceLoader}, exactly like third-party rules; a host can also register rules
 * explicitly with {@link RuleSet#withRule(ConformanceRule)}.
 *
 * <p>Specification for implementors: a rule is immutable, thread-safe and deterministic; it reads
 * only the {@link IsmsIndex} it is given (never the clock, files or environment); it must not do
 * per-item scans of other collections (use the index's maps) so that a check stays linear in the
 * size of the ISMS. {@link #evaluate} returns at least one finding: one finding per failed check,
 * or a single {@link Verdict#CONFORMS} (or {@link Verdict#NOT_APPLICABLE}) finding when the rule
 * passes. Failed checks are graded with the {@link Grading} given. A rule must not throw for any
 * valid {@link io.ismskit.core.Isms}. The checker fails closed: an exception becomes a blocking
 * {@link Verdict#MAJOR_NC} finding with code {@code rule-error} that names the rule (and the risk it
 * was looking at, for a {@link RegisterScan}), and the certification decision's {@link
 * CertificationCriterion#CHECK_COMPLETE} is not met.
 *
 * <p>A rule whose work is one pass over the risk register implements the {@link RegisterScan}
 * facet, and the checker runs it in one walk with every other such rule.
 */
public interface ConformanceRule {
  /** The rule's id, unique within a rule set, such as {@code "6.1.2-asset-coverage"}. */
  String id();

  /** The clauses the rule checks; at least one. */
  List<ClauseId> clauses();

  /** A paraphrased statement of the requirement the rule checks. */
  String requirement();

  /**
   * The framework whose default rule set the rule belongs to; {@code "iso27001:2022"} for the
   * built-in rules. Third-party rules keep the default {@code "custom"}, so they join a rule set
   * only when a host adds them.
   */
  default String framework() {
    return "custom";
  }

  /**
   * Evaluates the rule on {@code index} (which carries the as-of date).
   *
   * @param index the ISMS, indexed once per check
   * @param grading how failing items are graded
   * @return the findings, at least one
   */
  List<Finding> evaluate(IsmsIndex index, Grading grading);
}
