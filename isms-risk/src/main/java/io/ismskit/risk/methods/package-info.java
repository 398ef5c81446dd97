/**
 * The built-in risk-scoring methods, each a {@link io.ismskit.risk.spi.ScoringMethod} registered as
 * a service: {@link io.ismskit.risk.methods.MatrixMethod} ({@code matrix}), {@link
 * io.ismskit.risk.methods.Nist80030Method} ({@code nist-800-30}), {@link
 * io.ismskit.risk.methods.OwaspMethod} ({@code owasp}) and {@link
 * io.ismskit.risk.methods.DreadMethod} ({@code dread}).
 *
 * <p>Contract shared by every method here:
 *
 * <ul>
 *   <li>Each is a final class with a public no-argument constructor giving its default (published)
 *       configuration, plus static factories for other configurations; configuration factories
 *       return every problem as a {@code Validation} rather than throwing.
 *   <li>{@code score}, {@code decode} and {@code mitigate} never throw for bad input: they return a
 *       {@link io.ismskit.risk.spi.ScoringError} naming the field, the value and the reason
 *       (unknown key or label, missing key, out of range, not a number, NaN).
 *   <li>{@code decode(encode(x))} equals {@code x}; scores are deterministic; the declared
 *       monotonic factors never lower the score when raised; {@code mitigate} never raises it.
 *   <li>The published tables and formulas are reproduced as published; each class's Javadoc cites
 *       its source.
 * </ul>
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}. All classes are
 * immutable and thread-safe; nothing here reads the clock, files or environment.
 */
@NullMarked
package io.ismskit.risk.methods;

import org.jspecify.annotations.NullMarked;
