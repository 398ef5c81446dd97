/**
 * CSV (RFC 4180, UTF-8, one header row) of the risk register, the Statement of Applicability,
 * findings and corrective actions, with import of the risk register and the SoA that reports every
 * problem by row and column: see {@link io.ismskit.export.csv.Csv}. Cells that a spreadsheet would
 * run as a formula are neutralised on export.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every method is
 * deterministic and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.export.csv;

import org.jspecify.annotations.NullMarked;
