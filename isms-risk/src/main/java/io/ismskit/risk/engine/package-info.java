/**
 * The risk engine: asset valuation, evaluation against the risk criteria, treatment and residual
 * risk, re-assessment with history, and method migrations (ISO/IEC 27001:2022 clauses 6.1.2,
 * 6.1.3, 8.2 and 8.3).
 *
 * <p>{@link io.ismskit.risk.engine.RiskEngine} scores every risk of an {@link io.ismskit.core.Isms}
 * with the {@link io.ismskit.risk.spi.ScoringMethod} named by the risk's inherent assessment,
 * derives its residual risk from the controls its treatment relies on, evaluates both against the
 * ISMS's {@link io.ismskit.core.risk.RiskCriteria} and returns a new ISMS with a register summary
 * ({@link io.ismskit.risk.engine.AssessedRegister}). {@link io.ismskit.risk.engine.AssetValuation}
 * computes the high-water mark of asset values along dependencies.
 *
 * <p>Contract of the package:
 *
 * <ul>
 *   <li>Bad data never throws: a risk that cannot be scored is listed as a {@link
 *       io.ismskit.core.base.Problem} with an {@link io.ismskit.risk.engine.EngineCode} naming the
 *       risk, the field and the value, and keeps its
 *       previous assessments; no risk is ever half-updated.
 *   <li>Scores never shift silently: a method whose version differs from the one a risk was
 *       assessed with is refused by {@code assess} and applied only by {@code migrate}, and every
 *       change is listed with its reasons in a {@link io.ismskit.risk.engine.MigrationReport};
 *       replaced assessments move to {@link io.ismskit.core.risk.Risk#history()}.
 *   <li>Levels are always those of the criteria ({@code criteria.levelOf(normalized)}), never the
 *       method's own labels, which are kept in the assessment's rationale.
 *   <li>Results are deterministic and do not depend on the order of the risk or asset lists,
 *       except that the returned ISMS keeps its lists in their original order.
 *   <li>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 *       immutable and thread-safe; nothing here reads the clock, files or environment: the date
 *       of an assessment is always passed in.
 * </ul>
 */
@NullMarked
package io.ismskit.risk.engine;

import org.jspecify.annotations.NullMarked;
