/**
 * The ismskit testkit: generators of every model type and of whole valid or invalid ISMS graphs
 * ({@link io.ismskit.testkit.Gen}, {@link io.ismskit.testkit.IsmsGens},
 * {@link io.ismskit.testkit.InvalidIsmsGens}), QuickTheories adapters
 * ({@link io.ismskit.testkit.QtGens}) and AssertJ assertions
 * ({@link io.ismskit.testkit.IsmsAssertions}).
 *
 * <p>Generators are plain functions of a {@link java.util.random.RandomGenerator} and a size, so
 * any property-testing library can use them; the same seed and size always give an equal value.
 * Unless noted, {@code null} arguments throw {@code NullPointerException}; nothing here reads the
 * clock, files or environment.
 */
@NullMarked
package io.ismskit.testkit;

import org.jspecify.annotations.NullMarked;
