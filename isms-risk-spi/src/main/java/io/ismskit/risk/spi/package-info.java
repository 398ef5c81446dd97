/**
 * The risk-scoring service-provider interface: {@link io.ismskit.risk.spi.ScoringMethod} and the
 * values it exchanges ({@link io.ismskit.risk.spi.Score}, {@link io.ismskit.risk.spi.ScoringError},
 * {@link io.ismskit.risk.spi.Mitigation}, {@link io.ismskit.risk.spi.MonotonicFactor}).
 *
 * <p>A third-party method implements {@code ScoringMethod}, lists its class in
 * {@code META-INF/services/io.ismskit.risk.spi.ScoringMethod} (and {@code provides} it in its
 * {@code module-info}), and checks itself against the laws of {@code isms-testkit}. The built-in
 * methods are registered in exactly the same way.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.risk.spi;

import org.jspecify.annotations.NullMarked;
