/**
 * The ground floor of isms-core: what every other package builds on and which imports nothing
 * else of ismskit. The local-invariant checks the model's builders use ({@link
 * io.ismskit.core.base.Checks}) and the one Immutables style of the model ({@link
 * io.ismskit.core.base.IsmsStyle}).
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe.
 */
@NullMarked
package io.ismskit.core.base;

import org.jspecify.annotations.NullMarked;
