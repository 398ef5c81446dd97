/**
 * What the exporters show beside the model itself: the summary of a certification decision and
 * the status of the plan-do-check-act cycle with what is due, each behind a small interface so
 * that a host (or a later version of ismskit) can feed it from its own source.
 *
 * <ul>
 *   <li>{@link io.ismskit.export.view.DecisionSource} turns a {@link
 *       io.ismskit.conformance.ConformanceReport} into a {@link
 *       io.ismskit.export.view.DecisionSummary}; the default, {@link
 *       io.ismskit.export.view.DecisionSource#fromFindings()}, reads only the report's findings.
 *   <li>{@link io.ismskit.export.view.PdcaStatusSource} gives the {@link
 *       io.ismskit.export.view.PdcaStatus} of an ISMS as of a date; the default, {@link
 *       io.ismskit.export.view.PdcaStatusSource#fromModel()}, derives what is due from the
 *       model's own dates and knows no phase.
 * </ul>
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every type is
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.export.view;

import org.jspecify.annotations.NullMarked;
