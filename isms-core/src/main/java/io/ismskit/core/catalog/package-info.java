/**
 * The catalog of frameworks: the ISO/IEC 27001:2022 clauses and Annex A controls with their ISO/IEC
 * 27002:2022 attributes, the 2013 to 2022 correspondence and the mandatory documented information.
 *
 * <ul>
 *   <li>{@link io.ismskit.core.catalog.Framework} is the API of a control framework (clauses and
 *       controls); {@link io.ismskit.core.catalog.Iso27001_2022#framework()} is the built-in ISO/IEC
 *       27001:2022 instance (incl. Amd 1:2024).
 *   <li>{@link io.ismskit.core.catalog.CatalogControl} and {@link io.ismskit.core.catalog.Clause}
 *       are the entries; {@link io.ismskit.core.catalog.ControlAttributes} holds a control's
 *       attribute values.
 *   <li>{@link io.ismskit.core.catalog.ControlMapping2013} maps ISO/IEC 27001:2013 controls and
 *       clauses to their 2022 counterparts and back.
 *   <li>{@link io.ismskit.core.catalog.MandatoryDocument} lists the documented information clauses
 *       4 to 10 make mandatory, with the clause each serves.
 * </ul>
 *
 * <p>The built-in data is read once from resources in the jar, on first use, and shared. Clause
 * summaries and descriptions are paraphrases, never text of the standard.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; lookups of unknown ids return empty results; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
@IsmsStyle
package io.ismskit.core.catalog;

import io.ismskit.core.base.IsmsStyle;
import org.jspecify.annotations.NullMarked;
