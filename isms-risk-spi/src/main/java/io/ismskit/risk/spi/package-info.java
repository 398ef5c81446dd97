/**
 * The risk-scoring service-provider interface: {@link io.ismskit.risk.spi.ScoringMethod}, its
 * {@link io.ismskit.risk.spi.MethodDescriptor} (id, version, input type, bounds, monotonic factors,
 * documented flat-form keys and score factors), and the values it exchanges ({@link
 * io.ismskit.risk.spi.Score}, {@link io.ismskit.risk.spi.Mitigation}, {@link
 * io.ismskit.risk.spi.MonotonicFactor}).
 *
 * <p>A method refuses bad input by returning an {@link io.ismskit.core.base.Problem}, the one
 * problem shape of ismskit; the problems every method's flat form shares (unknown or missing key,
 * value out of range, not a number, unknown label) carry a {@link io.ismskit.risk.spi.ScoringCode}
 * and are made by {@link io.ismskit.risk.spi.FlatForm}, so that every method refuses alike.
 *
 * <p>A third-party method implements {@code ScoringMethod}, lists its class in
 * {@code META-INF/services/io.ismskit.risk.spi.ScoringMethod} (and {@code provides} it in its
 * {@code module-info}), and checks itself against the laws of {@code isms-testkit}. The built-in
 * methods are registered in exactly the same way.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; values refused on
 * their own throw {@link io.ismskit.core.base.InvalidValueException}; nothing here reads the clock,
 * files or environment.
 */
@NullMarked
package io.ismskit.risk.spi;

import org.jspecify.annotations.NullMarked;
