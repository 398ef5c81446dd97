/**
 * The ISMS aggregate root {@link io.ismskit.core.Isms}, typed entity ids and cross-entity
 * validation results ({@link io.ismskit.core.Violation}).
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
