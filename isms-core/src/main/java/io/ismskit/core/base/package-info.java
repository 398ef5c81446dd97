/**
 * The ground floor of isms-core: what every other package builds on and which imports nothing
 * else of ismskit. The one problem shape of the library ({@link io.ismskit.core.base.Problem} with
 * a {@link io.ismskit.core.base.ProblemCode}), the one exception for a bad value ({@link
 * io.ismskit.core.base.InvalidValueException}, with the model's {@link
 * io.ismskit.core.base.ModelCode}s), the local-invariant checks that make those exceptions ({@link
 * io.ismskit.core.base.Checks}), the supported range of dates and periods ({@link
 * io.ismskit.core.base.Dates}), log-safe echoing of input ({@link io.ismskit.core.base.Text}) and
 * the one Immutables style of the model ({@link io.ismskit.core.base.IsmsStyle}), and the compact
 * index of a list by a key that the model's validation and the checker build ({@link
 * io.ismskit.core.base.KeyTable}).
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe.
 */
@NullMarked
package io.ismskit.core.base;

import org.jspecify.annotations.NullMarked;
