/**
 * Assets: information and the supporting assets it lives on, their owners, classification, CIA value, scope and dependencies.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.asset;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
