/**
 * The life cycle of a nonconformity (clause 10.2): {@link
 * io.ismskit.pdca.nonconformity.NonconformityLifecycle} moves a {@code Nonconformity} of the model
 * and its corrective actions through {@link io.ismskit.pdca.nonconformity.NonconformityStep}s in a
 * fixed order, none skipped, and says when the next step is due under a {@link
 * io.ismskit.pdca.NonconformityPolicy}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.pdca.nonconformity;

import org.jspecify.annotations.NullMarked;
