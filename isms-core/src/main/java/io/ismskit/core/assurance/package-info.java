/**
 * Performance evaluation and improvement (clauses 9, 10, 6.3): metrics and measurements, internal audit programmes, audits and findings, management reviews, nonconformities, corrective actions, improvements, planned changes and incidents.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.assurance;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
