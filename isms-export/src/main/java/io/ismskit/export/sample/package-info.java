/**
 * Built-in sample ISMS models: complete, realistic and valid {@link io.ismskit.core.Isms} instances
 * for demonstrations, documentation and tests.
 *
 * <p>Every sample is a pure function of the date it is built for: all dates in it are relative to
 * that date, nothing reads the clock, and two calls with the same date return equal models.
 * Unless noted, {@code null} arguments throw {@code NullPointerException}.
 */
@NullMarked
package io.ismskit.export.sample;

import org.jspecify.annotations.NullMarked;
