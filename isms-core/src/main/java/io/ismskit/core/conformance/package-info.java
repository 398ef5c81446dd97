/**
 * The conformance checker: rules that hold an ISMS against each requirement of ISO/IEC 27001:2022 clauses 4 to 10 and the Statement of Applicability rules, and the explainable findings and report they produce.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.conformance;

import io.ismskit.core.IsmsStyle;
import org.jspecify.annotations.NullMarked;
