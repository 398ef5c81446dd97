/**
 * OSCAL 1.1.2 (JSON) documents from an ISMS, written with Jackson's streaming generator to a
 * caller's {@code Writer}: see {@link io.ismskit.export.oscal.Oscal}. The documents validate
 * against NIST's OSCAL 1.1.2 JSON schemas and are read by NIST's liboscal-java (both checked by
 * this module's tests).
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; every method is
 * deterministic (name-based UUIDs, dates from the caller) and thread-safe; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.export.oscal;

import org.jspecify.annotations.NullMarked;
