/**
 * Escaping of text from the model for the markup languages ismskit writes: HTML and XML (SVG), and
 * CommonMark Markdown. Every string that comes from a model, a finding or a caller goes through one
 * of these methods before it reaches a report, a chart or an OSCAL markup field, so that no input
 * can add an element, an attribute, a link or a script.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every method is a
 * pure function, safe to call from any thread; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.export.markup;

import org.jspecify.annotations.NullMarked;
