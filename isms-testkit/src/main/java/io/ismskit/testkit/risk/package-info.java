/**
 * Generators of valid inputs for the built-in scoring methods of {@code isms-risk}: {@code matrix},
 * {@code nist-800-30}, {@code owasp}, {@code dread}, {@code cvss} and {@code fair}
 * ({@link io.ismskit.testkit.risk.MethodInputGens}).
 *
 * <p>Every generated input is accepted by the method it is made for: it scores, and its flat form
 * ({@code encode}) decodes back to it. Hand a generator to
 * {@link io.ismskit.testkit.laws.ScoringMethodLaws} or
 * {@link io.ismskit.testkit.laws.ScoringLaws#verify} to check a method (a built-in, a configured
 * variant or a wrapper around one), or use it to fill a risk register in a property test. Like every
 * testkit generator they are plain functions of a {@link java.util.random.RandomGenerator} and a
 * size: the same seed always gives an equal input.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.testkit.risk;

import org.jspecify.annotations.NullMarked;
