/**
 * Controls (clause 6.1.3 and Annex A): control implementations and the Statement of Applicability.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.control;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
