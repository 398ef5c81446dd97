/**
 * Typed identifiers of the entities of an ISMS, one record per entity kind ({@link
 * io.ismskit.core.id.PersonId}, {@link io.ismskit.core.id.RiskId}, ...), all implementing {@link
 * io.ismskit.core.id.EntityId}, and {@link io.ismskit.core.id.EntityRef}, a reference to an
 * entity by type name and id. Ids live apart from the entities they name so that every model
 * package can refer to any entity without importing its package.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe.
 */
@NullMarked
package io.ismskit.core.id;

import org.jspecify.annotations.NullMarked;
