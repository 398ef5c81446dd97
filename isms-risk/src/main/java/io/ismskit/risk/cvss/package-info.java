/**
 * The built-in {@code cvss} scoring method: parsing and scoring of CVSS v3.0, v3.1 and v4.0 vector
 * strings exactly as FIRST publishes them.
 *
 * <p>Entry points: {@link io.ismskit.risk.cvss.Cvss#parse(String)} turns a vector string into a
 * {@link io.ismskit.risk.cvss.CvssVector} or a {@link io.ismskit.core.base.Problem} with a
 * stable code from {@link io.ismskit.risk.cvss.CvssCode} and the echoed text shortened; {@link
 * io.ismskit.risk.cvss.Cvss#score(String)} is the allocation-light fast path; {@link
 * io.ismskit.risk.cvss.CvssMethod} is the {@link io.ismskit.risk.spi.ScoringMethod} registered
 * under the id {@code cvss}, whose flat form has the one key {@code vector} and refuses any other.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>CVSS v3.x: base, temporal and environmental scores follow section 7 of the v3.1 (or v3.0)
 *       specification; v3.1 uses the integer-based Roundup of its Appendix A, v3.0 the simple
 *       ceiling to one decimal, and the two differ in the scope-changed Modified Impact formula.
 *       Metrics may appear in any order (as FIRST's calculator and JSON schema accept), but each at
 *       most once, and all eight base metrics are required.
 *   <li>CVSS v4.0: the score is the MacroVector lookup plus severity-distance interpolation of
 *       FIRST's reference calculator, computed in exact integer arithmetic and rounded half up to
 *       one decimal. Metrics must appear in the specification's order (as FIRST's JSON schema and
 *       calculator require), each at most once; the eleven base metrics are required.
 *   <li>Parsing never throws for bad input; it returns an error naming the metric or component
 *       position, the offending value and the reason.
 *   <li>All types are immutable and thread-safe; nothing here reads the clock, files or the
 *       environment. Unless noted, {@code null} arguments throw {@code NullPointerException}.
 * </ul>
 */
@NullMarked
package io.ismskit.risk.cvss;

import org.jspecify.annotations.NullMarked;
