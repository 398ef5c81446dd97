/**
 * The ISMS aggregate root {@link io.ismskit.core.Isms}: everything an ISMS holds, looked up and
 * replaced by id, and its cross-entity validation, which reports {@link
 * io.ismskit.core.base.Problem}s with {@link io.ismskit.core.ValidationCode}s.
 *
 * <h2>Editing</h2>
 *
 * <p>Every entity and value of the model is built one way and changed one way. Entities are
 * abstract classes such as {@code Risk}: {@code Risk.builder()…build()} builds one; {@code
 * risk.withOwner(p)} returns a copy with one attribute changed; {@code
 * risk.toBuilder().owner(p).treatment(t).build()} changes several at once and checks the result
 * once, so attributes that constrain each other (a start and an end) can be changed in any order.
 * The generated implementation classes are not part of the API. Fields that only make sense
 * together are one value, set, changed or cleared in one call: an {@link
 * io.ismskit.core.governance.Approval} (who and when) wherever something is approved, {@link
 * io.ismskit.core.risk.ActionProgress}, {@link io.ismskit.core.assurance.NonconformityProgress} and
 * {@link io.ismskit.core.assurance.AuditProgress} (a status with the dates it needs), and a
 * measurement's {@link io.ismskit.core.assurance.Evaluation}.
 *
 * <p>A value that is wrong on its own is refused by its factory, record or builder with an {@link
 * io.ismskit.core.base.InvalidValueException} (an {@code IllegalArgumentException}) carrying a
 * {@link io.ismskit.core.base.Problem} with a {@link io.ismskit.core.base.ModelCode}; a required
 * attribute left out is one too ({@code "Risk.owner: is required; set it with owner(PersonId)"}).
 * Dates and periods must lie in the {@linkplain io.ismskit.core.base.Dates supported range}.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
