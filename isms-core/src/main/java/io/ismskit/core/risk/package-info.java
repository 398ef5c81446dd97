/**
 * Information security risk (clauses 6.1, 8.2, 8.3): threats, vulnerabilities, risks with inherent and residual assessments, treatments and acceptances, risk criteria, and ISMS-level risks and opportunities (6.1.1). Assessments are data here; isms-risk computes them.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.risk;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
