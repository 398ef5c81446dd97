/**
 * Internals of isms-core: not part of the API and may change without notice.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked

package io.ismskit.core.internal;

import org.jspecify.annotations.NullMarked;
