/**
 * Charts as self-contained inline SVG for the reports: see {@link io.ismskit.export.svg.Charts}.
 * No chart holds a script, an external reference or unescaped model text.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every method is a
 * pure function, safe to call from any thread.
 */
@NullMarked
package io.ismskit.export.svg;

import org.jspecify.annotations.NullMarked;
