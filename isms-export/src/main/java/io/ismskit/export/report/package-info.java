/**
 * Human reports on an ISMS: self-contained HTML (inline CSS with print rules, inline SVG charts, no
 * scripts, no external requests) and Markdown, for the conformance report, the Statement of
 * Applicability, the risk register, the treatment plan and the PDCA status with what is due. Start
 * with {@link io.ismskit.export.report.Reports}.
 *
 * <p>Every string from the model, a finding or the caller is escaped for the format written (see
 * {@link io.ismskit.export.markup}). Unless noted, {@code null} arguments throw {@code
 * NullPointerException}; everything is deterministic and thread-safe; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.export.report;

import org.jspecify.annotations.NullMarked;
