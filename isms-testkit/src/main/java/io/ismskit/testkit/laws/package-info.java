/**
 * Laws that plug-in authors run on their own code: the laws of the scoring SPI as a JUnit 5
 * contract ({@link io.ismskit.testkit.laws.ScoringMethodLaws}) or a plain entry point
 * ({@link io.ismskit.testkit.laws.ScoringLaws#verify}), and generic laws of stochastic computations
 * ({@link io.ismskit.testkit.laws.FairLaws}). A broken law comes with its counter-example and the
 * seeds to reproduce it ({@link io.ismskit.testkit.laws.BrokenLaw}). {@link
 * io.ismskit.testkit.laws.ToyMethod} is a complete example method that passes them all.
 *
 * <p>Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.testkit.laws;

import org.jspecify.annotations.NullMarked;
