/**
 * The built-in risk-scoring methods, each a {@link io.ismskit.risk.spi.ScoringMethod} registered as
 * a service: {@link io.ismskit.risk.methods.MatrixMethod} ({@code matrix}, on a validated {@link
 * io.ismskit.risk.methods.RiskMatrix}), {@link
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
 *       {@link io.ismskit.core.base.Problem} naming the field, the value (shortened) and the reason,
 *       with a {@link io.ismskit.risk.spi.ScoringCode} for what every flat form shares (unknown key,
 *       listed with the allowed ones; missing key; unknown label; out of range; not a number; NaN)
 *       and a {@link io.ismskit.risk.methods.MethodCode} for the rest.
 *   <li>Each method's {@link io.ismskit.risk.spi.MethodDescriptor} documents every key of its flat
 *       form (meaning and allowed values) and every factor name its scores carry.
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
