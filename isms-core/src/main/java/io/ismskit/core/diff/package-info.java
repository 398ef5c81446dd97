/**
 * What changed between two snapshots of an ISMS: {@link io.ismskit.core.diff.IsmsDiff#between}
 * lists the entities added, removed and changed, by kind and id, and for a changed entity every
 * field that differs, down to nested values ({@code treatment.actions[0].progress}), with a
 * readable {@linkplain io.ismskit.core.diff.IsmsDiff#summary() summary}. It is the input for "the
 * changes since the last management review" (9.3.2) and for marking risks new or changed when they
 * are re-assessed (8.2).
 *
 * <p>The diff is driven by the model's accessors, not by a list of kinds kept here: an entity kind
 * or a field added to the model later is diffed without a change to this package.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.core.diff;

import org.jspecify.annotations.NullMarked;
