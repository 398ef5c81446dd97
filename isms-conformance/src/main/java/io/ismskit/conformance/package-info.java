/**
 * The conformance checker: rules that hold an ISMS against each requirement of ISO/IEC 27001:2022
 * clauses 4 to 10 and the Statement of Applicability rules, and the explainable findings and
 * report they produce.
 *
 * <pre>{@code
 * ConformanceReport report = ConformanceChecker.check(isms, asOf, RuleSet.iso27001_2022());
 * report.blockers();   // what stands between the ISMS and certification
 * report.fixFirst();   // everything that needs action, most important first
 * report.diff(lastQuarter);
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * A {@link io.ismskit.conformance.ConformanceRule} has an id, the clauses it checks, a
 * paraphrased requirement, and an evaluation over an {@link io.ismskit.conformance.IsmsIndex}
 * — the ISMS indexed once per check, as of a date. Built-in rules (framework {@code
 * iso27001:2022}) are registered with {@link java.util.ServiceLoader} exactly like third-party
 * ones. A {@link io.ismskit.conformance.RuleSet} is an immutable value: the default set plus
 * added or removed rules, re-graded severities and {@link io.ismskit.conformance.Suppression}s
 * that carry a justification, an approver and an expiry date.
 *
 * <h2>Grading</h2>
 *
 * Verdicts follow the certification practice of ISO/IEC 17021-1 (see {@link
 * io.ismskit.conformance.Verdict}). The built-in rules grade every check the same way, set by
 * the rule set's {@link io.ismskit.conformance.Grading}:
 *
 * <ul>
 *   <li>the artefact a requirement asks for is entirely missing (no scope, no policy, no risk
 *       criteria, no SoA, no internal audit, no management review, no objective, nobody carrying a
 *       5.3 duty, ...): {@link io.ismskit.conformance.Verdict#MAJOR_NC};
 *   <li>a check over many items (risks, assets, documents, people, controls, ...) in which more than
 *       {@link io.ismskit.conformance.Grading#majorShare()} of the items fail (default 20 %),
 *       or at least {@link io.ismskit.conformance.Grading#majorCount()} items when that is
 *       positive: {@link io.ismskit.conformance.Verdict#MAJOR_NC}, the requirement is
 *       systematically unmet;
 *   <li>fewer failing items, or a single missing attribute of a singleton (the scope not
 *       approved, the SoA without its Annex A comparison, an overdue management review): {@link
 *       io.ismskit.conformance.Verdict#MINOR_NC}, an isolated lapse;
 *   <li>a weakness that is not a nonconformity (a scope naming no interface with others): {@link
 *       io.ismskit.conformance.Verdict#OBSERVATION};
 *   <li>every check passes: one {@link io.ismskit.conformance.Verdict#CONFORMS} finding, so
 *       the report shows coverage per clause; a rule whose subject does not exist in the ISMS (no
 *       nonconformity to handle, no significant change) gives {@link
 *       io.ismskit.conformance.Verdict#NOT_APPLICABLE}.
 * </ul>
 *
 * A host changes a rule's grade with {@link io.ismskit.conformance.RuleSet#regrade} and the
 * thresholds with {@link io.ismskit.conformance.RuleSet#withGrading}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.conformance;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
