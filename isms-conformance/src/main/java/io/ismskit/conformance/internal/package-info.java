/**
 * The built-in ISO/IEC 27001:2022 conformance rules: one class per rule, grouped by clause, each
 * registered in {@code META-INF/services/io.ismskit.conformance.ConformanceRule}. Not part of
 * the API: use them through {@link io.ismskit.conformance.RuleSet#iso27001_2022()}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.conformance.internal;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
