/**
 * The catalog of frameworks: the ISO/IEC 27001:2022 clauses and Annex A controls with their ISO/IEC 27002:2022 attributes, and the 2013 to 2022 control mapping. The built-in catalog is loaded once and shared.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.catalog;

import io.ismskit.core.IsmsStyle;
import org.jspecify.annotations.NullMarked;
