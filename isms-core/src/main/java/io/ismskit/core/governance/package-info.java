/**
 * Leadership and support (clauses 5 and 7): people, roles and their assignment, policies, objectives, resources, competence, awareness, communication and documented information.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.governance;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
