/**
 * Implementation of the testkit's generators: id pools, the entity factory and the linear-time
 * graph builder. Not part of the API; may change without notice.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.testkit.internal;

import org.jspecify.annotations.NullMarked;
