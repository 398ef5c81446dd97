/**
 * A generator of fully conformant ISMS models: seeded, from a handful of assets to tens of
 * thousands, that every built-in ISO/IEC 27001:2022 conformance rule passes as of {@link
 * io.ismskit.testkit.conformant.ConformantIsms#AS_OF}. Property tests break one requirement at a
 * time in such a model and check that exactly the matching rule notices.
 *
 * <p>Generators depend only on {@link java.util.random.RandomGenerator}; the same seed and sizes
 * always give the same model. Unless noted, {@code null} arguments throw {@code
 * NullPointerException}.
 */
@NullMarked
package io.ismskit.testkit.conformant;

import org.jspecify.annotations.NullMarked;
