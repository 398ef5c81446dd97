/**
 * The context of the organization (clause 4): the organization, internal and external issues with the climate-change decision of Amendment 1:2024, interested parties and their requirements, the ISMS scope and the ISMS processes.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.context;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
